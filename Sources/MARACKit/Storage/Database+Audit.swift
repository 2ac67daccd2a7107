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
    func forEachAuditEntry(_ body: (AuditEntry) throws -> Void) throws {
        let statement = try prepare(Self.auditSelect + " ORDER BY id")
        try statement.bind([] as [any SQLValueConvertible])
        defer { statement.reset() }
        while try statement.step() { try body(Self.auditEntry(statement.row)) }
    }
}
