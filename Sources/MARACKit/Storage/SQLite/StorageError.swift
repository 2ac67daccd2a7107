/// A failure reported by SQLite, or by the storage layer around it.
///
/// It carries SQLite's extended result code and message and the SQL being run, but never
/// the bound values: those are personal data and must not reach logs or error output.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// SQLite's extended result code (`SQLITE_BUSY` is 5, `SQLITE_CONSTRAINT_UNIQUE` 2067...).
    public var code: Int32
    /// SQLite's English message for the failure.
    public var message: String
    /// The statement being prepared or run, if any.
    public var sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte of the extended code).
    public var primaryCode: Int32 { code & 0xFF }

    /// Whether another connection held a lock for longer than the busy timeout.
    public var isBusy: Bool { primaryCode == 5 || primaryCode == 6 }

    /// Whether a constraint (unique, foreign key, check, not null) refused the change.
    public var isConstraint: Bool { primaryCode == 19 }

    public var description: String {
        "database error \(code): \(message)"
    }
}
