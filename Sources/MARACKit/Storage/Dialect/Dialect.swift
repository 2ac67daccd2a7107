/// The SQL a database speaks: SQLite for a file, PostgreSQL for a server.
///
/// Aggregates write their SQL once, in the subset both understand, with `?` placeholders (the
/// PostgreSQL driver rewrites them to `$n`). The few statements that differ are chosen here,
/// one place per dialect: `SQLiteDialect.swift` and `PostgreSQLDialect.swift`.
public enum Dialect: String, Sendable, Equatable, CaseIterable {
    /// SQLite 3, an embedded file.
    case sqlite
    /// PostgreSQL 15 or later, through libpq.
    case postgreSQL = "postgresql"
}
