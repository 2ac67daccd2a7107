import Foundation
import MARACKit
import Testing

@testable import MARACCLI

/// The tool checks no permission itself: each command names the library operation it runs,
/// and the library checks it.
@Suite("Commands and their library operations")
struct CommandOperationTests {
    /// The commands that read no data, so run no operation; `init` only opens the database,
    /// creating and migrating it as every command's first use of it does.
    static let readNoData: Set<[String]> = [["help"], ["version"], ["whoami"], ["init"]]

    @Test(
        "Each command runs the operation whose command path is its own",
        arguments: CommandTable.all.commands.map(\.name))
    func operationMatchesPath(name: String) throws {
        let command = try #require(CommandTable.all.commands.first { $0.name == name })
        if Self.readNoData.contains(command.path)
            || ServerCommands.ownerCommands.contains(command.path)
        {
            #expect(command.operation == nil)
        } else {
            let operation = try #require(command.operation, "\(name) declares no operation")
            #expect(operation.commandPath == command.path)
            #expect(operation.commandName == command.name)
        }
    }

    @Test("Every operation of the library has its command in the table, once")
    func everyOperationHasACommand() {
        let declared = CommandTable.all.commands.compactMap(\.operation)
        #expect(declared.count == Set(declared.map(\.commandPath)).count)
        for operation in Operation.allCases {
            #expect(declared.filter { $0 == operation }.count == 1, "\(operation)")
        }
    }

    @Test("help COMMAND says who may run it, from the library's table")
    func helpNamesRoles() throws {
        var session = Session(today: nil)
        let refer = try Tool.dispatch(
            ["help", "share", "list"], session: &session, table: .all, databaseMayChange: false)
        #expect(refer.contains("\nwho may run it: coordinator, chair, auditor\n"))
        let version = try Tool.dispatch(
            ["help", "version"], session: &session, table: .all, databaseMayChange: false)
        #expect(version.contains("\nwho may run it: anyone (it reads no data)\n"))
        let json = try Tool.dispatch(
            ["help", "dhr", "link", "--json"], session: &session, table: .all,
            databaseMayChange: false)
        #expect(json.contains(#""roles": ["#) && json.contains(#""dhr-chair""#))
    }

    @Test("whoami shows the acting user's role without creating the database or enrolling")
    func whoamiShowsRole() throws {
        let scratch = Scratch()
        let db = scratch.file("roles.sqlite")
        let none = try marac(db, "ann", ["whoami"])
        #expect(none.status == 0)
        #expect(
            none.stdout.hasSuffix(
                "role: none (no database yet; its first user becomes coordinator)\n"))
        #expect(!FileManager.default.fileExists(atPath: db))

        let steps: [[String]] = [
            ["agency", "add", "IDVA", "--name", "IDVA service", "--sector", "voluntary"],
            ["user", "add", "sam", "--role", "agency-rep", "--agency", "IDVA"],
        ]
        for step in steps {
            let result = try marac(db, "ann", step)
            try #require(result.status == 0, "\(step): \(result.stderr)")
        }
        #expect(try marac(db, "ann", ["whoami"]).stdout.hasSuffix("\nrole: coordinator\n"))
        #expect(
            try marac(db, "sam", ["whoami"]).stdout.hasSuffix("\nrole: agency-rep for IDVA\n"))
        let json = try marac(db, "sam", ["--json", "whoami"]).stdout
        #expect(json.contains(#""role": "agency-rep""#) && json.contains(#""agency": "IDVA""#))
        let stranger = try marac(db, "mallory", ["whoami"])
        #expect(stranger.status == 0)
        #expect(stranger.stdout.hasSuffix("\nrole: none (not a user of this database)\n"))
        // Asking enrolled no one: mallory is still refused.
        let refused = try marac(db, "mallory", ["agency", "list"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'agency list' needs a user of this database"))
    }

    @Test("A command that reads several things is checked once, under its own name")
    func oneCheckPerCommand() throws {
        let scratch = Scratch()
        let db = scratch.file("refusals.sqlite")
        for step in [
            ["agency", "add", "POL", "--name", "Police", "--sector", "police"],
            ["user", "add", "cy", "--role", "chair"], ["user", "add", "di", "--role", "dhr-chair"],
        ] {
            let result = try marac(db, "ann", step)
            try #require(result.status == 0, "\(step): \(result.stderr)")
        }
        // `smart check` reads every review, `report overdue` MARAC and DHR actions: the refusal
        // names the command typed, and each role the table allows gets the whole report.
        let smart = try marac(db, "cy", ["smart", "check"])
        #expect(smart.status == 1)
        #expect(
            smart.stderr
                == "error: 'smart check' needs one of the roles coordinator, dhr-chair; "
                + "you (cy) are chair\n")
        for user in ["cy", "di"] {
            let overdue = try marac(db, user, ["report", "overdue"])
            #expect(overdue.status == 0, "\(user): \(overdue.stderr)")
            #expect(overdue.stdout == "no overdue actions\n")
        }
        let refer = try marac(
            db, "di",
            [
                "case", "refer", "--victim", "B", "--dob", "1990-01-01", "--by", "POL", "--date",
                "2026-11-01",
            ])
        #expect(
            refer.stderr
                == "error: 'case refer' needs the role coordinator; you (di) are dhr-chair\n")
    }
}
