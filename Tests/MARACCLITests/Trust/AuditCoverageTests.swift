import Foundation
import MARACKit
import Testing

@testable import MARACCLI

/// Every command that changes data leaves an entry in the audit log.
@Suite("Audit coverage")
struct AuditCoverageTests {
    /// Where `case transfer --to-file` writes the bundle `case receive` then reads.
    static let bundle = FileManager.default.temporaryDirectory
        .appendingPathComponent("marac-audit-\(UUID().uuidString).odt").path

    /// One invocation of each mutating command, in an order that lets each succeed.
    static func invocations(csv: String, plan: String) -> [(name: String, words: [String])] {
        [
            ("agency add", ["agency", "add", "ZZ", "--name", "Police", "--sector", "police"]),
            ("user add", ["user", "add", "sam", "--role", "agency-rep", "--agency", "ZZ"]),
            ("rep add", ["rep", "add", "--agency", "ZZ", "--name", "Pat"]),
            (
                "case refer",
                [
                    "case", "refer", "--victim", "A B", "--dob", "1990-01-01", "--by", "ZZ",
                    "--date",
                    "2026-11-01", "--dash", "15",
                ]
            ),
            ("case import", ["case", "import", csv]),
            ("meeting new", ["meeting", "new", "--date", "2026-11-20", "--area", "default"]),
            ("agenda build", ["agenda", "build", "1"]),
            ("agenda move", ["agenda", "move", "1", "C-000001", "1"]),
            ("agenda defer", ["agenda", "defer", "1", "C-000002"]),
            ("attend", ["attend", "1", "ZZ", "present"]),
            ("meeting open", ["meeting", "open", "1"]),
            ("risk add", ["risk", "add", "C-000001", "--meeting", "1", "Threats"]),
            ("perpetrator add", ["perpetrator", "add", "C-000001", "--name", "Audit Perpetrator"]),
            (
                "child add",
                ["child", "add", "C-000001", "--name", "Audit Child", "--dob", "2018-01-01"]
            ),
            ("meeting edit", ["meeting", "edit", "1", "--venue", "Town Hall"]),
            ("aob add", ["aob", "add", "1", "Room", "change"]),
            (
                "action add",
                ["action", "add", "C-000001", "--agency", "ZZ", "--due", "2026-12-01", "Call"]
            ),
            (
                "action update",
                ["action", "update", "1", "--status", "done", "--evidence", "Letter"]
            ),
            (
                "share record",
                [
                    "share", "record", "C-000001", "--by", "ZZ", "--to", "MARAC", "--summary",
                    "Bail conditions", "--categories", "criminal-offence", "--basis",
                    "UKGDPR-6-1-e,UKGDPR-10-DL,DPA2018-S1-P10", "--consent", "not-sought",
                    "--consent-reason", "unsafe", "--rationale", "Risk of serious harm",
                    "--meeting", "1", "--common-law", "public-interest",
                ]
            ),
            (
                "share decline",
                ["share", "decline", "C-000001", "--by", "ZZ", "--reasons", "Not necessary"]
            ),
            ("meeting close", ["meeting", "close", "1"]),
            ("area add", ["area", "add", "Northshire"]),
            ("area rename", ["area", "rename", "northshire", "North Shire"]),
            ("case move", ["case", "move", "C-000002", "--area", "NORTH SHIRE"]),
            ("idva allocate", ["idva", "allocate", "C-000001", "--agency", "ZZ"]),
            ("idva engagement", ["idva", "engagement", "C-000001", "--status", "engaged"]),
            (
                "case transfer",
                [
                    "case", "transfer", "C-000002", "--to-file", Self.bundle, "--to-marac",
                    "Elsewhere", "--reason", "moved",
                ]
            ),
            (
                "case receive",
                ["case", "receive", Self.bundle, "--by", "ZZ", "--area", "North Shire"]
            ),
            ("agency edit", ["agency", "edit", "ZZ", "--name", "Police Service"]),
            (
                "dhr new",
                [
                    "dhr", "new", "--pseudonym", "Adult Z", "--csp", "Test CSP",
                    "--decision-date", "2026-01-10",
                ]
            ),
            ("dhr status", ["dhr", "status", "R1", "--to", "in-progress", "--date", "2026-02-01"]),
            (
                "dhr rec add",
                ["dhr", "rec", "add", "R1", "--number", "1", "--scope", "local", "Train staff"]
            ),
            (
                "dhr action add",
                [
                    "dhr", "action", "add", "R1", "--rec", "1", "--agency", "ZZ", "--target",
                    "2026-12-01", "--measure", "100 staff trained", "Deliver training to 100 staff",
                ]
            ),
            (
                "dhr action update",
                ["dhr", "action", "update", "A1", "--status", "closed", "--evidence", "Register"]
            ),
            ("dhr action signoff", ["dhr", "action", "signoff", "A1"]),
            ("dhr import", ["dhr", "import", "R1", plan]),
            ("dhr link", ["dhr", "link", "R1", "C-000001"]),
            ("dhr unlink", ["dhr", "unlink", "R1", "C-000001"]),
            ("export minutes", ["export", "minutes", "1", "--to", plan + ".odt"]),
            ("person disclose", ["person", "disclose", "C-000001", "--to", plan + "-sar.xml"]),
            ("export agenda", ["export", "agenda", "1", "--to", plan + ".fodt"]),
            ("export action-status", ["export", "action-status", "1", "--to", plan + "-s.xml"]),
            ("export action-plan", ["export", "action-plan", "R1", "--to", plan + ".xml"]),
            ("export progress", ["export", "progress", "--to", plan + "-progress.odt"]),
            ("person merge", ["person", "merge", "C-000001", "C-000002"]),
            ("retention purge", ["retention", "purge", "--confirm", "--today", "2040-01-01"]),
            ("agency retire", ["agency", "retire", "ZZ"]),
            ("demo", ["demo"]),
            ("user role", ["user", "role", "sam", "auditor"]),
            ("user remove", ["user", "remove", "sam"]),
        ]
    }

    @Test("Each mutating command of the table, run once, adds to the audit log")
    func everyMutatingCommandIsAudited() throws {
        let scratch = Scratch()
        let csv = scratch.file("one.csv")
        try "victim,dob,by,date,dash\nC D,1985-02-02,ZZ,2026-11-02,16\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let plan = scratch.file("plan.csv")
        try """
        Recommendation,Scope,Action to take,Lead agency,Target date
        2 Audit the pathway,local,Publish an audit of 50 cases,ZZ,2026-12-31
        """.write(toFile: plan, atomically: true, encoding: .utf8)
        let invocations = Self.invocations(csv: csv, plan: plan)
        // `bench seed` fills an empty database with synthetic data for benchmarks; its own
        // tests check its audit entry (SyntheticAreaTests), as `bench duplicates`'s do
        // (DuplicateWarningTests). `init` creates the file and
        // records nothing in it (DatabasePathBinaryTests).
        // `server init` and `copy` change no records of this database (init sets up a server's
        // schema and grants; copy fills another database with this one's chain): their tests
        // are ServerCommandTests.
        let mutating = CommandTable.all.commands.filter(\.mutates).map(\.name)
            .filter {
                !["bench seed", "bench duplicates", "init", "server init", "copy"].contains($0)
            }
        #expect(
            Set(mutating) == Set(invocations.map(\.name)),
            "add an invocation here for each new mutating command")
        let db = scratch.file("audit.sqlite")
        var session = Session(dbPath: db, user: "coord", today: try Day(parsing: "2026-11-25"))
        var entries = 0
        for (name, words) in invocations {
            _ = try Tool.dispatch(words, session: &session, table: .all, databaseMayChange: false)
            let now = try count(db, "SELECT count(*) FROM audit_log")
            #expect(now > entries, "'\(name)' wrote no audit entry")
            entries = now
        }
        #expect(try session.workbench().verifyAudit().isIntact)
    }
}
