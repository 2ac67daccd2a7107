import MARACKit

/// A JSON document with object keys in the order they were written, and its serializer.
///
/// ```swift
/// let value: JSONValue = ["ref": "MC-0001", "repeat": true, "children": 2]
/// value.serialized()   // {\n  "ref": "MC-0001",\n  "repeat": true,\n  "children": 2\n}
/// ```
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value at `key` of an object, or `nil`.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The JSON text, pretty-printed with two-space indentation, without a final newline.
    func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value):
            // JSON has no NaN or infinity; Swift's description is the shortest exact form
            // ("0.1", "100.0", "1e-05"), which is valid JSON.
            out.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent + 1)
                element.write(to: &out, indent: indent + 1)
            }
            JSONValue.newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent + 1)
                JSONValue.writeString(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 1)
            }
            JSONValue.newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped, and
    /// U+2028/U+2029 too so the output is also safe to embed in JavaScript.
    static func writeString(_ text: String, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0x00..<0x20, 0x7F:
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            case 0xC2:
                // The C1 controls U+0080-U+009F are C2 80 to C2 9F: escaped, as a terminal
                // may obey them.
                guard let second = utf8.next() else { return out.append(byte) }
                if (0x80...0x9F).contains(second) {
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(hex[Int(second >> 4)])
                    out.append(hex[Int(second & 0xF)])
                } else {
                    out.append(contentsOf: [byte, second])
                }
            case 0xE2:
                // U+2028 is E2 80 A8 and U+2029 is E2 80 A9 in UTF-8; the bidirectional
                // overrides U+202A-U+202E (E2 80 AA-AE) and isolates U+2066-U+2069
                // (E2 81 A6-A9) are escaped too, so the JSON cannot reorder a terminal's line.
                guard let second = utf8.next() else { return out.append(byte) }
                guard second == 0x80 || second == 0x81, let third = utf8.next() else {
                    out.append(contentsOf: [byte, second])
                    continue
                }
                let scalar = 0x2000 + (UInt32(second & 0x3F) << 6) + UInt32(third & 0x3F)
                if scalar == 0x2028 || scalar == 0x2029
                    || TerminalText.isBidiControl(Unicode.Scalar(scalar)!)
                {
                    out.append(contentsOf: #"\u"#.utf8)
                    out.append(contentsOf: String(scalar, radix: 16).utf8)
                } else {
                    out.append(contentsOf: [byte, second, third])
                }
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(floatLiteral value: Double) { self = .double(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Keeps the keys in the order written.
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}

/// A value that has a JSON form, for `--json` output.
protocol JSONRepresentable {
    /// This value as JSON.
    var json: JSONValue { get }
}

extension JSONValue: JSONRepresentable {
    var json: JSONValue { self }
}

extension String: JSONRepresentable {
    var json: JSONValue { .string(self) }
}

extension Substring: JSONRepresentable {
    var json: JSONValue { .string(String(self)) }
}

extension Int: JSONRepresentable {
    var json: JSONValue { .int(self) }
}

extension Double: JSONRepresentable {
    var json: JSONValue { .double(self) }
}

extension Bool: JSONRepresentable {
    var json: JSONValue { .bool(self) }
}

extension Optional: JSONRepresentable where Wrapped: JSONRepresentable {
    var json: JSONValue { self?.json ?? .null }
}

extension Array: JSONRepresentable where Element: JSONRepresentable {
    var json: JSONValue { .array(map(\.json)) }
}

extension Day: JSONRepresentable {
    /// The ISO 8601 text, `"2026-11-27"`.
    var json: JSONValue { .string(description) }
}

extension PolicyOrigin: JSONRepresentable {
    /// `{"source": "embedded" or the folder, "sha256": …, "differs": [file names]}`.
    var json: JSONValue {
        [
            "source": .string(directory ?? "embedded"), "sha256": .string(digest),
            "differs": changedFiles.map { "\($0).xml" }.json,
        ]
    }
}
