import Foundation
import Testing

@testable import MARACKit

/// The data return's figures against the same counts written independently in SQL and run by
/// the `sqlite3` shell over the test database: one varied area of three meetings with repeats,
/// victims heard together, a deferred case, an unclosed meeting, diversity, perpetrators,
/// IDVA engagement and transfers.
@Suite("Data return against independent SQL")
struct DataReturnSQLTests {
    /// The period: the three meetings are in it; the one left open is not counted.
    static let from = day("2026-07-01")
    static let to = day("2026-11-25")

    /// Builds the varied area on `backend`; returns the workbench.
    static func seeded(_ backend: Backend) throws -> TestWorkbench {
        let test = try TestWorkbench(backend, today: day("2026-11-25"))
        let wb = test.workbench
        _ = try wb.renameArea(try wb.defaultArea(), to: "Northby")
        _ = try wb.addArea("Southby")
        let genders = ["female", "female", "male", "Female", "not recorded", "man"]
        let ethnicities = [
            "White British", "Asian British", "Black British", "Mixed", "not recorded",
            "white other", "Prefer not to say",
        ]
        let disabilities = ["no", "yes", "not recorded", "Yes"]
        let orientations = ["heterosexual", "lesbian", "not recorded", "Bisexual", "gay"]
        let agencies = ["POL", "POL", "IDVA", "CSC", "HEALTH", "POL"]
        var references: [String] = []
        /// Referral `n` of a victim on `date` (victims repeat every 7th referral).
        func refer(_ n: Int, on date: String, area: String = "Northby") throws -> String {
            let victim = n % 7 == 6 ? n - 6 : n
            // Every fifth victim is 17 when referred; others 20 to 59.
            let born =
                try victim % 5 == 0
                ? day(date).adding(days: -(17 * 365 + 30))
                : day("1990-01-01").adding(days: -victim * 400)
            let referral = try wb.referCase(
                ReferralRequest(
                    victimName: "Victim \(victim)", dateOfBirth: born,
                    referringAgency: agencies[n % agencies.count], date: day(date), area: area,
                    dashScore: 14 + n % 8, children: n % 4 == 0 ? 0 : n % 3,
                    diversity: Diversity(
                        gender: genders[victim % genders.count],
                        ethnicity: ethnicities[victim % ethnicities.count],
                        disability: disabilities[victim % disabilities.count],
                        sexualOrientation: orientations[victim % orientations.count])))
            references.append(referral.reference)
            return referral.reference
        }
        func hold(_ date: String, defer deferred: String? = nil, close: Bool = true) throws {
            let meeting = try wb.newMeeting(date: day(date), area: "Northby", capacity: 40)
            _ = try wb.buildAgenda(meeting.id)
            if let deferred { _ = try wb.deferAgendaItem(meeting: meeting.id, reference: deferred) }
            if close {
                _ = try wb.openMeeting(meeting.id)
                _ = try wb.closeMeeting(meeting.id)
            }
        }
        for n in 0..<14 { _ = try refer(n, on: "2026-07-\(String(format: "%02d", 1 + n))") }
        let deferred = references[3]
        try hold("2026-07-22", defer: deferred)
        for n in 14..<30 { _ = try refer(n, on: "2026-08-\(String(format: "%02d", 1 + n - 14))") }
        // Two referrals of one victim waiting together are heard as one case.
        _ = try refer(13, on: "2026-08-20")
        // Cases of the other area: one transferred in before the next meeting, one out.
        let incoming = try refer(40, on: "2026-08-10", area: "Southby")
        _ = try wb.transferCase(incoming, toArea: "Northby", reason: "moved", on: day("2026-08-21"))
        try hold("2026-09-02")
        for n in 30..<40 { _ = try refer(n, on: "2026-09-\(String(format: "%02d", 3 + n - 30))") }
        _ = try wb.transferCase(
            references[31], toArea: "Southby", reason: "moved", on: day("2026-09-14"))
        try hold("2026-10-07")
        _ = try refer(41, on: "2026-10-10")
        try hold("2026-10-20", close: false)
        // IDVA allocations with each engagement, and perpetrators of all ages.
        for (index, reference) in references.enumerated() where index % 2 == 0 {
            _ = try wb.allocateIDVA(reference, agency: "IDVA", on: day("2026-10-01"))
            let statuses: [IDVAEngagement?] = [.engaged, .notEngaged, .declined, nil]
            if let status = statuses[index / 2 % 4] {
                _ = try wb.recordIDVAEngagement(reference, status: status, on: day("2026-10-02"))
            }
        }
        for (index, reference) in references.enumerated() where index % 3 == 0 {
            let referral = try #require(try wb.db.referral(reference: reference))
            // 17 by date of birth; 17 or 30 by age alone; an adult by date of birth.
            _ = try wb.addPerpetrator(
                PerpetratorRequest(
                    name: "Perpetrator \(index)",
                    dateOfBirth: referral.date.adding(days: -(17 * 365)),
                    relationship: "partner"), to: reference)
            _ = try wb.addPerpetrator(
                PerpetratorRequest(
                    name: "Aged Perpetrator \(index)", age: index % 2 == 0 ? 17 : 30,
                    relationship: "ex-partner"), to: reference)
            if index % 2 == 0 {
                _ = try wb.addPerpetrator(
                    PerpetratorRequest(
                        name: "Adult Perpetrator \(index)", dateOfBirth: day("1980-05-05"),
                        relationship: "family-member"), to: reference)
            }
        }
        return test
    }

    /// The independent SQL, one row per meeting: the listed agenda item is the case heard.
    static let perMeetingSQL = """
        SELECT m.id, m.held_on, m.area, count(*), sum(r.is_repeat),
          sum((SELECT max(v.children) FROM agenda_item j JOIN referral v ON v.id = j.referral_id
               WHERE j.meeting_id = i.meeting_id AND j.deferred = 0
                 AND (j.referral_id = i.referral_id OR j.heard_with = i.referral_id)) > 0),
          sum((SELECT max(v.children) FROM agenda_item j JOIN referral v ON v.id = j.referral_id
               WHERE j.meeting_id = i.meeting_id AND j.deferred = 0
                 AND (j.referral_id = i.referral_id OR j.heard_with = i.referral_id))),
          sum(a.sector = 'police'), sum(a.sector <> 'police'),
          sum(p.ethnicity <> 'not recorded' AND lower(p.ethnicity) NOT LIKE 'white%'
              AND lower(p.ethnicity) <> 'prefer not to say'),
          sum(lower(p.sexual_orientation) IN ('lesbian', 'gay', 'bisexual')),
          sum(lower(p.disability) = 'yes'),
          sum(lower(p.gender) IN ('male', 'man')),
          sum(date(p.date_of_birth, '+18 years') > r.referred_on),
          sum((SELECT count(*) FROM perpetrator x JOIN person q ON q.id = x.person_id
               WHERE x.referral_id = r.id
                 AND coalesce(date(q.date_of_birth, '+18 years') > r.referred_on, x.age < 18))),
          sum(d.referral_id IS NOT NULL), sum(d.engagement = 'engaged'),
          sum(d.engagement = 'not-engaged'), sum(d.engagement = 'declined'),
          sum(r.id IN (SELECT referral_id FROM case_transfer WHERE direction = 'in'))
        FROM agenda_item i
        JOIN meeting m ON m.id = i.meeting_id
        JOIN referral r ON r.id = i.referral_id
        JOIN agency a ON a.id = r.agency_id
        JOIN person p ON p.id = r.victim_id
        LEFT JOIN idva_allocation d ON d.referral_id = r.id
        WHERE i.deferred = 0 AND i.heard_with IS NULL AND m.closed_at IS NOT NULL
          AND m.held_on BETWEEN '2026-07-01' AND '2026-11-25'
        GROUP BY m.id ORDER BY m.held_on, m.id;
        """

    /// Runs `sql` in the `sqlite3` shell on `path`: rows of `|`-separated fields.
    static func sqlite3(_ path: String, _ sql: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-readonly", path, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// A meeting's figures as the independent SQL's columns read them.
    static func row(_ meeting: DataReturn.MeetingFigures) -> [String] {
        let f = meeting.figures
        return [String(meeting.meetingID), meeting.date.description, meeting.area]
            + [
                f.casesHeard, f.repeatCases, f.casesWithChildren, f.children, f.policeReferrals,
                f.partnerReferrals, f.raciallyMinoritised, f.lgbt, f.disabled, f.male,
                f.aged16To17, f.perpetratorsAged17OrUnder, f.idvaAllocated, f.idvaEngaged,
                f.idvaNotEngaged, f.idvaDeclined, f.transferredIn,
            ].map(String.init)
    }

    @Test("Every figure of each meeting, the period's sums and the transfers match the SQL")
    func figuresMatchSQL() throws {
        let test = try Self.seeded(.sqlite)
        let report = try test.workbench.dataReturn(from: Self.from, to: Self.to)
        let path = test.database.location
        let expected = try Self.sqlite3(path, Self.perMeetingSQL)
        #expect(expected.count == 3)
        #expect(report.perMeeting.map(Self.row) == expected)
        // Enough variety that each count is exercised.
        let t = report.totals
        for (name, value) in [
            ("repeats", t.repeatCases), ("children", t.children), ("police", t.policeReferrals),
            ("minoritised", t.raciallyMinoritised), ("lgbt", t.lgbt), ("disabled", t.disabled),
            ("male", t.male), ("16-17", t.aged16To17),
            ("perpetrators", t.perpetratorsAged17OrUnder),
            ("engaged", t.idvaEngaged), ("declined", t.idvaDeclined),
            ("not engaged", t.idvaNotEngaged),
            ("transfer in", t.transferredIn),
        ] {
            #expect(value > 0, "\(name) is never counted")
        }
        let sums = try #require(
            Self.sqlite3(
                path,
                "SELECT count(*), sum(r.is_repeat) FROM agenda_item i "
                    + "JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id "
                    + "WHERE i.deferred = 0 AND i.heard_with IS NULL AND m.closed_at IS NOT NULL "
                    + "AND m.held_on BETWEEN '2026-07-01' AND '2026-11-25';"
            ).first)
        #expect([String(report.casesHeard), String(report.repeatCases)] == sums)
        #expect(report.meetings == 3)
        let byAgency = try Self.sqlite3(
            path,
            """
            SELECT a.code, count(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
            JOIN referral r ON r.id = i.referral_id JOIN agency a ON a.id = r.agency_id
            WHERE i.deferred = 0 AND i.heard_with IS NULL AND m.closed_at IS NOT NULL
              AND m.held_on BETWEEN '2026-07-01' AND '2026-11-25'
            GROUP BY a.code ORDER BY 2 DESC, 1;
            """)
        #expect(report.referralsByAgency.map { [$0.label, String($0.count)] } == byAgency)
        let transfers = try Self.sqlite3(
            path,
            "SELECT sum(direction = 'out'), sum(direction = 'in') FROM case_transfer "
                + "WHERE transferred_on BETWEEN '2026-07-01' AND '2026-11-25';")
        #expect([[String(report.transfersOut), String(report.transfersIn)]] == transfers)
        // One area: only its meetings and the transfers out of and in to it.
        let south = try test.workbench.dataReturn(from: Self.from, to: Self.to, area: "Southby")
        #expect(south.meetings == 0 && south.transfersOut == 1 && south.transfersIn == 1)
    }

    @Test("A PostgreSQL server gives the same data return as the file", arguments: Backend.all)
    func sameOnBothBackends(backend: Backend) throws {
        guard backend == .postgreSQL else { return }
        // Kept in locals: a test database is removed when its value goes away.
        let onFile = try Self.seeded(.sqlite)
        let onServer = try Self.seeded(backend)
        let file = try onFile.workbench.dataReturn(from: Self.from, to: Self.to)
        let server = try onServer.workbench.dataReturn(from: Self.from, to: Self.to)
        #expect(server == file)
        #expect(server.casesHeard > 30)
    }

    @Test("Capacity is set beside SafeLives' benchmarks from the area's population and FTEs")
    func capacityFromPolicy() throws {
        let policy = PolicySet.embedded.dataReturn
        let capacity = DataReturn.capacity(
            area: "Demoshire", casesHeard: 146, days: 365, policy: policy)
        // 128,000 adult women: 40 per 10,000 a year is 512 expected cases.
        #expect(capacity.expectedCases == 512)
        #expect(capacity.idvaFTENeeded == 1.46)
        #expect(capacity.idvaFTENeededForExpected == 5.12)
        #expect(capacity.idvaCapacity == 350)
        #expect(capacity.administratorFTENeeded == 0.365)
        let unknown = DataReturn.capacity(area: "Nowhere", casesHeard: 10, days: 91, policy: policy)
        #expect(unknown.expectedCases == nil && unknown.idvaFTE == nil)
        #expect(policy.suppressed(0) == "0" && policy.suppressed(5) == "5 or under")
        #expect(policy.suppressed(6) == "6")
    }
}
