import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17, items 1, 2 and 7: `marac` killed with SIGKILL at 105 points.
///
/// The kills are spread over the run of a backup (30), an export (30), an import (20) and a
/// retention purge (25). Afterwards no
/// backup is unusable, no document exists without its audit entry, no temporary file is
/// left, and every deleted record has its audit entry.
@Suite("Faults: kill -9 during backup, export, import and purge", .serialized)
struct KillFaultTests {
    /// How long one run of `arguments` takes to the end, in seconds.
    func duration(_ arguments: [String], in scratch: Scratch) throws -> Double {
        let start = monotonicSeconds()
        let run = try Spawned(arguments, in: scratch.path, name: "timing").finish()
        try #require(run.status == 0, "\(run.stderr)")
        return monotonicSeconds() - start
    }

    /// Starts `arguments`, kills it after `delay` seconds, and waits for it.
    func kill(_ arguments: [String], after delay: Double, in scratch: Scratch, name: String) throws
    {
        let process = try Spawned(arguments, in: scratch.path, name: name)
        usleep(useconds_t(delay * 1_000_000))
        process.killNow()
        _ = process.finish()
    }

    /// Delays spread over `0 ... 1.5 × duration` (a killed run starts a little slower than
    /// the timed one), the same on every run.
    func delays(_ count: Int, over duration: Double, seed: UInt64) -> [Double] {
        var random = XorShift(seed: seed)
        return (0..<count).map { point in
            // Stratified: one delay in each slice of the run, jittered within it.
            let slice = duration * 1.5 / Double(count)
            return slice * (Double(point) + Double(random.int(0...1000)) / 1000)
        }
    }

    @Test("30 kills during a backup: no unusable backup, the retry works, no temporary file")
    func killDuringBackup() throws {
        let scratch = Scratch()
        let source = scratch.file("marac.sqlite")
        try FaultData.make(source, in: scratch, cases: 10_000)
        let referrals = try count(source, "SELECT count(*) FROM referral")
        let folder = scratch.file("backups")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let command = [
            "--db", source, "--user", "coord", "--today", "2026-11-25", "backup", "--to",
        ]
        let took = try duration(command + [folder + "/timing.sqlite"], in: scratch)
        var outcomes = (absent: 0, whole: 0, unusable: 0)
        for (point, delay) in delays(30, over: took, seed: 1).enumerated() {
            let target = folder + "/b\(point).sqlite"
            try kill(command + [target], after: delay, in: scratch, name: "b\(point)")
            if FaultFiles.exists(target) {
                let usable =
                    (try? count(target, "SELECT count(*) FROM referral")) == referrals
                    && (try? Database(path: target).rows("PRAGMA integrity_check"))?.count == 1
                if usable { outcomes.whole += 1 } else { outcomes.unusable += 1 }
            } else {
                outcomes.absent += 1
                // The retry is never blocked by what the killed run left.
                let retry = try Spawned(command + [target], in: scratch.path, name: "r\(point)")
                    .finish()
                #expect(retry.status == 0, "retry after a kill at \(delay) s: \(retry.stderr)")
            }
            #expect(FaultFiles.mode(target) == 0o600)
            #expect(
                FaultFiles.temporaries(folder) == [],
                "after the kill at \(delay) s and a retry: \(FaultFiles.temporaries(folder))")
        }
        print(
            "fault: 30 kills during a \(took) s backup: \(outcomes.absent) absent (retried), "
                + "\(outcomes.whole) whole, \(outcomes.unusable) unusable")
        #expect(outcomes.unusable == 0)
        #expect(outcomes.absent > 0, "some kills landed before the backup was named")
        #expect(outcomes.whole > 0, "some kills landed after")
    }

    @Test("30 kills during an export: no document without its audit entry, no temporary file")
    func killDuringExport() throws {
        let scratch = Scratch()
        let base = scratch.file("base.sqlite")
        try FaultData.make(base, in: scratch, cases: 0, current: 150)
        let folder = scratch.file("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let exports = "SELECT count(*) FROM audit_log WHERE summary LIKE 'minutes exported%'"
        func command(_ db: String, _ target: String) -> [String] {
            [
                "--db", db, "--user", "coord", "--today", "2026-11-25", "export", "minutes", "1",
                "--to", target,
            ]
        }
        let timing = scratch.file("timing.sqlite")
        try FaultData.copy(base, to: timing)
        let took = try duration(command(timing, folder + "/timing.odt"), in: scratch)
        try FileManager.default.removeItem(atPath: folder + "/timing.odt")
        var outcomes = (none: 0, both: 0, auditOnly: 0, fileOnly: 0)
        for (point, delay) in delays(30, over: took, seed: 2).enumerated() {
            let db = scratch.file("e\(point).sqlite")
            try FaultData.copy(base, to: db)
            let target = folder + "/minutes\(point).odt"
            try kill(command(db, target), after: delay, in: scratch, name: "e\(point)")
            let audited = try count(db, exports)
            if FaultFiles.exists(target) {
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: target)))
                #expect((try? ZipReader(bytes: bytes).read("content.xml")) != nil)
                #expect(FaultFiles.mode(target) == 0o600)
                if audited == 1 { outcomes.both += 1 } else { outcomes.fileOnly += 1 }
            } else if audited == 1 {
                outcomes.auditOnly += 1
            } else {
                outcomes.none += 1
            }
            #expect(FaultFiles.temporaries(folder) == [], "kill at \(delay) s left a temp file")
            try? FileManager.default.removeItem(atPath: db)
        }
        print(
            "fault: 30 kills during a \(took) s export: \(outcomes.none) left nothing, "
                + "\(outcomes.both) file and audit entry, \(outcomes.auditOnly) audit entry only, "
                + "\(outcomes.fileOnly) file without an audit entry")
        #expect(outcomes.fileOnly == 0)
        #expect(outcomes.none > 0, "some kills landed before the commit")
    }

    @Test("20 kills during a case import: all or nothing, each referral with its audit entry")
    func killDuringImport() throws {
        let scratch = Scratch()
        let base = scratch.file("base.sqlite")
        try FaultData.make(base, in: scratch, cases: 0)
        let rows = 5000
        let csv = scratch.file("import.csv")
        var text = "victim,dob,by,date,dash\n"
        for row in 1...rows {
            text += "Imported \(row),1985-01-01,POL,2026-10-\(row % 20 + 10),15\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try count(base, "SELECT count(*) FROM referral")
        let auditBefore = try count(base, "SELECT count(*) FROM audit_log")
        func command(_ db: String) -> [String] {
            ["--db", db, "--user", "coord", "--today", "2026-11-25", "case", "import", csv]
        }
        let timing = scratch.file("timing.sqlite")
        try FaultData.copy(base, to: timing)
        let took = try duration(command(timing), in: scratch)
        let auditPerImport = try count(timing, "SELECT count(*) FROM audit_log") - auditBefore
        var landed: [Int] = []
        for (point, delay) in delays(20, over: took, seed: 3).enumerated() {
            let db = scratch.file("i\(point).sqlite")
            try FaultData.copy(base, to: db)
            try kill(command(db), after: delay, in: scratch, name: "i\(point)")
            let added = try count(db, "SELECT count(*) FROM referral") - before
            landed.append(added)
            #expect(added == 0 || added == rows, "a kill at \(delay) s left \(added) referrals")
            let audit = try count(db, "SELECT count(*) FROM audit_log") - auditBefore
            #expect(audit == (added == 0 ? 0 : auditPerImport))
            #expect(try Workbench(path: db, user: "coord").verifyAudit().isIntact)
            try? FileManager.default.removeItem(atPath: db)
        }
        print(
            "fault: 20 kills during a \(took) s import: \(landed.filter { $0 == 0 }.count) left none"
        )
        #expect(landed.contains(0) && landed.contains(rows), "kills before and after COMMIT")
    }

    @Test("25 kills during a retention purge: every deleted referral has its audit entry")
    func killDuringPurge() throws {
        let scratch = Scratch()
        let base = scratch.file("base.sqlite")
        let old = 1000
        try FaultData.make(base, in: scratch, cases: old)
        let total = try count(base, "SELECT count(*) FROM referral")
        func command(_ db: String) -> [String] {
            [
                "--db", db, "--user", "coord", "--today", "2026-11-25", "retention", "purge",
                "--confirm",
            ]
        }
        let deletions =
            "SELECT count(*) FROM audit_log WHERE command = 'retention purge' AND entity = 'referral'"
        let timing = scratch.file("timing.sqlite")
        try FaultData.copy(base, to: timing)
        let took = try duration(command(timing), in: scratch)
        #expect(try count(timing, "SELECT count(*) FROM referral") == total - old)
        var partial = 0
        for (point, delay) in delays(25, over: took, seed: 4).enumerated() {
            let db = scratch.file("p\(point).sqlite")
            try FaultData.copy(base, to: db)
            try kill(command(db), after: delay, in: scratch, name: "p\(point)")
            let left = try count(db, "SELECT count(*) FROM referral")
            let audited = try count(db, deletions)
            #expect(
                left + audited == total, "a kill at \(delay) s: \(left) left, \(audited) audited")
            #expect(
                try count(
                    db,
                    "SELECT count(*) FROM person p WHERE NOT EXISTS "
                        + "(SELECT 1 FROM referral r WHERE r.victim_id = p.id)") == 0)
            if left > total - old && left < total { partial += 1 }
            let workbench = try Workbench(path: db, user: "coord")
            #expect(try workbench.check().isEmpty)
            #expect(try workbench.verifyAudit().isIntact)
            // The next purge deletes the rest.
            if point % 5 == 0 {
                let rest = try Spawned(command(db), in: scratch.path, name: "rest\(point)").finish()
                #expect(rest.status == 0 || rest.stderr.contains("nothing is due"))
                #expect(try count(db, "SELECT count(*) FROM referral") == total - old)
            }
            try? FileManager.default.removeItem(atPath: db)
        }
        print("fault: 25 kills during a \(took) s purge of \(old) cases: \(partial) part-way")
        #expect(partial > 0, "some kills landed between two batches")
    }
}
