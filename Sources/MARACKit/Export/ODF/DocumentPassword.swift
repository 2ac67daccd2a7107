#if canImport(Glibc)
    import Glibc
#endif

/// The password an `.odt` package is encrypted with: never empty, never printed, never logged.
///
/// Read from a file (`--password-file`), or typed at a prompt with echo off. A password file
/// holds the password on its first line; the line ending (`\n` or `\r\n`) is not part of it,
/// and everything after the first line is ignored. The file must be a regular file readable
/// by its owner alone (mode 0600 or 0400): a password others can read protects nothing.
///
/// ```swift
/// let password = try DocumentPassword(contentsOfFile: "extract.pass")
/// ```
public struct DocumentPassword: Sendable, CustomStringConvertible {
    /// The password's UTF-8 bytes, as LibreOffice hashes them (`SHA-256`, the start key).
    let utf8: [UInt8]

    /// The largest password file read, in bytes: anything larger is not a password file.
    public static let maximumFileSize = 4096

    /// A password typed or given in code; refuses an empty one.
    public init(_ text: String) throws(DocumentPasswordError) {
        guard !text.isEmpty else { throw DocumentPasswordError.empty(source: "the password") }
        utf8 = Array(text.utf8)
    }

    /// The first line of the file at `path`, which must be readable by its owner alone.
    public init(contentsOfFile path: String) throws(DocumentPasswordError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DocumentPasswordError.unreadable(path: path, reason: Self.systemError())
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw DocumentPasswordError.notAFile(path: path)
        }
        let mode = Int(info.st_mode & 0o777)
        guard mode & 0o077 == 0 else {
            throw DocumentPasswordError.readableByOthers(path: path, mode: mode)
        }
        guard Int(info.st_size) <= Self.maximumFileSize else {
            throw DocumentPasswordError.tooLarge(path: path)
        }
        guard let file = fopen(path, "rb") else {
            throw DocumentPasswordError.unreadable(path: path, reason: Self.systemError())
        }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: Self.maximumFileSize + 1)
        let count = fread(&bytes, 1, bytes.count, file)
        guard ferror(file) == 0 else {
            throw DocumentPasswordError.unreadable(path: path, reason: Self.systemError())
        }
        var line = Array(bytes[..<min(count, Self.maximumFileSize)])
        if let end = line.firstIndex(of: UInt8(ascii: "\n")) { line.removeSubrange(end...) }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard let text = String(validating: line, as: UTF8.self) else {
            throw DocumentPasswordError.notUTF8(path: path)
        }
        guard !text.isEmpty else { throw DocumentPasswordError.empty(source: path) }
        utf8 = line
    }

    /// Never the password itself.
    public var description: String { "a document password" }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}

/// Why a password could not be used.
///
/// No case carries the password.
public enum DocumentPasswordError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The password (or the first line of the file named `source`) is empty.
    case empty(source: String)
    /// The file cannot be opened or read; `reason` is the system's message.
    case unreadable(path: String, reason: String)
    /// The path names a folder, a device or something else that is not a regular file.
    case notAFile(path: String)
    /// The file's mode lets its group or others read or change it.
    case readableByOthers(path: String, mode: Int)
    /// Larger than `DocumentPassword.maximumFileSize`.
    case tooLarge(path: String)
    /// The first line is not UTF-8 text.
    case notUTF8(path: String)
    /// The two passwords typed at the prompt differ.
    case mismatch
    /// A password was to be asked for, but there is no terminal to ask on.
    case noTerminal

    public var description: String {
        switch self {
        case .empty(let source):
            source == "the password"
                ? "the password is empty: an encrypted document needs a password"
                : "the password file \(source) holds an empty first line: "
                    + "an encrypted document needs a password"
        case .unreadable(let path, let reason):
            "cannot read the password file \(path): \(reason)"
        case .notAFile(let path):
            "the password file \(path) is not a regular file"
        case .readableByOthers(let path, let mode):
            "the password file \(path) has mode 0\(String(mode, radix: 8)); it must be readable "
                + "by its owner only (chmod 600 \(path))"
        case .tooLarge(let path):
            "the password file \(path) is larger than \(DocumentPassword.maximumFileSize) bytes: "
                + "expected the password on its first line"
        case .notUTF8(let path):
            "the first line of the password file \(path) is not UTF-8 text"
        case .mismatch:
            "the two passwords typed differ: nothing was written"
        case .noTerminal:
            "--encrypt asks for the password on a terminal, and there is none: "
                + "use --password-file FILE"
        }
    }
}
