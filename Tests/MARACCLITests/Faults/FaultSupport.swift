import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A small tmpfs mounted for one test: a disk that fills, or one remounted read-only.
///
/// Unmounted when the test ends. Needs root (or `CAP_SYS_ADMIN`): see ``available``.
final class TinyDisk {
    let path: String

    /// Whether this machine lets the tests mount a tmpfs (probed once).
    static let available: Bool = {
        guard getuid() == 0 else { return false }
        guard let probe = try? TinyDisk(kilobytes: 64) else { return false }
        _ = probe
        return true
    }()

    /// Why the tests that need a tmpfs are skipped where they are.
    static let skipReason: Comment =
        "needs root to mount a tmpfs (a full or read-only disk); run the suite as root"

    struct MountFailed: Error { var command: String }

    /// Mounts a tmpfs of `kilobytes` at a new folder.
    init(kilobytes: Int) throws {
        let scratch = Scratch()
        path = scratch.path + "-disk"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let command = "mount -t tmpfs -o size=\(kilobytes)k,mode=0700 tmpfs '\(path)' 2>/dev/null"
        guard system(command) == 0 else { throw MountFailed(command: command) }
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Remounts the disk read-only, as an auditor's copy on read-only media.
    func makeReadOnly() throws {
        let command = "mount -o remount,ro '\(path)'"
        guard system(command) == 0 else { throw MountFailed(command: command) }
    }

    /// Bytes still free on the disk.
    var freeBytes: Int {
        var status = statvfs()
        guard statvfs(path, &status) == 0 else { return 0 }
        return Int(status.f_bavail) * Int(status.f_frsize)
    }

    /// Fills the disk until `leaving` bytes are free (a file `fill` of zeros).
    func fill(leaving: Int) {
        let size = max(0, freeBytes - leaving)
        let descriptor = open(file("fill"), O_CREAT | O_WRONLY | O_APPEND, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0, count: 4096)
        var written = 0
        while written < size {
            let count = min(chunk.count, size - written)
            let result = chunk.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress!, count) }
            if result <= 0 { break }
            written += result
        }
    }

    /// Frees the space `fill` took.
    func unfill() { unlink(file("fill")) }

    deinit {
        _ = system("umount -l '\(path)' 2>/dev/null")
        rmdir(path)
    }
}

/// What the fault suites need of a folder: its names, hidden temporary files, file modes.
enum FaultFiles {
    /// Every name in `folder`, hidden ones included.
    static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The hidden temporary files a write left in `folder` (`.NAME.marac-PID.tmp*` or an older
    /// tool's `.NAME.XXXXXX`).
    static func temporaries(_ folder: String) -> [String] {
        names(folder).filter { $0.hasPrefix(".") }
    }

    /// The permission bits of `path` (`ls -la` shows `-rw-------` for 0o600).
    static func mode(_ path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return -1 }
        return Int(status.st_mode & 0o777)
    }

    /// Whether something (even a dangling symbolic link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}

/// Databases the fault suites start from, made through the binary.
enum FaultData {
    /// A database at `path` with agencies, `cases` referrals of 2015 (due for deletion by
    /// 2026-11-25) imported in one go, and `current` cases of 2026 on a meeting's agenda
    /// with actions, closed so its minutes are frozen.
    static func make(_ path: String, in scratch: Scratch, cases: Int, current: Int = 3) throws {
        var setup = """
            agency add POL --name Police --sector police --public-authority --competent-authority
            agency add IDVA --name "IDVA service" --sector voluntary

            """
        for index in 1...current {
            setup +=
                "case refer --victim \"Current \(index)\" --dob 1990-01-01 --by POL --date "
                + "2026-11-0\(index % 9 + 1) --dash 15\n"
        }
        setup += """
            meeting new --date 2026-11-25 --area default --chair "DI Chair"
            agenda build 1

            """
        for index in 1...current {
            setup +=
                "action add C-\(String(format: "%06d", index)) --agency POL --due 2026-12-01 "
                + "--meeting 1 Task \(index)\n"
        }
        let made = try BinaryTests.run(
            ["--db", path, "--user", "coord", "--today", "2026-11-25"], input: setup)
        try #require(made.status == 0, "\(made.stderr)")
        guard cases > 0 else { return }
        let csv = scratch.file("old-\(cases).csv")
        var text = "victim,dob,by,date,dash\n"
        for row in 1...cases {
            text += "Old Person \(row),1980-01-01,POL,2015-0\(row % 9 + 1)-15,15\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try marac(path, "coord", ["case", "import", csv], today: "2015-12-01")
        try #require(imported.status == 0, "\(imported.stderr)")
    }

    /// A fresh copy of the database `base` at `path` (its WAL checkpointed first).
    static func copy(_ base: String, to path: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        _ = try Database(path: base)  // opening and closing checkpoints the WAL
        try FileManager.default.copyItem(atPath: base, toPath: path)
    }
}
