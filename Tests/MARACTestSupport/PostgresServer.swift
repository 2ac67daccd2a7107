import Foundation
public import Testing

/// The PostgreSQL server the server suites run against, named by `MARAC_TEST_PG`.
///
/// `.ci/run` starts a throwaway cluster on a Unix socket and sets `MARAC_TEST_PG` (a libpq URI
/// connecting as a superuser) and `MARAC_TEST_PG_REQUIRED=1`. Without `MARAC_TEST_PG` the
/// server suites are skipped, with that reason, unless the server is required: then they run
/// and fail on the first connection.
///
/// ```swift
/// @Suite(.enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
/// struct ServerTests {
///     @Test func something() throws {
///         let db = try ServerDatabase()
///         _ = try db.psql("SELECT 1")
///     }
/// }
/// ```
public enum PostgresServer {
    public static let environment = ProcessInfo.processInfo.environment

    /// The superuser URI of the test server, if one is configured.
    public static let uri: String? = environment["MARAC_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether a missing server is a failure (CI) rather than a reason to skip.
    public static let isRequired = environment["MARAC_TEST_PG_REQUIRED"] == "1"

    /// Whether the server suites run: a server is configured, or one is required.
    public static let shouldRun = uri != nil || isRequired

    /// Why the server suites did not run.
    public static let skipReason: Comment =
        "no PostgreSQL test server: set MARAC_TEST_PG to a libpq URI of a superuser (.ci/run does)"

    /// The `psql` binary, from `PATH` or Debian's server folder.
    public static let psqlPath: String = {
        let candidates =
            (environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/psql" }
            + ["/usr/lib/postgresql/15/bin/psql"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "psql"
    }()

    /// Why the server cannot be used, thrown when it is required or asked for.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// The configured URI, or an error saying how to configure one.
    public static func requireURI() throws -> String {
        guard let uri else {
            throw Unavailable(
                description:
                    "MARAC_TEST_PG_REQUIRED=1 but MARAC_TEST_PG is not set: no PostgreSQL server to test"
            )
        }
        return uri
    }

    /// `uri` with its database and user replaced (either may be kept with `nil`).
    public static func uri(_ base: String, database: String?, user: String?) -> String {
        let schemeEnd = base.range(of: "://")!.upperBound
        let rest = base[schemeEnd...]
        let queryStart = rest.firstIndex(of: "?") ?? rest.endIndex
        let beforeQuery = rest[..<queryStart]
        var authority = String(beforeQuery.prefix { $0 != "/" })
        let path = beforeQuery.dropFirst(authority.count)
        var query = rest[queryStart...].dropFirst().split(separator: "&").map(String.init)
        if let user {
            query.removeAll { $0.hasPrefix("user=") }
            query.append("user=" + user)
            if let at = authority.lastIndex(of: "@") {
                authority = String(authority[authority.index(after: at)...])
            }
        }
        let database = database.map { "/" + $0 } ?? String(path)
        let head = base[..<schemeEnd] + authority + database
        return query.isEmpty ? String(head) : head + "?" + query.joined(separator: "&")
    }

    /// The outcome of one run of `psql`.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// Standard output's lines, without the empty last one.
        public var lines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
                String.init)
        }
    }

    /// Runs `psql` on `uri` with `sql` on standard input: unaligned, tuples only, stopping at
    /// the first error, with no `.psqlrc`.
    public static func psql(_ uri: String, _ sql: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: psqlPath)
        process.arguments = [
            "--no-psqlrc", "--quiet", "--no-align", "--tuples-only", "--set=ON_ERROR_STOP=1",
            "--dbname=" + uri,
        ]
        var env = environment
        env["PGOPTIONS"] = "-c client_min_messages=warning"
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.feed(sql)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A fresh database on the test server, `marac_test_<random>`, dropped (with the login roles
/// made for it) when the test ends.
public final class ServerDatabase {
    /// The superuser URI of the server.
    public let serverURI: String
    /// The database's name.
    public let name: String
    /// A short random tag, also used to name this test's login roles.
    public let tag: String
    /// Login roles created by `createLogin`, dropped with the database.
    public private(set) var logins: [String] = []

    public init() throws {
        serverURI = try PostgresServer.requireURI()
        tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        name = "marac_test_" + tag
        let made = try PostgresServer.psql(serverURI, "CREATE DATABASE \(name);")
        guard made.status == 0 else {
            throw PostgresServer.Unavailable(
                description: "cannot create a test database on MARAC_TEST_PG: \(made.stderr)")
        }
    }

    /// The URI of this database, connecting as `user` (the superuser by default).
    public func uri(as user: String? = nil) -> String {
        PostgresServer.uri(serverURI, database: name, user: user)
    }

    /// Runs `sql` through `psql` on this database as `user` (the superuser by default).
    @discardableResult
    public func psql(_ sql: String, as user: String? = nil) throws -> PostgresServer.Result {
        try PostgresServer.psql(uri(as: user), sql)
    }

    /// Runs `sql` as `user` and returns its output, or throws the error `psql` printed.
    @discardableResult
    public func query(_ sql: String, as user: String? = nil) throws -> [String] {
        let result = try psql(sql, as: user)
        guard result.status == 0 else {
            throw PostgresServer.Unavailable(description: "psql failed: \(result.stderr)")
        }
        return result.lines
    }

    /// A new login role for this test, named `base_<tag>`; returns its name.
    public func createLogin(_ base: String) throws -> String {
        let role = base + "_" + tag
        try query("CREATE ROLE \(role) LOGIN;")
        logins.append(role)
        return role
    }

    deinit {
        var sql = "DROP DATABASE IF EXISTS \(name) WITH (FORCE);\n"
        for role in logins { sql += "DROP ROLE IF EXISTS \(role);\n" }
        _ = try? PostgresServer.psql(serverURI, sql)
    }
}
