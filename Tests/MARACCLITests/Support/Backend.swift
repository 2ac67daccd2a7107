import Foundation
import MARACTestSupport
import Testing

/// The backends a binary suite runs on: `@Test(arguments: Backend.all)`.
///
/// PostgreSQL is included when `MARAC_TEST_PG` names a server or `MARAC_TEST_PG_REQUIRED=1`
/// (CI) says one must be there: then a missing server fails the PostgreSQL cases instead of
/// skipping them. Elsewhere they are left out with a message.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgreSQL = "postgresql"

    var testDescription: String { rawValue }

    /// SQLite always; PostgreSQL when a server is configured or required.
    static var all: [Backend] {
        if PostgresServer.shouldRun { return [.sqlite, .postgreSQL] }
        noteSkipped
        return [.sqlite]
    }

    /// Only PostgreSQL (empty when it is neither configured nor required).
    static var server: [Backend] { all.filter { $0 == .postgreSQL } }

    private static let noteSkipped: Void = print(
        "note: PostgreSQL cases of the binary suites skipped: set MARAC_TEST_PG to run them")
}

/// A fresh database for one test of the binary: a SQLite file in a temporary folder, or a new
/// database on the test server, removed when the value goes away.
final class BinaryDatabase {
    let backend: Backend
    /// What `--db` is given.
    let location: String
    /// A temporary folder for the test's files (the SQLite file lives here).
    let folder: URL
    /// The server database, on PostgreSQL.
    let server: ServerDatabase?

    init(_ backend: Backend) throws {
        self.backend = backend
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-binary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            server = nil
            location = folder.appendingPathComponent("test.sqlite").path
        case .postgreSQL:
            // As a partnership would: the owner sets the server up and adds a coordinator,
            // who then runs the commands as their own login role.
            let server = try ServerDatabase()
            self.server = server
            let initialised = try BinaryTests.run(["--db", server.uri(), "server", "init"])
            guard initialised.status == 0 else {
                throw PostgresServer.Unavailable(
                    description: "server init failed: \(initialised.stderr)")
            }
            let coordinator = try server.createLogin("coordinator")
            let added = try BinaryTests.run([
                "--db", server.uri(), "user", "add", coordinator, "--role", "coordinator",
            ])
            guard added.status == 0 else {
                throw PostgresServer.Unavailable(description: "user add failed: \(added.stderr)")
            }
            location = server.uri(as: coordinator)
        }
    }

    /// The environment of a user of this database: `MARAC_USER` for a file; on a server the
    /// role connected is the user, and `MARAC_USER` would be refused.
    func environment(user: String, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = extra
        if backend == .sqlite { environment["MARAC_USER"] = user }
        return environment
    }

    /// The acting user as the database records it: `user` on a file, the role on a server.
    func recordedUser(_ user: String) -> String {
        backend == .sqlite ? user : PostgresServer.role(of: location)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension PostgresServer {
    /// The `user=` of a URI (the test server's superuser).
    static func role(of uri: String) -> String {
        let query = uri.split(separator: "?").dropFirst().first ?? ""
        for parameter in query.split(separator: "&") where parameter.hasPrefix("user=") {
            return String(parameter.dropFirst("user=".count))
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "postgres"
    }
}
