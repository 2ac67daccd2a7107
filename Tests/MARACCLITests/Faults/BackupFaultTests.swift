import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17, item 1: a backup is whole or absent, audited, and never follows a symbolic link.
@Suite("Faults: backups whole or absent", .serialized)
struct BackupFaultTests {
    @Test("A backup is checked, audited, private (0600) and refuses a file already there")
    func backupAudited() throws {
        let scratch = Scratch()
        let path = scratch.file("marac.sqlite")
        try FaultData.make(path, in: scratch, cases: 50)
        let target = scratch.file("backup.sqlite")
        let made = try marac(path, "coord", ["backup", "--to", target])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FaultFiles.mode(target) == 0o600)
        #expect(try count(target, "SELECT count(*) FROM referral") == 53)
        #expect(
            try count(path, "SELECT count(*) FROM audit_log WHERE command = 'backup'") == 1)
        #expect(
            FaultFiles.names(scratch.path).filter { $0.hasPrefix("backup") } == ["backup.sqlite"])
        let again = try marac(path, "coord", ["backup", "--to", target])
        #expect(again.status == 1 && again.stderr.contains("already exists"))
    }

    @Test("backup --to a dangling symbolic link is refused and creates nothing at its target")
    func danglingSymlinkRefused() throws {
        let scratch = Scratch()
        let path = scratch.file("marac.sqlite")
        try FaultData.make(path, in: scratch, cases: 0)
        let pointee = scratch.file("elsewhere.sqlite")
        let link = scratch.file("link.sqlite")
        #expect(symlink(pointee, link) == 0)
        let result = try marac(path, "coord", ["backup", "--to", link])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a symbolic link"), "\(result.stderr)")
        #expect(!FaultFiles.exists(pointee))
        #expect(FaultFiles.temporaries(scratch.path) == [])
    }

    @Test(
        "A backup to a disk too small leaves nothing under its name, and the retry elsewhere works",
        .enabled(if: TinyDisk.available, TinyDisk.skipReason))
    func backupOnFullDisk() throws {
        let scratch = Scratch()
        let path = scratch.file("marac.sqlite")
        try FaultData.make(path, in: scratch, cases: 2000)
        for kilobytes in [64, 256, 512] {
            let disk = try TinyDisk(kilobytes: kilobytes)
            let target = disk.file("backup.sqlite")
            let result = try marac(path, "coord", ["backup", "--to", target])
            #expect(result.status == 1, "a \(kilobytes) KiB disk holds no 2,000-case backup")
            #expect(result.stderr.contains("disk is full"), "\(result.stderr)")
            #expect(FaultFiles.names(disk.path) == [], "\(kilobytes) KiB: something was left")
        }
        #expect(
            try count(path, "SELECT count(*) FROM audit_log WHERE command = 'backup'") == 0)
        let retry = try marac(path, "coord", ["backup", "--to", scratch.file("ok.sqlite")])
        #expect(retry.status == 0, "\(retry.stderr)")
    }
}
