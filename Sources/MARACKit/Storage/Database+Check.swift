/// SQL for the database's own health checks.
extension Database {
    /// What the database's own checks report; empty when sound.
    ///
    /// A file: `PRAGMA integrity_check` and `PRAGMA foreign_key_check`. A server keeps its
    /// pages and foreign keys itself, so there the check is that the schema is at the version
    /// this tool knows.
    func integrityProblems() throws -> [String] {
        guard dialect == .sqlite else {
            let version = try Migrator.version(of: self)
            let known = sql.migrations.last?.version ?? 0
            if version == known { return [] }
            return [
                "the server's schema is at version \(version), this tool's at \(known); "
                    + "the database owner should run marac server init"
            ]
        }
        var problems = try rows("PRAGMA integrity_check").map { row -> String in try row[0] }
        if problems == ["ok"] { problems = [] }
        problems += try rows("PRAGMA foreign_key_check").map { row -> String in
            let table: String = try row[0]
            let parent: String = try row[2]
            return "\(table) row refers to a missing \(parent)"
        }
        return problems
    }

    /// Copies a file database, while in use, to a hidden file beside `path` and checks it
    /// (integrity, and every table's row count against the database's); the copy takes the
    /// name `path` (mode 0600) when the returned backup is published.
    ///
    /// Uses SQLite's online backup API; a server is copied with `pg_dump` instead.
    func prepareBackup(to path: String) throws -> PendingBackup {
        guard let sqlite else { throw FileOnlyError.backup }
        return try sqlite.prepareBackup(to: path)
    }

    /// Copies a file database, while in use, to a new file at `path` (mode 0600), checked
    /// before it takes its name (`prepareBackup(to:)`); not audited (`Workbench.backup` is).
    public func backup(to path: String) throws {
        try prepareBackup(to: path).publish()
    }
}

/// A command that only makes sense for a SQLite file was run on a PostgreSQL server.
public enum FileOnlyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `backup`: a server is copied with `pg_dump`.
    case backup

    public var description: String {
        switch self {
        case .backup:
            "backup copies a SQLite file; on a PostgreSQL server use pg_dump "
                + "(for example pg_dump --format=custom --file=marac.dump DBNAME)"
        }
    }
}

extension Database {
    /// Whether a SQLite file at schema version 0 already has tables: another program's
    /// database, which the workbench must not migrate.
    ///
    /// A workbench file another process is migrating right now is not foreign: its first step
    /// creates `schema_migration` in the same transaction as its tables, and this one statement
    /// sees both or neither, however the two reads of the caller interleave with that commit.
    func holdsForeignTables() throws -> Bool {
        guard dialect == .sqlite else { return false }
        return
            (try scalar(
                """
                SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'schema_migration')
                """,
                as: Int.self) ?? 0) > 0
    }
}
