/// SQL for the append-only audit log.
extension Database {
    func lastAuditHash() throws -> String {
        try scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1") ?? AuditEntry.genesis
    }

    /// Appends `entry` with the next id.
    ///
    /// Ids stay gap-free on both backends (a server's
    /// identity sequence skips the values of rolled-back transactions, which `audit verify`
    /// would report as missing entries). Writers hold the write lock, so `max(id) + 1` is safe.
    func insertAudit(_ entry: AuditEntry) throws {
        try execute(
            """
            INSERT INTO audit_log(id, at, "user", command, entity, entity_id, summary,
                                  previous_hash, hash)
            SELECT coalesce(max(id), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM audit_log
            """,
            [
                entry.at, entry.user, entry.command, entry.entity, entry.entityID, entry.summary,
                entry.previousHash, entry.hash,
            ])
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
