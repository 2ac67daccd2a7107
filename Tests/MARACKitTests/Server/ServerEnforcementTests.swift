import MARACTestSupport
import Testing

@testable import MARACKit

/// The server's own enforcement, through `psql` connected as each role and not through
/// `marac`: what the grants and row-level security policies of `PostgreSQLSecurity` let each
/// role read and change.
@Suite(
    "PostgreSQL enforcement through psql",
    .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
struct ServerEnforcementTests {
    /// How many rows POL's representative reads of each table, nil for "permission denied".
    ///
    /// Every table of the schema must be here.
    static let representativeView: [String: Int?] = [
        "agency": 3, "area": 1, "representative": 0, "meeting": 1, "attendance": 0,
        "schema_migration": Migrations.all.count, "id_high_water": 0, "app_user": 1,
        "referral": 1, "agenda_item": 1, "risk": 1, "action": 1, "action_update": 1,
        "sharing": 1, "sharing_recipient": 1, "sharing_basis": 1,
        "dhr_review": 1, "dhr_recommendation": 1, "dhr_status_change": 0,
        "dhr_panel_agency": 0, "dhr_action": 1, "dhr_action_update": 1,
        "minutes_extract_snapshot": 1, "idva_allocation": 0, "case_transfer": 1,
        "person": nil, "perpetrator": 1, "child": nil, "person_alias": nil,
        "person_match_key": nil, "person_possible_duplicate": nil,
        "dhr_review_case": nil,
        "audit_log": nil, "audit_head": nil, "other_business": nil, "minutes_snapshot": nil,
    ]

    @Test(
        "An agency representative's SELECT on every table returns only its agency's rows, and no name"
    )
    func representativeReadsOnlyItsOwn() throws {
        let area = try ServerArea()
        let tables = try area.db.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1;")
        #expect(Set(tables) == Set(Self.representativeView.keys), "a table the test does not cover")
        for table in tables {
            let result = try area.db.psql("SELECT * FROM \(table);", as: area.rep)
            for canary in ServerArea.canaries + ["IDVA-ONLY"] {
                #expect(!result.stdout.contains(canary), "\(table) shows \(canary)")
            }
            switch Self.representativeView[table] ?? nil {
            case .some(let count):
                #expect(result.status == 0, "\(table): \(result.stderr)")
                #expect(result.lines.count == count, "\(table): \(result.stdout)")
            case .none:
                #expect(result.status != 0, "\(table) is readable: \(result.stdout)")
                #expect(result.stderr.contains("permission denied for table \(table)"))
            }
        }
        // Of its victims' person records, the id and date of birth, never the name.
        #expect(
            try area.db.query("SELECT id, date_of_birth FROM person ORDER BY id;", as: area.rep)
                == ["1|1990-01-01", "3|1980-03-03"])
        // Of its cases' children, the age and relationships, never the name or school.
        #expect(
            try area.db.query(
                "SELECT referral_id, position, date_of_birth, lives_with FROM child;", as: area.rep)
                == ["1|1|2019-05-05|victim"])
        for column in ["name", "school"] {
            let read = try area.db.psql("SELECT \(column) FROM child;", as: area.rep)
            #expect(read.stderr.contains("permission denied for table child"))
        }
        let name = try area.db.psql("SELECT name FROM person;", as: area.rep)
        #expect(name.stderr.contains("permission denied for table person"))
        #expect(
            try area.db.query("SELECT reference FROM referral;", as: area.otherRep) == ["C-000002"])
    }

    @Test(
        "An agency representative's UPDATE and DELETE of another agency's rows affect none or are refused"
    )
    func representativeCannotChangeOthers() throws {
        let area = try ServerArea()
        func changed(_ sql: String) throws -> String {
            try area.db.query(
                "WITH changed AS (\(sql) RETURNING 1) SELECT count(*) FROM changed;", as: area.rep
            ).joined()
        }
        #expect(try changed("UPDATE action SET status = 'done' WHERE agency_id = 2") == "0")
        #expect(try changed("UPDATE action SET status = 'done'") == "1")
        #expect(try changed("UPDATE dhr_action SET status = 'closed' WHERE agency_id = 2") == "0")
        #expect(try changed("UPDATE dhr_action SET status = 'closed'") == "1")
        let refused: [(sql: String, error: String)] = [
            ("DELETE FROM action WHERE agency_id = 2", "permission denied for table action"),
            ("DELETE FROM action", "permission denied for table action"),
            ("DELETE FROM dhr_action", "permission denied for table dhr_action"),
            ("DELETE FROM sharing", "permission denied for table sharing"),
            ("DELETE FROM referral", "permission denied for table referral"),
            ("DELETE FROM person", "permission denied for table person"),
            ("DELETE FROM perpetrator", "permission denied for table perpetrator"),
            (
                "UPDATE perpetrator SET relationship = 'x'",
                "permission denied for table perpetrator"
            ),
            ("DELETE FROM child", "permission denied for table child"),
            ("UPDATE child SET lives_with = 'x'", "permission denied for table child"),
            (
                "INSERT INTO person_alias(person_id, alias, created_at, created_by) VALUES (1, 'a', 't', 'o')",
                "permission denied for table person_alias"
            ),
            ("UPDATE action SET agency_id = 1 WHERE id = 2", "permission denied for table action"),
            ("UPDATE action SET agency_id = 2 WHERE id = 1", "permission denied for table action"),
            ("UPDATE action SET text = 'x'", "permission denied for table action"),
            ("UPDATE sharing SET summary = 'x'", "permission denied for table sharing"),
            ("UPDATE referral SET heard_on = 'x'", "permission denied for table referral"),
            (
                """
                INSERT INTO sharing(kind, referral_id, agency_id, shared_on, summary, categories,
                    consent, rationale, recorded_at, recorded_by)
                VALUES ('shared', 2, 2, 'd', 's', 'x', 'given', 'r', 't', 'o')
                """, "new row violates row-level security policy for table \"sharing\""
            ),
            (
                "INSERT INTO action_update(action_id, at, by, note) VALUES (2, 't', 'o', 'n')",
                "new row violates row-level security policy for table \"action_update\""
            ),
            (
                "INSERT INTO sharing_basis VALUES (2, 2, 'tag')",
                "new row violates row-level security policy for table \"sharing_basis\""
            ),
            (
                "INSERT INTO app_user(name, role, created_at, created_by) VALUES ('x', 'coordinator', 't', 'o')",
                "permission denied for table app_user"
            ),
            ("TRUNCATE action", "permission denied for table action"),
        ]
        for (sql, error) in refused {
            let result = try area.db.psql(sql + ";", as: area.rep)
            #expect(result.status != 0, "not refused: \(sql)")
            #expect(result.stderr.contains(error), "\(sql): \(result.stderr)")
        }
        // Its own agency's sharing record goes in; IDVA's rows are as they were.
        try area.db.query(
            """
            INSERT INTO sharing(kind, referral_id, agency_id, shared_on, summary, categories,
                consent, rationale, recorded_at, recorded_by)
            VALUES ('shared', 1, 1, 'd', 's', 'x', 'given', 'r', 't', 'o');
            """, as: area.rep)
        #expect(
            try area.db.query(
                """
                SELECT (SELECT status FROM action WHERE id = 2), (SELECT status FROM dhr_action WHERE id = 2),
                       (SELECT count(*) FROM sharing), (SELECT count(*) FROM action);
                """) == ["open|open|3|2"])
    }

    @Test("Every role's UPDATE, DELETE and TRUNCATE of the audit log and its head is refused")
    func auditLogIsAppendOnly() throws {
        let area = try ServerArea()
        let statements = [
            "UPDATE audit_log SET summary = 'rewritten'", "DELETE FROM audit_log",
            "DELETE FROM audit_log WHERE id = 3", "TRUNCATE audit_log",
            "UPDATE audit_head SET entries = 0", "DELETE FROM audit_head", "TRUNCATE audit_head",
        ]
        for (role, login) in area.users {
            for sql in statements {
                let result = try area.db.psql(sql + ";", as: login)
                #expect(result.status != 0, "\(role) could: \(sql)")
                #expect(
                    result.stderr.contains("permission denied for table audit_"),
                    "\(role): \(sql): \(result.stderr)")
            }
        }
        // Even the owner (here a superuser) is stopped by the triggers.
        for sql in statements {
            let result = try area.db.psql(sql + ";")
            #expect(result.status != 0, "the owner could: \(sql)")
            let refusal =
                sql.contains("audit_head")
                ? "the audit chain's head moves only with the audit log"
                : "the audit log is append-only"
            #expect(result.stderr.contains(refusal), "\(sql): \(result.stderr)")
        }
        #expect(try area.db.query("SELECT count(*), max(id) FROM audit_log;") == ["3|3"])
        #expect(try area.db.query("SELECT entries FROM audit_head;") == ["3"])
    }

    @Test("Only the coordinator deletes; other roles are refused by the server")
    func onlyTheCoordinatorDeletes() throws {
        let area = try ServerArea()
        for (role, login) in area.users where role != .coordinator {
            for table in [
                "referral", "person", "action", "sharing", "meeting", "dhr_review", "app_user",
            ] {
                let result = try area.db.psql("DELETE FROM \(table);", as: login)
                #expect(result.status != 0, "\(role) deleted from \(table)")
                #expect(result.stderr.contains("permission denied for table \(table)"))
            }
        }
        #expect(
            try area.db.query(
                "DELETE FROM sharing_basis WHERE sharing_id = 2; DELETE FROM sharing_recipient WHERE sharing_id = 2; WITH d AS (DELETE FROM sharing WHERE id = 2 RETURNING 1) SELECT count(*) FROM d;",
                as: area.coordinator) == ["1"])
    }

    @Test("The auditor reads the audit log; the chair and the representative cannot")
    func auditLogReaders() throws {
        let area = try ServerArea()
        #expect(try area.db.query("SELECT count(*) FROM audit_log;", as: area.auditor) == ["3"])
        #expect(try area.db.query("SELECT count(*) FROM audit_log;", as: area.coordinator) == ["3"])
        for login in [area.chair, area.rep, area.dhrChair] {
            let result = try area.db.psql("SELECT count(*) FROM audit_log;", as: login)
            #expect(result.stderr.contains("permission denied for table audit_log"))
        }
        // The auditor, the chair and the DHR chair change no case records.
        for login in [area.auditor, area.dhrChair] {
            let result = try area.db.psql("UPDATE action SET status = 'done';", as: login)
            #expect(result.stderr.contains("permission denied for table action"))
        }
        let chair = try area.db.psql("UPDATE person SET name = 'x';", as: area.chair)
        #expect(chair.stderr.contains("permission denied for table person"))
    }

    @Test("A login role that is not a user of the database cannot connect to it")
    func outsidersCannotConnect() throws {
        let area = try ServerArea()
        let result = try area.db.psql("SELECT 1;", as: area.outsider)
        #expect(result.status != 0)
        #expect(result.stderr.contains("permission denied for database"))
    }

    @Test(
        "Audit entries that do not link to the head, carry a wrong hash or another user are refused"
    )
    func forgedAuditEntries() throws {
        let area = try ServerArea()
        let head = try area.db.query("SELECT hash FROM audit_head;").joined()
        let insert = """
            INSERT INTO audit_log(at, "user", command, entity, entity_id, summary, previous_hash, hash)
            """
        let hash = { (user: String) in
            "encode(sha256(convert_to(concat_ws(chr(31), '\(head)', 't', '\(user)', 'c', 'e', '1', 's'), 'UTF8')), 'hex')"
        }
        let forged: [(sql: String, error: String)] = [
            (
                insert
                    + " VALUES ('t', '\(area.rep)', 'c', 'e', '1', 's', '\(AuditEntry.genesis)', 'x')",
                "the audit chain moved on"
            ),
            (
                insert + " VALUES ('t', '\(area.rep)', 'c', 'e', '1', 's', '\(head)', 'x')",
                "hash must cover its fields"
            ),
            (
                insert
                    + " SELECT 't', '\(area.coordinator)', 'c', 'e', '1', 's', '\(head)', \(hash(area.coordinator))",
                "must name the connected user"
            ),
        ]
        for (sql, error) in forged {
            let result = try area.db.psql(sql + ";", as: area.rep)
            #expect(result.status != 0, "accepted: \(sql)")
            #expect(result.stderr.contains(error), "\(result.stderr)")
        }
        try area.db.query(
            insert + " SELECT 't', session_user, 'c', 'e', '1', 's', '\(head)', \(hash(area.rep));",
            as: area.rep)
        #expect(try area.db.query("SELECT count(*), max(id) FROM audit_log;") == ["4|4"])
    }

    @Test("Many clients appending at once leave one unbroken chain, numbered without gaps")
    func concurrentAppends() async throws {
        let area = try ServerArea()
        let script = String(repeating: ServerArea.appendAudit + "\n", count: 15)
        let logins = [
            area.coordinator, area.chair, area.rep, area.otherRep, area.dhrChair, area.auditor,
        ]
        try await withThrowingTaskGroup(of: PostgresServer.Result.self) { group in
            for client in 0..<8 {
                let uri = area.db.uri(as: logins[client % logins.count])
                group.addTask { try PostgresServer.psql(uri, script) }
            }
            for try await result in group { #expect(result.status == 0, "\(result.stderr)") }
        }
        let total = 3 + 8 * 15
        #expect(
            try area.db.query(
                """
                SELECT count(*), min(id), max(id),
                       (SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1
                        WHERE b.previous_hash <> a.hash),
                       (SELECT entries || '|' || (hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1))
                        FROM audit_head)
                FROM audit_log;
                """) == ["\(total)|1|\(total)|0|\(total)|true"])
    }
}
