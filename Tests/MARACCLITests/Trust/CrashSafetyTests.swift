import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `marac` killed with SIGKILL at random moments: the file stays whole and every command is
/// all or nothing.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    static let rows = 20_000

    /// A database with an agency and its coordinator, closed (so it has no WAL to copy).
    func base(_ scratch: Scratch) throws -> String {
        let db = scratch.file("base.sqlite")
        let result = try marac(
            db, "coord", ["agency", "add", "POL", "--name", "Police", "--sector", "police"])
        try #require(result.status == 0, "\(result.stderr)")
        return db
    }

    /// A fresh copy of `base` for one run.
    func copy(_ base: String, to path: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        try FileManager.default.copyItem(atPath: base, toPath: path)
    }

    /// The database at `path` passes SQLite's integrity check and its audit chain is whole.
    func expectWhole(_ path: String) throws {
        let workbench = try Workbench(path: path, user: "coord")
        #expect(try workbench.check().isEmpty)
        #expect(try workbench.verifyAudit().isIntact)
    }

    @Test("Killed during a 20,000-row case import: never a partial import, never a damaged file")
    func killDuringImport() throws {
        let scratch = Scratch()
        let base = try base(scratch)
        let csv = scratch.file("big.csv")
        var text = "victim,dob,by,date,dash\n"
        for row in 1...Self.rows {
            text +=
                "Person \(row),1980-01-01,POL,2026-\(row % 9 + 1 < 10 ? "0" : "")\(row % 9 + 1)-15,15\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let command = ["--user", "coord", "--today", "2026-11-25", "case", "import", csv]

        // One run to the end, to learn how long an import takes.
        let whole = scratch.file("whole.sqlite")
        try copy(base, to: whole)
        let start = monotonicSeconds()
        let finished = try Spawned(["--db", whole] + command, in: scratch.path, name: "whole")
            .finish()
        let duration = monotonicSeconds() - start
        try #require(finished.status == 0, "\(finished.stderr)")
        #expect(try count(whole, "SELECT count(*) FROM referral") == Self.rows)
        print("crash safety: importing \(Self.rows) rows takes \(duration) s")

        var random = XorShift(seed: 20_261_125)
        var outcomes = (none: 0, all: 0)
        let killPoints = 20
        for point in 0..<killPoints {
            let path = scratch.file("run\(point).sqlite")
            try copy(base, to: path)
            let delay = Double(random.int(0...1000)) / 1000 * duration * 1.1
            let process = try Spawned(
                ["--db", path] + command, in: scratch.path, name: "run\(point)")
            usleep(useconds_t(delay * 1_000_000))
            process.killNow()
            _ = process.finish()
            let referrals = try count(path, "SELECT count(*) FROM referral")
            #expect(
                referrals == 0 || referrals == Self.rows,
                "kill at \(delay) s left \(referrals) referrals")
            if referrals == 0 { outcomes.none += 1 } else { outcomes.all += 1 }
            #expect(try count(path, "SELECT count(*) FROM person") == referrals)
            try expectWhole(path)
            try? FileManager.default.removeItem(atPath: path)
        }
        print(
            "crash safety: \(killPoints) kills during import: \(outcomes.none) left nothing, \(outcomes.all) left all"
        )
        #expect(outcomes.none > 0, "some kills landed before the commit")
    }

    @Test("Killed during a loop of action updates: every update is whole, with its audit entry")
    func killDuringUpdates() throws {
        let scratch = Scratch()
        let base = try base(scratch)
        for step in [
            [
                "case", "refer", "--victim", "A", "--dob", "1990-01-01", "--by", "POL", "--date",
                "2026-11-01", "--dash", "15",
            ],
            ["action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-01", "Task"],
        ] {
            let result = try marac(base, "coord", step)
            try #require(result.status == 0, "\(result.stderr)")
        }
        let script = scratch.file("updates.txt")
        try (1...3000).map { "action update 1 --note 'note \($0)'" }.joined(separator: "\n")
            .write(toFile: script, atomically: true, encoding: .utf8)
        let auditBefore = try count(base, "SELECT count(*) FROM audit_log")
        var random = XorShift(seed: 7)
        let killPoints = 10
        var landed: [Int] = []
        for point in 0..<killPoints {
            let path = scratch.file("loop\(point).sqlite")
            try copy(base, to: path)
            let process = try Spawned(
                ["--db", path, "--user", "coord", "--today", "2026-11-25", "-f", script],
                in: scratch.path, name: "loop\(point)")
            usleep(useconds_t(random.int(20_000...1_200_000)))
            process.killNow()
            _ = process.finish()
            let updates = try count(path, "SELECT count(*) FROM action_update")
            landed.append(updates)
            #expect(try count(path, "SELECT version FROM action WHERE id = 1") == updates + 1)
            #expect(try count(path, "SELECT count(*) FROM audit_log") == auditBefore + updates)
            try expectWhole(path)
            try? FileManager.default.removeItem(atPath: path)
        }
        print("crash safety: \(killPoints) kills during updates, after \(landed) updates")
        #expect(landed.contains { $0 > 0 && $0 < 3000 }, "some kills landed mid-loop")
    }
}
