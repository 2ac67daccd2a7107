import Testing

@testable import MARACKit

@Suite("Migrations")
struct MigrationTests {
    @Test("A fresh database migrates to the latest version and its schema matches the fixture")
    func schemaMatchesFixture() throws {
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db)
        #expect(try Migrator.version(of: db) == Migrations.all.last!.version)
        let schema =
            try db.rows(
                "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type DESC, name"
            ).map { try $0[0] as String }.joined(separator: ";\n\n") + ";\n"
        let fixturePath =
            String(#filePath.dropLast("Storage/MigrationTests.swift".count))
            + "Fixtures/schema.sql"
        let fixture = (try? String(contentsOfFile: fixturePath, encoding: .utf8)) ?? ""
        if schema != fixture {
            // Leave the actual schema beside the fixture so a deliberate change is one `mv` away.
            try schema.write(toFile: fixturePath + ".actual", atomically: true, encoding: .utf8)
        }
        #expect(schema == fixture, "the schema changed: append a migration, then update schema.sql")
    }

    @Test("A database made by the first migration opens and upgrades to the latest")
    func upgradesFromFirstStep() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("old.sqlite")
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, to: Array(Migrations.all.prefix(1)))
            try db.execute(
                "INSERT INTO agency(code, name, sector, created_at, created_by) VALUES ('POL', 'Police', 'police', 'now', 'test')"
            )
        }
        let workbench = try Workbench(path: path, user: "tester")
        #expect(try workbench.agencies().map(\.code) == ["POL"])
        let db = try Database(path: path)
        #expect(try Migrator.version(of: db) == Migrations.all.last!.version)
        #expect(try Migrator.migrate(db).isEmpty)
    }

    @Test("A database from a newer tool is refused")
    func newerRefused() throws {
        let db = try Database(path: ":memory:")
        try db.execute("PRAGMA user_version = 999")
        #expect(throws: SchemaTooNewError.self) { try Migrator.migrate(db) }
    }
}

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
