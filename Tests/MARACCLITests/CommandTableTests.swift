import Testing

@testable import MARACCLI

@Suite("Command table")
struct CommandTableTests {
    @Test("Every path is unique")
    func uniquePaths() {
        let names = CommandTable.all.commands.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test(
        "Every abstract is one sentence starting with a capital and ending with a period",
        arguments: CommandTable.all.commands.map(\.name))
    func abstracts(name: String) throws {
        let command = try #require(CommandTable.all.commands.first { $0.name == name })
        #expect(command.abstract.first?.isUppercase == true)
        #expect(command.abstract.hasSuffix("."))
        #expect(!command.abstract.dropLast().contains(". "))
    }

    @Test(
        "Every usage starts with the path and parses",
        arguments: CommandTable.all.commands.map(\.name))
    func usages(name: String) throws {
        let command = try #require(CommandTable.all.commands.first { $0.name == name })
        #expect(command.usage == command.name || command.usage.hasPrefix(command.name + " "))
        #expect(command.spec.path == command.path)
    }

    static let sample = CommandTable(
        ["action add", "action list", "action show", "dhr action add", "dhr list", "help"].map {
            name in
            Command(
                path: name.split(separator: " ").map(String.init), operation: nil,
                abstract: "Do it.",
                usage: name + " [--agency CODE]"
            ) { _, _ in .empty }
        })

    @Test("Lookup takes the longest matching path and returns the words after it")
    func longestPrefix() throws {
        let (command, rest) = try Self.sample.lookup([
            "dhr", "action", "add", "R1", "--agency", "POL",
        ])
        #expect(command.name == "dhr action add")
        #expect(rest == ["R1", "--agency", "POL"])
    }

    @Test("An unknown command suggests the closest names and says try 'help'")
    func unknownCommand() {
        let error = #expect(throws: CommandError.self) {
            try Self.sample.lookup(["acton", "list"])
        }
        #expect(
            error?.message == "unknown command 'acton list'; did you mean 'action list'? try 'help'"
        )
        let far = #expect(throws: CommandError.self) { try Self.sample.lookup(["zebra"]) }
        #expect(far?.message == "unknown command 'zebra'; try 'help'")
    }

    @Test("A group name alone lists what can follow it")
    func incomplete() {
        let error = #expect(throws: CommandError.self) {
            try Self.sample.lookup(["dhr", "action"])
        }
        #expect(error?.message == "'dhr action' needs one of: add")
        let noun = #expect(throws: CommandError.self) {
            try Self.sample.lookup(["action", "--json"])
        }
        #expect(noun?.message == "'action' needs one of: add, list, show")
    }

    @Test("Completion offers the next word of a path, names after help, and options")
    func completion() {
        #expect(Self.sample.completions(words: [], partial: "a") == ["action"])
        #expect(Self.sample.completions(words: ["action"], partial: "") == ["add", "list", "show"])
        #expect(Self.sample.completions(words: ["help", "dhr"], partial: "l") == ["list"])
        #expect(Self.sample.completions(words: ["action", "list"], partial: "--a") == ["--agency"])
        #expect(Self.sample.completions(words: ["action", "list"], partial: "--j") == ["--json"])
    }

    @Test("Edit distance counts insertions, deletions and substitutions")
    func distance() {
        #expect(editDistance("acton", "action") == 1)
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("kitten", "sitting") == 3)
    }
}
