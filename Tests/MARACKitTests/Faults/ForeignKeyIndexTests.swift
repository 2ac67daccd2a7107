import Testing

@testable import MARACKit

/// Issue 17, item 7: every foreign key must lead an index.
///
/// `retention purge` scanned `referral` once per deleted victim because the
/// `previous_referral_id` foreign key had no index.
@Suite("Faults: an index on every foreign key")
struct ForeignKeyIndexTests {
    /// `table.column` of every foreign key whose first column leads no index (the rowid of a
    /// SQLite table, `INTEGER PRIMARY KEY`, counts as one).
    static func unindexedForeignKeys(_ db: Database) throws -> [String] {
        let sql =
            db.dialect == .sqlite
            ? """
            WITH fk AS (
                SELECT m.name AS t, f."from" AS c FROM sqlite_schema m,
                    pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.seq = 0),
            leading AS (
                SELECT m.name AS t, i.name AS c FROM sqlite_schema m, pragma_index_list(m.name) l,
                    pragma_index_info(l.name) i WHERE m.type = 'table' AND i.seqno = 0
                UNION ALL
                SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p
                WHERE m.type = 'table' AND p.pk = 1 AND lower(p.type) = 'integer'
                    AND (SELECT count(*) FROM pragma_table_info(m.name) q WHERE q.pk > 0) = 1)
            SELECT t || '.' || c FROM fk
            WHERE NOT EXISTS (SELECT 1 FROM leading WHERE leading.t = fk.t AND leading.c = fk.c)
            ORDER BY 1
            """
            : """
            SELECT c.conrelid::regclass::text || '.' || a.attname FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_class r ON r.oid = c.conrelid
            WHERE c.contype = 'f' AND r.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_index i
                              WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
            ORDER BY 1
            """
        return try db.rows(sql).map { try $0[0] as String }
    }

    /// How many foreign keys the schema has, so the check above cannot pass on an empty list.
    static func foreignKeyCount(_ db: Database) throws -> Int {
        let sql =
            db.dialect == .sqlite
            ? """
            SELECT count(*) FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f.seq = 0
            """
            : """
            SELECT count(*) FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
            WHERE c.contype = 'f' AND r.relnamespace = current_schema()::regnamespace
            """
        return try db.scalar(sql, as: Int.self) ?? 0
    }

    @Test("Every foreign-key column leads an index, on both backends", arguments: Backend.all)
    func everyForeignKeyIndexed(_ backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try Migrator.migrate(db)
        #expect(try Self.foreignKeyCount(db) > 30)
        #expect(try Self.unindexedForeignKeys(db) == [])
    }

    @Test(
        "Before step 16 the check finds the foreign keys without an index", arguments: Backend.all)
    func checkSeesMissingIndexes(_ backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try Migrator.migrate(db, to: db.sql.migrations.filter { $0.version < 16 })
        let missing = try Self.unindexedForeignKeys(db)
        #expect(missing.contains { $0.hasSuffix("referral.previous_referral_id") })
        #expect(missing.count == 8)
    }
}
