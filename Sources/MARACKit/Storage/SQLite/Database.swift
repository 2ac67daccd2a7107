internal import CSQLite

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A connection to one SQLite database file: the only owner of a `sqlite3` handle.
///
/// Every connection is opened the same way: foreign keys on, WAL journal, a busy timeout so two
/// users of one file wait for each other instead of failing, extended result codes, and
/// double-quoted string literals off. A new file is created with mode 0600.
///
/// ```swift
/// let db = try Database(path: "marac.sqlite")
/// try db.transaction {
///     try db.execute("INSERT INTO agency(code, name, sector) VALUES (?, ?, ?)", ["POL", "Police", "police"])
/// }
/// ```
public final class Database {
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    /// The hot statements by `HotStatement.rawValue`, prepared on first use.
    private var hot: [Statement?] = Array(repeating: nil, count: HotStatement.allCases.count)
    private var transactionDepth = 0
    /// Where the database lives (`:memory:` for a private in-memory database).
    public let path: String

    /// How long a connection waits for another's lock before giving up, in milliseconds.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    /// Opens (creating if needed) the database at `path` and applies the connection defaults.
    ///
    /// Calls `sqlite3_open_v2` (https://www.sqlite.org/c3ref/open.html).
    public init(path: String) throws {
        if path != ":memory:" {
            try Self.createPrivately(path)
        }
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(connection)
            throw StorageError(code: code, message: message)
        }
        self.handle = connection
        self.path = path
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, Self.busyTimeoutMilliseconds)
        try check(csqlite_disable_dqs(connection))
        try execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    deinit {
        cache.removeAll()
        hot.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Creates an empty file readable and writable by its owner only, if none exists yet.
    ///
    /// SQLite gives its `-wal` and `-shm` files the same mode as the database file.
    private static func createPrivately(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StorageError(code: SQLITE_CANTOPEN, message: "cannot open the database file")
        }
        close(descriptor)
    }

    /// A `StorageError` for a failed call, with SQLite's message for this connection.
    func error(code: Int32, sql: String? = nil) -> StorageError {
        StorageError(
            code: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)),
            sql: sql
        ).withCode(code)
    }

    /// Throws a `StorageError` unless `code` is `SQLITE_OK`.
    func check(_ code: Int32, sql: String? = nil) throws {
        guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
    }

    /// Called with the SQL of every statement about to run, when set (query-plan tests).
    var statementObserver: ((String) -> Void)?

    /// A prepared statement for `sql`, compiled once per connection and reused.
    public func prepare(_ sql: String) throws -> Statement {
        statementObserver?(sql)
        if let cached = cache[sql] { return cached }
        let statement = try Statement(database: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// The prepared statement of a hot path (`case import` runs each once per row), found by
    /// its key instead of by hashing its SQL text.
    func prepare(_ key: HotStatement) throws -> Statement {
        if let statementObserver { statementObserver(key.sql) }
        if let statement = hot[key.rawValue] { return statement }
        let statement = try Statement(database: self, sql: key.sql)
        hot[key.rawValue] = statement
        return statement
    }

    /// Runs one statement with `values` bound to its `?` parameters.
    public func execute(_ sql: String, _ values: [any SQLValueConvertible] = []) throws {
        try prepare(sql).run(values)
    }

    /// Runs a script of several statements with no parameters (migrations, pragmas).
    ///
    /// Calls `sqlite3_exec` (https://www.sqlite.org/c3ref/exec.html).
    public func executeScript(_ sql: String) throws {
        try check(sqlite3_exec(handle, sql, nil, nil, nil), sql: sql)
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

    /// The first column of the first row, converted to `T`, or `nil` when there is no row.
    public func scalar<T: SQLValueConvertible>(
        _ sql: String, _ values: [any SQLValueConvertible] = [], as type: T.Type = T.self
    ) throws -> T? {
        guard let row = try row(sql, values) else { return nil }
        return T(sqlValue: row.values[0])
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    ///
    /// The outermost call takes the write lock at once (`BEGIN IMMEDIATE`), so two writers
    /// queue on the busy timeout instead of deadlocking on an upgrade from read to write.
    /// Nested calls become savepoints.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let outermost = transactionDepth == 0
        let savepoint = "s\(transactionDepth)"
        try execute(outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT \(savepoint)")
        transactionDepth += 1
        let result: T
        do {
            result = try body()
        } catch {
            transactionDepth -= 1
            rollBack(outermost: outermost, savepoint: savepoint)
            throw error
        }
        transactionDepth -= 1
        do {
            try execute(outermost ? "COMMIT" : "RELEASE \(savepoint)")
        } catch {
            // A failed COMMIT (a deferred foreign key, a full disk) leaves the transaction open.
            rollBack(outermost: outermost, savepoint: savepoint)
            throw error
        }
        return result
    }

    private func rollBack(outermost: Bool, savepoint: String) {
        if outermost {
            try? execute("ROLLBACK")
        } else {
            try? execute("ROLLBACK TO \(savepoint)")
            try? execute("RELEASE \(savepoint)")
        }
    }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { transactionDepth > 0 }
}

extension StorageError {
    fileprivate func withCode(_ fallback: Int32) -> StorageError {
        var copy = self
        if copy.code == 0 { copy.code = fallback }
        return copy
    }
}
