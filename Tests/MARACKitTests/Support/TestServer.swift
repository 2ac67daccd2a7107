import Testing

@testable import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// The backends a behaviour suite runs on: `@Test(arguments: Backend.all)`.
///
/// PostgreSQL is included when `MARAC_TEST_PG` names a server, or when
/// `MARAC_TEST_PG_REQUIRED=1` (CI) says it must be there, so that a missing server fails
/// instead of being skipped. Elsewhere the PostgreSQL cases are left out with a message.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgreSQL = "postgresql"

    var testDescription: String { rawValue }

    /// SQLite always; PostgreSQL when a server is configured or required.
    static var all: [Backend] {
        if TestServer.baseURI != nil || TestServer.isRequired { return [.sqlite, .postgreSQL] }
        TestServer.noteSkipped()
        return [.sqlite]
    }

    /// Only PostgreSQL, for the server's own tests (empty when it is neither configured nor
    /// required).
    static var server: [Backend] { all.filter { $0 == .postgreSQL } }
}

/// The PostgreSQL server the tests may use, from the environment.
enum TestServer {
    /// `MARAC_TEST_PG`: a libpq URI of a server where the role may create schemas.
    static var baseURI: String? {
        guard let value = getenv("MARAC_TEST_PG").map({ String(cString: $0) }), !value.isEmpty
        else { return nil }
        return value
    }

    /// `MARAC_TEST_PG_REQUIRED=1`: tests needing the server fail when it is missing.
    static var isRequired: Bool {
        getenv("MARAC_TEST_PG_REQUIRED").map { String(cString: $0) } == "1"
    }

    nonisolated(unsafe) private static var noted = false

    static func noteSkipped() {
        guard !noted else { return }
        noted = true
        print(
            "note: PostgreSQL cases skipped: set MARAC_TEST_PG to a libpq URI "
                + "(e.g. postgresql:///postgres?host=/tmp/pg&user=postgres) to run them")
    }

    /// The base URI, or a failure saying what is missing.
    static func requireURI() throws -> String {
        guard let baseURI else { throw TestServerMissing() }
        return baseURI
    }

    /// `uri` with `name` as the first schema of the search path (libpq's `options`).
    static func uri(_ uri: String, schema name: String) -> String {
        uri + (uri.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + name
    }

    /// A fresh, unique schema name.
    static func freshSchemaName() -> String {
        "marac_test_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
    }
}

/// A test needs PostgreSQL and `MARAC_TEST_PG` is not set.
struct TestServerMissing: Error, CustomStringConvertible {
    var description: String {
        "this test needs a PostgreSQL server: MARAC_TEST_PG_REQUIRED=1 but MARAC_TEST_PG is not "
            + "set (CI's .ci/run starts a throwaway cluster and sets it)"
    }
}

/// A fresh, empty database on `backend`, removed when the value goes away: a SQLite file in a
/// temporary folder, or a new schema on the test server (dropped with everything in it).
final class TestDatabase {
    let backend: Backend
    /// What `--db` is given: the file's path, or the URI with the schema on the search path.
    let location: String
    /// The test's temporary folder (the SQLite file lives here as `test.sqlite`).
    let directory = TemporaryDirectory()
    private let schema: String?

    init(_ backend: Backend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            location = directory.file("test.sqlite")
            schema = nil
        case .postgreSQL:
            let base = try TestServer.requireURI()
            let name = TestServer.freshSchemaName()
            let admin = try Database(path: base)
            try admin.executeScript("CREATE SCHEMA \(name)")
            location = TestServer.uri(base, schema: name)
            schema = name
        }
    }

    /// A path in the test's temporary folder (exports, imports, scripts).
    func file(_ name: String) -> String { directory.file(name) }

    deinit {
        guard let schema, let base = TestServer.baseURI else { return }
        if let admin = try? Database(path: base) {
            try? admin.executeScript("DROP SCHEMA \(schema) CASCADE")
        }
    }
}
