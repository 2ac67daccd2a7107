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
final class SQLiteConnection: Connection {
    let handle: OpaquePointer
    /// Where the database lives (`:memory:` for a private in-memory database).
    let path: String

    /// How long a connection waits for another's lock before giving up, in milliseconds.
    static let busyTimeoutMilliseconds: Int32 = 10_000

    var dialect: Dialect { .sqlite }

    /// Opens (creating if needed) the database at `path` and applies the connection defaults.
    ///
    /// Calls `sqlite3_open_v2` (https://www.sqlite.org/c3ref/open.html).
    init(path: String) throws {
        if path != ":memory:" {
            try Self.createPrivately(path)
        }
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(connection)
            throw StorageError(code: ResultCode(code), message: message)
        }
        self.handle = connection
        self.path = path
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, Self.busyTimeoutMilliseconds)
        try check(csqlite_disable_dqs(connection))
        try executeScript("PRAGMA foreign_keys = ON")
        if path != ":memory:" {
            try executeScript("PRAGMA journal_mode = WAL")
            try executeScript("PRAGMA synchronous = NORMAL")
        }
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Creates an empty file readable and writable by its owner only, if none exists yet.
    ///
    /// SQLite gives its `-wal` and `-shm` files the same mode as the database file.
    private static func createPrivately(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StorageError(code: .cannotOpen, message: "cannot open the database file")
        }
        close(descriptor)
    }

    /// A `StorageError` for a failed call, with SQLite's message for this connection.
    func error(code: Int32, sql: String? = nil) -> StorageError {
        let extended = sqlite3_extended_errcode(handle)
        return StorageError(
            code: ResultCode(extended == 0 ? code : extended),
            message: String(cString: sqlite3_errmsg(handle)),
            sql: sql)
    }

    /// Throws a `StorageError` unless `code` is `SQLITE_OK`.
    func check(_ code: Int32, sql: String? = nil) throws {
        guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
    }

    func prepare(_ sql: String) throws -> any PreparedStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Runs a script of several statements with no parameters (migrations, pragmas).
    ///
    /// Calls `sqlite3_exec` (https://www.sqlite.org/c3ref/exec.html).
    func executeScript(_ sql: String) throws {
        try check(sqlite3_exec(handle, sql, nil, nil, nil), sql: sql)
    }

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    var changes: Int { Int(sqlite3_changes(handle)) }
}
