#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A file being written that appears under its name only when published, and that a killed
/// process cannot leave behind.
///
/// On Linux the bytes go to an unnamed file in the target's folder (`open(2)` with
/// `O_TMPFILE`), which the kernel frees if the process dies before `publish()` links it into
/// place (`linkat(2)` through `/proc/self/fd`). Where the file system has no `O_TMPFILE`, a
/// hidden `.NAME.marac-PID.tmp` is used instead, and any such file whose process is gone is
/// removed the next time a file is written in that folder. Either way the file has mode 0600
/// (exports hold personal data) and is flushed with `fsync` before it gets its name.
///
/// ```swift
/// let file = try PendingFile(for: "out/minutes.odt")
/// try file.write(bytes)          // inside the transaction: a full disk aborts it
/// try file.publish()             // after COMMIT: the name appears
/// ```
final class PendingFile {
    /// The name the file takes when published.
    let path: String
    private let directory: String
    private var descriptor: Int32
    /// The hidden name of the fallback temporary file; `nil` for an unnamed `O_TMPFILE` file.
    private var temporary: String?
    private var published = false

    /// The suffix of the fallback temporary files of the process `pid`.
    static func temporarySuffix(pid: Int32) -> String { ".marac-\(pid).tmp" }

    /// Creates the (unnamed or hidden) file in `path`'s folder.
    init(for path: String) throws {
        self.path = path
        directory = AtomicFile.directory(of: path)
        Self.removeStaleTemporaries(in: directory)
        #if os(Linux)
            // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`; Swift cannot import the macro.
            let unnamed = open(directory, O_RDWR | O_CLOEXEC | O_DIRECTORY | 0o20_000_000, 0o600)
            if unnamed >= 0 {
                descriptor = unnamed
                return
            }
        // EOPNOTSUPP, EISDIR (an old kernel), EINVAL: fall back to a named file.
        #endif
        let hidden =
            "\(directory)/.\(AtomicFile.fileName(of: path))\(Self.temporarySuffix(pid: getpid()))"
        unlink(hidden)
        descriptor = open(hidden, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.failure(path) }
        temporary = hidden
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !published, let temporary { unlink(temporary) }
    }

    /// Writes all of `bytes`, sets mode 0600 and flushes them to the disk.
    func write(_ bytes: [UInt8]) throws {
        guard fchmod(descriptor, 0o600) == 0 else { throw Self.failure(path) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Self.systemWrite(
                    descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure(path)
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else { throw Self.failure(path) }
    }

    /// Gives the file its name, replacing any file there, and syncs the folder.
    func publish() throws {
        if let temporary {
            guard rename(temporary, path) == 0 else { throw Self.failure(path) }
        } else {
            let source = "/proc/self/fd/\(descriptor)"
            if linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0 {
                guard errno == EEXIST else { throw Self.failure(path) }
                // Replacing a file: link under a hidden name, then rename over it (atomic).
                let hidden =
                    "\(directory)/.\(AtomicFile.fileName(of: path))"
                    + Self.temporarySuffix(pid: getpid())
                unlink(hidden)
                guard linkat(AT_FDCWD, source, AT_FDCWD, hidden, AT_SYMLINK_FOLLOW) == 0 else {
                    throw Self.failure(path)
                }
                guard rename(hidden, path) == 0 else {
                    let failure = Self.failure(path)
                    unlink(hidden)
                    throw failure
                }
            }
        }
        published = true
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Removes hidden `.NAME.marac-PID.tmp` files in `directory` whose process has gone (a
    /// process killed while writing on a file system without `O_TMPFILE`).
    static func removeStaleTemporaries(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return
        }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.ranges(of: ".marac-").last else { continue }
            // `.NAME.marac-PID.tmp`, or a backup's `-wal`, `-shm` or `-journal` beside it.
            var rest = name[marker.upperBound...]
            for journal in ["-wal", "-shm", "-journal"] where rest.hasSuffix(journal) {
                rest = rest.dropLast(journal.count)
            }
            guard rest.hasSuffix(".tmp"), let pid = Int32(rest.dropLast(4)), pid > 0 else {
                continue
            }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink("\(directory)/\(name)") }
        }
    }

    private static func systemWrite(
        _ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int
    ) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, pointer, count)
        #else
            Darwin.write(descriptor, pointer, count)
        #endif
    }

    static func failure(_ path: String) -> ExportError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
