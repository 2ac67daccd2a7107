/// The statements that differ between SQLite and PostgreSQL: everything else is written once.
///
/// Each dialect is one enum conforming to this protocol, in its own file; ``Dialect/statements``
/// picks one. Aggregates ask for a divergent statement here rather than testing the dialect.
protocol SQLDialect {
    /// Starts the outermost transaction holding the write lock at once.
    static var beginWriteTransaction: String { get }

    /// An aggregate joining `expression` over a group with commas, in `order`.
    static func commaList(_ expression: String, orderedBy order: String) -> String

    /// The 1-based position of `needle` in `haystack` (0 when absent), both SQL expressions.
    static func position(of needle: String, in haystack: String) -> String

    /// The schema's migrations for this dialect, oldest first.
    static var migrations: [Migration] { get }

    /// The schema version the database records (0 for a new one).
    static func schemaVersion(_ db: Database) throws -> Int

    /// Records that `step` has been applied, inside its transaction.
    static func recordMigration(_ step: Migration, in db: Database, at time: String) throws

    /// Runs `body` with settings for a bulk load of many rows (bench seed, case import).
    static func withBulkLoadSettings<T>(_ db: Database, _ body: () throws -> T) throws -> T

    /// Runs `body` with settings for `bench seed`'s synthetic load, restored after; `body` is
    /// told what those settings leave to it.
    static func withSeedSettings<T>(
        _ db: Database, _ body: (SeedSettings) throws -> T
    ) throws -> T
}

/// What a dialect's seed settings leave to the seed itself.
struct SeedSettings {
    /// Whether the load runs with triggers off (PostgreSQL's `session_replication_role =
    /// replica`, open to a superuser only): no foreign-key checks, no id triggers and no audit
    /// chain trigger, so the seed numbers every row and moves the chain's head itself.
    var triggersOff = false
}

extension Dialect {
    /// This dialect's divergent statements.
    var statements: any SQLDialect.Type {
        switch self {
        case .sqlite: SQLiteDialect.self
        case .postgreSQL: PostgreSQLDialect.self
        }
    }
}
