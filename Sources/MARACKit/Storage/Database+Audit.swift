/// SQL for the append-only audit log.
extension Database {
    /// The hash of the chain's head, to link the next entry to.
    ///
    /// On a server this locks the
    /// head row until the transaction ends (`marac_audit_tail()`), so appends from many
    /// clients form one sequence; an agency representative cannot read the log itself.
    func lastAuditHash() throws -> String {
        switch dialect {
        case .sqlite: try scalar("SELECT hash FROM audit_head") ?? AuditEntry.genesis
        case .postgreSQL: try scalar("SELECT marac_audit_tail()") ?? AuditEntry.genesis
        }
    }

    /// Appends `entry` as the chain's next entry.
    ///
    /// Ids stay gap-free on both backends (a server's identity sequence skips the values of
    /// rolled-back transactions, which `audit verify` would report as missing entries). On
    /// SQLite the writer holds the write lock, so `max(id) + 1` is safe (a trigger checks the entry
    /// links to the head); on a server the insert trigger numbers the entry from the locked head.
    func insertAudit(_ entry: AuditEntry) throws {
        let values: [any SQLValueConvertible] = [
            entry.at, entry.user, entry.command, entry.entity, entry.entityID, entry.summary,
            entry.previousHash, entry.hash,
        ]
        switch dialect {
        case .sqlite:
            try execute(
                """
                INSERT INTO audit_log(id, at, "user", command, entity, entity_id, summary,
                                      previous_hash, hash)
                SELECT coalesce(max(id), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM audit_log
                """, values)
        case .postgreSQL:
            try execute(
                """
                INSERT INTO audit_log(at, "user", command, entity, entity_id, summary,
                                      previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, values)
        }
    }

    static let auditSelect = """
        SELECT id, at, "user", command, entity, entity_id, summary, previous_hash, hash FROM audit_log
        """

    static func auditEntry(_ row: Row) throws -> AuditEntry {
        try AuditEntry(
            id: row[0], at: row[1], user: row[2], command: row[3], entity: row[4], entityID: row[5],
            summary: row[6], previousHash: row[7], hash: row[8])
    }

    func auditEntries(since: String?, limit: Int) throws -> [AuditEntry] {
        try rows(
            Self.auditSelect + " WHERE at >= coalesce(?, '') ORDER BY id LIMIT ?", [since, limit]
        ).map(Self.auditEntry)
    }

    /// Walks every entry in order, calling `body` with each.
    ///
    /// On a server, a page of `pageSize` entries at a time, by id: libpq keeps a statement's
    /// whole result in memory, which for every entry of a large log is most of a gigabyte
    /// (449 MB at 1M entries). SQLite steps through one statement, a row at a time.
    func forEachAuditEntry(
        pageSize: Int = 20_000, _ body: (AuditEntry) throws -> Void
    ) throws {
        switch dialect {
        case .sqlite:
            let statement = try prepare(Self.auditSelect + " ORDER BY id")
            try statement.bind([] as [any SQLValueConvertible])
            defer { statement.reset() }
            while try statement.step() { try body(Self.auditEntry(statement.row)) }
        case .postgreSQL:
            let statement = try prepare(Self.auditSelect + " WHERE id > ? ORDER BY id LIMIT ?")
            defer { statement.reset() }
            var after = 0
            var seen = pageSize
            while seen == pageSize {
                statement.reset()
                try statement.bind([after, pageSize])
                seen = 0
                while try statement.step() {
                    let entry = try Self.auditEntry(statement.row)
                    try body(entry)
                    after = entry.id
                    seen += 1
                }
            }
        }
    }
}

extension Database {
    /// The chain's length and head hash, for the anchor an export carries.
    ///
    /// On a server this locks the head row until the transaction ends, as `lastAuditHash`
    /// does, through `marac_audit_anchor()`: the roles that export (a chair, an agency
    /// representative) may not read the head row itself.
    /// A server whose security was never applied (`server init`), as a superuser's test
    /// database, reads the head row itself.
    func auditAnchorHead() throws -> (entries: Int, hash: String) {
        let sql: String
        switch dialect {
        case .sqlite: sql = "SELECT entries, hash FROM audit_head"
        case .postgreSQL:
            // Checked without calling it: a failed call would abort the transaction.
            let defined =
                try scalar(
                    "SELECT CASE WHEN to_regprocedure('marac_audit_anchor()') IS NULL "
                        + "THEN 0 ELSE 1 END", as: Int.self) == 1
            sql =
                defined
                ? "SELECT entries, hash FROM marac_audit_anchor()"
                : "SELECT entries, hash FROM audit_head FOR UPDATE"
        }
        guard let head = try row(sql) else { return (0, AuditEntry.genesis) }
        return (try head.decode(Int.self, at: 0), try head.decode(String.self, at: 1))
    }

    /// Whether the database holds records that only an audited command adds (agencies,
    /// referrals, meetings, reviews; on a file also users), so an empty audit log is a
    /// deleted one.
    func holdsRecords() throws -> Bool {
        var tables = ["agency", "referral", "meeting", "dhr_review"]
        // On a server the auditor cannot read app_user's rows (row-level security).
        if dialect == .sqlite { tables.append("app_user") }
        let sql =
            "SELECT CASE WHEN "
            + tables.map { "EXISTS (SELECT 1 FROM \($0))" }.joined(separator: " OR ")
            + " THEN 1 ELSE 0 END"
        return (try scalar(sql, as: Int.self) ?? 0) != 0
    }
}
