import Foundation
import MARACTestSupport
import Testing

/// A coordinator, two agency representatives and an auditor as four login roles on one
/// server: what each may do through `marac`, and the same refusals from PostgreSQL through
/// `psql`.
@Suite(
    "Four roles on one server", .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
struct ServerRolesTests {
    static func marac(_ db: String, _ words: [String]) throws -> BinaryTests.Result {
        try BinaryTests.run(["--db", db, "--today", "2026-11-25"] + words)
    }

    @Test(
        "Each role's refusals come from the library through marac, and from the server through psql"
    )
    func fourShells() throws {
        let db = try ServerDatabase()
        #expect(try Self.marac(db.uri(), ["server", "init"]).status == 0)
        let coordinator = try db.createLogin("coord")
        let police = try db.createLogin("pol")
        let idva = try db.createLogin("idva")
        let auditor = try db.createLogin("aud")
        #expect(
            try Self.marac(db.uri(), ["user", "add", coordinator, "--role", "coordinator"]).status
                == 0)
        let coord = db.uri(as: coordinator)
        let steps: [[String]] = [
            ["agency", "add", "POL", "--name", "Police", "--sector", "police"],
            ["agency", "add", "IDVA", "--name", "IDVA service", "--sector", "voluntary"],
            ["user", "add", police, "--role", "agency-rep", "--agency", "POL"],
            ["user", "add", idva, "--role", "agency-rep", "--agency", "IDVA"],
            ["user", "add", auditor, "--role", "auditor"],
            [
                "case", "refer", "--victim", "Jo Canary", "--dob", "1990-04-01", "--by", "POL",
                "--date", "2026-11-20", "--dash", "15",
            ],
            [
                "case", "refer", "--victim", "Sam Canary", "--dob", "1985-04-01", "--by", "IDVA",
                "--date", "2026-11-21", "--dash", "16",
            ],
            ["meeting", "new", "--date", "2026-12-01", "--area", "default"],
            ["agenda", "build", "1"],
            ["action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-10", "Check bail"],
            [
                "action", "add", "C-000002", "--agency", "IDVA", "--due", "2026-12-10",
                "Safety plan",
            ],
        ]
        for words in steps {
            let result = try Self.marac(coord, words)
            #expect(result.status == 0, "\(words.joined(separator: " ")): \(result.stderr)")
        }

        // The police representative updates its own action; IDVA's is not there for it.
        let pol = db.uri(as: police)
        let own = try Self.marac(pol, ["action", "update", "1", "--status", "in-progress"])
        #expect(own.status == 0, "\(own.stderr)")
        let other = try Self.marac(pol, ["action", "update", "2", "--status", "done"])
        #expect(other.status != 0)
        #expect(other.stderr.contains("no action has the id 2"))
        let log = try Self.marac(pol, ["audit", "log"])
        #expect(log.status != 0)
        #expect(log.stderr.contains("needs one of the roles coordinator, auditor"))
        let user = try Self.marac(pol, ["user", "add", idva, "--role", "coordinator"])
        #expect(user.status != 0)

        // The same through psql: PostgreSQL refuses, or shows nothing.
        #expect(
            try db.query("UPDATE action SET status = 'done' WHERE id = 2 RETURNING id;", as: police)
                == [])
        #expect(try db.query("SELECT id FROM action;", as: police) == ["1"])
        #expect(try db.query("SELECT id FROM action;", as: idva) == ["2"])
        #expect(
            try db.psql("SELECT * FROM audit_log;", as: police).stderr.contains(
                "permission denied for table audit_log"))
        #expect(
            try db.psql("SELECT name FROM person;", as: police).stderr.contains(
                "permission denied for table person"))
        #expect(
            try db.psql("DELETE FROM audit_log;", as: coordinator).stderr.contains(
                "permission denied for table audit_log"))
        #expect(
            try db.psql("SELECT marac_set_user('\(idva)', 'coordinator', NULL, 't');", as: police)
                .stderr.contains("permission denied for function marac_set_user"))
        #expect(try db.query("SELECT status FROM action ORDER BY id;") == ["in-progress", "open"])

        // The auditor reads and verifies the log, and every change names its login role.
        let verify = try Self.marac(db.uri(as: auditor), ["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.hasPrefix("the audit log is intact"))
        #expect(
            try db.query(
                "SELECT DISTINCT \"user\" FROM audit_log ORDER BY 1;", as: auditor
            ).sorted()
                == ["postgres", coordinator, police].sorted())
        let change = try Self.marac(
            db.uri(as: auditor), ["action", "update", "1", "--status", "done"])
        #expect(change.status != 0)
        #expect(
            try db.psql("UPDATE action SET status = 'done';", as: auditor).stderr.contains(
                "permission denied for table action"))
    }
}
