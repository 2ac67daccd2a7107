import Testing

@testable import MARACKit

@Suite("DHR actions: evidence and sign-off")
struct DHRActionTests {
    @Test(
        "An action is added with SMART warnings, not refused, and audited", arguments: Backend.all)
    func addWithWarnings(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let vague = try test.workbench.addDHRAction(
            NewDHRAction(
                review: review.id, recommendation: 1, agencyCode: "IDVA",
                target: day("2027-01-31"), text: "Raise awareness of coercive control"))
        #expect(vague.smart.failedLetters == "SM")
        #expect(vague.smart.notes.map(\.rule) == ["owner-missing"])
        #expect(vague.action.label == "A1")
        #expect(vague.action.createdOn == day("2026-11-25"))
        #expect(try test.workbench.auditLog().last?.summary.hasSuffix("SMART 3/5") == true)
        #expect(throws: DHRError.unknownRecommendation(review: review.id, number: 9)) {
            try test.workbench.addDHRAction(
                NewDHRAction(
                    review: review.id, recommendation: 9, agencyCode: "IDVA",
                    target: day("2027-01-31"), text: "Publish a procedure"))
        }
        #expect(throws: MARACError.unknownAgency("NOPE")) {
            try test.addAction(review, agency: "NOPE")
        }
        #expect(try test.workbench.reviewDetail(review.id).actions.count == 1)
    }

    @Test(
        "Closing needs evidence, now or earlier; a refused close changes nothing",
        arguments: Backend.all)
    func closingNeedsEvidence(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let action = try test.addAction(review)
        let audits = try test.workbench.auditLog().count
        #expect(throws: DHRError.evidenceRequired(action: action.id)) {
            try test.workbench.updateDHRAction(action.id, DHRActionChange(status: .closed))
        }
        #expect(try test.workbench.dhrActionDetail(action.id).updates.isEmpty)
        #expect(try test.workbench.dhrActionDetail(action.id).tracked.action.status == .open)
        #expect(try test.workbench.auditLog().count == audits)

        test.workbench.today = day("2026-12-01")
        _ = try test.workbench.updateDHRAction(
            action.id, DHRActionChange(note: "draft circulated", evidence: "draft v1 on file"))
        test.workbench.today = day("2026-12-10")
        let closed = try test.workbench.updateDHRAction(
            action.id, DHRActionChange(status: .closed, outcome: "procedure in force"))
        #expect(closed.status == .closed)
        #expect(closed.completedOn == day("2026-12-10"))
        #expect(closed.outcome == "procedure in force")
        #expect(closed.lastActivity == day("2026-12-10"))
        #expect(
            try test.workbench.dhrActionDetail(action.id).updates.map(\.on) == [
                day("2026-12-01"), day("2026-12-10"),
            ])
    }

    @Test("Sign-off needs a closed action with evidence, and freezes it", arguments: Backend.all)
    func signOff(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let action = try test.addAction(review)
        #expect(throws: DHRError.signOffNeedsClosed(action: action.id, status: .open)) {
            try test.workbench.signOffDHRAction(action.id)
        }
        _ = try test.workbench.updateDHRAction(
            action.id, DHRActionChange(status: .closed, evidence: "procedure published"))
        let signed = try test.workbench.signOffDHRAction(action.id)
        #expect(signed.signedOffOn == day("2026-11-25"))
        #expect(signed.signedOffBy == test.workbench.user)
        #expect(throws: DHRError.signedOff(action: action.id)) {
            try test.workbench.updateDHRAction(action.id, DHRActionChange(status: .inProgress))
        }
        #expect(throws: DHRError.signedOff(action: action.id)) {
            try test.workbench.signOffDHRAction(action.id)
        }
        #expect(try test.workbench.auditLog().last?.command == "dhr action signoff")
    }

    @Test(
        "A closed action reopens until signed off; a cancelled one cannot close directly",
        arguments: Backend.all)
    func transitions(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let action = try test.addAction(review)
        _ = try test.workbench.updateDHRAction(
            action.id, DHRActionChange(status: .closed, evidence: "procedure published"))
        let reopened = try test.workbench.updateDHRAction(
            action.id, DHRActionChange(status: .inProgress, note: "found a gap"))
        #expect(reopened.completedOn == nil)
        _ = try test.workbench.updateDHRAction(action.id, DHRActionChange(status: .cancelled))
        let error = #expect(throws: DHRError.self) {
            try test.workbench.updateDHRAction(action.id, DHRActionChange(status: .closed))
        }
        #expect(error == .invalidActionStatus(from: .cancelled, to: .closed, allowed: [.open]))
        #expect(
            error?.description
                == "--status: cannot go from cancelled to closed; allowed from cancelled: open")
    }

    @Test("An update from a stale version is refused", arguments: Backend.all)
    func staleVersion(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let action = try test.addAction(review)
        _ = try test.workbench.updateDHRAction(action.id, DHRActionChange(note: "first"))
        #expect(
            throws: MARACError.staleUpdate(
                entity: "DHR action", id: action.id, expected: 1, found: 2)
        ) {
            try test.workbench.updateDHRAction(
                action.id, DHRActionChange(note: "second"), expectedVersion: 1)
        }
    }

    @Test("Due soon and overdue lists for one agency", arguments: Backend.all)
    func dueSoonAndOverdue(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        try test.addAction(review, agency: "POL", target: "2026-11-24")
        try test.addAction(review, agency: "POL", target: "2026-11-25")
        try test.addAction(review, agency: "POL", target: "2026-12-25")
        try test.addAction(review, agency: "POL", target: "2026-12-26")
        try test.addAction(review, agency: "IDVA", target: "2026-12-01")
        #expect(
            try test.workbench.dhrDueSoon(agency: "POL").map(\.action.target) == [
                day("2026-11-25"), day("2026-12-25"),
            ])
        #expect(try test.workbench.dhrDueSoon(agency: "POL", days: 0).count == 1)
        #expect(
            try test.workbench.overdueDHRActions(agency: "POL").map(\.target) == [day("2026-11-24")]
        )
        #expect(try test.workbench.overdueDHRActions(agency: "IDVA").isEmpty)
    }
}
