import Testing

@testable import MARACKit

@Suite("The MARAC cycle")
struct MeetingCycleTests {
    @Test(
        "The agenda lists cases with children first, then the others, oldest referral first",
        arguments: Backend.all)
    func agendaOrder(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let a = try test.refer("A", on: "2026-11-03")
        let b = try test.refer("B", on: "2026-11-01", children: 2)
        let c = try test.refer("C", on: "2026-11-02")
        let d = try test.refer("D", on: "2026-11-04", children: 1)
        let late = try test.refer("E", on: "2026-11-20")
        let meeting = try test.workbench.newMeeting(
            date: day("2026-11-10"), area: "default", capacity: 10)
        let detail = try test.workbench.buildAgenda(meeting.id)
        #expect(detail.agenda.map(\.reference) == [b, d, c, a].map(\.reference))
        #expect(detail.agenda.map(\.section) == [.children, .children, .other, .other])
        #expect(detail.agenda.first?.slot == "09:50")
        #expect(!detail.agenda.map(\.reference).contains(late.reference))
    }

    @Test(
        "Capacity takes the oldest referrals; moving and deferring reorder the agenda",
        arguments: Backend.all)
    func capacityMoveDefer(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let cases = try (1...4).map { try test.refer("V\($0)", on: "2026-11-0\($0)") }
        let meeting = try test.workbench.newMeeting(
            date: day("2026-11-10"), area: "default", capacity: 3)
        var detail = try test.workbench.buildAgenda(meeting.id)
        #expect(detail.agenda.map(\.reference) == cases.prefix(3).map(\.reference))
        detail = try test.workbench.moveAgendaItem(
            meeting: meeting.id, reference: cases[2].reference, to: 1)
        #expect(detail.agenda.map(\.reference) == [cases[2], cases[0], cases[1]].map(\.reference))
        detail = try test.workbench.deferAgendaItem(
            meeting: meeting.id, reference: cases[0].reference)
        #expect(detail.agenda.map(\.reference) == [cases[2], cases[1]].map(\.reference))
        #expect(detail.deferred == [cases[0].reference])
        #expect(throws: MARACError.self) {
            try test.workbench.moveAgendaItem(
                meeting: meeting.id, reference: cases[1].reference, to: 9)
        }
    }

    @Test("Closing a meeting marks its cases heard and freezes it", arguments: Backend.all)
    func closeMeeting(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let referral = try test.refer(on: "2026-11-01")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-10"), area: "default")
        _ = try test.workbench.buildAgenda(meeting.id)
        _ = try test.workbench.openMeeting(meeting.id)
        try test.workbench.addRepresentative(agency: "POL", name: "DS Rep")
        try test.workbench.recordAttendance(
            meeting: meeting.id, agency: "POL", status: .present, representative: "DS Rep")
        _ = try test.workbench.closeMeeting(meeting.id)
        #expect(try test.workbench.cases(unheard: true).isEmpty)
        #expect(
            try test.workbench.caseDetail(referral.reference).referral.heardOn == day("2026-11-10"))
        #expect(throws: MARACError.meetingClosed(meeting.id)) {
            try test.workbench.recordAttendance(
                meeting: meeting.id, agency: "IDVA", status: .absent)
        }
    }

    @Test(
        "Actions: due date before the referral refused; overdue and due-soon lists; evidence to close",
        arguments: Backend.all)
    func actions(backend: Backend) throws {
        let test = try TestWorkbench(backend, today: day("2026-11-25"))
        let referral = try test.refer(on: "2026-11-01")
        #expect(throws: MARACError.self) {
            try test.workbench.addAction(
                reference: referral.reference, agency: "POL", due: day("2026-10-01"), text: "Visit")
        }
        #expect(throws: MARACError.unknownCase("C-999999")) {
            try test.workbench.addAction(
                reference: "C-999999", agency: "POL", due: day("2026-12-01"), text: "Visit")
        }
        let overdue = try test.workbench.addAction(
            reference: referral.reference, agency: "POL", due: day("2026-11-24"), text: "Check bail"
        )
        let today = try test.workbench.addAction(
            reference: referral.reference, agency: "IDVA", due: day("2026-11-25"),
            text: "Safety plan")
        let later = try test.workbench.addAction(
            reference: referral.reference, agency: "IDVA", due: day("2026-12-10"), text: "Review")
        #expect(try test.workbench.actions(ActionFilter(overdue: true)).map(\.id) == [overdue.id])
        #expect(try test.workbench.actions(ActionFilter(dueWithinDays: 7)).map(\.id) == [today.id])
        #expect(
            try test.workbench.actions(ActionFilter(agencyCode: "IDVA")).map(\.id) == [
                today.id, later.id,
            ])
        #expect(throws: MARACError.self) {
            try test.workbench.updateAction(overdue.id, ActionChange(status: .done))
        }
        let done = try test.workbench.updateAction(
            overdue.id, ActionChange(status: .done, evidence: "bail conditions checked on PNC"))
        #expect(done.status == .done && done.completedOn == day("2026-11-25") && done.version == 2)
        #expect(try test.workbench.actions(ActionFilter(overdue: true)).isEmpty)
        #expect(try test.workbench.actionDetail(overdue.id).updates.count == 1)
    }

    @Test("An update from a stale view is refused, not silently applied", arguments: Backend.all)
    func staleUpdate(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let referral = try test.refer(on: "2026-11-01")
        let action = try test.workbench.addAction(
            reference: referral.reference, agency: "POL", due: day("2026-12-01"), text: "Visit")
        _ = try test.workbench.updateAction(
            action.id, ActionChange(note: "first", expectedVersion: 1))
        #expect(
            throws: MARACError.staleUpdate(entity: "action", id: action.id, expected: 1, found: 2)
        ) {
            try test.workbench.updateAction(
                action.id, ActionChange(note: "second", expectedVersion: 1))
        }
    }

    @Test(
        "The data return counts cases heard, repeats, children and referring agencies",
        arguments: Backend.all)
    func dataReturn(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        try test.refer("A", on: "2026-07-01")
        try test.refer("A", on: "2026-08-01", children: 2)
        try test.refer("B", on: "2026-08-02", children: 1)
        let meeting = try test.workbench.newMeeting(date: day("2026-08-10"), area: "default")
        _ = try test.workbench.buildAgenda(meeting.id)
        #expect(throws: MARACError.self) { try test.workbench.closeMeeting(meeting.id) }
        _ = try test.workbench.openMeeting(meeting.id)
        _ = try test.workbench.closeMeeting(meeting.id)
        let report = try test.workbench.dataReturn(from: day("2026-07-01"), to: day("2026-09-30"))
        #expect(report.meetings == 1)
        // A's two referrals are one agenda item, one case heard (SafeLives counts victims).
        #expect(report.casesHeard == 2)
        #expect(report.repeatCases == 1)
        #expect(report.casesWithChildren == 2)
        #expect(report.children == 3)
        #expect(report.referralsByAgency == [.init(label: "POL", count: 2)])
        #expect(try test.workbench.cases(unheard: true).isEmpty)
    }

    @Test("Every change is in the audit log, whose chain verifies", arguments: Backend.all)
    func auditChain(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        try test.refer(on: "2026-11-01")
        let log = try test.workbench.auditLog()
        // The tester's enrolment as the database's first user, 4 agencies and the referral.
        #expect(
            log.map(\.command) == ["user add"] + Array(repeating: "agency add", count: 4) + [
                "case refer"
            ])
        #expect(log.allSatisfy { $0.user == test.workbench.user })
        #expect(log.allSatisfy { !$0.summary.contains("Alice") })
        #expect(try test.workbench.verifyAudit().isIntact)
    }
}

@Suite("Cases where 12 months have passed")
struct LapsedCasesTests {
    @Test(
        "The agenda notifies cases whose 12 months end between the previous meeting and this one",
        arguments: Backend.all)
    func lapsedNotified(backend: Backend) throws {
        let test = try TestWorkbench(backend, today: day("2026-11-25"))
        let lapsing = try test.refer("Lapsing Victim", on: "2025-11-20")
        let early = try test.refer("Earlier Victim", on: "2025-11-05")
        let followed = try test.refer("Followed Victim", on: "2025-11-18")
        let heard = try test.workbench.newMeeting(date: day("2025-11-26"), area: "default")
        _ = try test.workbench.buildAgenda(heard.id)
        _ = try test.workbench.openMeeting(heard.id)
        _ = try test.workbench.closeMeeting(heard.id)
        try test.refer("Followed Victim", on: "2026-03-01")
        _ = try test.workbench.newMeeting(date: day("2026-11-11"), area: "default")
        let next = try test.workbench.newMeeting(date: day("2026-11-25"), area: "default")
        let detail = try test.workbench.meetingDetail(next.id)
        #expect(detail.lapsed.map(\.reference) == [lapsing.reference])
        #expect(detail.lapsed.allSatisfy { $0.section == .review })
        #expect(!detail.lapsed.map(\.reference).contains(early.reference))
        #expect(!detail.lapsed.map(\.reference).contains(followed.reference))
        let agenda = try test.workbench.agendaData(meeting: next.id)
        #expect(
            agenda.items.filter { $0.section == .review }.map(\.reference) == [lapsing.reference])
    }
}
