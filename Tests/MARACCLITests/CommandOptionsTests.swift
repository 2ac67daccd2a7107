import Foundation
import MARACKit
import Testing

@testable import MARACCLI

/// Every command of the table, run with each option its usage declares: the command may refuse
/// on the data, but it never crashes, never calls a declared option unknown, and its code never
/// asks for a name the usage does not declare (a misspelt `arguments.option("--agncy")`).
@Suite("Every command with every option")
struct CommandOptionsTests {
    /// A word of the right form for `placeholder`, so parsing gets past the value.
    static func sample(_ placeholder: String, choices: [String]?, folder: String) -> String {
        if let choices { return choices[0] }
        if placeholder.contains("YYYY-MM-DD") { return "2026-11-27" }
        if placeholder.contains("FILE") {
            let ext = placeholder.contains(".odt") ? ".odt" : ".txt"
            return folder + "/out-\(UUID().uuidString)" + ext
        }
        switch placeholder {
        case "HH:MM": return "10:00"
        case "REVIEW", "REVIEW|ACTION": return "R1"
        case "REF": return "C-000001"
        case "CODE", "AGENCY": return "POL"
        case "TAG,...": return "UKGDPR-6-1-e"
        case "C,...": return "risk-assessment"
        case "MARAC|AGENCY,...": return "MARAC"
        case "COMMAND": return "version"
        case "ANSWERS": return "y"
        default: break
        }
        let numbers = ["N", "M", "S", "ID", "DAYS", "MEETING", "POSITION"]
        return numbers.contains(placeholder) ? "1" : "x"
    }

    /// The words for one run: every required positional and option, plus `extra` if given.
    static func words(
        for command: Command, with extra: UsageSpec.Option?, folder: String
    ) -> [String] {
        let spec = command.spec
        var words = command.path
        for positional in spec.positionals where !positional.isOptional {
            words.append(sample(positional.name, choices: positional.choices, folder: folder))
        }
        for option in spec.options where !option.isOptional || option.name == extra?.name {
            words.append(option.name)
            if let placeholder = option.placeholder {
                words.append(sample(placeholder, choices: option.choices, folder: folder))
            }
        }
        return words
    }

    /// Errors that mean the words did not reach the command as its usage promised.
    static func isParsingFault(_ error: CommandError) -> Bool {
        switch error {
        case .unknownOption, .undeclared, .unexpectedValue, .missingValue, .missingOption,
            .missingArgument, .tooManyArguments, .repeatedOption, .unknownCommand,
            .incompleteCommand:
            return true
        default:
            return false
        }
    }

    @Test(
        "Each command runs with each option its usage declares, and with none",
        arguments: CommandTable.all.commands.map(\.name).filter { $0 != "bench seed" })
    func everyOption(name: String) throws {
        let command = try #require(CommandTable.all.commands.first { $0.name == name })
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-options-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var session = Session(
            dbPath: ":memory:", user: "coordinator", today: Day(year: 2026, month: 11, day: 27))
        _ = try session.workbench().buildDemo()
        let variants: [UsageSpec.Option?] = [nil] + command.spec.options.map { $0 }
        for option in variants {
            let words = Self.words(for: command, with: option, folder: folder)
            do {
                _ = try Tool.dispatch(
                    words, session: &session, table: .all, databaseMayChange: false)
            } catch let error as CommandError {
                #expect(!Self.isParsingFault(error), "\(words): \(error.message)")
            } catch {
                // Refused on the data (no such case, a rule broken): the words were read.
            }
        }
    }

    @Test("bench seed reads its options (on a database of its own, with one referral)")
    func benchSeed() throws {
        var session = Session(
            dbPath: ":memory:", user: "coordinator", today: Day(year: 2026, month: 11, day: 27))
        let output = try Tool.dispatch(
            ["bench", "seed", "--referrals", "1", "--seed", "7"], session: &session, table: .all,
            databaseMayChange: false)
        #expect(output.hasPrefix("seeded 1 referrals"))
    }

    /// A command whose code misspells the option its usage declares.
    static let misspelt = CommandTable([
        Command(path: ["probe"], operation: nil, abstract: "Probe.", usage: "probe [--agency CODE]")
        {
            _, arguments in
            Output.message(arguments.option("--agncy") ?? "none", json: .null)
        },
        Command(path: ["typed"], operation: nil, abstract: "Probe.", usage: "typed [--agency CODE]")
        {
            _, arguments in
            Output.message(try arguments.value("--agncy", as: String.self) ?? "none", json: .null)
        },
    ])

    @Test("A misspelt name in a command's code is an internal error, not a crash")
    func misspeltName() {
        for name in ["probe", "typed"] {
            var session = Session(dbPath: ":memory:")
            let error = #expect(throws: CommandError.self) {
                try Tool.dispatch(
                    [name, "--agency", "POL"], session: &session, table: Self.misspelt,
                    databaseMayChange: false)
            }
            #expect(error == .undeclared("--agncy", usage: "\(name) [--agency CODE]"))
            #expect(error?.exitCode == ExitCode.software)
            #expect(
                error?.message.hasPrefix("internal error: this command asked for --agncy") == true)
        }
    }

    @Test("Every enum value lists its words in the usage, from the type")
    func enumsInUsage() throws {
        let usage = { (name: String) in
            CommandTable.all.commands.first { $0.name == name }?.usage ?? ""
        }
        #expect(usage("action update").contains("--status open|in-progress|done|blocked|cancelled"))
        #expect(usage("dhr action update").contains("--status \(choices: DHRActionStatus.self)"))
        #expect(usage("dhr new").contains("--type DHR|DARDR"))
        #expect(usage("dhr rec add").contains("--scope local|regional|national"))
        #expect(usage("attend").contains("present|apologies|absent"))
        #expect(usage("user add").contains("--role coordinator|chair|agency-rep|dhr-chair|auditor"))
        #expect(usage("share record").contains("--consent sought|given|refused|not-sought"))
        #expect(
            usage("share record").contains(
                "--consent-reason unsafe|would-prejudice-purpose|cannot-be-given"))
        #expect(usage("dhr status").contains("--to \(choices: ReviewStatus.self)"))
    }

    @Test("Global options are declared once: startup, each line, help and completion agree")
    func globalsDeclaredOnce() throws {
        let everyLine = GlobalOption.everyLine.map(\.name)
        #expect(UsageSpec.globalOptions.map(\.name) == everyLine)
        #expect(
            CommandTable.all.completions(words: ["version"], partial: "--").filter {
                everyLine.contains($0)
            } == everyLine)
        let help = HelpCommands.overview(of: .all).text
        for option in GlobalOption.all where option.help != nil {
            #expect(help.contains(option.synopsis), "\(option.synopsis) in help")
            #expect(Tool.usage.contains("[\(option.synopsis)]"))
        }
        #expect(!help.contains("--today"), "hidden")
        let startup = try StartupOptions([
            "--json", "--db", "a.sqlite", "--user=ann", "-f", "s.txt", "--history", "h", "--today",
            "2026-01-02", "version",
        ])
        #expect(
            startup.globals
                == GlobalOptions(
                    json: true, db: "a.sqlite", user: "ann",
                    today: Day(year: 2026, month: 1, day: 2),
                    script: "s.txt", history: "h"))
        #expect(startup.command == ["version"])
    }
}
