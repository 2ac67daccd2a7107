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

    /// How a file is opened.
    enum OpenMode: CaseIterable {
        /// Read and write, creating the file (mode 0600) if it is missing.
        case create
        /// Read and write an existing file.
        case existing
        /// Read and write, taking the file's lock for the whole connection
        /// (`PRAGMA locking_mode = EXCLUSIVE`): SQLite then keeps the WAL index in memory and
        /// needs no room on the disk for a `-shm` file, so a full disk can still be read.
        case exclusive
        /// Read only (`SQLITE_OPEN_READONLY`): a read-only file, or a `-shm` file already there.
        case readOnly
        /// Read only, as a file nobody can change (`immutable=1`): read-only media, where
        /// SQLite could neither lock the file nor create its `-shm`. Only when the file has no
        /// write-ahead log with content, which this mode would not read.
        case immutable

        /// Whether the connection cannot write.
        var isReadOnly: Bool { self == .readOnly || self == .immutable }
    }

    /// Whether this connection was opened read-only.
    let isReadOnly: Bool

    /// Opens (creating if needed, for `.create`) the database at `path` and applies the
    /// connection defaults.
    ///
    /// Calls `sqlite3_open_v2` (https://www.sqlite.org/c3ref/open.html).
    init(path: String, mode: OpenMode = .create) throws {
        if path != ":memory:", mode == .create {
            try Self.createPrivately(path)
        }
        var connection: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX
        var name = path
        switch mode {
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .existing, .exclusive: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = "file:" + Self.uriEscaped(path) + "?immutable=1"
        }
        let code = sqlite3_open_v2(name, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(connection)
            throw StorageError(code: ResultCode(code), message: message)
        }
        self.handle = connection
        self.path = path
        self.isReadOnly = mode.isReadOnly
        sqlite3_extended_result_codes(connection, 1)
        // A busy handler polling every millisecond, instead of `sqlite3_busy_timeout`'s
        // back-off to 100 ms sleeps: a command waiting behind a long job done in short
        // transactions (`retention purge`) takes the lock in the gap between two of them.
        sqlite3_busy_handler(
            connection,
            { _, attempts in
                guard attempts < SQLiteConnection.busyTimeoutMilliseconds else { return 0 }
                usleep(1_000)
                return 1
            }, nil)
        try check(csqlite_disable_dqs(connection))
        try executeScript("PRAGMA foreign_keys = ON")
        if mode == .exclusive { try executeScript("PRAGMA locking_mode = EXCLUSIVE") }
        if path != ":memory:", !mode.isReadOnly {
            try executeScript("PRAGMA journal_mode = WAL")
            try executeScript("PRAGMA synchronous = NORMAL")
        }
        // The first read opens the file's lock and WAL index: where a mode fails, it fails here.
        try executeScript("SELECT count(*) FROM sqlite_schema")
    }

    /// Opens an existing database for a command that only reads, in the first mode that can
    /// read it: read-write as usual; on a full disk with the lock held throughout; read-only;
    /// and on read-only media as an immutable file.
    static func openForReading(path: String) throws -> SQLiteConnection {
        var modes: [OpenMode] = [.existing]
        if access(path, W_OK) == 0 { modes.append(.exclusive) }
        modes.append(.readOnly)
        var status = stat()
        if stat(path + "-wal", &status) != 0 || status.st_size == 0 { modes.append(.immutable) }
        var first: (any Error)?
        for mode in modes {
            do {
                return try SQLiteConnection(path: path, mode: mode)
            } catch let error as StorageError where error.isFileAccess {
                first = first ?? error
            }
        }
        throw first ?? StorageError(code: .cannotOpen, message: "cannot open the database file")
    }

    /// `path` with the characters a URI gives meaning to (`%`, `?`, `#`) escaped.
    private static func uriEscaped(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Creates an empty file readable and writable by its owner only, if none exists yet.
    ///
    /// SQLite gives its `-wal` and `-shm` files the same mode as the database file.
    ///
    /// `O_EXCL`, so an existing file is never opened here: closing a descriptor of a file
    /// drops every POSIX lock this process holds on it, including those of another open
    /// connection, whose readers other processes could then overwrite (seen as
    /// `SQLITE_IOERR_SHORT_READ` and lost updates while a purge ran).
    private static func createPrivately(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            // A read-only mount, or a file or folder the user may not write.
            if errno == EROFS || (errno == EACCES && access(path, F_OK) == 0) {
                throw StorageError(code: .readOnly, message: "the database file is read-only")
            }
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
