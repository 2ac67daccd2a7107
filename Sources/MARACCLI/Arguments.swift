import MARACKit

/// The words of one invocation, parsed against the command's `UsageSpec`, with typed accessors.
///
/// Options and positionals are looked up by the names in the usage line: `"--agency"` for an
/// option, the placeholder (`"REF"`, or one alternative of `"REVIEW|ID"`) for a positional.
/// Every accessor that converts a value accepts either kind of name, and the typed ones
/// (`value(_:as:)`) parse any `ArgumentValue`. Asking for a name the usage does not declare is a
/// mistake in the command's code: never a crash, but an `undeclared` error (or, for the
/// accessors that cannot throw, a name noted in `undeclaredNames`) that `Tool.dispatch`
/// reports and `CommandOptionsTests` catches for every command.
///
/// Parsing already refuses unknown options, missing values, repeated options, missing required
/// arguments and extra words, and checks lower-case choices (`--scope local|regional|national`).
struct Arguments: Sendable {
    /// The spec the words were parsed against.
    let spec: UsageSpec
    /// The values of each option given, in order (flags map to `[""]` per occurrence).
    private(set) var optionValues: [String: [String]] = [:]
    /// Every option given, with its value, in the order typed (for options that group, such
    /// as a perpetrator's details after `--perpetrator`).
    private(set) var optionSequence: [(name: String, value: String)] = []
    /// The positional values, by the placeholder name they were assigned to.
    private(set) var positionals: [String: [String]] = [:]
    /// The global options of this invocation (`--json`, `--db`, `--user`, `--today`).
    private(set) var globals = GlobalOptions()
    /// The undeclared names asked for, shared by copies.
    private let log = NameLog()
    /// What goes between the words of a repeating positional, when typed spacing is known.
    private var joiners: [String: [String]] = [:]

    /// The usage line, for error messages.
    var usage: String { spec.usage }

    /// Parses `words` (what follows the command's path) against `spec`.
    ///
    /// `spaces`, when given, is the whitespace typed before each word (`Tokenizer`): the words of
    /// a trailing `TEXT...` typed side by side are joined with it, so the text keeps its spacing.
    init(parsing words: [String], spec: UsageSpec, spaces: [String] = []) throws(CommandError) {
        self.spec = spec
        var loose: [String] = []
        var looseIndices: [Int] = []
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            guard !optionsEnded, word.hasPrefix("-"), word.count > 1, !Arguments.isNumber(word)
            else {
                loose.append(word)
                looseIndices.append(index - 1)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name = word
            var attached: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                attached = String(word[word.index(after: equals)...])
            }
            guard let option = spec.option(named: name) else {
                let known = (spec.options + UsageSpec.globalOptions).map(\.name) + ["--help"]
                throw .unknownOption(
                    name, suggestion: closest(to: name, among: known, limit: 1).first, usage: usage)
            }
            var value = ""
            if let placeholder = option.placeholder {
                if let attached {
                    value = attached
                } else if index < words.count, spec.option(named: words[index]) == nil {
                    value = words[index]
                    index += 1
                } else {
                    throw .missingValue(option: name, placeholder: placeholder, usage: usage)
                }
                if let choices = option.choices, !choices.contains(value) {
                    throw .invalidValue(
                        field: name, expected: Arguments.oneOf(choices), got: value, usage: usage)
                }
            } else if attached != nil {
                throw .unexpectedValue(option: name, usage: usage)
            }
            if optionValues[name] != nil, !option.repeats {
                throw .repeatedOption(name, usage: usage)
            }
            optionValues[name, default: []].append(value)
            optionSequence.append((name, value))
        }
        try assign(loose)
        joinRepeatingPositional(looseIndices: looseIndices, spaces: spaces)
        for option in spec.options where !option.isOptional && optionValues[option.name] == nil {
            throw .missingOption(option: option.name, placeholder: option.placeholder, usage: usage)
        }
        globals = try GlobalOptions(self)
    }

    /// Parses `words` against the spec derived from `usage`: for tests and one-off parsing.
    init(parsing words: [String], usage: String) throws(CommandError) {
        try self.init(parsing: words, spec: UsageSpec(usage))
    }

    /// Hands the loose words to the positionals in order: required ones first claim their words,
    /// optional ones take what is left over from left to right, a repeating one takes the rest.
    private mutating func assign(_ loose: [String]) throws(CommandError) {
        var remaining = loose[...]
        var requiredLeft = spec.positionals.filter { !$0.isOptional }.count
        for positional in spec.positionals {
            if !positional.isOptional { requiredLeft -= 1 }
            let available = remaining.count - requiredLeft
            if positional.repeats {
                let taken = Array(remaining.prefix(max(available, 0)))
                if taken.isEmpty && !positional.isOptional {
                    throw .missingArgument(positional.name, usage: usage)
                }
                remaining = remaining.dropFirst(taken.count)
                if !taken.isEmpty { positionals[positional.name] = taken }
                continue
            }
            if positional.isOptional && available <= 0 { continue }
            guard let word = remaining.popFirst() else {
                throw .missingArgument(positional.name, usage: usage)
            }
            if let choices = positional.choices, !choices.contains(word) {
                throw .invalidValue(
                    field: positional.name, expected: Arguments.oneOf(choices), got: word,
                    usage: usage)
            }
            positionals[positional.name] = [word]
        }
        if let extra = remaining.first { throw .tooManyArguments(extra: extra, usage: usage) }
    }

    /// The separators between the words of the repeating positional: the spaces typed between
    /// two words given side by side, else one space.
    private mutating func joinRepeatingPositional(looseIndices: [Int], spaces: [String]) {
        guard let last = spec.positionals.last, last.repeats,
            let taken = positionals[last.name], taken.count > 1, spaces.count > 0
        else { return }
        // The repeating positional takes the last loose words.
        let indices = looseIndices.suffix(taken.count)
        joiners[last.name] = zip(indices.dropLast(), indices.dropFirst()).map { before, after in
            after == before + 1 && after < spaces.count ? spaces[after] : " "
        }
    }

    // MARK: - Typed values

    /// The value given for `name` (an option `--status` or a positional `REF`) as a `T`, or `nil`
    /// when it was not given; the last one when an option repeats.
    ///
    /// Throws `--status: expected one of open, in-progress, ..., got shut` for a bad word, and
    /// `CommandError.undeclared` when the usage has no such name (a test runs every command to
    /// catch that before a user could).
    func value<T: ArgumentValue>(_ name: String, as type: T.Type) throws(CommandError) -> T? {
        guard let text = try words(of: name).last else { return nil }
        return try T.parse(text, field: name, usage: usage)
    }

    /// The value given for `name` as a `T`; throws `missing --agency CODE` when it was not given.
    func required<T: ArgumentValue>(_ name: String, as type: T.Type) throws(CommandError) -> T {
        guard let value = try value(name, as: type) else { throw missing(name) }
        return value
    }

    /// Every value given for a repeatable option or the words of a repeating positional, as `T`s.
    func values<T: ArgumentValue>(_ name: String, as type: T.Type) throws(CommandError) -> [T] {
        var result: [T] = []
        for text in try words(of: name) {
            result.append(try T.parse(text, field: name, usage: usage))
        }
        return result
    }

    /// The positional whose usage placeholder is the list of `type`'s words
    /// (`present|apologies|absent`), as a `T`.
    func value<T: ArgumentValue>(of type: T.Type) throws(CommandError) -> T? {
        try value(type.allValueStrings.joined(separator: "|"), as: type)
    }

    /// The required positional whose placeholder is the list of `type`'s words, as a `T`.
    func required<T: ArgumentValue>(of type: T.Type) throws(CommandError) -> T {
        try required(type.allValueStrings.joined(separator: "|"), as: type)
    }

    // MARK: - Raw values

    /// The positional named `name` (`"REF"`); throws `missing REF` when it was not given.
    func positional(_ name: String) throws(CommandError) -> String {
        try required(name, as: String.self)
    }

    /// The positional named `name`, or `nil` when it was not given.
    func optionalPositional(_ name: String) -> String? {
        loggedWords(of: name).first
    }

    /// All the words of a repeating positional (`TEXT...`), for the caller to join.
    func rest(_ name: String) -> [String] {
        loggedWords(of: name)
    }

    /// The words of `TEXT...` joined by spaces; throws `missing TEXT` when there are none.
    ///
    /// Words typed side by side keep the spacing typed between them (`made.  Police`).
    func text(_ name: String) throws(CommandError) -> String {
        let words = try words(of: name)
        guard let first = words.first else { throw .missingArgument(name, usage: usage) }
        let key = spec.positionals.first { $0.answers(to: name) }?.name ?? name
        guard let joiners = joiners[key], joiners.count == words.count - 1 else {
            return words.joined(separator: " ")
        }
        var text = first
        for (joiner, word) in zip(joiners, words.dropFirst()) { text += joiner + word }
        return text
    }

    /// The value of the option `name` (`"--agency"`), or `nil`; the last one when it repeats.
    func option(_ name: String) -> String? {
        loggedWords(of: name).last
    }

    /// The values of a repeatable option, in the order given.
    func options(_ name: String) -> [String] {
        loggedWords(of: name)
    }

    /// The value of the option `name`; throws `missing --agency CODE` when it was not given.
    func required(_ name: String) throws(CommandError) -> String {
        try required(name, as: String.self)
    }

    /// Whether the flag `name` (`"--overdue"`) was given.
    func flag(_ name: String) -> Bool {
        !loggedWords(of: name).isEmpty
    }

    /// A comma-separated option value as a list, blanks dropped, across repeats
    /// (`--basis A,B --basis C` → `["A", "B", "C"]`).
    func list(_ name: String) -> [String] {
        loggedWords(of: name).flatMap { value in
            value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
    }

    /// The whole number given for `name` (an option or positional), or `nil` when not given.
    ///
    /// Throws `--dash: expected a whole number from 0 to 24, got 25` when out of `range`.
    func int(_ name: String, in range: ClosedRange<Int>? = nil) throws(CommandError) -> Int? {
        guard let text = try words(of: name).last else { return nil }
        return try text.asInt(field: name, in: range, usage: usage)
    }

    /// The whole number given for `name`; throws when it is missing.
    func requiredInt(_ name: String, in range: ClosedRange<Int>? = nil) throws(CommandError) -> Int
    {
        guard let value = try int(name, in: range) else { throw missing(name) }
        return value
    }

    /// The day given for `name` (`YYYY-MM-DD`), or `nil` when not given.
    func day(_ name: String) throws(CommandError) -> Day? {
        try value(name, as: Day.self)
    }

    /// The day given for `name`; throws when it is missing or not a day.
    func requiredDay(_ name: String) throws(CommandError) -> Day {
        try required(name, as: Day.self)
    }

    /// The value given for `name` if it is one of `allowed`, or `nil` when not given.
    ///
    /// Prefer `value(_:as:)` with an `ArgumentValue` enum, which lists its own words.
    func choice(_ name: String, _ allowed: [String]) throws(CommandError) -> String? {
        guard let text = try words(of: name).last else { return nil }
        guard allowed.contains(text) else {
            throw .invalidValue(
                field: name, expected: Arguments.oneOf(allowed), got: text, usage: usage)
        }
        return text
    }

    // MARK: - Names

    /// The names the command's code asked for that its usage does not declare: a mistake in
    /// the code, reported by `Tool.dispatch` and caught by the test that runs every command.
    var undeclaredNames: [String] { log.names }

    /// The words given for a declared option or positional; throws for an undeclared name.
    private func words(of name: String) throws(CommandError) -> [String] {
        guard let words = declaredWords(of: name) else {
            log.names.append(name)
            throw .undeclared(name, usage: usage)
        }
        return words
    }

    /// The words given for `name`, or none (and the name noted) when it is undeclared.
    private func loggedWords(of name: String) -> [String] {
        guard let words = declaredWords(of: name) else {
            log.names.append(name)
            return []
        }
        return words
    }

    /// The words given for `name`, `[]` when declared but not given, `nil` when undeclared.
    private func declaredWords(of name: String) -> [String]? {
        if name.hasPrefix("-") {
            guard spec.option(named: name) != nil else { return nil }
            return optionValues[name] ?? []
        }
        guard let positional = spec.positionals.first(where: { $0.answers(to: name) }) else {
            return nil
        }
        return positionals[positional.name] ?? []
    }

    /// The value of a global option (`""` for a flag), read by `GlobalOptions`.
    func globalValue(_ name: String) -> String? {
        optionValues[name]?.last
    }

    private func missing(_ name: String) -> CommandError {
        if name.hasPrefix("-") {
            return .missingOption(
                option: name, placeholder: spec.option(named: name)?.placeholder, usage: usage)
        }
        return .missingArgument(name, usage: usage)
    }

    /// `expected one of a, b or c`.
    static func oneOf(_ choices: [String]) -> String {
        guard choices.count > 1 else { return "expected \(choices.first ?? "nothing")" }
        return "expected one of \(choices.dropLast().joined(separator: ", ")) or \(choices.last!)"
    }

    /// `-5` and `-0.5` are values, not options.
    static func isNumber(_ word: String) -> Bool {
        word.count > 1 && word.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}

/// The undeclared names an invocation's code asked for: shared by copies of its `Arguments`.
///
/// Only the one thread running the command touches it.
private final class NameLog: @unchecked Sendable {
    var names: [String] = []
}

extension String {
    /// This text as a whole number, or an error naming `field` and, if given, the allowed range.
    func asInt(field: String, in range: ClosedRange<Int>? = nil, usage: String? = nil)
        throws(CommandError) -> Int
    {
        let expected =
            range.map { "expected a whole number from \($0.lowerBound) to \($0.upperBound)" }
            ?? "expected a whole number"
        guard let value = Int(self), range?.contains(value) ?? true else {
            throw .invalidValue(field: field, expected: expected, got: self, usage: usage)
        }
        return value
    }

    /// This text as a `Day` (`YYYY-MM-DD`), or an error naming `field` and what was wrong.
    func asDay(field: String, usage: String? = nil) throws(CommandError) -> Day {
        do {
            return try Day(parsing: self)
        } catch {
            throw .invalidDay(field: field, value: self, reason: error, usage: usage)
        }
    }

    /// This text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        Substring(self).trimmingSpaces()
    }
}

extension Substring {
    /// This text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
