import Foundation
import Testing

/// Ids as printed are ids as accepted; typed option values list their words; `--help` after
/// any command; the `smart check` legend; an agency rep's refusal reads as English.
@Suite("Ids, typed options and help through the marac binary")
struct IdentifiersBinaryTests {
    static let environment = ["MARAC_TODAY": "2026-11-27", "MARAC_USER": "chair"]

    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "marac-ids-\(UUID().uuidString)")
        var db: String { url.appendingPathComponent("ids.sqlite").path }
        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func run(_ words: [String], input: String = "") throws -> BinaryTests.Result {
            try BinaryTests.run(
                ["--db", db] + words, input: input, environment: IdentifiersBinaryTests.environment
            )
        }
    }

    /// A review R1 with one recommendation and the actions A1 and A2.
    static let setup = """
        agency add POL --name Police --sector police
        dhr new --pseudonym "Adult A" --csp Northshire
        dhr rec add R1 --number 1 --scope local Improve police training on coercive control
        dhr action add R1 --rec 1 --agency POL --target 2026-12-31 Raise awareness
        dhr action add 1 --rec 1 --agency POL --target 2026-12-31 --owner "DI Lee" --measure "Audit of 50 cases shows 90% compliance" Train all response officers in coercive control
        """

    @Test("JSON carries the printed reference beside the number, and each form is accepted back")
    func jsonReference() throws {
        let folder = try Folder()
        let review = try folder.run([
            "--json", "dhr", "new", "--pseudonym", "Adult B", "--csp", "X",
        ])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(
            review.stdout.contains(#""id": 1"#) && review.stdout.contains(#""reference": "R1""#))
        #expect(try folder.run(["dhr", "show", "1"]).status == 0)
        #expect(try folder.run(["dhr", "show", "R1"]).status == 0)
        #expect(try folder.run(["dhr", "show", "r1"]).status == 0)
        _ = try folder.run(["agency", "add", "POL", "--name", "Police", "--sector", "police"])
        _ = try folder.run([
            "dhr", "rec", "add", "R1", "--number", "1", "--scope", "local", "Train",
        ])
        let action = try folder.run([
            "--json", "dhr", "action", "add", "1", "--rec", "1", "--agency", "POL", "--target",
            "2026-12-31", "Train", "officers",
        ])
        #expect(action.stdout.contains(#""reference": "A1""#), "\(action.stdout)")
        #expect(try folder.run(["dhr", "action", "show", "A1"]).status == 0)
        #expect(try folder.run(["dhr", "action", "show", "1"]).status == 0)
        let bad = try folder.run(["dhr", "show", "X1"])
        #expect(bad.status == 64)
        #expect(
            bad.stderr.hasPrefix(
                "error: REVIEW: expected a review: R and its number (R3), or the number alone, got X1"
            ))
    }

    @Test("smart check takes R2 as a review, A8 as an action, a bare number when only one has it")
    func smartCheck() throws {
        let folder = try Folder()
        let setup = try folder.run([], input: Self.setup + "\n")
        #expect(setup.status == 0, "\(setup.stderr)")
        let review = try folder.run(["smart", "check", "R1"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("A1 ") && review.stdout.contains("A2 "))
        #expect(
            review.stdout.contains(
                "FAILS: S Specific, M Measurable, A Achievable (assigned), R Relevant, "
                    + "T Time-bound"))
        let action = try folder.run(["smart", "check", "A2"])
        #expect(action.status == 0)
        #expect(action.stdout.hasPrefix("action A2 of R1"), "\(action.stdout)")
        // 2 is only an action: the action. 1 is both review R1 and action A1: the user is asked.
        let bare = try folder.run(["smart", "check", "2"])
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout == action.stdout)
        let ambiguous = try folder.run(["smart", "check", "1"])
        #expect(ambiguous.status == 64)
        #expect(
            ambiguous.stderr.hasPrefix(
                "error: REVIEW|ACTION: expected R1 for the review or A1 for the action: both have "
                    + "the number 1, got 1\nusage: smart check [REVIEW|ACTION]"))
        let none = try folder.run(["smart", "check", "9"])
        #expect(none.status == 1)
        #expect(none.stderr == "error: there is no review R9 and no DHR action A9\n")
    }

    @Test("export progress takes the review as export action-plan does: R1, 1 or --review R1")
    func exportProgress() throws {
        let folder = try Folder()
        _ = try folder.run([], input: Self.setup + "\n")
        for (index, words) in [
            ["export", "action-plan", "R1"], ["export", "progress", "R1"],
            ["export", "progress", "1"], ["export", "progress", "--review", "R1"],
        ].enumerated() {
            let file = folder.url.appendingPathComponent("out\(index).xml").path
            let result = try folder.run(words + ["--to", file])
            #expect(result.status == 0, "\(words): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: file))
        }
        let clash = try folder.run([
            "export", "progress", "R1", "--review", "R2", "--to",
            folder.url.appendingPathComponent("x.xml").path,
        ])
        #expect(clash.status == 64)
        #expect(clash.stderr.hasPrefix("error: --review: expected the same review as R1, got R2"))
    }

    @Test(
        "--help after any command prints that command's help and exits 0",
        arguments: [
            ["dhr", "new", "--help"], ["case", "refer", "--help"], ["action", "update", "3", "-h"],
            ["attend", "--help", "--json"], ["help", "--help"],
        ])
    func helpAfterCommand(words: [String]) throws {
        let folder = try Folder()
        let result = try folder.run(words)
        #expect(result.status == 0, "\(result.stderr)")
        let name = words.prefix { !$0.hasPrefix("-") && $0.first?.isNumber != true }
            .joined(separator: " ")
        if words.contains("--json") {
            #expect(result.stdout.contains(#""name": "\#(name)""#))
        } else {
            #expect(result.stdout.hasPrefix("usage: \(name) "), "\(result.stdout)")
            #expect(result.stdout.contains("global options: --json, --db PATH|URI, --user NAME"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.db), "help opens no database")
    }

    @Test("--help after a group lists its commands; after an unknown name, suggests one")
    func helpAfterGroup() throws {
        let folder = try Folder()
        let group = try folder.run(["dhr", "action", "--help"])
        #expect(group.status == 0)
        #expect(group.stdout.hasPrefix("dhr action commands:\n  dhr action add "))
        let unknown = try folder.run(["dhr", "nwe", "--help"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'dhr new'?"))
    }

    @Test("An enum option's help and its error list the same words, from the type")
    func enumValues() throws {
        let folder = try Folder()
        let status = try folder.run(["action", "update", "1", "--status", "shut"])
        #expect(status.status == 64)
        #expect(
            status.stderr.hasPrefix(
                "error: --status: expected one of open, in-progress, done, blocked or cancelled, "
                    + "got shut\nusage: action update ID [--status open|in-progress|done|blocked|cancelled]"
            ))
        let role = try folder.run(["user", "add", "sam", "--role", "boss"])
        #expect(
            role.stderr.hasPrefix(
                "error: --role: expected one of coordinator, chair, agency-rep, dhr-chair or auditor, got boss"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.db), "refused before opening")
        let help = try folder.run(["dhr", "new", "--help"])
        #expect(help.stdout.contains("[--type DHR|DARDR]"))
        let bad = try folder.run(["dhr", "new", "--pseudonym", "A", "--csp", "B", "--type", "SAR"])
        #expect(bad.status == 64)
        #expect(
            bad.stderr.hasPrefix(
                "error: --type: expected one of DHR or DARDR, got SAR\nusage: dhr new"))
    }

    @Test("An agency rep asking for another agency's actions is told so in correct English")
    func otherAgencyGrammar() throws {
        let folder = try Folder()
        let setup = """
            agency add POL --name Police --sector police
            agency add IDVA --name IDVA --sector voluntary
            user add sam --role agency-rep --agency IDVA
            """
        #expect(try folder.run([], input: setup + "\n").status == 0)
        let result = try BinaryTests.run(
            ["--db", folder.db, "--user", "sam", "action", "list", "--agency", "POL"],
            environment: Self.environment)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: the action list of POL belongs to another agency; you (sam) represent IDVA\n"
        )
    }
}
