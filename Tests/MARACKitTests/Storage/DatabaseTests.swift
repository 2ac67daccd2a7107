import Testing

@testable import MARACKit

@Suite("SQLite wrapper")
struct DatabaseTests {
    @Test("Values round-trip through bound parameters and columns")
    func roundTrip() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        try db.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            [42, 2.5, "Robert'); DROP TABLE t;--", [UInt8]([0, 1, 255]), String?.none])
        let row = try #require(try db.row("SELECT i, r, s, b, n FROM t"))
        #expect(try row[0] as Int == 42)
        #expect(try row[1] as Double == 2.5)
        #expect(try row[2] as String == "Robert'); DROP TABLE t;--")
        #expect(row.values[3] == .blob([0, 1, 255]))
        #expect(try row[4] as String? == nil)
    }

    @Test("A failing statement reports SQLite's code and the SQL, not the bound values")
    func errorsCarryCodeAndSQL() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(name TEXT NOT NULL UNIQUE)")
        try db.execute("INSERT INTO t VALUES (?)", ["Alice Secret"])
        let error = try #require(throws: StorageError.self) {
            try db.execute("INSERT INTO t VALUES (?)", ["Alice Secret"])
        }
        #expect(error.code == .constraintUnique)
        #expect(error.isConstraint)
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(!error.description.contains("Alice"))
    }

    @Test("A transaction that throws leaves nothing behind; nested ones roll back alone")
    func transactions() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)")
            try? db.transaction {
                try db.execute("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        #expect(try db.rows("SELECT x FROM t").map { try $0[0] as Int } == [1])
    }

    @Test("A new database file is private, in WAL mode, with foreign keys on")
    func connectionDefaults() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("new.sqlite")
        let db = try Database(path: path)
        #expect(try db.scalar("PRAGMA journal_mode", as: String.self) == "wal")
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test("Double-quoted strings are identifiers, not string literals")
    func noDoubleQuotedStrings() throws {
        let db = try Database(path: ":memory:")
        #expect(throws: StorageError.self) { try db.execute("SELECT \"not a column\"") }
    }

    @Test("Backup copies a database in use to a private file")
    func backup() throws {
        let directory = TemporaryDirectory()
        let db = try Database(path: directory.file("a.sqlite"))
        try db.execute("CREATE TABLE t(x)")
        try db.execute("INSERT INTO t VALUES (7)")
        try db.backup(to: directory.file("b.sqlite"))
        let copy = try Database(path: directory.file("b.sqlite"))
        #expect(try copy.scalar("SELECT x FROM t", as: Int.self) == 7)
        var info = stat()
        stat(directory.file("b.sqlite"), &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }
}

#if canImport(Glibc)
    import Glibc
#endif
