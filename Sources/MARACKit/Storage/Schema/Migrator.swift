/// One immutable step of the schema: once shipped, never edited; append a new step instead.
public struct Migration: Sendable {
    /// The `PRAGMA user_version` the database has after this step.
    public var version: Int
    /// What the step does, for people reading the history.
    public var name: String
    /// The DDL of the step, run in one transaction.
    public var sql: String
}

/// A database was made by a newer version of the tool than this one.
public struct SchemaTooNewError: Error, Equatable, Sendable, CustomStringConvertible {
    public var found: Int
    public var known: Int
    public var description: String {
        "the database is at schema version \(found) but this tool knows only up to \(known); "
            + "use a newer marac"
    }
}

/// Brings a database's schema up to date by applying every newer ``Migration`` in order.
///
/// Each step runs in its own transaction and records itself in `PRAGMA user_version` and in
/// the `schema_migration` table, so an interrupted upgrade resumes from the last whole step.
public enum Migrator {
    /// Applies the steps of `migrations` newer than the database's version.
    /// - Returns: the versions applied.
    @discardableResult
    public static func migrate(_ db: Database, to migrations: [Migration] = Migrations.all) throws
        -> [Int]
    {
        for (earlier, later) in zip(migrations, migrations.dropFirst()) {
            precondition(
                earlier.version < later.version, "migrations out of order at \(later.version)")
        }
        let current = try version(of: db)
        let known = migrations.last?.version ?? 0
        if current > known { throw SchemaTooNewError(found: current, known: known) }
        var applied: [Int] = []
        for step in migrations where step.version > current {
            try db.transaction {
                try db.executeScript(step.sql)
                try db.executeScript(
                    """
                    CREATE TABLE IF NOT EXISTS schema_migration(
                        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
                    PRAGMA user_version = \(step.version);
                    """)
                try db.execute(
                    "INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, datetime('now'))",
                    [step.version, step.name])
            }
            applied.append(step.version)
        }
        return applied
    }

    /// The schema version recorded in the database (0 for a new file).
    public static func version(of db: Database) throws -> Int {
        try db.scalar("PRAGMA user_version", as: Int.self) ?? 0
    }
}
