import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17, items 13 and 14: a new file opened by several processes at once, read-only
/// media and full disks, each reproduced through the `marac` binary as it was found.
@Suite("Faults: opening, read-only and full disks", .serialized)
struct OpenAndDiskFaultTests {
    @Test("Eight processes opening a new file at once, ten times: none fails to migrate")
    func concurrentFirstOpen() throws {
        let scratch = Scratch()
        var failures: [String] = []
        for round in 0..<10 {
            let path = scratch.file("new\(round).sqlite")
            // A new, empty file: what a read-only command finds after `touch` or a copy tool.
            FileManager.default.createFile(atPath: path, contents: nil)
            let runs = try (0..<8).map { index in
                try Spawned(
                    ["--db", path, "--user", "coord", "case", "list"], in: scratch.path,
                    name: "r\(round)-\(index)")
            }
            for run in runs {
                let result = run.finish()
                if result.status != 0 { failures.append(result.stderr) }
            }
            let db = try Database(path: path)
            #expect(try Migrator.version(of: db) == Migrations.all.last!.version)
            #expect(
                try db.scalar("SELECT count(*) FROM schema_migration", as: Int.self)
                    == Migrations.all.count)
        }
        #expect(failures.isEmpty, "\(failures.count) of 80 failed: \(failures.prefix(3))")
    }

    @Test(
        "An auditor can audit verify, check and case list on a read-only mount",
        .enabled(if: TinyDisk.available, TinyDisk.skipReason))
    func readOnlyMount() throws {
        let disk = try TinyDisk(kilobytes: 4096)
        let path = disk.file("marac.sqlite")
        try FaultData.make(path, in: Scratch(), cases: 0)
        try disk.makeReadOnly()
        for command in [["audit", "verify"], ["check"], ["case", "list"], ["audit", "log"]] {
            let result = try marac(path, "coord", command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try marac(path, "coord", ["case", "list"]).stdout.contains("C-000003"))
        #expect(
            try marac(path, "coord", ["audit", "verify"]).stdout.contains("intact"))
        let write = try marac(
            path, "coord", ["agency", "add", "X", "--name", "X", "--sector", "police"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("the database file is read-only"), "\(write.stderr)")
        #expect(write.stderr.contains("SQLite error 8"), "the code is kept: \(write.stderr)")
        #expect(!write.stderr.contains("database error"))
    }

    @Test(
        "On a full disk reads work, and a write says the disk is full and keeps nothing",
        .enabled(if: TinyDisk.available, TinyDisk.skipReason),
        arguments: [0, 2048, 8192, 32_768])
    func fullDisk(leaving: Int) throws {
        let disk = try TinyDisk(kilobytes: 2048)
        let path = disk.file("marac.sqlite")
        try FaultData.make(path, in: Scratch(), cases: 0)
        let before = try count(path, "SELECT count(*) FROM audit_log")
        disk.fill(leaving: leaving)
        for command in [["case", "list"], ["audit", "verify"], ["check"], ["action", "list"]] {
            let result = try marac(path, "coord", command)
            #expect(result.status == 0, "\(command) with \(leaving) bytes free: \(result.stderr)")
        }
        // Enough text that no fill level above lets it through.
        let note = String(repeating: "a long note ", count: 4000)
        let write = try marac(path, "coord", ["action", "update", "1", "--note", note])
        if write.status != 0 {
            #expect(write.stderr.contains("the disk is full"), "\(write.stderr)")
            #expect(write.stderr.contains("SQLite error"), "the code is kept: \(write.stderr)")
        }
        disk.unfill()
        print("fault: full disk, \(leaving) bytes free: a write exits \(write.status)")
        let after = try count(path, "SELECT count(*) FROM audit_log")
        #expect(after == before + (write.status == 0 ? 1 : 0))
        #expect(try count(path, "SELECT count(*) FROM action_update") == after - before)
    }

    @Test(
        "On a nearly full disk an export either writes the file with its audit entry or leaves neither",
        .enabled(if: TinyDisk.available, TinyDisk.skipReason),
        arguments: [0, 4096, 16_384, 65_536, 131_072, 262_144])
    func exportOnFullDisk(leaving: Int) throws {
        let scratch = Scratch()
        let base = scratch.file("base.sqlite")
        try FaultData.make(base, in: scratch, cases: 0, current: 40)
        let disk = try TinyDisk(kilobytes: 4096)
        let path = disk.file("marac.sqlite")
        try FaultData.copy(base, to: path)
        let exports = "SELECT count(*) FROM audit_log WHERE summary LIKE '%exported as%'"
        disk.fill(leaving: leaving)
        let target = disk.file("minutes.fodt")
        let result = try marac(path, "coord", ["export", "minutes", "1", "--to", target])
        disk.unfill()
        print("fault: export with \(leaving) bytes free exits \(result.status)")
        let audited = try count(path, exports)
        if result.status == 0 {
            #expect(FaultFiles.exists(target) && audited == 1)
            #expect(FaultFiles.mode(target) == 0o600)
        } else {
            #expect(!FaultFiles.exists(target), "reported failed after it was written")
            #expect(audited == 0)
            #expect(result.stderr.contains("disk is full") || result.stderr.contains("No space"))
        }
        #expect(FaultFiles.temporaries(disk.path) == [], "temporary files left behind")
    }
}
