import Testing

@testable import MARACKit

@Suite("Dates that agree")
struct DateAgreementTests {
    @Test("A meeting cannot be opened before its day; opened later, the statement is dated at it")
    func openingDay() throws {
        let test = try TestWorkbench(today: day("2026-12-02"))
        let meeting = try test.workbench.newMeeting(
            date: day("2026-12-10"), area: "default", startsAt: "10:00")
        #expect(throws: MARACError.self) { try test.workbench.openMeeting(meeting.id) }
        #expect(try test.workbench.meetingDetail(meeting.id).meeting.openedAt == nil)
        test.workbench.today = day("2026-12-14")
        let opened = try test.workbench.openMeeting(meeting.id)
        #expect(opened.openedAt == "2026-12-10T10:00")
    }

    @Test("Opened on its day, the statement is recorded at the time it was read")
    func openedOnTheDay() throws {
        let test = try TestWorkbench(today: day("2026-12-10"))
        let meeting = try test.workbench.newMeeting(date: day("2026-12-10"), area: "default")
        let opened = try test.workbench.openMeeting(meeting.id)
        #expect(opened.openedAt?.hasSuffix("Z") == true)
    }

    @Test("An action cannot fall due before the meeting that agreed it")
    func actionDue() throws {
        let test = try TestWorkbench()
        let referral = try test.refer(on: "2026-11-01")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-20"), area: "default")
        #expect(throws: MARACError.self) {
            try test.workbench.addAction(
                reference: referral.reference, agency: "POL", due: day("2026-11-19"),
                text: "Visit", meeting: meeting.id)
        }
        let action = try test.workbench.addAction(
            reference: referral.reference, agency: "POL", due: day("2026-11-20"), text: "Visit",
            meeting: meeting.id)
        #expect(throws: MARACError.self) {
            try test.workbench.updateAction(action.id, ActionChange(due: day("2026-11-10")))
        }
    }

    /// A sharing record that meets every rule, by HEALTH.
    func request(_ reference: String, on date: Day) -> SharingRequest {
        SharingRequest(
            caseReference: reference, agency: "HEALTH", summary: "Injuries",
            categories: ["health", "alleged-offence"],
            basisTags: ["preset:public-body-unlawful-acts"], consent: .notSought(.unsafe),
            commonLawPosition: .publicInterest, rationale: "Risk of serious harm", date: date)
    }

    @Test("A sharing record dated in the future or before the referral is refused")
    func sharingDates() throws {
        let test = try TestWorkbench()
        let referral = try test.refer(on: "2026-11-01")
        for date in ["2026-11-26", "2026-10-31"] {
            #expect(throws: MARACError.self) {
                try test.workbench.recordSharing(request(referral.reference, on: day(date)))
            }
        }
        #expect(try test.workbench.sharingLog().isEmpty)
        _ = try test.workbench.recordSharing(request(referral.reference, on: day("2026-11-25")))
    }

    @Test("A tag in force after the sharing date is refused, though in force today (rule 6)")
    func tagInForceAfterSharing() throws {
        var policies = PolicySet.embedded
        var tags = policies.lawfulBases.tags
        let index = try #require(tags.firstIndex { $0.id == "UKGDPR-6-1-e" })
        tags[index].status = .prospective
        tags[index].inForceDate = day("2026-11-15")
        policies.lawfulBases = LawfulBasisCatalogue(tags)
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("t.sqlite"), user: "tester", today: day("2026-11-25"),
            policies: policies)
        try workbench.addAgency(
            Agency(code: "POL", name: "Police", sector: "police", isPublicAuthority: true))
        try workbench.addAgency(
            Agency(code: "HEALTH", name: "Health", sector: "health", isPublicAuthority: true))
        let referral = try workbench.referCase(
            ReferralRequest(
                victimName: "Dee Basis", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day("2026-11-01"), dashScore: 15))
        let refusal = try #require(throws: SharingRefused.self) {
            try workbench.recordSharing(request(referral.reference, on: day("2026-11-14")))
        }
        #expect(refusal.violations.map(\.rule) == [.inForce])
        _ = try workbench.recordSharing(request(referral.reference, on: day("2026-11-15")))
    }
}
