extension Workbench {
    /// The quarterly data return over meetings held between two days (`report data-return`).
    public func dataReturn(from: Day, to: Day) throws -> DataReturn {
        try authorize(.dataReturn)
        guard from <= to else {
            throw MARACError.invalid(field: "--to", expected: "a day on or after --from (\(from))")
        }
        return try db.dataReturn(from: from, to: to)
    }

    /// Entries of the audit log, oldest first (`audit log`).
    public func auditLog(since: Day? = nil, limit: Int = 1000) throws -> [AuditEntry] {
        try authorize(.auditLog)
        return try db.auditEntries(since: since?.description, limit: limit)
    }

    /// Walks the audit log's hash chain (`audit verify`): an edited, inserted or deleted row
    /// breaks a link or leaves a gap in the ids, and entries deleted from the end leave the
    /// chain short of its head.
    public func verifyAudit() throws -> AuditVerification {
        try authorize(.auditVerify)
        return try Self.verifyChain(of: db)
    }

    /// Runs the database's checks (`check`); returns the problems found.
    ///
    /// A file: SQLite's integrity and foreign-key checks. A server: the schema version, and
    /// the audit chain (`audit verify`), since a server keeps its own pages and foreign keys.
    public func check() throws -> [String] {
        try authorize(.check)
        var problems = try db.integrityProblems()
        if isOnServer {
            let audit = try verifyAudit()
            if let broken = audit.firstBrokenID {
                problems.append(
                    "the audit chain breaks at entry \(broken): \(audit.reason ?? "unknown")")
            }
        }
        return problems
    }

    /// Copies the database, while in use, to `path` with mode 0600 (`backup`).
    ///
    /// The copy is written under a hidden name in the same folder and checked first
    /// (`PRAGMA integrity_check`, and every table's row count against the database's); the
    /// backup is recorded in the audit log, and only once that entry is committed does the
    /// copy take its name. A failure or a kill at any point leaves nothing under `path`.
    public func backup(to path: String) throws {
        try authorize(.backup)
        let pending = try db.prepareBackup(to: path)
        try change {
            // Never the path: it may name a person.
            try audit(.backup, "database", "-", "backup written and checked")
        }
        try pending.publish()
    }
}
