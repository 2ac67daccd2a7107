import Testing

@testable import MARACKit

/// The target queries of `benchmarks/` (product brief, section 8) stay on their indexes, so they
/// take the same time at a million referrals as at ten thousand.
@Suite("Query plans")
struct QueryPlanTests {
    /// Tables that grow with the number of referrals: a full `SCAN` of one is a regression.
    static let largeTables: Set<String> = [
        "referral", "action", "action_update", "person", "agenda_item", "meeting", "risk",
        "attendance", "sharing", "sharing_basis", "sharing_recipient", "dhr_review",
        "dhr_recommendation", "dhr_action", "dhr_action_update", "dhr_status_change",
        "dhr_review_case", "dhr_panel_agency", "perpetrator", "child", "person_alias",
        "person_match_key", "person_possible_duplicate", "idva_allocation",
        "case_transfer",
    ]

    /// Scans allowed with the reason: `case list --unheard` walks the partial index of cases not
    /// yet heard in its `ORDER BY` order and stops at the `LIMIT`; it never reads heard cases.
    static let allowedScans: Set<String> = ["SCAN r USING INDEX referral_unheard"]

    /// A target command, run through the workbench the way `marac` runs it.
    enum Target: String, CaseIterable, CustomTestStringConvertible {
        case actionListAgencyOverdue = "action list --agency HOUSING --overdue"
        case actionListOverdue = "action list --overdue"
        case actionListAgency = "action list --agency POL"
        case caseShow = "case show REF"
        case caseListUnheard = "case list --unheard"
        case agendaBuild = "agenda build MEETING"
        case meetingShow = "meeting show MEETING"
        case actionShow = "action show ID"
        case dataReturn = "report data-return (a quarter)"
        case dataReturnArea = "report data-return --area AREA (a quarter)"
        case agendaShow = "agenda show MEETING (IDVA and transfers of each case)"
        case shareRegister = "share register --from --to (a quarter)"
        case dhrProgressAgency = "report dhr-progress --agency HOUSING"
        case dhrProgressReview = "report dhr-progress --review R"
        case minutes = "export minutes MEETING (the minutes assembled)"
        case caseReferDuplicates = "case refer (the possible-duplicate check, with a perpetrator)"
        case personMerge = "person merge PERSON OTHER"

        var testDescription: String { rawValue }

        func run(_ workbench: Workbench, _ fixture: Fixture) throws {
            switch self {
            case .actionListAgencyOverdue:
                _ = try workbench.actions(ActionFilter(agencyCode: "HOUSING", overdue: true))
            case .actionListOverdue: _ = try workbench.actions(ActionFilter(overdue: true))
            case .actionListAgency: _ = try workbench.actions(ActionFilter(agencyCode: "POL"))
            case .caseShow: _ = try workbench.caseDetail(fixture.reference)
            case .caseListUnheard: _ = try workbench.cases(unheard: true)
            case .agendaBuild: _ = try workbench.buildAgenda(fixture.nextMeeting)
            case .meetingShow: _ = try workbench.meetingDetail(fixture.heldMeeting)
            case .actionShow: _ = try workbench.actionDetail(fixture.action)
            case .dataReturn:
                _ = try workbench.dataReturn(from: day("2026-07-01"), to: day("2026-09-30"))
            case .dataReturnArea:
                _ = try workbench.dataReturn(
                    from: day("2026-07-01"), to: day("2026-09-30"), area: fixture.area)
            case .agendaShow: _ = try workbench.agenda(meeting: fixture.heldMeeting)
            case .shareRegister:
                _ = try workbench.sharingRegister(from: day("2026-07-01"), to: day("2026-09-30"))
            case .dhrProgressAgency: _ = try workbench.dhrProgress(agency: "HOUSING")
            case .dhrProgressReview: _ = try workbench.dhrProgress(review: fixture.review)
            case .minutes: _ = try workbench.minutesData(meeting: fixture.heldMeeting)
            case .caseReferDuplicates:
                var request = ReferralRequest(
                    victimName: "Mary Smyth", dateOfBirth: day("1985-03-02"),
                    referringAgency: "POL", date: fixture.workbench.today, area: fixture.area,
                    dashScore: 15,
                    perpetrators: [
                        PerpetratorRequest(
                            name: "Pat Example", dateOfBirth: day("1980-01-01"),
                            relationship: "partner")
                    ])
                request.victimAliases = ["Mary Jones"]
                _ = try workbench.refer(request)
            case .personMerge:
                _ = try workbench.mergePersons(.id(fixture.victims.0), .id(fixture.victims.1))
            }
        }
    }

    /// A small synthetic dataset and the ids the targets need.
    struct Fixture {
        let directory = TemporaryDirectory()
        let workbench: Workbench
        let reference: String
        let nextMeeting: Int
        let heldMeeting: Int
        let action: Int
        let review: Int
        let area: String
        /// Two victims, for merging.
        let victims: (Int, Int)

        init() throws {
            let shape = SyntheticShape(referrals: 800, seed: 11)
            workbench = try Workbench(
                path: directory.file("plans.sqlite"), user: "tester", today: shape.today)
            _ = try workbench.seedSynthetic(shape)
            let db = workbench.db
            reference = try #require(
                try db.scalar("SELECT reference FROM referral WHERE is_repeat = 1 LIMIT 1"))
            nextMeeting = try #require(
                try db.scalar("SELECT id FROM meeting WHERE opened_at IS NULL LIMIT 1"))
            heldMeeting = try #require(
                try db.scalar("SELECT max(id) FROM meeting WHERE closed_at IS NOT NULL"))
            action = try #require(try db.scalar("SELECT max(action_id) FROM action_update"))
            review = try #require(try db.scalar("SELECT max(id) FROM dhr_review"))
            area = try #require(try db.scalar("SELECT name FROM area ORDER BY id LIMIT 1"))
            victims = (
                try #require(try db.scalar("SELECT min(victim_id) FROM referral")),
                try #require(try db.scalar("SELECT max(victim_id) FROM referral"))
            )
            // A victim recorded through `case refer`, so the duplicate check has keys to find.
            _ = try workbench.refer(
                ReferralRequest(
                    victimName: "Mary Smith", dateOfBirth: day("1985-03-02"),
                    referringAgency: "POL", date: shape.today, area: area, dashScore: 15))
        }
    }

    /// The plan lines of `sql` that read a large table without an index.
    static func scans(in sql: String, db: Database) throws -> [String] {
        let aliases = tableAliases(sql)
        return try db.queryPlan(sql).filter { line in
            guard line.hasPrefix("SCAN "), !allowedScans.contains(line) else { return false }
            let name = String(line.dropFirst(5).prefix { $0 != " " })
            return largeTables.contains(aliases[name] ?? name)
        }
    }

    /// The table each alias in `sql` stands for (`action t` gives `t` → `action`).
    static func tableAliases(_ sql: String) -> [String: String] {
        let words = sql.split(whereSeparator: { " \n(),".contains($0) }).map(String.init)
        let keywords: Set<String> = [
            "ON", "WHERE", "JOIN", "LEFT", "SET", "ORDER", "GROUP", "LIMIT", "VALUES",
        ]
        var aliases: [String: String] = [:]
        for (index, word) in words.enumerated()
        where ["FROM", "JOIN", "UPDATE", "INTO"].contains(word.uppercased())
            && index + 1 < words.count
        {
            let table = words[index + 1]
            aliases[table] = table
            if index + 2 < words.count, !keywords.contains(words[index + 2].uppercased()) {
                aliases[words[index + 2]] = table
            }
        }
        return aliases
    }

    @Test(
        "No target command scans a table that grows with the referrals", arguments: Target.allCases)
    func noScans(_ target: Target) throws {
        let fixture = try Fixture()
        let db = fixture.workbench.db
        let statements = try db.recordingStatements { try target.run(fixture.workbench, fixture) }
        #expect(!statements.isEmpty, "the target ran its queries")
        for sql in Set(statements) {
            let scans = try Self.scans(in: sql, db: db)
            #expect(scans.isEmpty, "\(target.rawValue) scans: \(scans) in \(sql)")
        }
    }

    @Test("The check finds a scan: an unindexed filter on actions is reported")
    func detectsScans() throws {
        let fixture = try Fixture()
        let sql =
            "SELECT t.id FROM action t JOIN referral r ON r.id = t.referral_id WHERE t.owner = ?"
        #expect(try Self.scans(in: sql, db: fixture.workbench.db) == ["SCAN t"])
    }

    @Test("The agency's overdue actions search the agency's pending index")
    func overdueByAgencyUsesAgencyIndex() throws {
        let fixture = try Fixture()
        let db = fixture.workbench.db
        let statements = try db.recordingStatements {
            try Target.actionListAgencyOverdue.run(fixture.workbench, fixture)
        }
        let plans = try statements.flatMap { try db.queryPlan($0) }
        #expect(plans.contains { $0.contains("USING INDEX action_pending_by_agency (agency_id=?") })
    }

    @Test("The agenda's earlier actions search the area's meetings, then their pending actions")
    func earlierActionsByArea() throws {
        let fixture = try Fixture()
        let db = fixture.workbench.db
        let statements = try db.recordingStatements {
            try Target.meetingShow.run(fixture.workbench, fixture)
        }
        let plans = try statements.flatMap { try db.queryPlan($0) }
        #expect(plans.contains { $0.hasPrefix("SEARCH m USING COVERING INDEX meeting_by_area") })
        #expect(plans.contains { $0.hasPrefix("SEARCH t USING INDEX action_pending_by_meeting") })
        let earlier = try fixture.workbench.meetingDetail(fixture.heldMeeting).earlierActions
        #expect(!earlier.isEmpty && earlier.allSatisfy { $0.status.isPending })
    }
}
