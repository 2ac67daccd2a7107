/// A failure reported by the database (SQLite or a PostgreSQL server), or by the storage layer
/// around it.
///
/// It carries the driver's code and message and the SQL being run, but never the bound
/// values: those are personal data and must not reach logs or error output.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// SQLite's extended result code; ``ResultCode/error`` for a PostgreSQL failure.
    public var code: ResultCode
    /// PostgreSQL's five-character SQLSTATE (`23505`, `40001`...), `nil` for SQLite.
    public var sqlState: String?
    /// The database's English message for the failure (never containing bound values).
    public var message: String
    /// The statement being prepared or run, if any.
    public var sql: String?

    public init(code: ResultCode, message: String, sql: String? = nil, sqlState: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.sqlState = sqlState
    }

    /// Whether another connection held a lock for longer than the busy timeout.
    public var isBusy: Bool {
        code.primary == .busy || code.primary == .locked || sqlState == SQLState.lockNotAvailable
    }

    /// Whether a constraint (unique, foreign key, check, not null) refused the change.
    public var isConstraint: Bool {
        code.primary == .constraint || sqlState?.hasPrefix(SQLState.integrityClass) == true
    }

    /// Whether the server aborted the transaction for a serialisation failure or a deadlock,
    /// so running it again from the start may succeed.
    public var isRetryable: Bool {
        sqlState == SQLState.serializationFailure || sqlState == SQLState.deadlockDetected
    }

    /// Whether the server refused the statement because the role lacks the privilege (or a
    /// row-level security policy refused the row).
    public var isPermissionDenied: Bool { sqlState == SQLState.insufficientPrivilege }

    /// Whether the file could not be opened, locked, read or written as asked (a read-only
    /// file or mount, a full disk): another way of opening it may still read it.
    var isFileAccess: Bool {
        sqlState == nil
            && [.cannotOpen, .readOnly, .ioError, .full].contains(code.primary)
    }

    /// The failure in words a coordinator understands, for a file's storage failures (a full
    /// disk, a read-only file, a damaged file); `nil` for any other.
    public var sentence: String? {
        guard sqlState == nil else { return nil }
        switch code.primary {
        case .full:
            return "the disk is full (or the database reached its size limit), so nothing was "
                + "saved; free some space and run the command again"
        case .ioError where code == .ioErrorShmSize:
            return "the disk is full: the database's shared-memory file cannot grow, so "
                + "nothing was saved; free some space and run the command again"
        case .ioError:
            return "the disk could not be read or written (it may be full or failing), so "
                + "nothing was saved"
        case .readOnly:
            return "the database file is read-only (a read-only file, folder or disk): only "
                + "commands that read can run on it"
        case .cannotOpen:
            return "the database file cannot be opened: check that it exists and that you may "
                + "read it and its folder"
        case .busy, .locked:
            return "another user held the database for more than "
                + "\(SQLiteConnection.busyTimeoutMilliseconds / 1000) seconds, so nothing was "
                + "saved; run the command again"
        case .corrupt:
            return "the database file is damaged; restore it from a backup (see marac check)"
        case .notADatabase:
            return "the file is not a workbench database (not a SQLite file)"
        default:
            return nil
        }
    }

    /// One sentence: for a file, what went wrong in words (``sentence``) with SQLite's code
    /// kept for the log, else SQLite's code and message; for a server, what refused the
    /// command and why, with the SQLSTATE to look up.
    public var description: String {
        guard let sqlState else {
            if let sentence { return "\(sentence) (SQLite error \(code.rawValue): \(message))" }
            return "database error \(code.rawValue): \(message)"
        }
        if isPermissionDenied {
            return "the database server does not let your role do this (\(message)); "
                + "ask the coordinator or the database owner for the role you need"
        }
        if sqlState == SQLState.connectionFailure { return message }
        if sqlState == SQLState.characterNotInRepertoire {
            return "the database server cannot store text holding a NUL character (SQLSTATE "
                + "\(sqlState)); remove it and try again"
        }
        return "the database server refused the command: \(message) (SQLSTATE \(sqlState))"
    }
}

/// An SQLite result code, by name instead of by number
/// (https://www.sqlite.org/rescode.html).
public struct ResultCode: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The primary result code (the low byte of an extended code).
    public var primary: ResultCode { ResultCode(rawValue & 0xFF) }

    /// `SQLITE_OK`: success.
    public static let ok = ResultCode(0)
    /// `SQLITE_ERROR`: a generic error (also every PostgreSQL failure: see `sqlState`).
    public static let error = ResultCode(1)
    /// `SQLITE_BUSY`: another connection holds the lock.
    public static let busy = ResultCode(5)
    /// `SQLITE_LOCKED`: a conflict inside this connection's shared cache.
    public static let locked = ResultCode(6)
    /// `SQLITE_READONLY`: the database (file, folder or mount) cannot be written.
    public static let readOnly = ResultCode(8)
    /// `SQLITE_IOERR`: the operating system reported an I/O error.
    public static let ioError = ResultCode(10)
    /// `SQLITE_IOERR_SHMSIZE`: the `-shm` file could not grow (a full disk).
    public static let ioErrorShmSize = ResultCode(4874)
    /// `SQLITE_CORRUPT`: the file is damaged.
    public static let corrupt = ResultCode(11)
    /// `SQLITE_FULL`: the disk (or `max_page_count`) is full.
    public static let full = ResultCode(13)
    /// `SQLITE_CANTOPEN`: the file cannot be opened (or, here, must not be).
    public static let cannotOpen = ResultCode(14)
    /// `SQLITE_NOTADB`: the file is not a database.
    public static let notADatabase = ResultCode(26)
    /// `SQLITE_CONSTRAINT`: a constraint refused the change.
    public static let constraint = ResultCode(19)
    /// `SQLITE_CONSTRAINT_UNIQUE`: a `UNIQUE` constraint refused the change.
    public static let constraintUnique = ResultCode(2067)
    /// `SQLITE_MISUSE`: the API was used wrongly.
    public static let misuse = ResultCode(21)
}

/// The PostgreSQL SQLSTATE codes the library acts on
/// (https://www.postgresql.org/docs/current/errcodes-appendix.html).
enum SQLState {
    /// Class 23: integrity constraint violations (unique, foreign key, check, not null).
    static let integrityClass = "23"
    /// `40001`: the transaction could not be serialised with a concurrent one.
    static let serializationFailure = "40001"
    /// `40P01`: the transaction was chosen to break a deadlock.
    static let deadlockDetected = "40P01"
    /// `42501`: the role lacks the privilege, or row-level security refused the row.
    static let insufficientPrivilege = "42501"
    /// `55P03`: a lock could not be taken (`NOWAIT`, lock timeout).
    static let lockNotAvailable = "55P03"
    /// `08006`: the connection broke (the server went away mid-command).
    static let connectionFailure = "08006"
    /// `22021`: a byte sequence the server's encoding cannot hold (a NUL character in text).
    static let characterNotInRepertoire = "22021"
    /// `28P01`: wrong password.
    static let invalidPassword = "28P01"
    /// `28000`: the server refused the role (no `pg_hba.conf` entry, cannot log in).
    static let invalidAuthorization = "28000"
    /// `3D000`: the database does not exist.
    static let invalidCatalogName = "3D000"
    /// `42P18` (indeterminate datatype), `42P08` (ambiguous parameter), `42883` (no operator
    /// for the types guessed): the server could not settle a NULL parameter's type.
    static let parameterTypeUnknown: Set<String> = ["42P18", "42P08", "42883"]
    /// `3F000`: no schema to create in (none on the search path the role may use).
    static let invalidSchemaName = "3F000"
    /// `42P01`: a table does not exist.
    static let undefinedTable = "42P01"
}
