/// A connection that can load many rows of one table in one round trip, faster than one
/// `INSERT` per row: PostgreSQL's `COPY … FROM STDIN`.
///
/// Used only to fill an empty database for benchmarks (`bench seed`); every other write goes
/// through prepared statements.
protocol BulkCopying: Connection {
    /// Appends `rows` to `table`, each row's values in `columns` order, in one `COPY`.
    func copy(into table: String, columns: [String], rows: BulkRows) throws
}

/// Rows encoded in PostgreSQL's `COPY` text format.
///
/// One line per row, tab-separated, `\N` for NULL, backslash escapes for tab, newline,
/// carriage return and backslash.
/// See https://www.postgresql.org/docs/current/sql-copy.html (Text Format).
struct BulkRows {
    /// The encoded lines, UTF-8.
    private(set) var bytes: [UInt8] = []
    /// How many rows have been appended.
    private(set) var count = 0

    /// Appends one row.
    mutating func append(_ values: [any SQLValueConvertible]) {
        for (offset, value) in values.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: "\t")) }
            append(value.sqlValue)
        }
        bytes.append(UInt8(ascii: "\n"))
        count += 1
    }

    /// Forgets every row, keeping the buffer's capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        count = 0
    }

    private mutating func append(_ value: SQLValue) {
        switch value {
        case .null:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
        case .integer(let number):
            bytes.append(contentsOf: String(number).utf8)
        case .real(let number):
            bytes.append(contentsOf: "\(number)".utf8)
        case .text(let text):
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
                case UInt8(ascii: "\t"): bytes.append(contentsOf: [92, UInt8(ascii: "t")])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [92, UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): bytes.append(contentsOf: [92, UInt8(ascii: "r")])
                default: bytes.append(byte)
                }
            }
        case .blob(let data):
            // bytea's hex input form, its backslash escaped for COPY: \\x0a1b…
            bytes.append(contentsOf: [92, 92, UInt8(ascii: "x")])
            let digits = Array("0123456789abcdef".utf8)
            for byte in data {
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0f)])
            }
        }
    }
}
