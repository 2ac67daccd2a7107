import Testing

@testable import MARACKit

@Suite("Agenda plans")
struct AgendaPlanTests {
    func candidate(_ id: Int, _ date: String, children: Int = 0, victim: Int? = nil)
        -> AgendaCandidate
    {
        AgendaCandidate(
            referralID: id, referredOn: day(date), children: children, victimID: victim ?? id)
    }

    @Test("Capacity keeps SafeLives' order: children first, then oldest; the rest wait")
    func capacityKeepsOrder() {
        let plan = AgendaRules.plan(
            [
                candidate(1, "2026-11-01"), candidate(2, "2026-11-02"),
                candidate(3, "2026-11-03"), candidate(4, "2026-11-20", children: 1),
            ], capacity: 3)
        #expect(plan.items.map(\.candidate.referralID) == [4, 1, 2])
        #expect(plan.items.map(\.section) == [.children, .other, .other])
        #expect(plan.leftOff.map(\.candidate.referralID) == [3])
    }

    @Test(
        "A victim's referrals are one item: the latest, with the earlier ones, placed by the oldest"
    )
    func oneItemPerVictim() {
        let plan = AgendaRules.plan(
            [
                candidate(1, "2026-11-02", children: 2, victim: 7),
                candidate(2, "2026-11-05"),
                candidate(3, "2026-11-20", victim: 7),
            ], capacity: 10)
        #expect(plan.items.count == 2)
        #expect(plan.items[0].candidate.referralID == 3)
        #expect(plan.items[0].earlier.map(\.referralID) == [1])
        #expect(plan.items[0].section == .children, "an earlier referral records children")
        #expect(plan.items[1].candidate.referralID == 2)
        #expect(plan.leftOff.isEmpty)
    }

    @Test("Through the workbench: one item per victim, left-off cases listed as waiting")
    func workbenchPlan() throws {
        let test = try TestWorkbench()
        let first = try test.refer("Ann Twice", on: "2026-11-02")
        let second = try test.refer("Ann Twice", on: "2026-11-20")
        let other = try test.refer("Bob Once", on: "2026-11-03")
        let meeting = try test.workbench.newMeeting(
            date: day("2026-11-25"), area: "default", capacity: 1)
        let detail = try test.workbench.buildAgenda(meeting.id)
        #expect(detail.agenda.map(\.reference) == [second.reference])
        #expect(detail.agenda[0].heardWith == [first.reference])
        #expect(detail.waiting == [other.reference])
        // Deferring the item defers the earlier referral with it.
        let deferred = try test.workbench.deferAgendaItem(
            meeting: meeting.id, reference: second.reference)
        #expect(deferred.deferred == [first.reference, second.reference])
        // A rebuild of a scheduled meeting keeps the deferral.
        let rebuilt = try test.workbench.buildAgenda(meeting.id)
        #expect(rebuilt.agenda.map(\.reference) == [other.reference])
        #expect(rebuilt.deferred == [first.reference, second.reference])
    }

    @Test("An open meeting's agenda is not rebuilt")
    func openMeetingNotRebuilt() throws {
        let test = try TestWorkbench()
        try test.refer(on: "2026-11-02")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-25"), area: "default")
        _ = try test.workbench.buildAgenda(meeting.id)
        _ = try test.workbench.openMeeting(meeting.id)
        #expect(throws: MARACError.self) { try test.workbench.buildAgenda(meeting.id) }
    }
}
