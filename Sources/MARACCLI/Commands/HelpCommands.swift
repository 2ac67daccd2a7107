/// `help` and `help COMMAND`, both generated from `CommandTable.all`.
enum HelpCommands {
    static let commands: [Command] = [
        Command(
            path: ["help"],
            operation: nil,
            abstract: "Show the commands, or the usage and help of one command.",
            usage: "help [COMMAND...]",
            discussion: "With a group's name (`help action`) it lists the commands of that group.",
            mutates: false
        ) { _, arguments in
            let words = arguments.rest("COMMAND")
            return try words.isEmpty
                ? overview(of: .all) : help(for: words, in: .all)
        }
    ]

    /// The global options `help` describes, from their one declaration (hidden ones left out).
    static func globalOptionHelp(_ scope: GlobalOption.Scope) -> [(String, String)] {
        GlobalOption.all.filter { $0.scope == scope }.compactMap { option in
            option.help.map { (option.synopsis, $0) }
        }
    }

    /// The full help screen: usage, every command grouped by noun, and the global options.
    static func overview(of table: CommandTable) -> Output {
        let everyLine = globalOptionHelp(.everyLine)
        let startup = globalOptionHelp(.startup)
        let width =
            (table.commands.map { $0.name.count } + (everyLine + startup).map { $0.0.count })
            .max() ?? 0
        var lines = [
            "marac: the MARAC & DHR workbench.",
            "",
            "usage: marac COMMAND [ARGUMENTS...] "
                + everyLine.map { "[\($0.0)]" }.joined(separator: " "),
            "       marac -f FILE    run the commands in FILE, stopping at the first error",
            "       marac            open the REPL (or run commands piped on standard input)",
            "",
            "commands:",
        ]
        var previousNoun: String?
        var previousWasSingle = false
        for (noun, commands) in groups(of: table) {
            let single = commands.count == 1 && commands[0].path.count == 1
            if previousNoun != nil, !(single && previousWasSingle) { lines.append("") }
            for command in commands {
                lines.append("  " + pad(command.name, width) + "  " + command.abstract)
            }
            previousNoun = noun
            previousWasSingle = single
        }
        lines += ["", "global options:"]
        for (option, text) in everyLine {
            lines.append("  " + pad(option, width) + "  " + text)
        }
        lines += ["", "start-up options (before the command):"]
        for (option, text) in startup {
            lines.append("  " + pad(option, width) + "  " + text)
        }
        lines += ["", "Type 'help COMMAND' or 'COMMAND --help' for the usage of a command."]
        let json: JSONValue = [
            "commands": .array(
                table.commands.map {
                    [
                        "name": .string($0.name), "abstract": .string($0.abstract),
                        "usage": .string($0.usage),
                    ]
                })
        ]
        return Output(text: lines.joined(separator: "\n"), json: json)
    }

    /// The help of the command `words` name exactly, or the list of a group (`help action`).
    static func help(for words: [String], in table: CommandTable) throws -> Output {
        if let command = table.commands.first(where: { $0.path == words }) {
            return help(for: command)
        }
        let members = table.commands.filter { $0.path.starts(with: words) }
        guard !members.isEmpty else {
            throw CommandError.unknownCommand(
                words.joined(separator: " "), suggestions: table.suggestions(for: words))
        }
        let width = members.map { $0.name.count }.max() ?? 0
        let lines = members.map { "  " + pad($0.name, width) + "  " + $0.abstract }
        return Output(
            text: "\(words.joined(separator: " ")) commands:\n" + lines.joined(separator: "\n"),
            json: .array(
                members.map { ["name": .string($0.name), "abstract": .string($0.abstract)] }))
    }

    /// `usage:`, the abstract, the discussion, who may run it and the global options of one
    /// command.
    static func help(for command: Command) -> Output {
        var text = "usage: \(command.usage)\n\n\(command.abstract)\n"
        if !command.discussion.isEmpty { text += "\n\(command.discussion)\n" }
        let roles = command.operation?.allowedRoles.map(\.rawValue)
        let nobodyNamed =
            ServerCommands.ownerCommands.contains(command.path)
            ? "the database's owner on a server; on a file, whoever may open it"
            : "anyone (it reads no data)"
        text += "\nwho may run it: " + (roles?.joined(separator: ", ") ?? nobodyNamed)
        text +=
            "\nglobal options: " + globalOptionHelp(.everyLine).map(\.0).joined(separator: ", ")
        let spec = command.spec
        let json: JSONValue = [
            "name": .string(command.name),
            "abstract": .string(command.abstract),
            "usage": .string(command.usage),
            "discussion": .string(command.discussion),
            "mutates": .bool(command.mutates),
            "roles": roles.map { .array($0.map(JSONValue.string)) } ?? .null,
            "arguments": .array(
                spec.positionals.map {
                    [
                        "name": .string($0.name), "optional": .bool($0.isOptional),
                        "repeats": .bool($0.repeats),
                    ]
                }),
            "options": .array(
                spec.options.map {
                    [
                        "name": .string($0.name), "value": $0.placeholder.json,
                        "optional": .bool($0.isOptional), "repeats": .bool($0.repeats),
                        "choices": $0.choices.map { .array($0.map(JSONValue.string)) } ?? .null,
                    ]
                }),
        ]
        return Output(text: text, json: json)
    }

    /// The commands grouped by their first word, groups in table order.
    static func groups(of table: CommandTable) -> [(noun: String, commands: [Command])] {
        table.nouns.map { noun in (noun, table.commands.filter { $0.path[0] == noun }) }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
