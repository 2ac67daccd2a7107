/// Builds a ZIP archive (PKWARE APPNOTE 6.3) in memory, one entry after another.
///
/// Entries keep the order they were added in, which ODF needs: `mimetype` must come first,
/// stored, with no extra field. Each local header is written with its CRC-32 and sizes
/// already known, so there are no data descriptors and no extra fields anywhere.
/// ZIP64 is not written: more than 65,535 entries or 4 GiB throws `archiveTooLarge`.
///
/// ```swift
/// var zip = ZipArchive()
/// try zip.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
/// try zip.add("content.xml", bytes: content)
/// let bytes = try zip.finish()
/// ```
public struct ZipArchive: Sendable {
    /// How an entry's bytes are stored.
    public enum Method: UInt16, Sendable {
        /// Uncompressed (method 0).
        case stored = 0
        /// Raw DEFLATE (method 8).
        case deflated = 8
    }

    private struct CentralRecord {
        var name: [UInt8]
        var method: Method
        var crc: UInt32
        var compressedSize: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var output = ByteWriter()
    private var records: [CentralRecord] = []
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// An empty archive whose entries carry the MS-DOS timestamp of `day` at midnight
    /// (1980-01-01 by default, so the same document always gives the same bytes).
    public init(day: Day? = nil) {
        let day = day ?? Day(year: 1980, month: 1, day: 1)!
        dosTime = 0
        dosDate = UInt16(max(day.year - 1980, 0) << 9 | day.month << 5 | day.day)
    }

    /// The entry names added so far, in order.
    public var entryNames: [String] {
        records.map { String(decoding: $0.name, as: UTF8.self) }
    }

    /// Appends the entry `name` holding `bytes`, compressed with `method`.
    public mutating func add(_ name: String, bytes: [UInt8], method: Method = .deflated) throws {
        let data =
            method == .deflated ? try Deflate.compress(bytes, level: Deflate.documentLevel) : bytes
        guard records.count < 0xFFFF, bytes.count < 0xFFFF_FFFF, data.count < 0xFFFF_FFFF,
            output.count + data.count < 0xFFFF_FFFF
        else { throw ExportError.archiveTooLarge }
        let record = CentralRecord(
            name: Array(name.utf8), method: method, crc: Deflate.crc32(bytes),
            compressedSize: UInt32(data.count), size: UInt32(bytes.count),
            offset: UInt32(output.count))
        output.uint32(0x0403_4b50)
        writeCommonHeader(record)
        output.uint16(0)  // extra field length: none, as ODF requires for mimetype
        output.bytes(record.name)
        output.bytes(data)
        records.append(record)
    }

    /// Writes the central directory and the end record and returns the archive's bytes.
    public func finish() throws -> [UInt8] {
        var result = output
        let directoryOffset = result.count
        for record in records {
            result.uint32(0x0201_4b50)
            result.uint16(0x0300 | 20)  // made by: Unix, APPNOTE 2.0
            writeCommonHeader(record, into: &result)
            result.uint16(0)  // extra field length
            result.uint16(0)  // comment length
            result.uint16(0)  // disk number
            result.uint16(0)  // internal attributes
            result.uint32(0o100644 << 16)  // external attributes: regular file, rw-r--r--
            result.uint32(record.offset)
            result.bytes(record.name)
        }
        let directorySize = result.count - directoryOffset
        guard result.count < 0xFFFF_FFFF else { throw ExportError.archiveTooLarge }
        result.uint32(0x0605_4b50)
        result.uint16(0)  // this disk
        result.uint16(0)  // disk with the directory
        result.uint16(UInt16(records.count))
        result.uint16(UInt16(records.count))
        result.uint32(UInt32(directorySize))
        result.uint32(UInt32(directoryOffset))
        result.uint16(0)  // comment length
        return result.data
    }

    /// The fields local and central headers share, from "version needed" to the name length.
    private func writeCommonHeader(_ record: CentralRecord, into writer: inout ByteWriter) {
        let utf8Flag: UInt16 = record.name.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11
        writer.uint16(record.method == .deflated ? 20 : 10)
        writer.uint16(utf8Flag)
        writer.uint16(record.method.rawValue)
        writer.uint16(dosTime)
        writer.uint16(dosDate)
        writer.uint32(record.crc)
        writer.uint32(record.compressedSize)
        writer.uint32(record.size)
        writer.uint16(UInt16(record.name.count))
    }

    private mutating func writeCommonHeader(_ record: CentralRecord) {
        writeCommonHeader(record, into: &output)
    }
}

/// Appends little-endian integers and raw bytes, as ZIP headers need.
struct ByteWriter: Sendable {
    private(set) var data: [UInt8] = []

    var count: Int { data.count }

    mutating func uint16(_ value: UInt16) {
        data.append(UInt8(truncatingIfNeeded: value))
        data.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            data.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
        }
    }

    mutating func bytes(_ bytes: [UInt8]) {
        data.append(contentsOf: bytes)
    }
}
