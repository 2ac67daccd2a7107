/// One immutable step of the schema: once shipped, never edited; append a new step instead.
public struct Migration: Sendable {
    /// The schema version the database has after this step.
    public var version: Int
    /// What the step does, for people reading the history.
    public var name: String
    /// The DDL of the step, run in one transaction.
    public var sql: String
    /// Work in Swift that completes the step in the same transaction, after its DDL (data the
    /// SQL cannot compute, such as phonetic keys of the rows already there).
    var then: (@Sendable (Database) throws -> Void)?

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    init(
        version: Int, name: String, sql: String, then: @escaping @Sendable (Database) throws -> Void
    ) {
        self.init(version: version, name: name, sql: sql)
        self.then = then
    }
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
/// The missing steps run in one transaction, each recording itself in the `schema_migration`
/// table (and, on SQLite, in `PRAGMA user_version`): an interrupted upgrade leaves the database
/// as it was, and the next open applies them again. SQLite and PostgreSQL have their own lists,
/// numbered the same.
public enum Migrator {
    /// Applies the steps of `migrations` (by default the dialect's own) newer than the
    /// database's version.
    /// - Returns: the versions applied.
    @discardableResult
    public static func migrate(_ db: Database, to migrations: [Migration]? = nil) throws -> [Int] {
        let migrations = migrations ?? db.sql.migrations
        for (earlier, later) in zip(migrations, migrations.dropFirst()) {
            precondition(
                earlier.version < later.version, "migrations out of order at \(later.version)")
        }
        let known = migrations.last?.version ?? 0
        // A cheap look first, so opening an up-to-date database takes no write lock.
        let seen = try version(of: db)
        if seen > known { throw SchemaTooNewError(found: seen, known: known) }
        guard seen < known else { return [] }
        // Every missing step under one write lock, reading the version inside it: several
        // processes opening a new file at once queue here, the first applies them all, and the
        // others find nothing left. (One lock per step let eight processes take turns through
        // sixteen steps, and a loaded machine left one of them waiting past the busy timeout.)
        return try db.transaction { () throws -> [Int] in
            var applied: [Int] = []
            let current = try version(of: db)
            if current > known { throw SchemaTooNewError(found: current, known: known) }
            for step in migrations where step.version > current {
                try db.executeScript(step.sql)
                try step.then?(db)
                try db.sql.recordMigration(step, in: db, at: Clock.timestamp())
                applied.append(step.version)
            }
            return applied
        }
    }

    /// The schema version recorded in the database (0 for a new one).
    public static func version(of db: Database) throws -> Int {
        try db.sql.schemaVersion(db)
    }
}

/// A database opened read-only (a read-only file, folder or disk) is at an older schema than
/// this tool reads, and upgrading it needs to write.
public struct ReadOnlyUpgradeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var found: Int
    public var needed: Int
    public var description: String {
        "the database is at schema version \(found) and this tool needs version \(needed), "
            + "but the file is read-only: run any command that writes on a writable copy first"
    }
}
