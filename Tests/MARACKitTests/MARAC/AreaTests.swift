import Testing

@testable import MARACKit

@Suite("Areas")
struct AreaTests {
    @Test(
        "Names match ignoring case and spaces",
        arguments: [
            ("Northshire", "Northshire"), ("northshire", "Northshire"),
            (" NORTH shire ", "Northshire"), ("south  vale", "South Vale"),
            ("SouthVale", "South Vale"),
        ])
    func matching(typed: String, registered: String) {
        #expect(Area.match(typed, among: ["Northshire", "South Vale"]) == registered)
    }

    @Test("An unknown name matches nothing and the nearest close name is suggested")
    func suggestion() {
        let names = ["Northshire", "South Vale", "default"]
        #expect(Area.match("Northshre", among: names) == nil)
        #expect(Area.suggestion(for: "Northshre", among: names) == "Northshire")
        #expect(Area.suggestion(for: "south vael", among: names) == "South Vale")
        #expect(Area.suggestion(for: "Westminster", among: names) == nil)
    }

    @Test("A new database has the one area 'default', used while it is the only one")
    func initialArea() throws {
        let test = try TestWorkbench()
        #expect(try test.workbench.areas().map(\.name) == [Area.initialName])
        #expect(try test.workbench.defaultArea() == "default")
        #expect(try test.refer("Ann Only", on: "2026-11-01").area == "default")
        _ = try test.workbench.addArea("Northshire")
        // With two areas a referral must name one: never the latest meeting's, never a guess.
        #expect(throws: MARACError.areaRequired(registered: ["default", "Northshire"])) {
            try test.refer("Bob Unnamed", on: "2026-11-01")
        }
        #expect(
            throws: MARACError.areaRequired(registered: ["default", "Northshire"])
        ) { try test.workbench.defaultArea() }
        #expect(throws: MARACError.duplicateArea("Northshire")) {
            try test.workbench.addArea("north SHIRE")
        }
        #expect(throws: MARACError.self) { try test.workbench.addArea("   ") }
    }

    @Test("Referrals and meetings take the registered spelling; unknown areas are refused")
    func registeredSpelling() throws {
        let test = try TestWorkbench()
        _ = try test.workbench.renameArea("default", to: "Northshire")
        let referral = try test.workbench.referCase(
            ReferralRequest(
                victimName: "Una Area", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day("2026-11-01"), area: "NORTHSHIRE", dashScore: 15))
        #expect(referral.area == "Northshire")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-20"), area: "north shire")
        #expect(meeting.area == "Northshire")
        #expect(
            throws: MARACError.unknownArea(
                field: "--area", suggestion: "Northshire", registered: ["Northshire"])
        ) { try test.workbench.newMeeting(date: day("2026-11-20"), area: "Northshre") }
        #expect(try test.workbench.meetings().count == 1)
        // Renaming carries the cases and meetings with it.
        _ = try test.workbench.renameArea("northshire", to: "North Shire")
        #expect(try test.workbench.caseDetail(referral.reference).referral.area == "North Shire")
        #expect(try test.workbench.areas() == [Area(name: "North Shire", waiting: 1, meetings: 1)])
    }

    @Test("A repeat is counted across areas: the victim who moves is one person")
    func repeatAcrossAreas() throws {
        let test = try TestWorkbench()
        _ = try test.workbench.addArea("South Vale")
        let first = try test.refer("Vic Mover", on: "2026-06-01", area: "default")
        let second = try test.workbench.referCase(
            ReferralRequest(
                victimName: "Vic Mover", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day("2026-10-01"), area: "South Vale", dashScore: 4))
        #expect(second.isRepeat)
        #expect(second.previousReference == first.reference)
        #expect(second.criteria == [.repeat])
        // Entered late, an earlier referral in the other area makes the later one a repeat.
        let late = try test.workbench.referCase(
            ReferralRequest(
                victimName: "Wyn Late", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day("2026-10-05"), area: "South Vale", dashScore: 15))
        #expect(!late.isRepeat)
        _ = try test.refer("Wyn Late", on: "2026-09-01", area: "default")
        #expect(try test.workbench.caseDetail(late.reference).referral.isRepeat)
    }

    @Test("case move moves a waiting case, audited; a heard or listed case stays")
    func moveCase() throws {
        let test = try TestWorkbench()
        _ = try test.workbench.addArea("South Vale")
        let waiting = try test.refer("Xan Waiting", on: "2026-11-01", area: "default")
        let listed = try test.refer("Yas Listed", on: "2026-11-02", area: "default")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-20"), area: "default")
        _ = try test.workbench.buildAgenda(meeting.id)
        _ = try test.workbench.deferAgendaItem(meeting: meeting.id, reference: waiting.reference)
        let moved = try test.workbench.moveCase(waiting.reference, toArea: "south vale")
        #expect(moved.area == "South Vale")
        #expect(try test.workbench.auditLog().last?.summary == "moved from default to South Vale")
        #expect(throws: MARACError.self) {
            try test.workbench.moveCase(listed.reference, toArea: "South Vale")
        }
        #expect(throws: MARACError.self) {
            try test.workbench.moveCase(moved.reference, toArea: "South Vale")
        }
        // The other area's waiting case is counted on this meeting's agenda.
        let detail = try test.workbench.meetingDetail(meeting.id)
        #expect(detail.waitingElsewhere == [AreaCount(area: "South Vale", count: 1)])
    }

    @Test("Upgrading registers the areas an existing database already uses, and no default")
    func migrationRegistersUsedAreas() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("old.sqlite")
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, to: Array(Migrations.all.prefix(7)))
            try db.executeScript(
                """
                INSERT INTO agency(code, name, sector, created_at, created_by)
                    VALUES ('POL', 'Police', 'police', '2025-01-01T00:00:00Z', 'old');
                INSERT INTO person(name, match_key, created_at)
                    VALUES ('Zed Old', 'k', '2025-01-01T00:00:00Z');
                INSERT INTO meeting(area, held_on, starts_at, capacity, created_at, created_by)
                    VALUES ('South Vale', '2025-03-01', '09:30', 20, '2025-02-01T00:00:00Z', 'old');
                INSERT INTO referral(id, reference, victim_id, agency_id, area, referred_on,
                                     criteria, is_repeat, age_band, created_at, created_by)
                    VALUES (1, 'C-000001', 1, 1, 'Northshire', '2025-01-02', 'dash', 0, '35-44',
                            '2025-01-02T00:00:00Z', 'old');
                """)
        }
        let workbench = try Workbench(path: path, user: "tester")
        #expect(try workbench.areas().map(\.name) == ["Northshire", "South Vale"])
        #expect(throws: MARACError.self) { try workbench.defaultArea() }
    }
}
