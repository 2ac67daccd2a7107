/// What a command accepts, derived from its usage line so the line people read is the only source.
///
/// In a usage line after the command's path:
/// - `--name VALUE` is an option taking a value: the word after it is UPPERCASE (`--agency CODE`,
///   `--to FILE.odt|FILE.fodt`) or a list of choices (`--scope local|regional|national`);
/// - `--flag` alone is a boolean flag;
/// - other UPPERCASE words are positional arguments (`REF`, `REVIEW|ID`), and a list of lower-case
///   choices is a positional whose value must be one of them (`present|apologies|absent`);
/// - `[...]` marks what it encloses as optional; `...` (alone or ending a word) lets the element
///   before it repeat (`TEXT...`, `[--basis TAG]...`). `TAG,...` inside a value is just a name.
///
/// ```swift
/// let spec = UsageSpec("action list [--agency CODE] [--overdue] [--due-within DAYS]")
/// spec.options.map(\.name)   // ["--agency", "--overdue", "--due-within"]
/// ```
struct UsageSpec: Equatable, Sendable {
    /// An option (`--agency CODE`) or flag (`--overdue`).
    struct Option: Equatable, Sendable {
        var name: String
        /// The value's placeholder (`CODE`), or `nil` for a flag.
        var placeholder: String?
        var isOptional: Bool
        var repeats: Bool = false
        /// The allowed values when the placeholder is a list of lower-case choices.
        var choices: [String]? = nil
        var takesValue: Bool { placeholder != nil }
    }

    /// A positional argument (`REF`, `TEXT...`).
    struct Positional: Equatable, Sendable {
        var name: String
        var isOptional: Bool
        var repeats: Bool = false
        var choices: [String]? = nil

        /// Whether `name` refers to this argument: its whole placeholder or one alternative of it.
        func answers(to name: String) -> Bool {
            name == self.name || self.name.split(separator: "|").contains { $0 == name }
        }
    }

    /// The usage line this was derived from.
    var usage: String
    /// The command words at the start of the usage (`["action", "list"]`).
    var path: [String]
    var options: [Option] = []
    var positionals: [Positional] = []

    /// The options every command accepts (`GlobalOption.everyLine`), described in `help` but not
    /// in each usage line.
    static let globalOptions: [Option] = GlobalOption.everyLine.map(\.specOption)

    /// Derives the spec of `usage`, whose first `pathLength` words are the command's path.
    ///
    /// A usage line that breaks the grammar is a programmer mistake and stops the program.
    init(_ usage: String, pathLength: Int? = nil) {
        self.usage = usage
        let words = usage.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let count = pathLength ?? words.prefix { UsageSpec.isCommandWord($0) }.count
        path = Array(words.prefix(count))

        // Tokens: brackets split off, so "[--agency" becomes "[", "--agency".
        var tokens: [String] = []
        for word in words.dropFirst(count) {
            var rest = Substring(word)
            while rest.first == "[" {
                tokens.append("[")
                rest = rest.dropFirst()
            }
            var trailing = ""
            while let last = rest.last, last == "]" || (last == "." && rest.hasSuffix("...")) {
                if last == "]" {
                    trailing = "]" + trailing
                    rest = rest.dropLast()
                } else {
                    if rest.hasSuffix(",...") { break }  // TAG,... is a name, not a repeat
                    trailing = "..." + trailing
                    rest = rest.dropLast(3)
                }
            }
            if !rest.isEmpty { tokens.append(String(rest)) }
            var pending = Substring(trailing)
            while !pending.isEmpty {
                if pending.hasPrefix("...") {
                    tokens.append("...")
                    pending = pending.dropFirst(3)
                } else {
                    tokens.append("]")
                    pending = pending.dropFirst()
                }
            }
        }

        // Elements opened at each bracket depth, so "]..." can mark the group's elements repeating.
        var depth = 0
        var groupStarts: [(options: Int, positionals: Int)] = []
        var lastGroup: (options: Range<Int>, positionals: Range<Int>)?
        var lastWasOption = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case "[":
                depth += 1
                groupStarts.append((options.count, positionals.count))
                lastGroup = nil
            case "]":
                precondition(depth > 0, "unbalanced ']' in usage: \(usage)")
                depth -= 1
                let start = groupStarts.removeLast()
                lastGroup = (start.options..<options.count, start.positionals..<positionals.count)
            case "...":
                if let group = lastGroup {
                    for i in group.options { options[i].repeats = true }
                    for i in group.positionals { positionals[i].repeats = true }
                } else if lastWasOption {
                    options[options.count - 1].repeats = true
                } else {
                    precondition(!positionals.isEmpty, "'...' repeats nothing in usage: \(usage)")
                    positionals[positionals.count - 1].repeats = true
                }
            default:
                lastGroup = nil
                if token.hasPrefix("--") {
                    var option = Option(name: token, placeholder: nil, isOptional: depth > 0)
                    if index < tokens.count, UsageSpec.isPlaceholder(tokens[index]) {
                        option.placeholder = tokens[index]
                        option.choices = UsageSpec.choices(in: tokens[index])
                        index += 1
                    }
                    precondition(
                        !options.contains { $0.name == option.name },
                        "\(option.name) appears twice in usage: \(usage)")
                    options.append(option)
                    lastWasOption = true
                } else {
                    precondition(
                        UsageSpec.isPlaceholder(token),
                        "'\(token)' is neither an option nor a placeholder in usage: \(usage)")
                    positionals.append(
                        Positional(
                            name: token, isOptional: depth > 0,
                            choices: UsageSpec.choices(in: token)))
                    lastWasOption = false
                }
            }
        }
        precondition(depth == 0, "unbalanced '[' in usage: \(usage)")
        for (i, positional) in positionals.enumerated() where positional.repeats {
            precondition(
                i == positionals.count - 1, "only the last positional may repeat: \(usage)")
        }
    }

    /// The option named `name` (`--agency`), including the global options.
    func option(named name: String) -> Option? {
        options.first { $0.name == name } ?? UsageSpec.globalOptions.first { $0.name == name }
    }

    /// A lower-case word that is part of the command's name (`action`, `list`, `action-plan`).
    static func isCommandWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("a"..."z").contains(first) else {
            return false
        }
        return word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }

    /// Whether `word` names a value: UPPERCASE (`CODE`, `FILE.odt|FILE.fodt`, `24`) or choices
    /// (`local|regional`).
    static func isPlaceholder(_ word: String) -> Bool {
        guard !word.isEmpty, !word.hasPrefix("-"), word != "[", word != "]", word != "..." else {
            return false
        }
        if word.contains("|") { return true }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.first.map { $0.properties.isUppercase } ?? true
    }

    /// The allowed values of a placeholder made only of lower-case choices, else `nil`.
    static func choices(in placeholder: String) -> [String]? {
        let parts = placeholder.split(separator: "|").map(String.init)
        guard parts.count > 1, parts.allSatisfy(isCommandWord) else { return nil }
        return parts
    }
}
