internal import CLibPQ

/// A statement on a PostgreSQL server, prepared once per connection and per parameter types
/// (`PQprepare`), run with `PQexecPrepared`: values are always bound, never put in the SQL.
///
/// The SQL is written with SQLite's `?` and `?NNN` placeholders; ``Placeholders`` rewrites them
/// to `$n`. Parameters go in binary format with explicit types (`int8`, `float8`, `text`,
/// `bytea`; NULL leaves the type to the server), so text holding a NUL byte is refused by the
/// server instead of being cut short. Rows come back whole on the first ``step()`` and are read
/// through the same cursor interface as SQLite's.
final class PostgreSQLStatement: PreparedStatement {
    private unowned let connection: PostgreSQLConnection
    let sql: String
    /// The SQL with `$n` placeholders, as sent to the server.
    private let serverSQL: String
    let parameterCount: Int
    /// The parameter numbers the SQL refers to.
    private let used: Set<Int>
    private var values: [SQLValue]
    /// Server-side statement names by the parameter types they were prepared with.
    private var prepared: [[UInt32]: String] = [:]
    private var result: PostgreSQLResult?
    private var current = -1

    init(connection: PostgreSQLConnection, sql: String) {
        self.connection = connection
        self.sql = sql
        let rewritten = Placeholders.dollarNumbered(sql)
        self.serverSQL = rewritten.sql
        self.parameterCount = rewritten.count
        self.used = rewritten.used
        self.values = Array(repeating: .null, count: rewritten.count)
    }

    func clear() {
        reset()
        for index in values.indices { values[index] = .null }
    }

    func bind(_ value: SQLValue, at index: Int32) throws {
        values[Int(index) - 1] = value
    }

    func reset() {
        result = nil
        current = -1
    }

    func step() throws -> Bool {
        if result == nil {
            let executed = try execute()
            connection.changes = executed.changedRows
            result = executed
        }
        current += 1
        return current < result!.rowCount
    }

    var columnCount: Int { result?.columnCount ?? 0 }

    func column(_ index: Int) -> SQLValue {
        result?.value(row: current, column: index) ?? .null
    }

    /// The type each value is sent as.
    private static func type(of value: SQLValue) -> UInt32 {
        switch value {
        case .null: TypeOID.unknown
        case .integer: TypeOID.int8
        case .real: TypeOID.float8
        case .text: TypeOID.text
        case .blob: TypeOID.bytea
        }
    }

    /// The value in PostgreSQL's binary format (network byte order for numbers).
    private static func binary(_ value: SQLValue) -> [UInt8]? {
        switch value {
        case .null: return nil
        case .integer(let integer): return withUnsafeBytes(of: integer.bigEndian, Array.init)
        case .real(let real): return withUnsafeBytes(of: real.bitPattern.bigEndian, Array.init)
        case .text(let text): return Array(text.utf8)
        case .blob(let bytes): return bytes
        }
    }

    /// The name of the server-side statement for these parameter types, preparing it if new.
    private func statementName(for types: [UInt32]) throws -> String {
        if let name = prepared[types] { return name }
        let name = connection.nextStatementName()
        // A parameter the SQL never uses (`?1 … ?3`, no `?2`) gives the server nothing to
        // infer a NULL's type from: send it as text.
        let sent = types.indices.map { index in
            types[index] == TypeOID.unknown && !used.contains(index + 1)
                ? TypeOID.text : types[index]
        }
        guard sent.contains(TypeOID.unknown) else {
            try connection.prepare(name: name, sql: serverSQL, types: sent, for: sql)
            prepared[types] = name
            return name
        }
        // A NULL used only as `? IS NULL OR x = ?` can leave the server unable to infer its
        // type: try text, then integer, for the NULLs. A failed prepare would abort the
        // transaction, so each attempt runs inside a savepoint when one is open.
        var lastError: (any Error)?
        for fallback in [TypeOID.unknown, TypeOID.text, TypeOID.int8] {
            let attempt = sent.map { $0 == TypeOID.unknown ? fallback : $0 }
            do {
                try connection.preparingSafely {
                    try connection.prepare(name: name, sql: serverSQL, types: attempt, for: sql)
                }
                prepared[types] = name
                return name
            } catch let error as StorageError
                where SQLState.parameterTypeUnknown.contains(error.sqlState ?? "")
            {
                lastError = error
            }
        }
        throw lastError!
    }

    private func execute() throws -> PostgreSQLResult {
        let types = values.map(Self.type)
        let name = try statementName(for: types)
        let buffers = values.map(Self.binary)
        // Each non-NULL value needs a stable pointer for the call; allocate, call, free.
        let pointers: [UnsafeMutablePointer<CChar>?] = buffers.map { bytes in
            guard let bytes else { return nil }
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
            bytes.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress {
                        pointer.update(from: base, count: chars.count)
                    }
                }
            }
            return pointer
        }
        defer { for pointer in pointers { pointer?.deallocate() } }
        let lengths = buffers.map { Int32($0?.count ?? 0) }
        let formats = Array(repeating: Int32(1), count: buffers.count)
        let constPointers = pointers.map { UnsafePointer($0) }
        let raw = cpq_PQexecPrepared(
            connection.handle, name, Int32(values.count), constPointers, lengths, formats, 0)
        return try PostgreSQLResult(raw, connection: connection, sql: sql)
    }
}

/// Rewrites SQLite-style placeholders to PostgreSQL's: `?` becomes `$n` (one more than the
/// highest so far, as SQLite numbers them) and `?NNN` becomes `$NNN`, outside string literals,
/// quoted identifiers and comments.
enum Placeholders {
    static func dollarNumbered(_ sql: String) -> (sql: String, count: Int, used: Set<Int>) {
        var output: [UInt8] = []
        let bytes = Array(sql.utf8)
        output.reserveCapacity(bytes.count + 8)
        var highest = 0
        var used: Set<Int> = []
        var index = 0
        func copy(until terminator: UInt8) {
            // Copies a quoted run including both quotes; doubled quotes stay inside.
            output.append(bytes[index])
            index += 1
            while index < bytes.count {
                output.append(bytes[index])
                if bytes[index] == terminator {
                    if index + 1 < bytes.count, bytes[index + 1] == terminator {
                        output.append(bytes[index + 1])
                        index += 2
                        continue
                    }
                    index += 1
                    return
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                copy(until: byte)
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == byte:
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                    output.append(bytes[index])
                    index += 1
                }
            case UInt8(ascii: "/")
            where index + 1 < bytes.count
                && bytes[index + 1] == UInt8(ascii: "*"):
                output.append(contentsOf: bytes[index...index + 1])
                index += 2
                while index < bytes.count {
                    output.append(bytes[index])
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "/"), bytes[index - 2] == UInt8(ascii: "*")
                    {
                        break
                    }
                }
            case UInt8(ascii: "?"):
                index += 1
                var number = 0
                var digits = 0
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"),
                    bytes[index] <= UInt8(ascii: "9")
                {
                    number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                    digits += 1
                    index += 1
                }
                if digits == 0 { number = highest + 1 }
                highest = max(highest, number)
                used.insert(number)
                output.append(UInt8(ascii: "$"))
                output.append(contentsOf: String(number).utf8)
            default:
                output.append(byte)
                index += 1
            }
        }
        return (String(decoding: output, as: UTF8.self), highest, used)
    }
}
