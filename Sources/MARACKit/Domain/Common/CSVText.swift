/// The character encodings a CSV file is read in (`--encoding`): UTF-8 by default, or the
/// single-byte encodings Excel and older case-management systems export.
public enum CSVEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case latin1
    case windows1252 = "windows-1252"
}

/// The text of a CSV file as it arrives from other systems: decoded from its bytes, a UTF-8
/// byte-order mark dropped, invalid UTF-8 refused with its line rather than stored as
/// replacement characters.
public enum CSVText {
    /// `bytes` as text in `encoding`.
    ///
    /// In UTF-8, the first invalid byte is an error naming its line and column, and saying
    /// which `--encoding` would read a Windows export. Latin-1 maps each byte to the code point
    /// of the same value; Windows-1252 differs in 0x80–0x9F (curly quotes, the euro sign), and
    /// its five unassigned bytes there are refused.
    public static func decode(_ bytes: [UInt8], encoding: CSVEncoding = .utf8) throws(CSVError)
        -> String
    {
        switch encoding {
        case .utf8:
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let text = String(validating: body, as: UTF8.self) { return text }
            let (line, column) = position(ofFirstInvalidIn: body)
            throw CSVError(
                line: line,
                reason: "the file is not valid UTF-8 (a byte at column \(column) is not "
                    + "part of any character); if it was saved by Excel or another Windows "
                    + "program, give --encoding windows-1252 (or latin1)")
        case .latin1, .windows1252:
            var scalars = String.UnicodeScalarView()
            var line = 1
            for byte in bytes {
                if byte == 0x0A { line += 1 }
                guard encoding == .windows1252, (0x80...0x9F).contains(byte) else {
                    scalars.append(Unicode.Scalar(byte))
                    continue
                }
                guard let value = windows1252[Int(byte - 0x80)], let scalar = Unicode.Scalar(value)
                else {
                    throw CSVError(
                        line: line,
                        reason: "the file is not Windows-1252 (a byte that encoding leaves "
                            + "unassigned); try --encoding latin1 or utf-8")
                }
                scalars.append(scalar)
            }
            return String(scalars)
        }
    }

    /// The 1-based line and byte column of the first byte that is not valid UTF-8.
    private static func position(ofFirstInvalidIn bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length =
                byte < 0x80
                ? 1
                : byte >= 0xC2 && byte < 0xE0
                    ? 2
                    : byte >= 0xE0 && byte < 0xF0
                        ? 3 : byte >= 0xF0 && byte < 0xF5 ? 4 : 0
            let end = index + length
            if length == 0 || end > bytes.endIndex
                || String(validating: bytes[index..<end], as: UTF8.self) == nil
            {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, index - lineStart + 1)
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F; `nil` where it assigns none.
    private static let windows1252: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}

/// The checks a person's name (or any other field) must pass before it is stored: what comes
/// from other systems may hold NUL bytes, terminal escapes or megabytes in one cell.
public enum TextField {
    /// The longest name accepted, in characters: longer than any real name.
    public static let maximumNameLength = 200
    /// The longest value of any other field, in characters.
    public static let maximumTextLength = 10_000

    /// Refuses a name with a control character (C0, DEL, C1, or a bidirectional override)
    /// or longer than `maximumNameLength`, naming `field` and never the value.
    public static func checkName(_ name: String, field: String) throws(MARACError) {
        if let position = firstControl(in: name, allowingLineBreaks: false) {
            throw .invalid(
                field: field,
                expected: "a name without control characters (one is at character \(position))")
        }
        if name.count > maximumNameLength {
            throw .invalid(
                field: field,
                expected: "a name of at most \(maximumNameLength) characters, got \(name.count)")
        }
    }

    /// Refuses free text with a control character other than tab and line break, or longer
    /// than `maximumTextLength`, naming `field` and never the value.
    public static func checkText(_ text: String, field: String) throws(MARACError) {
        if let position = firstControl(in: text, allowingLineBreaks: true) {
            throw .invalid(
                field: field,
                expected: "text without control characters (one is at character \(position))")
        }
        if text.count > maximumTextLength {
            throw .invalid(
                field: field,
                expected: "at most \(maximumTextLength) characters, got \(text.count)")
        }
    }

    /// The 1-based position of the first control character in `text`.
    static func firstControl(in text: String, allowingLineBreaks: Bool) -> Int? {
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: if !allowingLineBreaks { return position }
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                return position
            default: break
            }
        }
        return nil
    }
}
