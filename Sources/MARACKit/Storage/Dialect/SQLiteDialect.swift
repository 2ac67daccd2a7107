/// SQLite's side of the statements that differ (https://www.sqlite.org/lang.html).
enum SQLiteDialect: SQLDialect {
    /// `BEGIN IMMEDIATE` takes the write lock at once, so two writers queue on the busy
    /// timeout instead of deadlocking on an upgrade from read to write.
    static let beginWriteTransaction = "BEGIN IMMEDIATE"

    /// `group_concat` follows the order its subquery reads the rows in (here, an index range).
    static func commaList(_ expression: String, orderedBy order: String) -> String {
        "group_concat(\(expression), ',')"
    }

    static func position(of needle: String, in haystack: String) -> String {
        "instr(\(haystack), \(needle))"
    }

    static var migrations: [Migration] { Migrations.all }

    /// `PRAGMA user_version`, which each step sets.
    static func schemaVersion(_ db: Database) throws -> Int {
        try db.scalar("PRAGMA user_version", as: Int.self) ?? 0
    }

    static func recordMigration(_ step: Migration, in db: Database, at time: String) throws {
        try db.executeScript(
            """
            CREATE TABLE IF NOT EXISTS schema_migration(
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
            PRAGMA user_version = \(step.version);
            """)
        try db.execute(
            "INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)",
            [step.version, step.name, time])
    }

    /// A 64 MiB page cache instead of the connection's 2 MiB default, so the referral and
    /// person indexes a bulk load searches stay in memory instead of being read back.
    static func withBulkLoadSettings<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.executeScript("PRAGMA cache_size = -65536")
        defer { try? db.executeScript("PRAGMA cache_size = -2000") }
        return try body()
    }

    /// Foreign-key checks off (the generator writes consistent ids), `synchronous = OFF`, an
    /// in-memory journal and a 512 MiB page cache; the connection defaults restored after.
    static func withSeedSettings<T>(
        _ db: Database, _ body: (SeedSettings) throws -> T
    ) throws -> T {
        try db.executeScript(
            """
            PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;
            PRAGMA cache_size = -524288;
            """)
        defer {
            try? db.executeScript(
                """
                PRAGMA cache_size = -2000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                PRAGMA foreign_keys = ON;
                """)
        }
        return try body(SeedSettings())
    }
}
