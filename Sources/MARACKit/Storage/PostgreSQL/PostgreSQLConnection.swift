internal import CLibPQ

/// A connection to a PostgreSQL server through libpq: the only owner of a `PGconn`.
///
/// Opened from a libpq connection URI (`postgresql://…`), so everything libpq reads itself
/// works: `host=/path` for a Unix socket, `sslmode`, `PGPASSFILE`, `PGSERVICE`, `PGHOST`.
/// Notices are not printed; the client encoding is UTF-8.
/// See https://www.postgresql.org/docs/current/libpq-connect.html.
final class PostgreSQLConnection: Connection {
    let handle: OpaquePointer
    private var statementNumber = 0
    /// The rows changed by the last command (`PQcmdTuples`).
    var changes = 0

    var dialect: Dialect { .postgreSQL }

    /// Connects with `PQconnectdb`; a refusal becomes one ``ConnectionFailure`` sentence.
    init(uri: String) throws {
        // libpq is loaded here, on the first connection, not when the tool starts.
        guard cpq_libpq_available() == 1 else { throw ConnectionFailure.libpqMissing }
        guard let connection = cpq_PQconnectdb(uri) else {
            throw ConnectionFailure.outOfMemory
        }
        guard cpq_PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: cpq_PQerrorMessage(connection))
            let needsPassword = cpq_PQconnectionNeedsPassword(connection) == 1
            cpq_PQfinish(connection)
            throw ConnectionFailure(libpqMessage: message, needsPassword: needsPassword)
        }
        self.handle = connection
        cpq_silence_notices(connection)
        guard cpq_PQsetClientEncoding(connection, "UTF8") == 0 else {
            cpq_PQfinish(connection)
            throw ConnectionFailure.other("the server cannot speak UTF-8")
        }
    }

    deinit {
        cpq_PQfinish(handle)
    }

    func prepare(_ sql: String) throws -> any PreparedStatement {
        PostgreSQLStatement(connection: self, sql: sql)
    }

    /// Prepares `serverSQL` on the server as statement `name` with parameter `types`.
    func prepare(name: String, sql serverSQL: String, types: [UInt32], for sql: String) throws {
        _ = try PostgreSQLResult(
            cpq_PQprepare(handle, name, serverSQL, Int32(types.count), types), connection: self,
            sql: sql)
    }

    /// Runs `body` so that its failure does not abort the open transaction, if any: inside a
    /// savepoint, rolled back to on failure.
    func preparingSafely(_ body: () throws -> Void) throws {
        guard cpq_PQtransactionStatus(handle) == PQTRANS_INTRANS else { return try body() }
        try executeScript("SAVEPOINT marac_prepare")
        do {
            try body()
            try executeScript("RELEASE marac_prepare")
        } catch {
            try? executeScript("ROLLBACK TO marac_prepare")
            try? executeScript("RELEASE marac_prepare")
            throw error
        }
    }

    /// A fresh name for a server-side prepared statement.
    func nextStatementName() -> String {
        statementNumber += 1
        return "marac_\(statementNumber)"
    }

    /// Runs a script of one or more statements with no parameters (`PQexec`).
    func executeScript(_ sql: String) throws {
        let result = try PostgreSQLResult(cpq_PQexec(handle, sql), connection: self, sql: sql)
        changes = result.changedRows
    }

    /// Runs a query with no parameters and returns its rows (catalogue queries, `SHOW`).
    func query(_ sql: String) throws -> [Row] {
        let result = try PostgreSQLResult(cpq_PQexec(handle, sql), connection: self, sql: sql)
        return (0..<result.rowCount).map { row in
            Row(values: (0..<result.columnCount).map { result.value(row: row, column: $0) })
        }
    }

    /// Whether the connection to the server is still up.
    var isConnected: Bool { cpq_PQstatus(handle) == CONNECTION_OK }

    /// libpq's message for the last failure on this connection.
    var lastMessage: String { String(cString: cpq_PQerrorMessage(handle)) }
}
