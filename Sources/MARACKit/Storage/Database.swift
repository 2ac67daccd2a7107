#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Where a database lives: a SQLite file, or a PostgreSQL server named by a libpq URI.
public enum DatabaseLocation: Equatable, Sendable {
    /// A SQLite file at this path (`:memory:` for a private in-memory database).
    case file(String)
    /// A PostgreSQL server, by a libpq connection URI (`postgresql://…` or `postgres://…`).
    case server(String)

    /// A location from what `--db` or `MARAC_DB` says: a URI names a server, anything else a
    /// file.
    public init(_ text: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
            self = .server(text)
        } else {
            self = .file(text)
        }
    }

    /// The path, or the URI without its password (`user:secret@` and `password=`), for
    /// showing to people.
    public var displayName: String {
        guard case .server(let uri) = self else {
            if case .file(let path) = self { return path }
            return ""
        }
        var text = uri
        // postgresql://user:secret@host → postgresql://user@host
        if let scheme = text.firstRange(of: "://") {
            let rest = text[scheme.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"),
                let colon = authority[..<at].firstIndex(of: ":")
            {
                text.removeSubrange(colon..<at)
            }
        }
        // ?password=secret&… → ?password=…&…
        if let query = text.firstIndex(of: "?") {
            let parameters = text[text.index(after: query)...].split(separator: "&").map {
                $0.lowercased().hasPrefix("password=") ? "password=…" : String($0)
            }
            text = String(text[...query]) + parameters.joined(separator: "&")
        }
        return text
    }

    /// Whether this is a PostgreSQL server.
    public var isServer: Bool {
        if case .server = self { return true }
        return false
    }
}

/// The server aborted a command for a serialisation failure or a deadlock every time it was
/// tried; nothing of it was saved.
public struct ConcurrencyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// How many times the command was run.
    public var attempts: Int
    /// The SQLSTATE of the last attempt: `40001` or `40P01`.
    public var sqlState: String

    public var description: String {
        let cause = sqlState == SQLState.deadlockDetected ? "deadlocked with" : "clashed with"
        return "the command \(cause) other users' changes \(attempts) times in a row and was "
            + "given up; nothing was saved: run it again"
    }
}

/// An open database, SQLite or PostgreSQL: the one type every `Database+<Aggregate>.swift`
/// extends with its SQL.
///
/// It keeps one ``Connection`` (the driver), caches each statement it prepares, and runs
/// closure-scoped transactions; on a server, a transaction the server aborts for a
/// serialisation failure or a deadlock is run again, up to ``maximumAttempts`` times.
///
/// ```swift
/// let db = try Database(path: "marac.sqlite")            // or "postgresql:///marac?host=/run/postgresql"
/// try db.transaction {
///     try db.execute("INSERT INTO agency(code, name, sector, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
///                    ["POL", "Police", "police", now, user])
/// }
/// ```
public final class Database {
    let connection: any Connection
    /// Where the database lives.
    public let location: DatabaseLocation
    private var cache: [String: any PreparedStatement] = [:]
    /// The hot statements by `HotStatement.rawValue`, prepared on first use.
    private var hot: [(any PreparedStatement)?] = Array(
        repeating: nil, count: HotStatement.allCases.count)
    private var transactionDepth = 0

    /// How many times a transaction the server aborted for a serialisation failure or a
    /// deadlock is attempted in all before the failure is reported.
    public static let maximumAttempts = 5

    /// How long a SQLite connection waits for another's lock, in milliseconds.
    public static let busyTimeoutMilliseconds = SQLiteConnection.busyTimeoutMilliseconds

    /// Opens the database at `location`: a SQLite file (created with mode 0600 if missing), or
    /// a connection to a PostgreSQL server.
    ///
    /// With `forReading`, an existing file is opened for a command that only reads: as usual
    /// where that works, otherwise in the first way that can still read it (on a full disk,
    /// read-only, or as immutable on read-only media); see ``isReadOnly``.
    public init(location: DatabaseLocation, forReading: Bool = false) throws {
        self.location = location
        switch location {
        case .file(let path) where forReading && path != ":memory:":
            connection = try SQLiteConnection.openForReading(path: path)
        case .file(let path):
            do {
                connection = try SQLiteConnection(path: path)
            } catch let error as StorageError
                where error.code.primary == .cannotOpen && access(path, F_OK) == 0
                && access(path, W_OK) != 0
            {
                // A file there that cannot be written: a read-only file, folder or mount.
                throw StorageError(code: .readOnly, message: "the database file is read-only")
            }
        case .server(let uri): connection = try PostgreSQLConnection(uri: uri)
        }
    }

    /// Whether the connection cannot write (a file opened read-only for a command that reads).
    public var isReadOnly: Bool { sqlite?.isReadOnly ?? false }

    /// Opens the database `path` names: a file path, or a `postgresql://` URI.
    public convenience init(path: String) throws {
        try self.init(location: DatabaseLocation(path))
    }

    deinit {
        cache.removeAll()
        hot.removeAll()
    }

    /// Which SQL the database speaks.
    public var dialect: Dialect { connection.dialect }

    /// The dialect's divergent statements.
    var sql: any SQLDialect.Type { dialect.statements }

    /// The file path, or the server's URI.
    public var path: String {
        switch location {
        case .file(let path): path
        case .server(let uri): uri
        }
    }

    /// Called with the SQL of every statement about to run, when set (query-plan tests).
    var statementObserver: ((String) -> Void)?

    /// A prepared statement for `sql`, compiled once per connection and reused.
    func prepare(_ sql: String) throws -> any PreparedStatement {
        statementObserver?(sql)
        if let cached = cache[sql] { return cached }
        let statement = try connection.prepare(sql)
        cache[sql] = statement
        return statement
    }

    /// The prepared statement of a hot path (`case import` runs each once per row), found by
    /// its key instead of by hashing its SQL text.
    func prepare(_ key: HotStatement) throws -> any PreparedStatement {
        if let statementObserver { statementObserver(key.sql) }
        if let statement = hot[key.rawValue] { return statement }
        let statement = try connection.prepare(key.sql)
        hot[key.rawValue] = statement
        return statement
    }

    /// Runs one statement with `values` bound to its `?` parameters.
    public func execute(_ sql: String, _ values: [any SQLValueConvertible] = []) throws {
        try prepare(sql).run(values)
    }

    /// Runs a script of several statements with no parameters (migrations, settings).
    public func executeScript(_ sql: String) throws {
        try connection.executeScript(sql)
    }

    /// Every row of a query.
    public func rows(_ sql: String, _ values: [any SQLValueConvertible] = []) throws -> [Row] {
        try prepare(sql).rows(values)
    }

    /// The first row of a query, or `nil` when it has none.
    public func row(_ sql: String, _ values: [any SQLValueConvertible] = []) throws -> Row? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        return try statement.step() ? statement.row : nil
    }

    /// The first column of the first row, converted to `T`, or `nil` when there is no row or
    /// the value is NULL (`max` of no rows).
    public func scalar<T: SQLValueConvertible>(
        _ sql: String, _ values: [any SQLValueConvertible] = [], as type: T.Type = T.self
    ) throws -> T? {
        guard let row = try row(sql, values), row.values.first != .null else { return nil }
        return try row.decode(T.self, at: 0)
    }

    /// Runs an `INSERT … RETURNING id` and returns the new row's id (both dialects).
    func insertReturningID(_ sql: String, _ values: [any SQLValueConvertible]) throws -> Int {
        guard let id = try scalar(sql, values, as: Int.self) else {
            throw StorageError(code: .misuse, message: "the insert returned no id", sql: sql)
        }
        return id
    }

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    public var changes: Int { connection.changes }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    ///
    /// The outermost call takes the write lock at once (SQLite `BEGIN IMMEDIATE`; on a server
    /// a transaction-scoped advisory lock), so writers queue instead of deadlocking, and the
    /// audit chain's tail is read by one writer at a time. Nested calls become savepoints.
    ///
    /// On a server, a transaction aborted for a serialisation failure (`40001`) or a deadlock
    /// (`40P01`) is rolled back and `body` runs again, at most ``maximumAttempts`` times in all.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        guard transactionDepth == 0 else { return try savepoint(body) }
        var attempt = 1
        while true {
            do {
                return try outermost(body)
            } catch let error as StorageError where error.isRetryable {
                guard attempt < Self.maximumAttempts else {
                    throw ConcurrencyError(attempts: attempt, sqlState: error.sqlState ?? "")
                }
                // Back off a little longer each time, with jitter, so the writers spread out.
                usleep(UInt32(attempt * 20_000 + Int.random(in: 0..<20_000)))
                attempt += 1
            }
        }
    }

    private func outermost<T>(_ body: () throws -> T) throws -> T {
        try connection.executeScript(sql.beginWriteTransaction)
        transactionDepth = 1
        let result: T
        do {
            result = try body()
        } catch {
            transactionDepth = 0
            try? connection.executeScript("ROLLBACK")
            throw error
        }
        transactionDepth = 0
        do {
            try connection.executeScript("COMMIT")
        } catch {
            // A failed COMMIT (a deferred foreign key, a full disk) leaves the transaction open.
            try? connection.executeScript("ROLLBACK")
            throw error
        }
        return result
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        let name = "s\(transactionDepth)"
        try connection.executeScript("SAVEPOINT \(name)")
        transactionDepth += 1
        let result: T
        do {
            result = try body()
        } catch {
            transactionDepth -= 1
            try? connection.executeScript("ROLLBACK TO \(name)")
            try? connection.executeScript("RELEASE \(name)")
            throw error
        }
        transactionDepth -= 1
        try connection.executeScript("RELEASE \(name)")
        return result
    }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { transactionDepth > 0 }

    /// The SQLite connection, for what only a file has (backup, query plans, integrity
    /// checks); `nil` on a server.
    var sqlite: SQLiteConnection? { connection as? SQLiteConnection }

    /// The PostgreSQL connection; `nil` for a file.
    var postgreSQL: PostgreSQLConnection? { connection as? PostgreSQLConnection }
}
