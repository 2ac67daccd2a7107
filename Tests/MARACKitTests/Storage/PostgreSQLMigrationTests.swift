import Testing

@testable import MARACKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

@Suite("PostgreSQL migrations")
struct PostgreSQLMigrationTests {
    @Test("Both backends have the same steps: the same numbers and names, in the same order")
    func sameSteps() {
        #expect(PostgreSQLMigrations.all.map(\.version) == Migrations.all.map(\.version))
        #expect(PostgreSQLMigrations.all.map(\.name) == Migrations.all.map(\.name))
    }

    /// The schema as the catalogue describes it: columns, constraints, indexes, triggers and
    /// functions of the current schema, with the schema's own name taken out.
    static func schemaDump(_ db: Database, schema: String) throws -> String {
        var lines: [String] = []
        for row in try db.rows(
            """
            SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = current_schema()
            ORDER BY table_name, ordinal_position
            """)
        {
            let parts: [String] = try (0..<5).map { try row[$0] }
            lines.append("column \(parts[0]).\(parts[1]) \(parts[2]) null=\(parts[3]) \(parts[4])")
        }
        for row in try db.rows(
            """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2
            """)
        {
            let parts: [String] = try (0..<3).map { try row[$0] }
            lines.append("constraint \(parts[0]).\(parts[1]) \(parts[2])")
        }
        for row in try db.rows(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"
        ) {
            lines.append("index " + (try row[0] as String))
        }
        for row in try db.rows(
            """
            SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
            ORDER BY c.relname, t.tgname
            """)
        {
            lines.append("trigger " + (try row[0] as String))
        }
        for row in try db.rows(
            """
            SELECT p.proname || ' security definer=' || p.prosecdef FROM pg_proc p
            WHERE p.pronamespace = current_schema()::regnamespace ORDER BY 1
            """)
        {
            lines.append("function " + (try row[0] as String))
        }
        return
            lines.joined(separator: "\n").replacingOccurrences(of: schema + ".", with: "")
            + "\n"
    }

    @Test(
        "A fresh server schema migrates to the latest version and matches its fixture",
        arguments: Backend.server)
    func schemaMatchesFixture(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        #expect(try Migrator.migrate(db) == PostgreSQLMigrations.all.map(\.version))
        #expect(try Migrator.version(of: db) == PostgreSQLMigrations.all.last!.version)
        #expect(try Migrator.migrate(db).isEmpty)
        let schema: String = try #require(try db.scalar("SELECT current_schema()"))
        let dump = try Self.schemaDump(db, schema: schema)
        let fixturePath =
            String(#filePath.dropLast("Storage/PostgreSQLMigrationTests.swift".count))
            + "Fixtures/schema-postgresql.sql"
        let fixture = (try? String(contentsOfFile: fixturePath, encoding: .utf8)) ?? ""
        if dump != fixture {
            try dump.write(toFile: fixturePath + ".actual", atomically: true, encoding: .utf8)
        }
        #expect(
            dump == fixture,
            "the schema changed: append a migration, then update schema-postgresql.sql")
    }

    @Test("A server schema newer than the tool is refused", arguments: Backend.server)
    func newerRefused(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try Migrator.migrate(db)
        try db.execute(
            "INSERT INTO schema_migration(version, name, applied_at) VALUES (999, 'future', 'x')")
        #expect(throws: SchemaTooNewError.self) { try Migrator.migrate(db) }
    }
}
