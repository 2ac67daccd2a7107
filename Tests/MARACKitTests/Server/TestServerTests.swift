import MARACTestSupport
import Testing

/// The PostgreSQL test server itself: the support every server suite stands on.
@Suite("PostgreSQL test server")
struct TestServerTests {
    @Test("A URI's database and user are replaced, the rest of it kept")
    func uriRewriting() {
        #expect(
            PostgresServer.uri(
                "postgresql:///postgres?host=/tmp/pg&user=postgres", database: "marac_x",
                user: "ann")
                == "postgresql:///marac_x?host=/tmp/pg&user=ann")
        #expect(
            PostgresServer.uri(
                "postgres://bob@db.example:5433/area?sslmode=require",
                database: "other", user: nil)
                == "postgres://bob@db.example:5433/other?sslmode=require")
        #expect(
            PostgresServer.uri("postgres://bob@db.example/area", database: nil, user: "carol")
                == "postgres://db.example/area?user=carol")
    }

    @Test(
        "Each test gets a fresh database of its own, dropped afterwards",
        .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
    func freshDatabase() throws {
        var name = ""
        do {
            let db = try ServerDatabase()
            name = db.name
            #expect(try db.query("SELECT current_database();") == [db.name])
            #expect(
                try db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public';") == ["0"]
            )
            let login = try db.createLogin("probe")
            #expect(try db.query("SELECT session_user;", as: login) == [login])
        }
        let left = try PostgresServer.psql(
            try PostgresServer.requireURI(),
            "SELECT count(*) FROM pg_database WHERE datname = '\(name)';")
        #expect(left.lines == ["0"])
    }
}
