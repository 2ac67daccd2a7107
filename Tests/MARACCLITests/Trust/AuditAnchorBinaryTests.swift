import Foundation
import MARACKit
import MARACTestSupport
import Testing

/// The end of the audit chain, anchored outside the database: `audit verify` prints the
/// chain's length and head, exported documents carry them, and `--expect`/`--against` show
/// the tampering the chain cannot show by itself (issue 17, item 3), on both backends.
@Suite("Audit chain anchors")
struct AuditAnchorBinaryTests {
    /// A database with the demo area and minutes, agenda and action plan exported in all
    /// three formats, and the head `audit verify --json` printed after the exports.
    struct Exported {
        let db: BinaryDatabase
        let documents: [String]
        let entries: Int
        let head: String
    }

    func exported(_ backend: Backend) throws -> Exported {
        let db = try BinaryDatabase(backend)
        let env = db.environment(user: "coordinator")
        let demo = try BinaryTests.run(["--db", db.location, "demo"], environment: env)
        try #require(demo.status == 0, "\(demo.stderr)")
        var documents: [String] = []
        for (words, name) in [
            (["export", "minutes", "1"], "minutes.odt"), (["export", "agenda", "2"], "agenda.xml"),
            (["export", "action-plan", "R1"], "plan.fodt"),
        ] {
            let path = db.folder.appendingPathComponent(name).path
            let result = try BinaryTests.run(
                ["--db", db.location] + words + ["--to", path], environment: env)
            try #require(result.status == 0, "\(result.stderr)")
            documents.append(path)
        }
        let verify = try BinaryTests.run(
            ["--db", db.location, "--json", "audit", "verify"], environment: env)
        try #require(verify.status == 0, "\(verify.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? Int)
        let head = try #require(json["head"] as? String)
        return Exported(db: db, documents: documents, entries: entries, head: head)
    }

    func verify(_ db: BinaryDatabase, _ extra: [String] = []) throws -> BinaryTests.Result {
        try BinaryTests.run(
            ["--db", db.location, "audit", "verify"] + extra,
            environment: db.environment(user: "coordinator"))
    }

    @Test("verify prints the length and head; every export carries its own", arguments: Backend.all)
    func anchorsPrintedAndCarried(_ backend: Backend) throws {
        let setup = try exported(backend)
        let plain = try verify(setup.db)
        #expect(plain.status == 0)
        #expect(
            plain.stdout.contains(
                "\(setup.entries) entries verified; head \(setup.entries):\(setup.head)"))
        // The last export's document carries the chain's end with its own entry.
        let last = try AuditAnchor(documentAt: setup.documents[2])
        #expect(last == AuditAnchor(entries: setup.entries, head: setup.head))
        var arguments: [String] = [
            "--expect", setup.head, "--expect", "\(setup.entries):\(setup.head)",
        ]
        for document in setup.documents { arguments += ["--against", document] }
        let anchored = try verify(setup.db, arguments)
        #expect(anchored.status == 0, "\(anchored.stderr)")
        #expect(anchored.stdout.components(separatedBy: "\n  holds ").count == 6)
        // Entries recorded after the anchor do not break it.
        let later = try BinaryTests.run(
            [
                "--db", setup.db.location, "agency", "add", "XTRA", "--name", "Extra", "--sector",
                "police",
            ],
            environment: setup.db.environment(user: "coordinator"))
        #expect(later.status == 0, "\(later.stderr)")
        #expect(try verify(setup.db, arguments).status == 0)
    }

    @Test(
        "Entries deleted from the end, the head row rewritten to match: caught by an anchor",
        arguments: Backend.all)
    func tailTruncation(_ backend: Backend) throws {
        let setup = try exported(backend)
        let keep = setup.entries - 2
        let rows = try Tamper(setup.db).entries()
        try Tamper(setup.db).run(
            sqlite: """
                DROP TRIGGER audit_log_no_delete;
                DELETE FROM audit_log WHERE id > \(keep);
                UPDATE audit_head SET entries = \(keep), hash = '\(rows[keep - 1].hash)';
                """,
            postgreSQL: """
                ALTER TABLE audit_log DISABLE TRIGGER USER;
                ALTER TABLE audit_head DISABLE TRIGGER USER;
                DELETE FROM audit_log WHERE id > \(keep);
                UPDATE audit_head SET entries = \(keep), hash = '\(rows[keep - 1].hash)';
                """)
        // The chain alone cannot tell: this is what the anchor is for.
        let alone = try verify(setup.db)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.contains("\(keep) entries verified"))
        let expected = try verify(setup.db, ["--expect", setup.head])
        #expect(expected.status == 1)
        #expect(expected.stderr.contains("does not hold the expected head"))
        for document in setup.documents.suffix(2) {
            let against = try verify(setup.db, ["--against", document])
            #expect(against.status == 1, "\(document)")
            #expect(against.stderr.contains("entries were cut from the end"), "\(against.stderr)")
        }
        // The minutes were exported before the cut entries: they still hold.
        #expect(try verify(setup.db, ["--against", setup.documents[0]]).status == 0)
    }

    @Test(
        "A stretch rewritten with its hashes recomputed: caught by an anchor",
        arguments: Backend.all)
    func recomputedStretch(_ backend: Backend) throws {
        let setup = try exported(backend)
        let tamper = try Tamper(setup.db)
        var rows = try tamper.entries()
        let from = setup.entries - 6
        var statements = ""
        for index in (from - 1)..<rows.count {
            if index == from - 1 { rows[index].summary = "nothing happened here" }
            let previous = index == 0 ? AuditEntry.genesis : rows[index - 1].hash
            rows[index].previousHash = previous
            rows[index].hash = AuditEntry.hash(
                previous: previous, at: rows[index].at, user: rows[index].user,
                command: rows[index].command, entity: rows[index].entity,
                entityID: rows[index].entityID, summary: rows[index].summary)
            statements += """
                UPDATE audit_log SET summary = \(literal(rows[index].summary)), \
                previous_hash = '\(previous)', hash = '\(rows[index].hash)' WHERE id = \(rows[index].id);

                """
        }
        statements += "UPDATE audit_head SET hash = '\(rows[rows.count - 1].hash)';\n"
        try tamper.run(
            sqlite: "DROP TRIGGER audit_log_no_update;\n" + statements,
            postgreSQL: "ALTER TABLE audit_log DISABLE TRIGGER USER;\n"
                + "ALTER TABLE audit_head DISABLE TRIGGER USER;\n" + statements)
        let alone = try verify(setup.db)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(!alone.stdout.contains(setup.head))
        let expected = try verify(setup.db, ["--expect", "\(setup.entries):\(setup.head)"])
        #expect(expected.status == 1)
        #expect(expected.stderr.contains("rewritten"), "\(expected.stderr)")
        let against = try verify(setup.db, ["--against", setup.documents[2]])
        #expect(against.status == 1)
        #expect(against.stderr.contains("rewritten"), "\(against.stderr)")
    }

    @Test(
        "An emptied audit log on a database with records is broken, not intact",
        arguments: Backend.all)
    func emptiedChain(_ backend: Backend) throws {
        let setup = try exported(backend)
        try Tamper(setup.db).run(
            sqlite: """
                DROP TRIGGER audit_log_no_delete;
                DELETE FROM audit_log;
                UPDATE audit_head SET entries = 0, hash = '\(AuditEntry.genesis)';
                """,
            postgreSQL: """
                ALTER TABLE audit_log DISABLE TRIGGER USER;
                ALTER TABLE audit_head DISABLE TRIGGER USER;
                DELETE FROM audit_log;
                UPDATE audit_head SET entries = 0, hash = '\(AuditEntry.genesis)';
                """)
        let result = try verify(setup.db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the audit log is empty but the database holds records"))
        #expect(!result.stdout.contains("intact"))
    }

    @Test("--against a file that is no export, and a malformed --expect, are refused clearly")
    func badAnchors() throws {
        let db = try BinaryDatabase(.sqlite)
        let env = db.environment(user: "coordinator")
        #expect(try BinaryTests.run(["--db", db.location, "init"], environment: env).status == 0)
        let text = db.folder.appendingPathComponent("notes.xml").path
        try Data("<notes/>".utf8).write(to: URL(fileURLWithPath: text))
        let against = try verify(db, ["--against", text])
        #expect(against.status == 1)
        #expect(against.stderr.contains("carries no audit anchor"))
        let expect = try verify(db, ["--expect", "Qzcanary"])
        #expect(expect.status != 0)
        #expect(expect.stderr.contains("--expect"))
        #expect(!expect.stderr.contains("Qzcanary"))
    }
}

/// SQL literal for `text` (both dialects: standard quoting).
private func literal(_ text: String) -> String {
    "'" + text.replacing("'", with: "''") + "'"
}

/// Tampering with a database as someone with the file, or the server's superuser, would.
struct Tamper {
    let db: BinaryDatabase

    init(_ db: BinaryDatabase) throws { self.db = db }

    /// Every audit entry, in order, read with `sqlite3` or `psql`.
    func entries() throws -> [AuditEntry] {
        let columns = """
            'id', id, 'at', at, 'user', "user", 'command', command, 'entity', entity,
            'entityID', entity_id, 'summary', summary, 'previousHash', previous_hash, 'hash', hash
            """
        let json: String
        switch db.backend {
        case .sqlite:
            json = try sqlite3(
                "SELECT json_group_array(json_object(\(columns))) FROM "
                    + "(SELECT * FROM audit_log ORDER BY id);")
        case .postgreSQL:
            json = try #require(db.server).query(
                "SELECT json_agg(json_build_object(\(columns)) ORDER BY id) FROM audit_log;"
            ).joined()
        }
        return try JSONDecoder().decode([AuditEntry].self, from: Data(json.utf8))
    }

    /// Runs `sqlite` on a file with the `sqlite3` shell, or `postgreSQL` as the superuser.
    func run(sqlite: String, postgreSQL: String) throws {
        switch db.backend {
        case .sqlite: _ = try sqlite3(sqlite)
        case .postgreSQL: try #require(db.server).query(postgreSQL)
        }
    }

    private func sqlite3(_ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-batch", db.location]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.feed(sql)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sqlite3 failed on \(sql)")
        return String(decoding: data, as: UTF8.self)
    }
}
