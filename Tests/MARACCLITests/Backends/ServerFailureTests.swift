import Foundation
import MARACTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// How `marac` fails against a server it cannot use: one sentence on standard error, exit 1,
/// no stack, nothing of the URI's secrets or of the records.
@Suite("Failures of a PostgreSQL server, through the marac binary")
struct ServerFailureTests {
    /// Checks that `result` failed with exactly one line, `error: <prefix>…`.
    func expectOneSentence(
        _ result: BinaryTests.Result, startingWith prefix: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(
            result.stderr.hasPrefix("error: " + prefix), "\(result.stderr)",
            sourceLocation: sourceLocation)
        for leak in ["Backtrace", "Fatal error", "0x", "secret", ".s.PGSQL"] {
            #expect(!result.stderr.contains(leak), "\(leak)", sourceLocation: sourceLocation)
        }
    }

    @Test("A server that is not running: one sentence saying so")
    func serverDown() throws {
        let empty = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-no-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try BinaryTests.run([
            "--db", "postgresql://someone:secret@/marac?host=\(empty.path)", "case", "list",
        ])
        expectOneSentence(result, startingWith: "cannot reach the database server")
    }

    @Test("--user and MARAC_USER are refused on a server, with the reason")
    func userRefused() throws {
        let uri = "postgresql:///marac?host=/nonexistent"
        for result in [
            try BinaryTests.run(["--db", uri, "--user", "coordinator", "case", "list"]),
            try BinaryTests.run(["--db", uri, "case", "list"], environment: ["MARAC_USER": "x"]),
        ] {
            expectOneSentence(
                result, startingWith: "on a PostgreSQL server the acting user is the role")
        }
    }

    @Test("A wrong password: one sentence, the password never echoed", arguments: Backend.server)
    func wrongPassword(backend: Backend) throws {
        let base = try PostgresServer.requireURI()
        // .ci/run puts `local all marac_pw_test scram-sha-256` first in pg_hba.conf.
        let made = try PostgresServer.psql(
            base,
            """
            DO $$ BEGIN CREATE ROLE marac_pw_test LOGIN;
            EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            ALTER ROLE marac_pw_test PASSWORD 'the-right-one';
            """)
        #expect(made.status == 0, "\(made.stderr)")
        let uri =
            PostgresServer.uri(base, database: "postgres", user: "marac_pw_test")
            + "&password=secret-but-wrong"
        let result = try BinaryTests.run(["--db", uri, "case", "list"])
        expectOneSentence(result, startingWith: "the database server refused the password")
    }

    @Test(
        "A role without rights on the schema: one sentence naming what was refused",
        arguments: Backend.server)
    func roleWithoutRights(backend: Backend) throws {
        let database = try BinaryDatabase(backend)
        let built = try BinaryTests.run(
            ["--db", database.location, "demo"], directory: database.folder)
        #expect(built.status == 0, "\(built.stderr)")
        let server = try #require(database.server)
        let nobody = try server.createLogin("marac_nobody")
        let refused = try BinaryTests.run(["--db", server.uri(as: nobody), "case", "list"])
        expectOneSentence(
            refused, startingWith: "the database server does not let this role use the database")
        // Let in, but granted nothing: the first statement is refused, in one sentence.
        try server.query("GRANT CONNECT ON DATABASE \(server.name) TO \(nobody);")
        let result = try BinaryTests.run(["--db", server.uri(as: nobody), "case", "list"])
        expectOneSentence(result, startingWith: "this role sees no MARAC & DHR schema")
        #expect(!result.stderr.contains("Demo"))
    }

    @Test("A TLS connection the server refuses (sslmode=require): one sentence")
    func tlsRefused() throws {
        let server = try RefusingTLSServer()
        let result = try BinaryTests.run([
            "--db",
            "postgresql://someone:secret@127.0.0.1:\(server.port)/marac?sslmode=require&connect_timeout=5",
            "case", "list",
        ])
        expectOneSentence(result, startingWith: "the database server refused the TLS connection")
    }

    @Test(
        "A client killed in the middle of a command leaves all of it or none of it",
        arguments: Backend.all)
    func killedMidCommand(backend: Backend) throws {
        let database = try BinaryDatabase(backend)
        let environment = database.environment(user: "coordinator", ["MARAC_TODAY": "2026-11-27"])
        let setup = try BinaryTests.run(
            [
                "--db", database.location, "agency", "add", "POL", "--name", "Police", "--sector",
                "police",
            ],
            environment: environment)
        #expect(setup.status == 0, "\(setup.stderr)")
        let rows = 3000
        var csv = "victim,dob,by,date,dash\n"
        for index in 1...rows { csv += "Person \(index),1980-01-01,POL,2026-11-01,15\n" }
        let file = database.folder.appendingPathComponent("cases.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
        process.arguments = ["--db", database.location, "case", "import", file.path]
        var env = ProcessInfo.processInfo.environment
        env["MARAC_DB"] = nil
        env["MARAC_USER"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(700_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let list = try BinaryTests.run(
            [
                "--db", database.location, "--json", "report", "data-return", "--from",
                "2026-01-01", "--to", "2026-12-31",
            ],
            environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        let cases = try BinaryTests.run(
            ["--db", database.location, "case", "list", "--limit", "5000"],
            environment: environment)
        let referred = cases.stdout.split(separator: "\n").filter { $0.contains("C-0") }.count
        #expect(referred == 0 || referred == rows, "\(referred) of \(rows) referrals were saved")
        let verify = try BinaryTests.run(
            ["--db", database.location, "audit", "verify"], environment: environment)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}

/// A TCP listener on 127.0.0.1 that answers a client's TLS request with PostgreSQL's "no"
/// (`N`), as a server without TLS does, then closes.
final class RefusingTLSServer {
    let port: UInt16
    private let socket: Int32

    init() throws {
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 4) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(listener, $0, &length)
            }
        }
        port = UInt16(bigEndian: address.sin_port)
        socket = listener
        Thread {
            // libpq may try twice (with and without TLS under sslmode=prefer); answer each.
            for _ in 0..<4 {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { return }
                var request = [UInt8](repeating: 0, count: 8)
                _ = read(client, &request, 8)
                var no: UInt8 = UInt8(ascii: "N")
                _ = write(client, &no, 1)
                usleep(100_000)
                close(client)
            }
        }.start()
    }

    deinit {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }
}
