/// PostgreSQL's side of the statements that differ
/// (https://www.postgresql.org/docs/current/sql-commands.html).
enum PostgreSQLDialect: SQLDialect {
    /// The key of the advisory lock every write transaction takes first ("MARAC" in ASCII).
    ///
    /// It makes writers take turns as SQLite's `BEGIN IMMEDIATE` does, so
    /// reading the audit chain's tail and appending to it is one step per command, and a
    /// command's checks ("the next reference", "the version read") hold until it commits.
    static let writeLockKey: Int64 = 0x4D_4152_4143

    /// `READ COMMITTED` and the write lock: each statement after the lock sees every command
    /// committed before it.
    static let beginWriteTransaction = "BEGIN; SELECT pg_advisory_xact_lock(\(writeLockKey))"

    /// `string_agg` needs its order said; SQLite's `group_concat` follows the index.
    static func commaList(_ expression: String, orderedBy order: String) -> String {
        "string_agg(\(expression), ',' ORDER BY \(order))"
    }

    static func position(of needle: String, in haystack: String) -> String {
        "strpos(\(haystack), \(needle))"
    }

    static var migrations: [Migration] { PostgreSQLMigrations.all }

    /// The highest version in `schema_migration` (there is no `user_version`), 0 before the
    /// first step.
    static func schemaVersion(_ db: Database) throws -> Int {
        let exists: Bool =
            try db.scalar("SELECT to_regclass('schema_migration') IS NOT NULL") ?? false
        guard exists else { return 0 }
        return try db.scalar("SELECT coalesce(max(version), 0) FROM schema_migration") ?? 0
    }

    static func recordMigration(_ step: Migration, in db: Database, at time: String) throws {
        try db.executeScript(
            """
            CREATE TABLE IF NOT EXISTS schema_migration(
                version bigint PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)
            """)
        try db.execute(
            "INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)",
            [step.version, step.name, time])
    }

    /// Nothing to change: the server's buffers are its administrator's business.
    static func withBulkLoadSettings<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try body()
    }

    /// Commits without waiting for the write-ahead log to reach the disk, for this session,
    /// and, when the seeding role is a superuser, turns triggers off for the load
    /// (`session_replication_role = replica`); then gathers the planner's statistics
    /// (`ANALYZE`).
    ///
    /// With triggers on, each of a 1M-referral seed's 73 million rows runs its foreign-key
    /// checks and, for the ids `COPY` leaves out, `marac_next_id()`; each audit entry also runs
    /// the chain's link trigger. The generator writes consistent ids and hashes, and
    /// `SyntheticAreaTests` checks a server seeded this way against a file seeded row by row.
    ///
    /// Without statistics the first queries after a seed are planned as if the tables were
    /// empty (nested loops over the sharing tables, `share register` three times slower) until
    /// autovacuum next analyzes them, up to a minute or more later.
    static func withSeedSettings<T>(
        _ db: Database, _ body: (SeedSettings) throws -> T
    ) throws -> T {
        let superuser: String? = try db.scalar("SELECT current_setting('is_superuser')")
        let settings = SeedSettings(triggersOff: superuser == "on")
        try db.executeScript(
            "SET synchronous_commit = off"
                + (settings.triggersOff ? "; SET session_replication_role = replica" : ""))
        defer {
            try? db.executeScript(
                "SET synchronous_commit = on"
                    + (settings.triggersOff ? "; SET session_replication_role = DEFAULT" : ""))
        }
        let result = try body(settings)
        try db.executeScript("ANALYZE")
        return result
    }
}
