/// A CSV file read as RFC 4180 records, each with the line it starts on.
///
/// Quoted fields may hold commas, doubled quotes and line breaks. A header row names the
/// columns. Errors name the line.
public struct CSVTable: Equatable, Sendable {
    public var header: [String]
    /// Each record with the 1-based line number it starts on.
    public var records: [(line: Int, fields: [String])]

    public static func == (lhs: CSVTable, rhs: CSVTable) -> Bool {
        lhs.header == rhs.header && lhs.records.elementsEqual(rhs.records) { $0 == $1 }
    }

    /// Parses `text`; the first record is the header.
    public init(parsing text: String) throws(CSVError) {
        var records: [(Int, [String])] = []
        var field: [UInt8] = []
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedField = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedField = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""):
                    guard field.isEmpty, !quotedField else {
                        throw CSVError(line: line, reason: "a quote inside an unquoted field")
                    }
                    inQuotes = true
                    quotedField = true
                case UInt8(ascii: ","):
                    endField()
                case UInt8(ascii: "\r"):
                    break
                case UInt8(ascii: "\n"):
                    endField()
                    if !(fields.count == 1 && fields[0].isEmpty) {
                        records.append((recordLine, fields))
                    }
                    fields.removeAll(keepingCapacity: true)
                    line += 1
                    recordLine = line
                default:
                    if quotedField {
                        throw CSVError(
                            line: line, reason: "text after the closing quote of a field")
                    }
                    field.append(byte)
                }
            }
            index += 1
        }
        if inQuotes { throw CSVError(line: recordLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || quotedField {
            endField()
            records.append((recordLine, fields))
        }
        guard let first = records.first else {
            throw CSVError(line: 1, reason: "the file is empty")
        }
        self.header = first.1.map { String($0.trimmingSpaces).lowercased() }
        self.records = records.dropFirst().map { (line: $0.0, fields: $0.1) }
    }

    /// The position of a named column, if present.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// Why a CSV file could not be read.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}
