import Dispatch
import Foundation
import Testing

@testable import MARACKit

@Suite("Storage on both backends")
struct PostgreSQLDriverTests {
    @Test(
        "Placeholders become $n outside literals, identifiers and comments",
        arguments: [
            ("SELECT ?, ?", "SELECT $1, $2", 2),
            ("WHERE a = ?1 OR b = ?1 LIMIT ?2", "WHERE a = $1 OR b = $1 LIMIT $2", 2),
            ("WHERE a >= ?1 LIMIT ?5", "WHERE a >= $1 LIMIT $5", 5),
            ("SELECT '?', \"a?\", ? -- ?\n, ?", "SELECT '?', \"a?\", $1 -- ?\n, $2", 2),
            ("SELECT 'it''s ?' /* ? */ || ?", "SELECT 'it''s ?' /* ? */ || $1", 1),
        ])
    func placeholders(row: (String, String, Int)) {
        let (sql, expected, count) = row
        let rewritten = Placeholders.dollarNumbered(sql)
        #expect(rewritten.sql == expected)
        #expect(rewritten.count == count)
    }

    @Test("Values round-trip through a typed row; a wrong type throws", arguments: Backend.all)
    func roundTrip(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try db.executeScript(
            "CREATE TABLE t(i bigint, r double precision, s text, d text, b "
                + (backend == .sqlite ? "blob" : "bytea") + ", n text)")
        try db.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)",
            [
                Int64.max, 2.5, "Robert'); DROP TABLE t;-- é ✓", day("2026-02-28"),
                [UInt8]([0, 1, 255]), String?.none,
            ])
        let row = try #require(try db.row("SELECT i, r, s, d, b, n, i > 0 FROM t"))
        #expect(try row[0] as Int64 == .max)
        #expect(try row[1] as Double == 2.5)
        #expect(try row[2] as String == "Robert'); DROP TABLE t;-- é ✓")
        #expect(try row[3] as Day == day("2026-02-28"))
        #expect(try row[4] as [UInt8] == [0, 1, 255])
        #expect(try row[5] as String? == nil)
        #expect(try row[6] as Bool == true)
        let error = #expect(throws: RowDecodingError.self) { try row[2] as Int }
        #expect(error?.description.contains("Robert") == false)
        #expect(throws: RowDecodingError.self) { try row[3] as Int }
        #expect(try db.scalar("SELECT sum(i) - sum(i) FROM t", as: Int.self) == 0)
        #expect(try db.scalar("SELECT avg(r) FROM t", as: Double.self) == 2.5)
    }

    @Test(
        "A constraint failure names the SQL and never the bound values", arguments: Backend.all)
    func constraintError(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try db.executeScript("CREATE TABLE t(name text NOT NULL UNIQUE)")
        try db.execute("INSERT INTO t VALUES (?)", ["Alice Secret"])
        let error = try #require(throws: StorageError.self) {
            try db.execute("INSERT INTO t VALUES (?)", ["Alice Secret"])
        }
        #expect(error.isConstraint)
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(!error.description.contains("Alice"))
        if backend == .postgreSQL { #expect(error.sqlState == "23505") }
    }

    @Test("Text with a NUL byte is kept whole or refused, never cut short", arguments: Backend.all)
    func nulByte(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try db.executeScript("CREATE TABLE t(s text)")
        let text = "before\u{0}after"
        do {
            try db.execute("INSERT INTO t VALUES (?)", [text])
            #expect(try db.scalar("SELECT s FROM t", as: String.self) == text)
        } catch let error as StorageError {
            #expect(backend == .postgreSQL, "SQLite keeps a NUL: \(error)")
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        }
    }

    @Test(
        "A transaction the server aborts for a serialisation failure runs again, then commits once",
        arguments: Backend.all)
    func retriedThenCommitted(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try db.executeScript("CREATE TABLE t(x bigint)")
        var attempts = 0
        try db.transaction {
            attempts += 1
            try db.execute("INSERT INTO t VALUES (?)", [attempts])
            if attempts < 3 {
                throw StorageError(
                    code: .error, message: "could not serialize access", sqlState: "40001")
            }
        }
        #expect(attempts == 3)
        #expect(try db.rows("SELECT x FROM t").map { try $0[0] as Int } == [3])
    }

    @Test(
        "A transaction aborted every time is given up after a bounded number of attempts",
        arguments: Backend.all)
    func retriesBounded(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try db.executeScript("CREATE TABLE t(x bigint)")
        var attempts = 0
        let error = #expect(throws: ConcurrencyError.self) {
            try db.transaction {
                attempts += 1
                try db.execute("INSERT INTO t VALUES (1)")
                throw StorageError(code: .error, message: "deadlock detected", sqlState: "40P01")
            }
        }
        #expect(attempts == Database.maximumAttempts)
        #expect(
            error?.description.hasPrefix("the command deadlocked with other users' changes") == true
        )
        #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }

    @Test(
        "A real deadlock on the server: the command is chosen, rolled back, run again and wins",
        arguments: Backend.server)
    func realDeadlock(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        try db.executeScript(
            "CREATE TABLE t(id bigint PRIMARY KEY, v bigint); INSERT INTO t VALUES (1, 0), (2, 0)")
        // The other client holds row 2 and, once told, asks for row 1.
        let location = test.location
        let holding = DispatchSemaphore(value: 0)
        let askForRowOne = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let other = Thread {
            defer { finished.signal() }
            guard let other = try? Database(path: location) else { return }
            // It waits long before looking for deadlocks, so the command is the one chosen.
            try? other.executeScript(
                "SET deadlock_timeout = '10s'; BEGIN; UPDATE t SET v = v + 10 WHERE id = 2")
            holding.signal()
            askForRowOne.wait()
            try? other.executeScript("UPDATE t SET v = v + 10 WHERE id = 1; COMMIT")
        }
        other.start()
        holding.wait()
        try db.executeScript("SET deadlock_timeout = '100ms'")
        var attempts = 0
        try db.transaction {
            attempts += 1
            try db.execute("UPDATE t SET v = v + 1 WHERE id = 1")
            if attempts == 1 {
                askForRowOne.signal()
                usleep(300_000)  // the other client is now waiting for row 1
            }
            try db.execute("UPDATE t SET v = v + 1 WHERE id = 2")
        }
        finished.wait()
        #expect(attempts == 2)
        #expect(try db.rows("SELECT v FROM t ORDER BY id").map { try $0[0] as Int } == [11, 11])
    }

    @Test(
        "A statement the role has no right to run is refused in one sentence",
        arguments: Backend.server)
    func permissionDenied(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let db = try Database(path: test.location)
        let role = "marac_norights_\(UInt32.random(in: 0...UInt32.max))"
        let schema = try #require(try db.scalar("SELECT current_schema()", as: String.self))
        try db.executeScript(
            "CREATE TABLE t(name text); INSERT INTO t VALUES ('Victim Name'); "
                + "CREATE ROLE \(role); GRANT USAGE ON SCHEMA \(schema) TO \(role)")
        defer { try? db.executeScript("RESET ROLE; DROP OWNED BY \(role); DROP ROLE \(role)") }
        try db.executeScript("SET ROLE \(role)")
        let error = try #require(throws: StorageError.self) {
            try db.rows("SELECT name FROM t WHERE name = ?", ["Victim Name"])
        }
        try db.executeScript("RESET ROLE")
        #expect(error.isPermissionDenied)
        #expect(error.description.hasPrefix("the database server does not let your role do this"))
        #expect(!error.description.contains("Victim"))
        #expect(!error.description.contains("\n"))
    }
}
