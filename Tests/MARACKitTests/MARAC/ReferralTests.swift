import Testing

@testable import MARACKit

@Suite("Referrals")
struct ReferralTests {
    @Test(
        "A referral with DASH 13 and no other criterion is refused, naming the thresholds",
        arguments: Backend.all)
    func belowThresholdRefused(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let error = try #require(throws: MARACError.self) {
            try test.refer(on: "2026-11-01", dash: 13, callouts: 2)
        }
        #expect(
            error
                == .belowThreshold(
                    dash: 13, dashRequired: 14, callouts: 2, calloutsRequired: 3, months: 12))
        #expect(error.description.contains("below 14"))
        #expect(!error.description.contains("Alice"))
        #expect(try test.workbench.cases().isEmpty)
    }

    @Test(
        "Each criterion qualifies at its threshold and not below it",
        arguments: [
            (14, nil, Criterion.dash, true), (13, nil, .dash, false),
            (nil, 3, .escalation, true), (nil, 2, .escalation, false),
        ] as [(Int?, Int?, Criterion, Bool)])
    func thresholds(dash: Int?, callouts: Int?, criterion: Criterion, qualifies: Bool) throws {
        let request = ReferralRequest(
            victimName: "A", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
            date: day("2026-11-01"), dashScore: dash, callouts: callouts)
        let met = try? ReferralRules.evaluate(
            request, isRepeat: false, today: day("2026-11-25"), criteria: .safeLivesDefault)
        #expect((met?.contains(criterion) ?? false) == qualifies)
    }

    @Test("An area's own escalation threshold applies")
    func areaThreshold() throws {
        var criteria = ReferralCriteria.safeLivesDefault
        criteria.escalationThreshold = 5
        let request = ReferralRequest(
            victimName: "A", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
            date: day("2026-11-01"), callouts: 4)
        #expect(throws: MARACError.self) {
            try ReferralRules.evaluate(
                request, isRepeat: false, today: day("2026-11-25"), criteria: criteria)
        }
    }

    @Test(
        "Professional judgement raises a case with a low score; an override is recorded",
        arguments: Backend.all)
    func judgementAndOverride(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let judged = try test.workbench.referCase(
            ReferralRequest(
                victimName: "B", dateOfBirth: day("1985-05-05"), referringAgency: "IDVA",
                date: day("2026-11-02"), dashScore: 9, visibleHighRisk: "threats to kill"))
        #expect(judged.criteria == [.professionalJudgement])
        let overridden = try test.refer(
            "C", on: "2026-11-03", dash: 10, override: "coordinator's decision")
        #expect(overridden.criteria == [.override])
        #expect(overridden.overrideReason == "coordinator's decision")
    }

    @Test(
        "A referral is a repeat the day before 12 months have passed, not on or after the anniversary",
        arguments: Backend.all,
        [("2026-03-09", true), ("2026-03-10", false), ("2026-03-11", false)])
    func repeatWindow(backend: Backend, row: (String, Bool)) throws {
        let (second, isRepeat) = row
        let test = try TestWorkbench(backend, today: day("2026-11-25"))
        let first = try test.refer(on: "2025-03-10")
        let again = try test.refer(on: second, dash: isRepeat ? 2 : 15)
        #expect(again.isRepeat == isRepeat)
        #expect(again.previousReference == (isRepeat ? first.reference : nil))
        if isRepeat { #expect(again.criteria == [.repeat]) }
    }

    @Test(
        "Victims are matched on name and date of birth, whatever the case and spacing",
        arguments: Backend.all)
    func personMatching(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        try test.refer("Alice  Example", on: "2026-10-01")
        let second = try test.refer("alice example", on: "2026-11-01")
        #expect(second.isRepeat)
        let other = try test.workbench.referCase(
            ReferralRequest(
                victimName: "Alice Example", dateOfBirth: day("1991-01-01"), referringAgency: "POL",
                date: day("2026-11-01"), dashScore: 20))
        #expect(!other.isRepeat)
    }

    @Test(
        "Bad fields are refused with the field named and nothing stored",
        arguments: Backend.all,
        [
            ("--dash", 25, "2026-11-01", "POL"), ("--date", 15, "2026-12-01", "POL"),
            ("--dob", 15, "2026-11-01", "POL"),
        ])
    func badFields(backend: Backend, row: (String, Int, String, String)) throws {
        let (field, dash, date, agency) = row
        let test = try TestWorkbench(backend)
        let birth = field == "--dob" ? day("2015-01-01") : day("1990-01-01")
        let error = try #require(throws: MARACError.self) {
            try test.workbench.referCase(
                ReferralRequest(
                    victimName: "A", dateOfBirth: birth, referringAgency: agency, date: day(date),
                    dashScore: dash))
        }
        #expect(error.description.hasPrefix(field))
        #expect(try test.workbench.cases().isEmpty)
    }

    @Test("An unknown agency is refused", arguments: Backend.all)
    func unknownAgency(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        #expect(throws: MARACError.unknownAgency("NOPE")) {
            try test.workbench.referCase(
                ReferralRequest(
                    victimName: "A", dateOfBirth: day("1990-01-01"), referringAgency: "NOPE",
                    date: day("2026-11-01"), dashScore: 20))
        }
    }

    @Test(
        "DASH answers are kept and counted; a score that disagrees is refused",
        arguments: Backend.all)
    func dashAnswers(backend: Backend) throws {
        let answers = try ReferralRequest.parseAnswers(
            String(repeating: "y", count: 15) + String(repeating: "n", count: 9), questionCount: 24)
        let test = try TestWorkbench(backend)
        let referral = try test.workbench.referCase(
            ReferralRequest(
                victimName: "A", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day("2026-11-01"), dashAnswers: answers))
        #expect(referral.dashScore == 15)
        #expect(throws: MARACError.self) {
            try ReferralRequest.parseAnswers("yyn", questionCount: 24)
        }
    }

    @Test(
        "CSV import is all or nothing, reporting bad rows by line; --skip-bad keeps the good",
        arguments: Backend.all)
    func csvImport(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let csv = """
            victim,dob,by,date,dash,children
            "Smith, Jo",1990-01-01,POL,2026-10-01,15,1
            Bad Date,1990-01-01,POL,2026-02-30,15,0
            Low Score,1990-01-01,IDVA,2026-10-02,3,0
            Ann Other,1980-06-01,CSC,2026-10-03,20,2
            """
        let error = try #require(throws: ImportError.self) {
            try test.workbench.importCases(csv: csv)
        }
        #expect(error.rejected.map(\.line) == [3, 4])
        #expect(try test.workbench.cases().isEmpty)
        let report = try test.workbench.importCases(csv: csv, skipBad: true)
        #expect(report.imported == 2)
        #expect(report.rejected.map(\.line) == [3, 4])
        #expect(try test.workbench.cases().count == 2)
    }
}

@Suite("Referral criteria from Policies")
struct ReferralPolicyTests {
    @Test(
        "An area whose policy counts 5 call-outs refuses 4; the default area accepts them",
        arguments: Backend.all)
    func areaPolicy(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        _ = try test.workbench.addArea("Example Borough")
        func refer(_ area: String) throws -> Referral {
            try test.workbench.referCase(
                ReferralRequest(
                    victimName: "V \(area)", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                    date: day("2026-11-01"), area: area, callouts: 4))
        }
        #expect(throws: MARACError.self) { try refer("Example Borough") }
        #expect(try refer("default").criteria == [.escalation])
    }
}

@Suite("Minutes due")
struct MinutesDueTests {
    @Test(
        "Minutes are due 3 working days after the meeting, or as the area's policy says",
        arguments: Backend.all)
    func minutesDue(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let friday = try test.workbench.newMeeting(date: day("2026-11-27"), area: "default")
        #expect(try test.workbench.minutesDue(friday) == day("2026-12-02"))
        _ = try test.workbench.addArea("Example Borough")
        let borough = try test.workbench.newMeeting(
            date: day("2026-11-27"), area: "Example Borough")
        #expect(try test.workbench.minutesDue(borough) == day("2026-12-04"))
    }
}
