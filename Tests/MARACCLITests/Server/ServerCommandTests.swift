import Foundation
import MARACTestSupport
import Testing

/// `server init`, `user …` on a server and `copy`, through the built `marac` as a user runs
/// them, against a real server.
@Suite(
    "marac on a PostgreSQL server",
    .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
struct ServerCommandTests {
    /// Runs `marac --db db words…` (no `--user`: on a server the user is the login role).
    static func marac(_ db: String, _ words: [String]) throws -> BinaryTests.Result {
        try BinaryTests.run(["--db", db, "--today", "2026-11-25"] + words)
    }

    @Test(
        "server init sets the server up once and again; user add grants existing login roles only")
    func serverInitAndUsers() throws {
        let db = try ServerDatabase()
        let first = try Self.marac(db.uri(), ["server", "init"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("server ready: schema at version"))
        let again = try Self.marac(db.uri(), ["server", "init"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("schema already at version"))

        let ann = try db.createLogin("ann")
        let pol = try db.createLogin("pol")
        let ghost = try Self.marac(
            db.uri(), ["user", "add", "ghost_\(db.tag)", "--role", "coordinator"])
        #expect(ghost.status != 0)
        #expect(ghost.stderr.contains("there is no PostgreSQL login role \"ghost_\(db.tag)\""))
        #expect(
            try Self.marac(db.uri(), ["user", "add", ann, "--role", "coordinator"]).status == 0)

        let asAnn = db.uri(as: ann)
        #expect(
            try Self.marac(
                asAnn, ["agency", "add", "POL", "--name", "Police", "--sector", "police"]
            )
            .status == 0)
        let added = try Self.marac(
            asAnn, ["user", "add", pol, "--role", "agency-rep", "--agency", "POL"])
        #expect(added.status == 0, "\(added.stderr)")
        let list = try Self.marac(asAnn, ["user", "list"])
        #expect(list.stdout.contains("SERVER ROLES"))
        #expect(
            list.stdout.split(separator: "\n").contains {
                $0.contains(pol) && $0.contains("agency-rep") && $0.contains("POL")
                    && $0.contains("marac_agency_rep")
            }, "\(list.stdout)")
        // The representative may not add users: the library says so, and the server too.
        let refused = try Self.marac(db.uri(as: pol), ["user", "add", ann, "--role", "auditor"])
        #expect(refused.status != 0)
        let psql = try db.psql("SELECT marac_set_user('\(ann)', 'auditor', NULL, 't');", as: pol)
        #expect(psql.stderr.contains("permission denied for function marac_set_user"))
        let removed = try Self.marac(asAnn, ["user", "remove", pol])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try db.psql("SELECT 1;", as: pol).stderr.contains("permission denied for database"))

        let file = try Self.marac(
            FileManager.default.temporaryDirectory.path + "/marac-\(db.tag).sqlite",
            ["server", "init"])
        #expect(file.status != 0)
        #expect(file.stderr.contains("server init works on a PostgreSQL server"))
    }

    @Test("copy moves the demo database onto a server and back, audit verify passing on both ends")
    func copyRoundTrip() throws {
        let db = try ServerDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "marac-copy-\(db.tag)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let coordinator = try db.createLogin("coord")
        let file = folder + "/demo.sqlite"
        let demo = try BinaryTests.run(
            ["--db", file, "--user", coordinator, "--today", "2026-11-25", "demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let fileVerify = try BinaryTests.run(
            ["--db", file, "--user", coordinator, "--today", "2026-11-25", "audit", "verify"])
        #expect(fileVerify.status == 0)

        let copied = try Self.marac(db.uri(), ["copy", "--from", file, "--to", db.uri()])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("the audit log is intact on the copy"))
        // Every table holds the same rows on both ends.
        let tables = try db.query(
            """
            SELECT tablename FROM pg_tables WHERE schemaname = 'public'
            AND tablename NOT IN ('schema_migration') ORDER BY 1;
            """)
        for table in tables {
            let onServer = try db.query("SELECT count(*) FROM \(table);").joined()
            let inFile = try sqlite(file, "SELECT count(*) FROM \(table);")
            #expect(
                onServer == inFile, "\(table): \(onServer) on the server, \(inFile) in the file")
        }
        #expect(try db.query("SELECT count(*) > 10 FROM referral;") == ["t"])

        // The demo's coordinator is a login role: granting its group role lets it in.
        let granted = try Self.marac(db.uri(), ["user", "role", coordinator, "coordinator"])
        #expect(granted.status == 0, "\(granted.stderr)")
        let serverVerify = try Self.marac(db.uri(as: coordinator), ["audit", "verify"])
        #expect(serverVerify.status == 0, "\(serverVerify.stderr)")
        #expect(serverVerify.stdout.hasPrefix("the audit log is intact"))

        let back = folder + "/back.sqlite"
        let exported = try Self.marac(db.uri(), ["copy", "--from", db.uri(), "--to", back])
        #expect(exported.status == 0, "\(exported.stderr)")
        let backVerify = try BinaryTests.run(
            ["--db", back, "--user", coordinator, "--today", "2026-11-25", "audit", "verify"])
        #expect(backVerify.status == 0, "\(backVerify.stderr)")
        #expect(backVerify.stdout == serverVerify.stdout)
        #expect(
            try sqlite(back, "SELECT count(*) FROM referral;")
                == (try sqlite(file, "SELECT count(*) FROM referral;")))

        // Neither a server holding records nor an existing file is overwritten.
        let twice = try Self.marac(db.uri(), ["copy", "--from", file, "--to", db.uri()])
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("copy needs an empty database"))
        let overwrite = try Self.marac(db.uri(), ["copy", "--from", db.uri(), "--to", file])
        #expect(overwrite.status != 0)
        #expect(overwrite.stderr.contains("--to"))
    }

    /// One value from the SQLite file at `path`, through the `sqlite3` tool.
    func sqlite(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
