/// JSON text parsed once into a flat array of nodes: the input `JSONValueDecoder` reads from.
///
/// Each node records where its token lies in the bytes and where the node after its whole
/// subtree begins, so a decoder can step from one member of an object to the next without
/// building a dictionary per object, and can turn a string into a Swift `String` only when
/// that value is asked for. Objects hold their members as alternating key and value nodes.
///
/// The grammar is RFC 8259's, strictly: one value, optionally surrounded by whitespace;
/// no trailing commas, comments, leading zeros, or control characters in strings. Nesting
/// deeper than `maximumDepth` is refused rather than overflowing the stack.
///
/// ```swift
/// let tape = try JSONTape(Array(#"{"id":7,"tags":["a","b"]}"#.utf8))
/// tape.nodes[0].kind          // .object
/// tape.nodes[0].count         // 2 members
/// ```
struct JSONTape {
    /// What a node is.
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
    }

    /// One value (or object key) of the text.
    struct Node {
        var kind: Kind
        /// Whether a string's text holds a backslash escape (and so cannot be read directly).
        var hasEscapes: Bool
        /// Members of an object, elements of an array; 0 for a scalar.
        var count: Int32
        /// The token's first byte: after the opening quote of a string.
        var start: Int32
        /// One past the token's last byte: before the closing quote of a string.
        var end: Int32
        /// The index of the node after this one's subtree.
        var next: Int32
    }

    /// Why the text is not JSON: the byte offset and what was expected there.
    struct SyntaxError: Error, Equatable {
        var offset: Int
        var expected: String
    }

    /// Containers nested deeper than this are refused.
    static let maximumDepth = 256

    let bytes: [UInt8]
    private(set) var nodes: [Node] = []

    /// Parses `bytes` as one JSON value.
    init(_ bytes: [UInt8]) throws(SyntaxError) {
        self.bytes = bytes
        guard bytes.count < Int(Int32.max) else {
            throw SyntaxError(offset: 0, expected: "text under 2 GiB")
        }
        nodes.reserveCapacity(bytes.count / 8)
        var position = 0
        try parseValue(at: &position, depth: 0)
        skipWhitespace(&position)
        guard position == bytes.count else {
            throw SyntaxError(offset: position, expected: "the end of the text")
        }
    }

    /// The text of the string node `index`, escapes resolved.
    func string(at index: Int) throws(SyntaxError) -> String {
        let node = nodes[index]
        let range = Int(node.start)..<Int(node.end)
        if !node.hasEscapes {
            return bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
            }
        }
        guard let text = Self.unescaped(bytes[range]) else {
            throw SyntaxError(offset: range.lowerBound, expected: "no lone surrogate escape")
        }
        return text
    }

    /// Whether the string node `index` reads `text` exactly.
    func string(at index: Int, equals text: String) -> Bool {
        let node = nodes[index]
        if node.hasEscapes { return (try? string(at: index)) == text }
        let length = Int(node.end - node.start)
        var text = text
        return text.withUTF8 { expected in
            guard expected.count == length else { return false }
            return bytes.withUnsafeBufferPointer { all in
                expected.elementsEqual(
                    UnsafeBufferPointer(rebasing: all[Int(node.start)...].prefix(length)))
            }
        }
    }

    /// The bytes of the number node `index`, as written.
    func numberText(at index: Int) -> Substring {
        let node = nodes[index]
        return Substring(decoding: bytes[Int(node.start)..<Int(node.end)], as: UTF8.self)
    }

    /// The number node `index` as an integer, if it is one written without fraction or
    /// exponent and within `Int`'s range.
    func integer(at index: Int) -> Int? {
        let node = nodes[index]
        var position = Int(node.start)
        let end = Int(node.end)
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value = 0
        while position < end {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) =
                negative
                ? times.subtractingReportingOverflow(Int(digit))
                : times.addingReportingOverflow(Int(digit))
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
            position += 1
        }
        return value
    }

    // MARK: - Parsing

    private func skipWhitespace(_ position: inout Int) {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func append(_ kind: Kind, start: Int, end: Int) -> Int {
        nodes.append(
            Node(
                kind: kind, hasEscapes: false, count: 0, start: Int32(start), end: Int32(end),
                next: Int32(nodes.count + 1)))
        return nodes.count - 1
    }

    private mutating func parseValue(at position: inout Int, depth: Int) throws(SyntaxError) {
        skipWhitespace(&position)
        guard position < bytes.count else {
            throw SyntaxError(offset: position, expected: "a value")
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): try parseContainer(.object, at: &position, depth: depth)
        case UInt8(ascii: "["): try parseContainer(.array, at: &position, depth: depth)
        case UInt8(ascii: "\""): try parseString(at: &position)
        case UInt8(ascii: "t"): try parseLiteral("true", .true, at: &position)
        case UInt8(ascii: "f"): try parseLiteral("false", .false, at: &position)
        case UInt8(ascii: "n"): try parseLiteral("null", .null, at: &position)
        default: try parseNumber(at: &position)
        }
    }

    private mutating func parseContainer(_ kind: Kind, at position: inout Int, depth: Int)
        throws(SyntaxError)
    {
        guard depth < Self.maximumDepth else {
            throw SyntaxError(offset: position, expected: "nesting under \(Self.maximumDepth)")
        }
        let close = kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let index = append(kind, start: position, end: position)
        position += 1
        var count: Int32 = 0
        skipWhitespace(&position)
        if position < bytes.count, bytes[position] == close {
            position += 1
        } else {
            while true {
                if kind == .object {
                    skipWhitespace(&position)
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                        throw SyntaxError(offset: position, expected: "a member name in quotes")
                    }
                    try parseString(at: &position)
                    skipWhitespace(&position)
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                        throw SyntaxError(offset: position, expected: "':' after a member name")
                    }
                    position += 1
                }
                try parseValue(at: &position, depth: depth + 1)
                count += 1
                skipWhitespace(&position)
                guard position < bytes.count else {
                    throw SyntaxError(offset: position, expected: "',' or the container's end")
                }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == close {
                    position += 1
                    break
                } else {
                    throw SyntaxError(offset: position, expected: "',' or the container's end")
                }
            }
        }
        nodes[index].count = count
        nodes[index].end = Int32(position)
        nodes[index].next = Int32(nodes.count)
    }

    private mutating func parseString(at position: inout Int) throws(SyntaxError) {
        let start = position + 1
        var cursor = start
        var escapes = false
        while true {
            guard cursor < bytes.count else {
                throw SyntaxError(offset: cursor, expected: "the string's closing quote")
            }
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 {
                throw SyntaxError(offset: cursor, expected: "no control character in a string")
            }
            if byte == UInt8(ascii: "\\") {
                escapes = true
                cursor += 1
                guard cursor < bytes.count else {
                    throw SyntaxError(offset: cursor, expected: "an escape")
                }
                switch bytes[cursor] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"):
                    guard cursor + 4 < bytes.count,
                        bytes[cursor + 1...cursor + 4].allSatisfy({ Self.hexValue($0) != nil })
                    else {
                        throw SyntaxError(offset: cursor, expected: "four hex digits after \\u")
                    }
                    cursor += 4
                default:
                    throw SyntaxError(offset: cursor, expected: "a valid escape")
                }
            }
            cursor += 1
        }
        let index = append(.string, start: start, end: cursor)
        nodes[index].hasEscapes = escapes
        position = cursor + 1
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: Kind, at position: inout Int)
        throws(SyntaxError)
    {
        let length = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { literal in
            position + length <= bytes.count
                && bytes[position..<position + length].elementsEqual(literal)
        }
        guard matches else { throw SyntaxError(offset: position, expected: "a value") }
        _ = append(kind, start: position, end: position + length)
        position += length
    }

    /// RFC 8259's `number`: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber(at position: inout Int) throws(SyntaxError) {
        let start = position
        var cursor = position
        func digits() -> Int {
            let first = cursor
            while cursor < bytes.count, bytes[cursor] &- UInt8(ascii: "0") < 10 { cursor += 1 }
            return cursor - first
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let integerStart = cursor
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0")
        else { throw SyntaxError(offset: integerStart, expected: "a value") }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            guard digits() > 0 else {
                throw SyntaxError(offset: cursor, expected: "digits after the decimal point")
            }
        }
        if cursor < bytes.count, bytes[cursor] | 0x20 == UInt8(ascii: "e") {
            cursor += 1
            if cursor < bytes.count,
                bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-")
            {
                cursor += 1
            }
            guard digits() > 0 else {
                throw SyntaxError(offset: cursor, expected: "digits in the exponent")
            }
        }
        _ = append(.number, start: start, end: cursor)
        position = cursor
    }

    // MARK: - Escapes

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The text of an escaped string's content (already checked by the parser), or nil if it
    /// holds a lone surrogate escape, which no Unicode scalar can hold.
    private static func unescaped(_ content: ArraySlice<UInt8>) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(content.count)
        var index = content.startIndex
        func hex4(at start: Int) -> UInt32 {
            content[start..<start + 4].reduce(0) { $0 << 4 | (hexValue($1) ?? 0) }
        }
        func appendScalar(_ value: UInt32) -> Bool {
            guard let scalar = Unicode.Scalar(value) else { return false }
            result.append(contentsOf: scalar.utf8)
            return true
        }
        while index < content.endIndex {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\") else {
                result.append(byte)
                index += 1
                continue
            }
            let escape = content[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                let unit = hex4(at: index)
                index += 4
                if (0xD800..<0xDC00).contains(unit), index + 6 <= content.endIndex,
                    content[index] == UInt8(ascii: "\\"), content[index + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(at: index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        index += 6
                        _ = appendScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        continue
                    }
                }
                guard appendScalar(unit) else { return nil }
            default: result.append(escape)  // " \ /
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
