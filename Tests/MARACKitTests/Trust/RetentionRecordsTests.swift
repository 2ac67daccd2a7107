import Testing

@testable import MARACKit

/// Retention of every record type: sharing records, Domestic Homicide Reviews, and the hold of
/// cases linked to a review that is not closed.
@Suite("Retention of every record type")
struct RetentionRecordsTests {
    /// Rows in the tables a purge touches.
    static func counts(_ workbench: Workbench) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in [
            "referral", "person", "action", "sharing", "sharing_recipient", "sharing_basis",
            "dhr_review", "dhr_recommendation", "dhr_action", "dhr_action_update",
            "dhr_status_change", "dhr_panel_agency", "dhr_review_case",
        ] {
            result[table] = try workbench.db.scalar("SELECT count(*) FROM \(table)")
        }
        return result
    }

    /// A sharing record about `reference` by the health service, on `date`.
    @discardableResult
    static func share(_ workbench: Workbench, _ reference: String, on date: String) throws
        -> SharingLogEntry
    {
        try workbench.recordSharing(
            SharingRequest(
                caseReference: reference, agency: "HEALTH", recipients: ["MARAC", "IDVA"],
                summary: "Missed appointments", categories: ["health", "alleged-offence"],
                basisTags: ["preset:public-body-unlawful-acts"], consent: .notSought(.unsafe),
                commonLawPosition: .publicInterest, rationale: "Risk of serious harm",
                date: day(date)))
    }

    /// On 2026-01-10: Victim One referred 2026-01-05 with a sharing record (due 2032-01-05);
    /// Victim Two referred 2026-01-06 with a decision not to share, then again on 2027-03-01,
    /// which moves the decision's period to 2033-03-01 although 2032-01-06 was stored.
    static func sharingScenario() throws -> (
        test: TestWorkbench, one: String, shared: Int, two: [String], declined: Int
    ) {
        let test = try TestWorkbench(today: day("2026-01-10"), user: "ann")
        let workbench = test.workbench
        let one = try test.refer("Victim One", on: "2026-01-05")
        let shared = try share(workbench, one.reference, on: "2026-01-05")
        let first = try test.refer("Victim Two", on: "2026-01-06")
        let declined = try workbench.declineSharing(
            DeclineRequest(
                caseReference: first.reference, agency: "CSC", reasons: "Not necessary",
                requestedBy: ["POL"], date: day("2026-01-06")))
        #expect(declined.reviewOn == day("2032-01-06"))
        workbench.today = day("2027-03-01")
        let second = try test.refer("Victim Two", on: "2027-03-01")
        return (test, one.reference, shared.id, [first.reference, second.reference], declined.id)
    }

    @Test(
        "A sharing record is due exactly when its period from the victim's last referral ends",
        arguments: [
            ("2032-01-04", [String]()), ("2032-01-05", ["one"]), ("2033-02-28", ["one"]),
            ("2033-03-01", ["one", "two"]),
        ])
    func sharingBoundary(today: String, expected: [String]) throws {
        let (test, _, shared, _, declined) = try Self.sharingScenario()
        test.workbench.today = day(today)
        let ids = ["one": String(shared), "two": String(declined)]
        let due = try test.workbench.retentionDue().due.filter { $0.record == "sharing-record" }
        #expect(due.map(\.id) == expected.map { ids[$0]! })
        #expect(try test.workbench.retentionDue().held.isEmpty)
    }

    @Test("A purge deletes the expired sharing record with its recipients and tags, and its case")
    func sharingPurge() throws {
        let (test, one, shared, two, declined) = try Self.sharingScenario()
        let workbench = test.workbench
        workbench.today = day("2032-06-01")
        let review = try workbench.retentionDue()
        #expect(
            review.due.map { "\($0.record) \($0.id)" } == [
                "referral \(one)", "sharing-record \(shared)",
            ])
        #expect(review.due[1].ofCase == one)
        #expect(review.due[1].dependants == RetentionDependants(recipients: 2, tags: 6))
        let before = try Self.counts(workbench)
        let auditBefore = try workbench.auditLog(limit: 100_000).count
        let purge = try workbench.purgeExpiredRecords(confirmed: true)
        #expect(purge.deleted.map(\.id) == [String(shared), one])
        let after = try Self.counts(workbench)
        #expect(after["sharing"] == before["sharing"]! - 1)
        #expect(after["sharing_recipient"] == before["sharing_recipient"]! - 2)
        #expect(after["sharing_basis"] == before["sharing_basis"]! - 6)
        #expect(after["referral"] == before["referral"]! - 1)
        #expect(try workbench.sharingLog(case: two[0]).map(\.id) == [declined])
        let entries = try workbench.auditLog(limit: 100_000).dropFirst(auditBefore)
        #expect(
            entries.map { "\($0.entity) \($0.entityID)" } == [
                "sharing \(shared)", "referral \(one)", "person 1",
            ])
        #expect(entries.allSatisfy { !$0.summary.contains("Victim") })
        #expect(entries.allSatisfy { !$0.summary.contains("Missed") })
        #expect(try workbench.check().isEmpty)
        #expect(try workbench.verifyAudit().isIntact)
    }

    @Test("A referral cannot be deleted while sharing records point at it")
    func referralGuard() throws {
        let (test, one, _, _, _) = try Self.sharingScenario()
        let id = try test.workbench.referralID(one)
        #expect(throws: StorageError.self) {
            try test.workbench.db.execute("DELETE FROM referral WHERE id = ?", [id])
        }
        #expect(try test.workbench.db.scalar("SELECT count(*) FROM referral") == 3)
    }

    @Test("A meeting past its period goes although a kept case's sharing record was heard there")
    func meetingWithKeptSharing() throws {
        let test = try TestWorkbench(today: day("2026-01-10"), user: "ann")
        let workbench = test.workbench
        let referral = try test.refer("Victim Three", on: "2026-01-05")
        let meeting = try workbench.newMeeting(date: day("2026-01-12"), area: "default")
        _ = try workbench.buildAgenda(meeting.id)
        workbench.today = day("2026-01-12")
        _ = try workbench.openMeeting(meeting.id)
        var request = SharingRequest(
            caseReference: referral.reference, agency: "POL", summary: "Bail conditions",
            categories: ["criminal-offence"],
            basisTags: ["UKGDPR-6-1-e", "UKGDPR-10-DL", "DPA2018-S1-P10"],
            consent: .notSought(.unsafe), commonLawPosition: .publicInterest,
            rationale: "Risk of serious harm")
        request.meeting = meeting.id
        let entry = try workbench.recordSharing(request)
        _ = try workbench.closeMeeting(meeting.id)
        workbench.today = day("2030-01-05")
        try test.refer("Victim Three", on: "2030-01-05")
        workbench.today = day("2032-01-12")
        let purge = try workbench.purgeExpiredRecords(confirmed: true)
        #expect(purge.deleted.map { "\($0.record) \($0.id)" } == ["meeting \(meeting.id)"])
        let kept = try workbench.sharingLog(case: referral.reference)
        #expect(kept.map(\.id) == [entry.id])
        #expect(kept[0].meeting == nil)
        #expect(try workbench.check().isEmpty)
    }

    /// The scenario with the sharing-record period set to `years` from the last referral.
    static func workbench(sharingYears years: Int) throws -> (Workbench, TemporaryDirectory) {
        let (test, _, _, _, _) = try sharingScenario()
        var policies = PolicySet.embedded
        policies.retention.rules = policies.retention.rules.map {
            var rule = $0
            if rule.record == .sharingRecord { rule.count = years }
            return rule
        }
        let workbench = try Workbench(
            path: test.directory.file("test.sqlite"), user: "ann", today: day("2032-06-01"),
            policies: policies)
        return (workbench, test.directory)
    }

    @Test("Sharing records kept longer than their case hold the case; shorter ones go alone")
    func sharingPeriodDiffers() throws {
        let (longer, keepLonger) = try Self.workbench(sharingYears: 10)
        let held = try longer.retentionDue()
        #expect(held.due.isEmpty)
        #expect(held.held.map(\.record) == ["referral"])
        #expect(held.held[0].heldBecause == "its sharing records are kept until 2036-01-05")
        #expect(try longer.purgeExpiredRecords(confirmed: true).deleted.isEmpty)
        _ = keepLonger

        let (shorter, keepShorter) = try Self.workbench(sharingYears: 3)
        let purge = try shorter.purgeExpiredRecords(confirmed: true)
        // Victim One's case and record; Victim Two's decision (3 years from 2027-03-01) only.
        #expect(purge.deleted.map(\.record) == ["sharing-record", "sharing-record", "referral"])
        #expect(try Self.counts(shorter)["sharing"] == 0)
        #expect(try Self.counts(shorter)["referral"] == 2)
        #expect(try shorter.check().isEmpty)
        _ = keepShorter
    }

    /// On 2026-01-10 two reviews with plans: R1 closed 2026-06-01 (due 2041-06-01) and R2 still
    /// published, decided 2026-01-15.
    static func reviewScenario() throws -> TestWorkbench {
        let test = try TestWorkbench(today: day("2026-01-20"), user: "ann")
        let workbench = test.workbench
        for _ in 1...2 {
            let review = try test.reviewWithRecommendation()
            let action = try test.addAction(review)
            _ = try workbench.updateDHRAction(
                action.id, DHRActionChange(status: .closed, evidence: "procedure published"))
        }
        try workbench.db.execute(
            "INSERT INTO dhr_panel_agency(review_id, agency_id) VALUES (1, 1), (1, 2)")
        workbench.today = day("2026-06-01")
        for (id, last) in [(1, ReviewStatus.closed), (2, .published)] {
            for status in [ReviewStatus.inProgress, .submitted, .approved, last] {
                _ = try workbench.changeReviewStatus(id, to: status)
            }
        }
        return test
    }

    @Test(
        "A closed review is due exactly when its period after closure ends; an open one never",
        arguments: [("2041-05-31", [String]()), ("2041-06-01", ["R1"]), ("2090-01-01", ["R1"])])
    func reviewBoundary(today: String, expected: [String]) throws {
        let test = try Self.reviewScenario()
        test.workbench.today = day(today)
        let review = try test.workbench.retentionDue()
        #expect(review.due.map(\.id) == expected)
        #expect(review.held.isEmpty)
    }

    @Test("A purge deletes the closed review's whole plan and nothing of the other review")
    func reviewPurge() throws {
        let test = try Self.reviewScenario()
        let workbench = test.workbench
        workbench.today = day("2041-06-01")
        let item = try workbench.retentionDue().due[0]
        #expect(
            item.dependants
                == RetentionDependants(
                    actions: 1, updates: 1, recommendations: 1, statusChanges: 4,
                    panelAgencies: 2))
        let before = try Self.counts(workbench)
        let auditBefore = try workbench.auditLog(limit: 100_000).count
        _ = try workbench.purgeExpiredRecords(confirmed: true)
        let after = try Self.counts(workbench)
        #expect(
            after == [
                "referral": 0, "person": 0, "action": 0, "sharing": 0, "sharing_recipient": 0,
                "sharing_basis": 0, "dhr_review": 1, "dhr_recommendation": 1, "dhr_action": 1,
                "dhr_action_update": 1, "dhr_status_change": 4, "dhr_panel_agency": 0,
                "dhr_review_case": 0,
            ])
        #expect(before["dhr_review"] == 2)
        #expect(try workbench.reviews().map(\.id) == [2])
        let entries = try workbench.auditLog(limit: 100_000).dropFirst(auditBefore)
        #expect(
            entries.map { "\($0.entity) \($0.entityID)" } == ["dhr-action A1", "dhr-review R1"])
        #expect(entries.allSatisfy { !$0.summary.contains("Adult A") })
        #expect(try workbench.check().isEmpty)
        #expect(try workbench.verifyAudit().isIntact)
    }

    @Test("A case linked to an open DHR is held with its sharing records until the review closes")
    func openReviewHold() throws {
        let (test, one, shared, _, _) = try Self.sharingScenario()
        let workbench = test.workbench
        let review = try workbench.newReview(
            NewReview(pseudonym: "Adult B", csp: "Example CSP", decisionDate: day("2027-03-02")))
        let links = try workbench.linkCase(review: review.id, reference: one)
        #expect(links == ReviewCaseLinks(review: "R1", cases: [one]))
        #expect(try workbench.reviewDetail(review.id).linkedCases == [one])

        workbench.today = day("2032-06-01")
        let due = try workbench.retentionDue()
        #expect(due.due.isEmpty)
        #expect(
            due.held.map { "\($0.record) \($0.id)" } == [
                "referral \(one)", "sharing-record \(shared)",
            ])
        #expect(due.held.allSatisfy { $0.heldBecause == "\(one): linked to open DHR R1" })
        #expect(due.held[0].dependants.caseLinks == 1)
        let before = try Self.counts(workbench)
        let error = #expect(throws: RetentionError.self) {
            try workbench.purgeExpiredRecords(confirmed: false)
        }
        #expect(error == .notConfirmed(wouldDelete: []))
        #expect(try workbench.purgeExpiredRecords(confirmed: true).deleted.isEmpty)
        #expect(try Self.counts(workbench) == before)

        for status in [ReviewStatus.inProgress, .submitted, .approved, .closed] {
            _ = try workbench.changeReviewStatus(review.id, to: status)
        }
        #expect(throws: DHRError.reviewClosed(review.id)) {
            try workbench.unlinkCase(review: review.id, reference: one)
        }
        let purge = try workbench.purgeExpiredRecords(confirmed: true)
        #expect(purge.deleted.map(\.id) == [String(shared), one])
        #expect(purge.people == 1)
        let after = try Self.counts(workbench)
        #expect(after["dhr_review_case"] == 0)
        #expect(after["dhr_review"] == 1)
        #expect(try workbench.reviewDetail(review.id).linkedCases.isEmpty)
        #expect(try workbench.check().isEmpty)
        #expect(try workbench.verifyAudit().isIntact)
    }

    @Test("A link to an open review holds all the victim's cases; unlinking releases them")
    func unlinkReleases() throws {
        let (test, _, _, two, declined) = try Self.sharingScenario()
        let workbench = test.workbench
        let review = try workbench.newReview(NewReview(pseudonym: "Adult C", csp: "Example CSP"))
        try workbench.linkCase(review: review.id, reference: two[0])
        workbench.today = day("2033-03-01")
        let held = try workbench.retentionDue().held
        #expect(held.map(\.id) == two + [String(declined)])
        #expect(held.allSatisfy { $0.heldBecause == "\(two[0]): linked to open DHR R1" })
        try workbench.unlinkCase(review: review.id, reference: two[0])
        #expect(try workbench.retentionDue().held.isEmpty)
        #expect(try workbench.purgeExpiredRecords(confirmed: true).deleted.count == 5)
        #expect(try Self.counts(workbench)["referral"] == 0)
        #expect(try workbench.check().isEmpty)
    }

    @Test("Linking twice, unlinking what is not linked and linking an unknown case are refused")
    func linkErrors() throws {
        let test = try TestWorkbench()
        let workbench = test.workbench
        let referral = try test.refer(on: "2026-11-01")
        let review = try workbench.newReview(NewReview(pseudonym: "Adult D", csp: "Example CSP"))
        let auditBefore = try workbench.auditLog(limit: 100).count
        try workbench.linkCase(review: review.id, reference: referral.reference)
        #expect(try workbench.auditLog(limit: 100).count == auditBefore + 1)
        #expect(throws: DHRLinkError.alreadyLinked(review: 1, reference: referral.reference)) {
            try workbench.linkCase(review: review.id, reference: referral.reference)
        }
        #expect(throws: MARACError.unknownCase("C-999999")) {
            try workbench.linkCase(review: review.id, reference: "C-999999")
        }
        #expect(throws: DHRError.unknownReview(9)) {
            try workbench.linkCase(review: 9, reference: referral.reference)
        }
        try workbench.unlinkCase(review: review.id, reference: referral.reference)
        #expect(throws: DHRLinkError.notLinked(review: 1, reference: referral.reference)) {
            try workbench.unlinkCase(review: review.id, reference: referral.reference)
        }
        #expect(try workbench.auditLog(limit: 100).count == auditBefore + 2)
        #expect(!DHRLinkError.notLinked(review: 1, reference: "C-1").description.isEmpty)
    }
}
