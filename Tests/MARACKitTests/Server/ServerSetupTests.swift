import Foundation
import MARACTestSupport
import Testing

@testable import MARACKit

/// `server init`, users on a server, and the audit chain under many clients, through the
/// library on a real server.
@Suite(
    "PostgreSQL server setup", .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
struct ServerSetupTests {
    /// A workbench on `db` connected as `login` (the owner by default).
    static func workbench(_ db: ServerDatabase, as login: String? = nil) throws -> Workbench {
        try Workbench(location: .server(db.uri(as: login)), user: nil, today: day("2026-11-25"))
    }

    @Test(
        "server init creates the schema, the five group roles, grants and policies; again, it changes nothing"
    )
    func initIsIdempotent() throws {
        let db = try ServerDatabase()
        let first = try Workbench.initialiseServer(uri: db.uri())
        let latest = Migrations.all.last!.version
        #expect(first.schemaVersion == latest)
        #expect(first.applied == PostgreSQLMigrations.all.map(\.version))
        #expect(
            first.groupRoles == [
                "marac_agency_rep", "marac_auditor", "marac_chair", "marac_coordinator",
                "marac_dhr_chair",
            ])
        let policies = try db.query("SELECT count(*) FROM pg_policies WHERE schemaname = 'public';")
        let second = try Workbench.initialiseServer(uri: db.uri())
        #expect(second.applied == [])
        #expect(second.schemaVersion == latest)
        #expect(
            try db.query("SELECT count(*) FROM pg_policies WHERE schemaname = 'public';")
                == policies)
        // Every table has row-level security, and PUBLIC holds nothing on any of them.
        #expect(
            try db.query(
                """
                SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity;
                """) == ["0"])
        #expect(
            try db.query(
                """
                SELECT count(*) FROM information_schema.role_table_grants
                WHERE table_schema = 'public' AND grantee = 'PUBLIC';
                """) == ["0"])
        #expect(
            try db.query(
                "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'audit_log';") == ["t"])
    }

    @Test("server init upgrades an older schema and then applies the security")
    func initUpgrades() throws {
        let db = try ServerDatabase()
        let older = try Database(location: .server(db.uri()))
        let steps = older.sql.migrations
        try Migrator.migrate(older, to: Array(steps.dropLast()))
        #expect(try Migrator.version(of: older) == steps.dropLast().last!.version)
        let result = try Workbench.initialiseServer(uri: db.uri())
        #expect(result.applied == [steps.last!.version])
        #expect(
            try db.query("SELECT to_regprocedure('marac_current_agency()') IS NOT NULL;") == ["t"])
    }

    @Test("server init by someone who does not own the database is refused, and changes nothing")
    func initNeedsTheOwner() throws {
        let db = try ServerDatabase()
        let stranger = try db.createLogin("stranger")
        #expect(throws: ServerError.notOwner(command: "server init", user: stranger)) {
            try Workbench.initialiseServer(uri: db.uri(as: stranger))
        }
        #expect(
            try db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public';") == ["0"])
    }

    @Test(
        "user add grants the group role to an existing login role and records its agency; role and remove follow"
    )
    func usersOnAServer() throws {
        let db = try ServerDatabase()
        _ = try Workbench.initialiseServer(uri: db.uri())
        let ann = try db.createLogin("ann")
        let pol = try db.createLogin("pol")
        let owner = try Self.workbench(db)
        #expect(throws: ServerError.noLoginRole("nobody_\(db.tag)")) {
            try owner.addUser(name: "nobody_\(db.tag)", role: .coordinator)
        }
        try owner.addUser(name: ann, role: .coordinator)
        let coordinator = try Self.workbench(db, as: ann)
        try coordinator.addAgency(
            Agency(code: "POL", name: "Police", sector: "police", isPublicAuthority: true))
        try coordinator.addUser(name: pol, role: .agencyRep, agency: "POL")
        #expect(
            try coordinator.serverUsers() == [
                ServerUser(
                    name: ann, role: "coordinator", agencyCode: nil,
                    grantedRoles: "marac_coordinator"),
                ServerUser(
                    name: pol, role: "agency-rep", agencyCode: "POL",
                    grantedRoles: "marac_agency_rep"),
            ])
        try coordinator.changeRole(name: pol, to: .auditor)
        #expect(
            try db.query(
                """
                SELECT string_agg(g.rolname, ',') FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = '\(pol)';
                """) == ["marac_auditor"])
        try coordinator.removeUser(name: pol)
        #expect(try coordinator.serverUsers().map(\.name) == [ann])
        #expect(
            try db.query(
                """
                SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = '\(pol)';
                """) == ["0"])
        // The removed login role can no longer connect to the database.
        #expect(try db.psql("SELECT 1;", as: pol).stderr.contains("permission denied for database"))
        #expect(try coordinator.verifyAudit().isIntact)
        #expect(
            try coordinator.auditLog().map(\.command) == [
                "user add", "agency add", "user add", "user role", "user remove",
            ])
    }

    @Test("Twelve clients changing records at once leave one unbroken audit chain, no update lost")
    func concurrentClients() throws {
        let db = try ServerDatabase()
        _ = try Workbench.initialiseServer(uri: db.uri())
        let coordinator = try db.createLogin("coord")
        let owner = try Self.workbench(db)
        try owner.addUser(name: coordinator, role: .coordinator)
        let clients = 12
        let changesEach = 8
        let uri = db.uri(as: coordinator)
        let failures = Failures()
        // One thread per client: each its own connection, all writing at once.
        let group = DispatchGroup()
        for client in 0..<clients {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let workbench = try Workbench(
                        path: uri, user: coordinator, today: day("2026-11-25"))
                    for change in 0..<changesEach {
                        try workbench.addAgency(
                            Agency(
                                code: "A\(client)X\(change)", name: "Agency", sector: "voluntary"))
                    }
                } catch {
                    failures.record("\(error)")
                }
            }.start()
        }
        group.wait()
        #expect(failures.all.isEmpty)
        let check = try Self.workbench(db, as: coordinator)
        let verification = try check.verifyAudit()
        #expect(verification.isIntact, "\(verification)")
        #expect(verification.entries == 1 + clients * changesEach)
        #expect(try check.agencies().count == clients * changesEach)
    }

    @Test("audit verify sees entries deleted from the end of the chain, on a server and on a file")
    func tailDeletion() throws {
        let db = try ServerDatabase()
        _ = try Workbench.initialiseServer(uri: db.uri())
        let coordinator = try db.createLogin("coord")
        try Self.workbench(db).addUser(name: coordinator, role: .coordinator)
        let server = try Self.workbench(db, as: coordinator)
        for code in ["POL", "IDVA"] {
            try server.addAgency(Agency(code: code, name: code, sector: "police"))
        }
        #expect(try server.verifyAudit().isIntact)
        // Only a superuser disabling the owner's triggers can cut the log; verify still sees it.
        try db.query(
            """
            ALTER TABLE audit_log DISABLE TRIGGER USER;
            DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);
            ALTER TABLE audit_log ENABLE TRIGGER USER;
            """)
        let cut = try server.verifyAudit()
        #expect(cut.firstBrokenID == 3)
        #expect(cut.reason?.contains("deleted from its end") == true)

        let file = try TestWorkbench()
        let before = try file.workbench.verifyAudit()
        #expect(before.isIntact)
        try file.workbench.db.executeScript(
            """
            DROP TRIGGER audit_log_no_delete;
            DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);
            """)
        let fileCut = try file.workbench.verifyAudit()
        #expect(fileCut.firstBrokenID == before.entries)
        #expect(fileCut.reason?.contains("deleted from its end") == true)
    }
}

/// Errors collected from concurrent clients.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []

    func record(_ error: String) { lock.withLock { errors.append(error) } }
    var all: [String] { lock.withLock { errors } }
}
