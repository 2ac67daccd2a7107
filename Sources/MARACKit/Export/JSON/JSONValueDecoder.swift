/// Decodes `Decodable` values from JSON text: what `JSONDecoder` does with its default
/// strategies, reading from a `JSONTape` instead of a dictionary per object.
///
/// Frozen minutes (`MinutesSnapshot`) are read on every export of a closed meeting, and at
/// national scale one snapshot can hold thousands of actions: Foundation's decoder builds a
/// `[String: Value]` for every object it meets, which was a quarter of the export's time.
/// Here an object's members are found by comparing the bytes of their names in place, and a
/// string becomes a `String` only when asked for.
///
/// Only the default strategies exist (keys as written, numbers as JSON numbers, no date or
/// data strategies), which is what `MinutesSnapshot` writes with `JSONEncoder`. Errors are
/// `DecodingError`s with the coding path, and never quote the text.
///
/// ```swift
/// let minutes = try JSONValueDecoder().decode(MinutesData.self, from: Array(content.utf8))
/// ```
struct JSONValueDecoder {
    /// Decodes a `type` from the JSON text `bytes`.
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let tape: JSONTape
        do {
            tape = try JSONTape(bytes)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription:
                        "not JSON at byte \(error.offset): expected \(error.expected)"))
        }
        let shared = SharedTape(tape)
        return try withExtendedLifetime(shared) {
            try T(from: TapeDecoder(tape: shared, node: 0, path: nil))
        }
    }
}

/// The tape, shared by reference by every decoder and container reading it.
///
/// Decoders and containers hold it `unowned(unsafe)`, so copying one (which `Codable` does
/// for every value) counts no references: `JSONValueDecoder.decode` keeps it alive until the
/// value is decoded, and no decoder outlives that call (a `Decodable` initialiser has no
/// reason to keep its decoder, and none of this module's does).
private final class SharedTape {
    let tape: JSONTape
    init(_ tape: JSONTape) { self.tape = tape }
}

/// The keys leading to a value, innermost last: a list built only as decoding goes deeper,
/// turned into an array only when asked for (in errors).
private final class CodingPathNode {
    let parent: CodingPathNode?
    let key: any CodingKey
    init(_ parent: CodingPathNode?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: CodingPathNode? = self
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// A `Decoder` positioned at one node of a tape.
private struct TapeDecoder: Decoder {
    unowned(unsafe) let shared: SharedTape
    let node: Int
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { path?.keys ?? [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(tape: SharedTape, node: Int, path: CodingPathNode?) {
        shared = tape
        self.node = node
        self.path = path
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try expect(.object, "an object")
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try expect(.array, "an array")
        return TapeUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(decoder: self)
    }

    var kind: JSONTape.Kind { shared.tape.nodes[node].kind }

    func expect(_ kind: JSONTape.Kind, _ description: String) throws {
        guard self.kind == kind else { throw mismatch(description) }
    }

    func mismatch(_ expected: String) -> DecodingError {
        DecodingError.typeMismatch(
            Any.self,
            .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(kind)"))
    }

    func child(_ node: Int, key: any CodingKey) -> TapeDecoder {
        TapeDecoder(tape: shared, node: node, path: CodingPathNode(path, key))
    }

    // MARK: Scalars

    func decodeNil() -> Bool { kind == .null }

    func decode(_: Bool.Type) throws -> Bool {
        switch kind {
        case .true: return true
        case .false: return false
        default: throw mismatch("true or false")
        }
    }

    func decode(_: String.Type) throws -> String {
        try expect(.string, "a string")
        do {
            return try shared.tape.string(at: node)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "a lone surrogate escape"))
        }
    }

    func decodeInteger<T: FixedWidthInteger>(_: T.Type) throws -> T {
        try expect(.number, "a number")
        if let value = shared.tape.integer(at: node), let exact = T(exactly: value) { return exact }
        if let value = Double(shared.tape.numberText(at: node)), let exact = T(exactly: value) {
            return exact
        }
        throw DecodingError.dataCorrupted(
            .init(codingPath: codingPath, debugDescription: "a number that is not a \(T.self)"))
    }

    func decodeFloat<T: LosslessStringConvertible & BinaryFloatingPoint>(_: T.Type) throws -> T {
        try expect(.number, "a number")
        guard let value = T(String(shared.tape.numberText(at: node))), value.isFinite else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "a number out of range"))
        }
        return value
    }

    func decode<T: Decodable>(_: T.Type) throws -> T {
        try T(from: self)
    }
}

/// The members of an object, found by name in the tape.
private struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    private func value(for key: Key) -> Int? {
        let name = key.stringValue
        var member = decoder.node + 1
        let end = Int(decoder.shared.tape.nodes[decoder.node].next)
        while member < end {
            if decoder.shared.tape.string(at: member, equals: name) { return member + 1 }
            member = Int(decoder.shared.tape.nodes[member + 1].next)
        }
        return nil
    }

    private func required(_ key: Key) throws -> TapeDecoder {
        guard let node = value(for: key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "no member \(key.stringValue)")
            )
        }
        return decoder.child(node, key: key)
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var name = decoder.node + 1
        let end = Int(decoder.shared.tape.nodes[decoder.node].next)
        while name < end {
            if let text = try? decoder.shared.tape.string(at: name),
                let key = Key(stringValue: text)
            {
                keys.append(key)
            }
            name = Int(decoder.shared.tape.nodes[name + 1].next)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try required(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try required(key).decode(type)
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try required(key).decode(type)
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try required(key).decodeFloat(type)
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try required(key).decodeFloat(type)
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try required(key).decodeInteger(type)
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try required(key).decodeInteger(type)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try required(key).decode(type)
    }

    /// The decoder of a member that is present and not `null`: nil otherwise, as
    /// `JSONDecoder` has it.
    private func present(_ key: Key) -> TapeDecoder? {
        guard let node = value(for: key), decoder.shared.tape.nodes[node].kind != .null else {
            return nil
        }
        return decoder.child(node, key: key)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present(key)?.decode(type)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try present(key)?.decodeInteger(type)
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key)?.decode(type)
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key)?.decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        throws -> KeyedDecodingContainer<NestedKey>
    {
        try required(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try required(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try required(key) }
}

/// The elements of an array, in order.
private struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TapeDecoder
    private var node: Int
    private(set) var currentIndex = 0

    init(decoder: TapeDecoder) {
        self.decoder = decoder
        node = decoder.node + 1
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { Int(decoder.shared.tape.nodes[decoder.node].count) }
    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    private struct Index: CodingKey {
        var intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    /// The next element, moving past it.
    private mutating func next() throws -> TapeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self,
                .init(
                    codingPath: codingPath + [Index(currentIndex)],
                    debugDescription: "the array has no more elements"))
        }
        let element = decoder.child(node, key: Index(currentIndex))
        node = Int(decoder.shared.tape.nodes[node].next)
        currentIndex += 1
        return element
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.shared.tape.nodes[node].kind == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decodeFloat(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().decodeFloat(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decodeInteger(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decodeInteger(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decodeInteger(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decodeInteger(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decodeInteger(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decodeInteger(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decodeInteger(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decodeInteger(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decodeInteger(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decodeInteger(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

/// One value.
private struct TapeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TapeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.decodeNil() }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decode(type) }
    func decode(_ type: String.Type) throws -> String { try decoder.decode(type) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeFloat(type) }
    func decode(_ type: Float.Type) throws -> Float { try decoder.decodeFloat(type) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decodeInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decodeInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decodeInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.decodeInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decodeInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decodeInteger(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}
