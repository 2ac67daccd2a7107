/// Every command of `marac`, in the order `help` lists them: the one table that drives dispatch,
/// `help`, completion and the unknown-command message.
struct CommandTable: Sendable {
    /// The commands, in table order.
    let commands: [Command]

    /// A table of `commands`; two commands with the same path are a programmer mistake.
    init(_ commands: [Command]) {
        var seen: Set<[String]> = []
        for command in commands {
            precondition(!command.path.isEmpty, "a command needs a name: \(command.usage)")
            precondition(seen.insert(command.path).inserted, "duplicate command '\(command.name)'")
        }
        self.commands = commands
    }

    /// The table of the `marac` tool, assembled from each noun's `commands`.
    ///
    /// Add a noun by writing `Commands/<Noun>Commands.swift` with `static let commands` and
    /// listing it here, in the order `help` should show it.
    static let all = CommandTable(
        AgencyCommands.commands
            + AreaCommands.commands
            + CaseCommands.commands
            + PersonCommands.commands
            + PeopleCommands.commands
            + TransferCommands.commands
            + IDVACommands.commands
            + MeetingCommands.commands
            + AgendaCommands.commands
            + ActionCommands.commands
            + ShareCommands.commands
            + DHRCommands.commands
            + DHRLinkCommands.commands
            + SmartCommands.commands
            + ReportCommands.commands
            + DHRReportCommands.commands
            + ExportCommands.commands
            + DisclosureCommands.commands
            + AuditCommands.commands
            + UserCommands.commands
            + ServerCommands.commands
            + RetentionCommands.commands
            + InitCommands.commands
            + DemoCommands.commands
            + BenchCommands.commands
            + ExampleCommands.commands
            + HelpCommands.commands
    )

    /// The command named by the longest path that starts `words`, and the words after its path.
    ///
    /// Throws `CommandError.incompleteCommand` when `words` name only a group (`action`), and
    /// `CommandError.unknownCommand` with the closest names otherwise.
    func lookup(_ words: [String]) throws(CommandError) -> (command: Command, rest: [String]) {
        guard !words.isEmpty else { throw .noCommand }
        var best: Command?
        for command in commands
        where command.path.count <= words.count
            && command.path.count > (best?.path.count ?? 0)
            && words.starts(with: command.path)
        {
            best = command
        }
        if let best { return (best, Array(words.dropFirst(best.path.count))) }

        // The longest prefix naming a group: `dhr action` alone needs `add` or `update`.
        var group = 0
        while group < words.count, !next(after: Array(words.prefix(group + 1))).isEmpty {
            group += 1
        }
        if group > 0, group == words.count || !UsageSpec.isCommandWord(words[group]) {
            let prefix = Array(words.prefix(group))
            throw .incompleteCommand(
                prefix.joined(separator: " "), subcommands: next(after: prefix))
        }
        let typed = words.prefix(maxDepth).prefix(while: UsageSpec.isCommandWord)
        throw .unknownCommand(
            typed.isEmpty ? words[0] : typed.joined(separator: " "),
            suggestions: suggestions(for: words))
    }

    /// The command names closest to what `words` start with, for the unknown-command message.
    func suggestions(for words: [String]) -> [String] {
        var scored: [(distance: Int, name: String)] = []
        for command in commands where command.path.count <= words.count {
            let typed = words.prefix(command.path.count).joined(separator: " ")
            let distance = editDistance(typed, command.name)
            if distance <= max(2, command.name.count / 3) {
                scored.append((distance, command.name))
            }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        if let nearest = scored.first?.distance {
            return scored.filter { $0.distance == nearest }.prefix(3).map(\.name)
        }
        // Nothing close: if the first word is a noun, list its verbs' full names.
        return closest(to: words[0], among: nouns).flatMap { noun in
            commands.filter { $0.path[0] == noun }.map(\.name)
        }.prefix(3).map { $0 }
    }

    /// The words that may follow `words` in some command's path (`action` → `add`, `list`, ...).
    func next(after words: [String]) -> [String] {
        var result: [String] = []
        for command in commands
        where command.path.count > words.count && command.path.starts(with: words) {
            let word = command.path[words.count]
            if !result.contains(word) { result.append(word) }
        }
        return result
    }

    /// Completions of `partial` given the finished `words` before it: the next word of a command
    /// path, a command name after `help`, or an option of the command already named.
    func completions(words: [String], partial: String) -> [String] {
        if words.first == "help" {
            return completions(words: Array(words.dropFirst()), partial: partial, optionsToo: false)
        }
        return completions(words: words, partial: partial, optionsToo: true)
    }

    private func completions(words: [String], partial: String, optionsToo: Bool) -> [String] {
        var candidates = next(after: words)
        if optionsToo, let command = try? lookup(words).command {
            let spec = command.spec
            if partial.hasPrefix("-") {
                candidates = (spec.options + UsageSpec.globalOptions).map(\.name)
            } else if let last = words.last, let option = spec.option(named: last),
                option.takesValue
            {
                candidates = option.choices ?? []  // a typed value's words (`--status open|done`)
            } else if let choices = IdentifierCompletion.positional(
                after: Array(words.dropFirst(command.path.count)), spec: spec)?.choices
            {
                candidates = choices  // `attend 1 POL present|apologies|absent`
            }
        }
        return candidates.filter { $0.hasPrefix(partial) }
    }

    /// The first words of the paths, in table order.
    var nouns: [String] {
        var result: [String] = []
        for command in commands where !result.contains(command.path[0]) {
            result.append(command.path[0])
        }
        return result
    }

    /// The length of the longest path.
    var maxDepth: Int { commands.map(\.path.count).max() ?? 1 }
}
