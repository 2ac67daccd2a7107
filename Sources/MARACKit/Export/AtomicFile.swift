/// Writes a file so that readers see either the old contents or the whole new ones.
///
/// The bytes go to a ``PendingFile`` in the target's directory (unnamed with `O_TMPFILE` on
/// Linux, so a killed process leaves nothing behind), created with mode 0600 (exports hold
/// personal data), are flushed with `fsync`, and the file then takes the target's name, which
/// POSIX makes atomic within one file system. The directory is synced too, so the new name
/// survives a power cut.
///
/// ```swift
/// try AtomicFile.write(odt, to: "out/minutes-2026-11-25.odt")
/// ```
public enum AtomicFile {
    /// Replaces (or creates) the file at `path` with `bytes`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try PendingFile(for: path)
        try file.write(bytes)
        try file.publish()
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
