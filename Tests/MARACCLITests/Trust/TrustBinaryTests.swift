import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Roles, the audit trail and concurrent users, driven through the built `marac`.
///
/// Serialized: the timing test should not compete with the others.
@Suite("Trust, through the binary", .serialized)
struct TrustBinaryTests {
    /// A database with two agencies, a coordinator (coord), an IDVA representative (sam), one
    /// case and three actions (1 and 3 owned by POL, 2 by IDVA).
    func setUp(_ scratch: Scratch) throws -> String {
        let db = scratch.file("shared.sqlite")
        let steps: [[String]] = [
            ["agency", "add", "POL", "--name", "Police", "--sector", "police"],
            ["agency", "add", "IDVA", "--name", "IDVA service", "--sector", "voluntary"],
            ["user", "add", "sam", "--role", "agency-rep", "--agency", "IDVA"],
            [
                "case", "refer", "--victim", "Alice Example", "--dob", "1990-01-01", "--by", "POL",
                "--date", "2026-11-01", "--dash", "15",
            ],
            ["action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-01", "Police task"],
            ["action", "add", "C-000001", "--agency", "IDVA", "--due", "2026-12-01", "IDVA task"],
            ["action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-01", "Second task"],
        ]
        for step in steps {
            let result = try marac(db, "coord", step)
            try #require(result.status == 0, "\(step): \(result.stderr)")
        }
        return db
    }

    @Test("A refused command says which role it needs, and exits 1; help works for anyone")
    func refusals() throws {
        let scratch = Scratch()
        let db = try setUp(scratch)
        let refer = try marac(
            db, "sam",
            [
                "case", "refer", "--victim", "B", "--dob", "1990-01-01", "--by", "POL", "--date",
                "2026-11-01",
            ])
        #expect(refer.status == 1)
        #expect(
            refer.stderr
                == "error: 'case refer' needs the role coordinator; you (sam) are agency-rep\n")
        let stranger = try marac(db, "mallory", ["action", "list"])
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("mallory is not one"))
        #expect(try marac(db, "mallory", ["help"]).status == 0)
        #expect(try marac(db, "mallory", ["version"]).status == 0)
        let list = try marac(db, "sam", ["action", "list"])
        #expect(list.stdout.contains("IDVA task") && !list.stdout.contains("Police task"))
        let other = try marac(db, "sam", ["action", "update", "1", "--note", "x"])
        #expect(other.status == 1)
        #expect(
            other.stderr == "error: action 1 belongs to another agency; you (sam) represent IDVA\n")
        let users = try marac(db, "coord", ["user", "list"])
        #expect(
            users.stdout.contains("coord  coordinator")
                && users.stdout.contains("sam    agency-rep   IDVA"))
    }

    @Test("An audit row edited or deleted with the sqlite3 shell makes 'audit verify' fail")
    func tamperedAudit() throws {
        let sqlite3 = "/usr/bin/sqlite3"
        try #require(FileManager.default.isExecutableFile(atPath: sqlite3), "install sqlite3")
        let scratch = Scratch()
        let db = try setUp(scratch)
        let intact = try marac(db, "coord", ["audit", "verify"])
        #expect(intact.status == 0 && intact.stdout.contains("intact: 8 entries"))

        // The library itself cannot edit or delete the log: the triggers refuse.
        do {
            let connection = try Database(path: db)
            #expect(throws: StorageError.self) {
                try connection.execute("UPDATE audit_log SET summary = 'x' WHERE id = 3")
            }
            #expect(throws: StorageError.self) {
                try connection.execute("DELETE FROM audit_log WHERE id = 3")
            }
        }

        func shell(_ path: String, _ sql: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sqlite3)
            process.arguments = [path, sql]
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
        }
        let edited = scratch.file("edited.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: edited)
        try shell(
            edited,
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user = 'someone else' WHERE id = 5;"
        )
        let afterEdit = try marac(edited, "coord", ["audit", "verify"])
        #expect(afterEdit.status == 1)
        #expect(
            afterEdit.stderr
                == "error: the audit log is broken at entry 5: its contents do not match its hash\n"
        )

        let deleted = scratch.file("deleted.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: deleted)
        try shell(deleted, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 4;")
        let afterDelete = try marac(deleted, "coord", ["audit", "verify"])
        #expect(afterDelete.status == 1)
        #expect(
            afterDelete.stderr
                == "error: the audit log is broken at entry 5: entries 4 to 4 are missing\n")
    }

    @Test("Five users at once: no lock errors, no lost updates, stale versions refused")
    func concurrentUsers() throws {
        let scratch = Scratch()
        let db = try setUp(scratch)
        let perProcess = 200
        var scripts: [(user: String, lines: [String])] = []
        for writer in 1...3 {
            scripts.append(
                (
                    "coord",
                    (1...perProcess).map {
                        "action update \(($0 % 2) * 2 + 1) --note 'writer \(writer) note \($0)'"
                    }
                ))
        }
        scripts.append(("sam", (1...perProcess).map { "action update 2 --note 'sam note \($0)'" }))
        scripts.append(
            (
                "coord",
                (1...50).map {
                    "case refer --victim 'Person \($0)' --dob 1980-01-01 --by IDVA --date 2026-11-02 --dash 16"
                }
            ))
        let auditBefore = try count(db, "SELECT count(*) FROM audit_log")
        var processes: [Spawned] = []
        let start = monotonicSeconds()
        for (index, script) in scripts.enumerated() {
            let path = scratch.file("script\(index).txt")
            try script.lines.joined(separator: "\n").write(
                toFile: path, atomically: true, encoding: .utf8)
            processes.append(
                try Spawned(
                    ["--db", db, "--user", script.user, "--today", "2026-11-25", "-f", path],
                    in: scratch.path, name: "writer\(index)"))
        }
        let results = processes.map { $0.finish() }
        let elapsed = monotonicSeconds() - start
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("locked") && !result.stderr.contains("busy"))
        }
        let updates = 4 * perProcess
        #expect(try count(db, "SELECT count(*) FROM action_update") == updates)
        #expect(try count(db, "SELECT sum(version) FROM action") == 3 + updates)
        #expect(try count(db, "SELECT version FROM action WHERE id = 2") == 1 + perProcess)
        #expect(try count(db, "SELECT count(*) FROM referral") == 51)
        #expect(try count(db, "SELECT count(*) FROM audit_log") == auditBefore + updates + 50)
        #expect(try marac(db, "coord", ["audit", "verify"]).status == 0)
        let rate = Double(updates + 50) / elapsed
        print(
            "concurrency: \(updates) action updates and 50 referrals by 5 processes in \(elapsed) s: \(Int(rate)) changes/s"
        )
        #expect(rate > 20)

        // Four users update action 3 from the same version at once: one wins, three are refused.
        let version = try count(db, "SELECT version FROM action WHERE id = 3")
        let racers = try (1...4).map {
            try Spawned(
                [
                    "--db", db, "--user", "coord", "--today", "2026-11-25", "action", "update", "3",
                    "--note", "racer \($0)", "--if-version", String(version),
                ], in: scratch.path, name: "racer\($0)")
        }
        let outcomes = racers.map { $0.finish() }
        #expect(outcomes.filter { $0.status == 0 }.count == 1)
        let refused = outcomes.filter { $0.status == 1 }
        #expect(refused.count == 3)
        #expect(
            refused.allSatisfy {
                $0.stderr.contains("action 3 was changed by someone else since you read it")
            })
        #expect(try count(db, "SELECT version FROM action WHERE id = 3") == version + 1)
    }
}
