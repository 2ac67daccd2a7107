/// Reads a ZIP archive held in memory: lists its entries and extracts stored or deflated ones.
///
/// It exists to take over the styles of a user's `.ott` template, so it is deliberately small:
/// no ZIP64, no encryption, no multi-disk archives. Sizes come from the central directory,
/// every extracted entry's CRC-32 is checked, and an entry larger than `maximumEntrySize`
/// is refused rather than inflated (a template has no business holding a "zip bomb").
///
/// ```swift
/// let zip = try ZipReader(bytes: templateBytes, path: "minutes.ott")
/// let styles = try zip.read("styles.xml")
/// ```
public struct ZipReader: Sendable {
    /// One entry of the central directory.
    public struct Entry: Equatable, Sendable {
        /// The entry's path inside the archive (`META-INF/manifest.xml`).
        public var name: String
        /// The compression method number (0 stored, 8 deflate).
        public var method: UInt16
        /// The CRC-32 of the uncompressed bytes.
        public var crc32: UInt32
        /// The size of the stored (possibly compressed) bytes.
        public var compressedSize: Int
        /// The size once extracted.
        public var size: Int
        /// General-purpose flags (bit 0: encrypted).
        var flags: UInt16
        /// Where the entry's local header starts.
        var localHeaderOffset: Int
    }

    /// The largest entry this reader inflates (64 MiB).
    public static let maximumEntrySize = 64 << 20

    /// The most bytes all entries together may hold once extracted (32 MiB): a template is
    /// styles and a logo or two, a few hundred kilobytes.
    public static let maximumTotalSize = 32 << 20

    /// The most entries an archive may hold.
    public static let maximumEntryCount = 1_000

    /// The archive's entries, in central-directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]
    private let path: String

    /// Parses the central directory of `bytes`; `path` only names the archive in errors.
    public init(bytes: [UInt8], path: String = "archive") throws {
        self.bytes = bytes
        self.path = path
        let reader = ByteReader(bytes: bytes)
        // The end record is at least 22 bytes and is followed by a comment of up to 65,535.
        guard bytes.count >= 22,
            let end = stride(
                from: bytes.count - 22, through: max(0, bytes.count - 22 - 0xFFFF), by: -1
            )
            .first(where: { reader.uint32(at: $0) == 0x0605_4b50 })
        else { throw ExportError.notAZipArchive(path: path) }
        let count = Int(reader.uint16(at: end + 10)!)
        let directorySize = Int(reader.uint32(at: end + 12)!)
        var offset = Int(reader.uint32(at: end + 16)!)
        guard offset + directorySize <= end else {
            throw ExportError.corruptArchive(
                path: path, reason: "the central directory is out of bounds")
        }
        guard count <= Self.maximumEntryCount else {
            throw ExportError.archiveOverLimit(
                path: path,
                reason: "it has \(count) entries, more than the \(Self.maximumEntryCount) allowed")
        }
        var entries: [Entry] = []
        var total = 0
        for _ in 0..<count {
            guard reader.uint32(at: offset) == 0x0201_4b50,
                let flags = reader.uint16(at: offset + 8),
                let method = reader.uint16(at: offset + 10),
                let crc = reader.uint32(at: offset + 16),
                let compressedSize = reader.uint32(at: offset + 20),
                let size = reader.uint32(at: offset + 24),
                let nameLength = reader.uint16(at: offset + 28),
                let extraLength = reader.uint16(at: offset + 30),
                let commentLength = reader.uint16(at: offset + 32),
                let localOffset = reader.uint32(at: offset + 42),
                let name = reader.slice(at: offset + 46, count: Int(nameLength))
            else {
                throw ExportError.corruptArchive(
                    path: path, reason: "a central directory record is damaged")
            }
            total += Int(size)
            guard total <= Self.maximumTotalSize else {
                throw ExportError.archiveOverLimit(
                    path: path,
                    reason: "its entries hold more than \(Self.maximumTotalSize >> 20) MiB once "
                        + "extracted")
            }
            let rawName = String(decoding: name, as: UTF8.self)
            guard let safeName = Self.normalised(rawName) else {
                throw ExportError.unsafeEntryName(path: path, name: rawName)
            }
            entries.append(
                Entry(
                    name: safeName, method: method, crc32: crc,
                    compressedSize: Int(compressedSize), size: Int(size), flags: flags,
                    localHeaderOffset: Int(localOffset)))
            offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        self.entries = entries
    }

    /// `name` with `.` steps and repeated slashes removed (`Pictures/./a.png` is
    /// `Pictures/a.png`), or `nil` when it could name a place outside the package: an
    /// absolute path, a drive, a backslash, a NUL, or a `..` step.
    static func normalised(_ name: String) -> String? {
        guard !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0"),
            !name.unicodeScalars.contains(where: { $0.value < 0x20 })
        else { return nil }
        let parts = name.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(".."), parts.first?.contains(":") != true else { return nil }
        let kept = parts.filter { $0 != "." }
        guard !kept.isEmpty else { return nil }
        return kept.joined(separator: "/") + (name.hasSuffix("/") ? "/" : "")
    }

    /// The entry named `name`, if the archive has one.
    public func entry(_ name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The extracted bytes of the entry named `name`, checked against its CRC-32.
    public func read(_ name: String) throws -> [UInt8] {
        guard let entry = entry(name) else { throw ExportError.entryNotFound(name: name) }
        return try read(entry)
    }

    /// The extracted bytes of `entry`, checked against its CRC-32.
    public func read(_ entry: Entry) throws -> [UInt8] {
        guard entry.flags & 1 == 0 else {
            throw ExportError.unsupportedEntry(name: entry.name, reason: "it is encrypted")
        }
        guard entry.size <= Self.maximumEntrySize else {
            throw ExportError.unsupportedEntry(name: entry.name, reason: "it is larger than 64 MiB")
        }
        let reader = ByteReader(bytes: bytes)
        let header = entry.localHeaderOffset
        guard reader.uint32(at: header) == 0x0403_4b50,
            let nameLength = reader.uint16(at: header + 26),
            let extraLength = reader.uint16(at: header + 28),
            let data = reader.slice(
                at: header + 30 + Int(nameLength) + Int(extraLength), count: entry.compressedSize)
        else {
            throw ExportError.corruptArchive(
                path: path, reason: "the local header of \(entry.name) is damaged")
        }
        let content: [UInt8]
        switch entry.method {
        case 0:
            content = Array(data)
        case 8:
            do {
                content = try Deflate.decompress(data, expectedSize: entry.size)
            } catch {
                throw ExportError.corruptArchive(
                    path: path, reason: "\(entry.name) does not inflate")
            }
        default:
            throw ExportError.unsupportedEntry(
                name: entry.name, reason: "compression method \(entry.method) is not supported")
        }
        guard content.count == entry.size, Deflate.crc32(content) == entry.crc32 else {
            throw ExportError.corruptArchive(
                path: path, reason: "\(entry.name) fails its CRC-32 check")
        }
        return content
    }
}

/// Reads little-endian integers at byte offsets, returning `nil` past the end.
struct ByteReader {
    let bytes: [UInt8]

    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << UInt32($1 * 8) }
    }

    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset + count <= bytes.count else { return nil }
        return bytes[offset..<offset + count]
    }
}
