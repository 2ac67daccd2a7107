import MARACKit

/// Why a line given to `marac` could not be run: a mistake in how it was typed, or a failure.
///
/// Each case renders as one sentence (`message`); `Tool` prints it as `error: <sentence>` and,
/// for mistakes the user can fix by retyping, a second line `usage: <usage line>`. Messages name
/// the field and what was expected; they never echo stored personal data.
enum CommandError: Error, Equatable, Sendable {
    /// A quote opened at `column` (1-based, in characters) was never closed.
    case unterminatedQuote(column: Int)
    /// Inside quoted text, a quote at `column` starts an inner word: which quote closes the
    /// text would be a guess.
    case quoteInsideQuotes(column: Int)
    /// No command starts with these words; `suggestions` are the closest command names.
    case unknownCommand(String, suggestions: [String])
    /// The words name a group of commands (`action`) but not one command.
    case incompleteCommand(String, subcommands: [String])
    /// An option the command does not take.
    case unknownOption(String, suggestion: String?, usage: String)
    /// An option that takes a value came last, or was followed by another option.
    case missingValue(option: String, placeholder: String, usage: String)
    /// A flag was given a value (`--overdue=yes`).
    case unexpectedValue(option: String, usage: String)
    /// An option that may be given once was given again.
    case repeatedOption(String, usage: String)
    /// A required option was not given (`missing --agency CODE`).
    case missingOption(option: String, placeholder: String?, usage: String)
    /// A required positional argument was not given.
    case missingArgument(String, usage: String)
    /// More words than the usage has room for; `extra` is the first one left over.
    case tooManyArguments(extra: String, usage: String)
    /// A value of the wrong kind (`--dash: expected a whole number from 0 to 24, got 25`).
    case invalidValue(field: String, expected: String, got: String, usage: String?)
    /// A value that is not a calendar day, as `Day(parsing:)` explained.
    case invalidDay(field: String, value: String, reason: DayError, usage: String?)
    /// A command line was empty but options were given (`marac --json`).
    case noCommand
    /// A global option that can only be given when `marac` starts (`--db` inside the REPL).
    case onlyAtStartup(String)
    /// A file given to `marac` (a script, a history file) could not be read or written.
    case cannotOpen(path: String, reason: String)
    /// A failure a command reports in its own words (one sentence, no trailing period needed).
    case failed(String)
    /// A command's code asked for a name its usage does not declare: a mistake in `marac`
    /// itself, which `CommandOptionsTests` catches for every command.
    case undeclared(String, usage: String)
    /// A command that only reads found no database at `path`; it does not create one.
    case noDatabase(path: String)

    /// The sentence printed after `error: `.
    var message: String {
        switch self {
        case .unterminatedQuote(let column):
            return "unterminated quote starting at column \(column)"
        case .quoteInsideQuotes(let column):
            return "a quote at column \(column) is inside quoted text; quote the text with the "
                + "other kind of quote, or write \\\" inside double quotes"
        case .unknownCommand(let words, let suggestions):
            if suggestions.isEmpty { return "unknown command '\(words)'; try 'help'" }
            let names = suggestions.map { "'\($0)'" }.joined(separator: " or ")
            return "unknown command '\(words)'; did you mean \(names)? try 'help'"
        case .incompleteCommand(let words, let subcommands):
            return "'\(words)' needs one of: \(subcommands.joined(separator: ", "))"
        case .unknownOption(let option, let suggestion, _):
            if let suggestion { return "unknown option \(option); did you mean \(suggestion)?" }
            return "unknown option \(option)"
        case .missingValue(let option, let placeholder, _):
            return "\(option) needs a value (\(placeholder))"
        case .unexpectedValue(let option, _):
            return "\(option) takes no value"
        case .repeatedOption(let option, _):
            return "\(option) given more than once"
        case .missingOption(let option, let placeholder, _):
            return placeholder.map { "missing \(option) \($0)" } ?? "missing \(option)"
        case .missingArgument(let name, _):
            return "missing \(name)"
        case .tooManyArguments(let extra, _):
            return "unexpected argument "
                + (extra.isSafeToEcho ? "'\(extra)'" : extra.echoedAsValue)
        case .invalidValue(let field, let expected, let got, _):
            return "\(field): \(expected), got \(got.isEmpty ? "nothing" : got.echoedAsValue)"
        case .invalidDay(let field, let value, let reason, _):
            switch reason {
            case .malformed:
                return
                    "\(field): \(reason.expectation), got \(value.isEmpty ? "nothing" : value.echoedAsValue)"
            // An impossible day has the shape YYYY-MM-DD: digits, never a name.
            case .impossible: return "\(field): \(value) \(reason.expectation)"
            }
        case .noCommand:
            return "no command given; try 'help'"
        case .onlyAtStartup(let option):
            return "\(option) can only be given when marac starts"
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .failed(let sentence):
            return sentence
        case .undeclared(let name, let usage):
            return "internal error: this command asked for \(name), which its usage "
                + "'\(usage)' does not declare; please report it"
        case .noDatabase(let path):
            let db = path == Session.defaultDatabasePath ? "" : "--db \(shellQuoted(path)) "
            return "there is no database at \(path); nothing was created. Make one with "
                + "'marac \(db)init' (empty) or 'marac \(db)demo' (a fictional area to try), "
                + "or run a command that records something (agency add, case refer)"
        }
    }

    /// The usage line to print under the error, when retyping the command would fix it.
    var usage: String? {
        switch self {
        case .unknownOption(_, _, let usage), .missingValue(_, _, let usage),
            .unexpectedValue(_, let usage), .repeatedOption(_, let usage),
            .missingOption(_, _, let usage), .missingArgument(_, let usage),
            .tooManyArguments(_, let usage):
            return usage
        case .invalidValue(_, _, _, let usage), .invalidDay(_, _, _, let usage):
            return usage
        case .unterminatedQuote, .quoteInsideQuotes, .unknownCommand, .incompleteCommand,
            .noCommand, .onlyAtStartup,
            .cannotOpen, .failed, .undeclared, .noDatabase:
            return nil
        }
    }

    /// The column of the typed line the error points at, for a caret under it.
    var column: Int? {
        switch self {
        case .unterminatedQuote(let column), .quoteInsideQuotes(let column): column
        default: nil
        }
    }

    /// The process exit status: 64 (`EX_USAGE`) for a mistake in how the command was typed, else 1.
    var exitCode: Int32 {
        switch self {
        case .cannotOpen, .failed, .noDatabase: return ExitCode.failure
        case .undeclared: return ExitCode.software
        default: return ExitCode.usage
        }
    }
}

/// The exit statuses of `marac`, after argument-parser's `ExitCode` and BSD `sysexits.h`.
enum ExitCode {
    /// The command did what was asked.
    static let success: Int32 = 0
    /// The command failed (a refused referral, a database error).
    static let failure: Int32 = 1
    /// The command was typed wrongly (`EX_USAGE`).
    static let usage: Int32 = 64
    /// `marac` itself is wrong (`EX_SOFTWARE`).
    static let software: Int32 = 70
}

/// `text` as one word for a POSIX shell: as it is when safe, else in single quotes.
func shellQuoted(_ text: String) -> String {
    let safe =
        !text.isEmpty
        && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_./:=+,@%".unicodeScalars.contains($0)
        }
    if safe { return text }
    return "'"
        + text.split(separator: "'", omittingEmptySubsequences: false)
        .joined(separator: #"'\''"#) + "'"
}
