extension Workbench {
    /// The quarterly data return over meetings held between two days (`report data-return`).
    public func dataReturn(from: Day, to: Day) throws -> DataReturn {
        guard from <= to else {
            throw MARACError.invalid(field: "--to", expected: "a day on or after --from (\(from))")
        }
        return try db.dataReturn(from: from, to: to)
    }

    /// Entries of the audit log, oldest first (`audit log`).
    public func auditLog(since: Day? = nil, limit: Int = 1000) throws -> [AuditEntry] {
        try db.auditEntries(since: since?.description, limit: limit)
    }

    /// Walks the audit log's hash chain (`audit verify`): an edited, inserted or deleted row
    /// breaks a link or leaves a gap in the ids, and entries deleted from the end leave the
    /// chain short of its head.
    public func verifyAudit() throws -> AuditVerification {
        try Self.verifyChain(of: db)
    }

    /// Runs SQLite's integrity and foreign-key checks (`check`); returns the problems found.
    public func check() throws -> [String] {
        try db.integrityProblems()
    }

    /// Copies the database, while in use, to `path` with mode 0600 (`backup`).
    public func backup(to path: String) throws {
        try db.backup(to: path)
    }
}
