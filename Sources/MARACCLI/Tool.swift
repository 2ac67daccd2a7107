import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// The `marac` process: decides between a one-shot command, a script and the REPL, and turns
/// every error into `error: <sentence>` on standard error with the right exit status.
enum Tool {
    /// The synopsis of the tool itself, for errors in its own options: every visible global
    /// option, then the command.
    static let usage =
        (["marac"] + GlobalOption.all.filter { $0.help != nil }.map { "[\($0.synopsis)]" }
        + ["[COMMAND...]"]).joined(separator: " ")

    /// Runs `marac` with `arguments` (without the program name); returns the exit status.
    ///
    /// - a command in `arguments` runs once (`marac action list --overdue`);
    /// - `-f FILE` runs the lines of FILE as a script;
    /// - otherwise standard input is run as a script when it is not a terminal, and the REPL
    ///   opens when it is.
    static func main(arguments: [String]) -> Int32 {
        do {
            let startup = try StartupOptions(arguments)
            var session = try Session(
                environment: Session.processEnvironment, globals: startup.globals)
            if !startup.command.isEmpty {
                guard startup.script == nil else {
                    throw CommandError.tooManyArguments(extra: startup.command[0], usage: usage)
                }
                Console.out(
                    try dispatch(
                        startup.command, session: &session, table: .all, databaseMayChange: true))
                return ExitCode.success
            }
            if let path = startup.script {
                var runner = ScriptRunner(session: session)
                return runner.run(path: path)
            }
            guard Console.isTerminal(STDIN_FILENO) else {
                var runner = ScriptRunner(session: session)
                return runner.runStandardInput()
            }
            let repl = REPL(session: session)
            repl.completeIdentifiers()
            if let path = startup.history { try repl.keepHistory(in: path) }
            return repl.run()
        } catch {
            Console.error(describe(error, typed: arguments))
            return exitCode(for: error)
        }
    }

    /// Runs the command `words` name and returns what to print (its text, or its JSON).
    ///
    /// `--json` picks the JSON. Options given on the line apply to this line only.
    ///
    /// `databaseMayChange` is false in the REPL and scripts, where `--db` was fixed at start-up.
    /// `--help` (or `-h`) anywhere before `--` prints the command's help instead of running it.
    ///
    /// `spaces` is the whitespace typed before each word, when the words come from a typed line
    /// (the REPL, a script): free text then keeps its spacing.
    static func dispatch(
        _ words: [String], spaces: [String] = [], session: inout Session, table: CommandTable,
        databaseMayChange: Bool
    ) throws -> String {
        let options = words.prefix { $0 != "--" }
        if options.contains(where: { $0 == "--help" || $0 == "-h" }) {
            // `dhr new --help` is `help dhr new`; `dhr --help` lists the group.
            let named = Array(options.prefix(while: UsageSpec.isCommandWord))
            let json = options.contains("--json") || session.json
            return try HelpCommands.help(for: named.isEmpty ? ["help"] : named, in: table)
                .rendered(json: json)
        }
        let (command, rest) = try table.lookup(words)
        let arguments = try Arguments(
            parsing: rest, spec: command.spec, spaces: Array(spaces.dropFirst(command.path.count)))
        let saved = (
            json: session.json, user: session.user, explicitUser: session.explicitUser,
            today: session.today
        )
        defer {
            session.json = saved.json
            session.user = saved.user
            session.explicitUser = saved.explicitUser
            session.today = saved.today
        }
        try session.apply(arguments.globals, databaseMayChange: databaseMayChange)
        // A command that only reads opens an existing database and never creates one.
        session.readOnlyLine = !command.mutates
        // No permission check here: each Workbench method checks its own operation.
        let output = try command.run(&session, arguments)
        if let name = arguments.undeclaredNames.first {
            throw CommandError.undeclared(name, usage: arguments.usage)
        }
        // A writing command that made the database says so once (init says so itself; a
        // script does not: its standard error is for its errors).
        if session.cache.createdDatabase, !session.cache.creationAnnounced {
            session.cache.creationAnnounced = true
            if command.path != ["init"] {
                Console.error(
                    "note: created a new database at \(session.dbPath); you are its coordinator "
                        + "(\(session.user))\n")
            }
        }
        return output.rendered(json: session.json)
    }

    /// The text to print on standard error for `error`: `error: <sentence>`, the input with a
    /// caret under a bad quote, and `usage: <usage line>` when retyping would fix it.
    ///
    /// Every message passes `ErrorEcho`: no word of `input` or of `typed` (the command line's
    /// arguments) comes back unless it passes `SafeEcho`'s rule; then control characters are
    /// shown visibly (`TerminalText`).
    static func describe(
        _ error: any Error, input: String? = nil, typed: [String] = [], prefix: String = ""
    ) -> String {
        let text = sentences(for: error, input: input, prefix: prefix)
        return TerminalText.visible(
            ErrorEcho.scrub(
                text,
                typed: typed + (input?.split(whereSeparator: \.isWhitespace).map(String.init) ?? [])
            ))
    }

    /// The lines of `describe`, before control characters are made visible.
    private static func sentences(for error: any Error, input: String?, prefix: String) -> String {
        guard let error = error as? CommandError else {
            if let error = error as? DayError { return "\(prefix)error: \(error.expectation)\n" }
            return "\(prefix)error: \(error)\n"
        }
        var text = "\(prefix)error: \(error.message)\n"
        if let column = error.column, let input {
            // The line with any word that may be personal data masked, so the caret still
            // points at the column.
            text += Tokenizer.caret(under: ErrorEcho.redacted(input), column: column) + "\n"
        }
        if let usage = error.usage { text += "usage: \(usage)\n" }
        return text
    }

    /// 64 for a mistake in how a command was typed, 1 for any other failure.
    static func exitCode(for error: any Error) -> Int32 {
        (error as? CommandError)?.exitCode ?? ExitCode.failure
    }
}

/// The options before the command on `marac`'s own command line, read through `GlobalOption`.
struct StartupOptions {
    var globals = GlobalOptions()
    /// `-f FILE`: run FILE as a script.
    var script: String? { globals.script }
    /// `--history FILE`: keep the REPL history in FILE.
    var history: String? { globals.history }
    /// The command and its arguments, from the first word that is not a start-up option.
    var command: [String] = []

    /// Reads the leading options; `--help` and `-h` become `help`, `--version` `version`.
    init(_ arguments: [String]) throws(CommandError) {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            guard word.hasPrefix("-"), word.count > 1 else { break }
            index += 1
            var name = word
            var attached: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                attached = String(word[word.index(after: equals)...])
            }
            switch name {
            case "--help", "-h":
                command = ["help"]
                return
            case "--version":
                command = ["version"]
                return
            case "--":
                command = Array(arguments[index...])
                return
            default:
                break
            }
            guard let option = GlobalOption.named(name) else {
                let known =
                    GlobalOption.all.filter { $0.help != nil }.flatMap(\.names)
                    + ["--help", "--version"]
                throw .unknownOption(
                    name, suggestion: closest(to: name, among: known, limit: 1).first,
                    usage: Tool.usage)
            }
            var value = ""
            if let placeholder = option.placeholder {
                if let attached {
                    value = attached
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .missingValue(option: name, placeholder: placeholder, usage: Tool.usage)
                }
            } else if attached != nil {
                throw .unexpectedValue(option: name, usage: Tool.usage)
            }
            do {
                try option.apply(&globals, value)
            } catch {
                throw error.withUsage(Tool.usage)
            }
        }
        command = Array(arguments[index...])
    }
}
