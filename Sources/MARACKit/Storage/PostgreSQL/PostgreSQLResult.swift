internal import CLibPQ

/// The result of one command on the server: the only owner of a `PGresult`, cleared in `deinit`.
///
/// Values arrive in libpq's text format and are decoded by their column's type OID into
/// ``SQLValue``: integers and booleans as integers (so `Bool` and `Int` read them as on
/// SQLite), floating point as reals, `numeric` as an integer when whole (`sum` of a `bigint`)
/// and a real otherwise (`avg`), `bytea` as a blob, anything else as text.
/// See https://www.postgresql.org/docs/current/libpq-exec.html.
final class PostgreSQLResult {
    private let handle: OpaquePointer
    let rowCount: Int
    let columnCount: Int
    private let types: [UInt32]

    /// Takes ownership of `result`, throwing a ``StorageError`` when the command failed (its
    /// status is not one of `expected`: a finished command or rows, unless told otherwise).
    init(
        _ result: OpaquePointer?, connection: PostgreSQLConnection, sql: String,
        expected: [ExecStatusType] = [PGRES_COMMAND_OK, PGRES_TUPLES_OK]
    ) throws {
        guard let result else {
            throw StorageError(
                code: .error, message: Self.connectionMessage(connection), sql: sql,
                sqlState: SQLState.connectionFailure)
        }
        let status = PQresultStatus(result)
        guard expected.contains(status) else {
            let error = Self.error(result, connection: connection, sql: sql)
            PQclear(result)
            throw error
        }
        handle = result
        rowCount = Int(PQntuples(result))
        columnCount = Int(PQnfields(result))
        types = (0..<columnCount).map { PQftype(result, Int32($0)) }
    }

    deinit {
        PQclear(handle)
    }

    /// The number of rows an `INSERT`, `UPDATE` or `DELETE` changed (`PQcmdTuples`).
    var changedRows: Int {
        guard let text = PQcmdTuples(handle) else { return 0 }
        return Int(String(cString: text)) ?? 0
    }

    /// The value at `row`, `column`, decoded by the column's type.
    func value(row: Int, column: Int) -> SQLValue {
        let r = Int32(row)
        let c = Int32(column)
        if PQgetisnull(handle, r, c) == 1 { return .null }
        guard let pointer = PQgetvalue(handle, r, c) else { return .null }
        let count = Int(PQgetlength(handle, r, c))
        let bytes = UnsafeRawBufferPointer(start: pointer, count: count)
        switch types[column] {
        case TypeOID.int8, TypeOID.int4, TypeOID.int2, TypeOID.oid:
            return .integer(Self.integer(bytes) ?? 0)
        case TypeOID.bool:
            return .integer(bytes.first == UInt8(ascii: "t") ? 1 : 0)
        case TypeOID.float4, TypeOID.float8:
            return .real(Double(String(decoding: bytes, as: UTF8.self)) ?? .nan)
        case TypeOID.numeric:
            if let whole = Self.integer(bytes) { return .integer(whole) }
            let text = String(decoding: bytes, as: UTF8.self)
            return Double(text).map(SQLValue.real) ?? .text(text)
        case TypeOID.bytea:
            return .blob(Self.hexBytes(bytes))
        default:
            return .text(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Parses ASCII decimal digits with an optional sign; `nil` for anything else.
    private static func integer(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var value: Int64 = 0
        var negative = false
        var digits = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 0, byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    /// `bytea` in the server's hex output format (`\x0a1b…`).
    private static func hexBytes(_ text: UnsafeRawBufferPointer) -> [UInt8] {
        func nibble(_ byte: UInt8) -> UInt8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: 0
            }
        }
        guard text.count >= 2 else { return [] }
        var result: [UInt8] = []
        result.reserveCapacity((text.count - 2) / 2)
        var index = 2
        while index + 1 < text.count {
            result.append(nibble(text[index]) << 4 | nibble(text[index + 1]))
            index += 2
        }
        return result
    }

    /// A ``StorageError`` from a failed result: SQLSTATE and the primary message only (the
    /// DETAIL line can quote the row's values, which are personal data).
    private static func error(
        _ result: OpaquePointer, connection: PostgreSQLConnection, sql: String
    ) -> StorageError {
        let state =
            PQresultErrorField(result, cpq_diag_sqlstate()).map { String(cString: $0) }
            ?? SQLState.connectionFailure
        var message =
            PQresultErrorField(result, cpq_diag_message_primary()).map { String(cString: $0) }
            ?? connectionMessage(connection)
        // Class 22 (data exceptions) quote the offending input: keep the sentence, drop it.
        if state.hasPrefix("22"), let quote = message.firstIndex(of: "\"") {
            message = String(message[..<quote])
            while message.last == " " || message.last == ":" { message.removeLast() }
        }
        return StorageError(code: .error, message: message, sql: sql, sqlState: state)
    }

    /// A sentence for a failure without a result from the server (the connection broke).
    private static func connectionMessage(_ connection: PostgreSQLConnection) -> String {
        connection.isConnected
            ? ConnectionFailure.withoutQuotes(
                connection.lastMessage.split(whereSeparator: \.isNewline).first.map(String.init)
                    ?? "the server sent no result")
            : "the connection to the database server was lost; nothing of this command was saved"
    }
}

/// The type OIDs of `pg_type` the driver decodes and binds (fixed since PostgreSQL 7).
enum TypeOID {
    static let bool: UInt32 = 16
    static let bytea: UInt32 = 17
    static let int8: UInt32 = 20
    static let int2: UInt32 = 21
    static let int4: UInt32 = 23
    static let text: UInt32 = 25
    static let oid: UInt32 = 26
    static let float4: UInt32 = 700
    static let float8: UInt32 = 701
    static let numeric: UInt32 = 1700
    /// Zero: let the server infer the parameter's type from where it is used.
    static let unknown: UInt32 = 0
}
