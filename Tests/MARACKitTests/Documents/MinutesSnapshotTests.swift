import Foundation
import Testing

@testable import MARACKit

/// The stored form of frozen minutes: every value round-trips exactly, and a damaged
/// snapshot is refused with a sentence, never rendered half-read.
@Suite("Frozen minutes snapshots")
struct MinutesSnapshotTests {
    @Test("Minutes with adversarial text round-trip through the snapshot exactly")
    func roundTrip() throws {
        let meeting = try DocumentFixtures.meeting()
        var minutes = try DocumentFixtures.minutes(meeting)
        minutes.otherBusiness = ExportTestSupport.adversarial
        minutes.minuteTaker = ExportTestSupport.adversarial[5]
        minutes.nextMeeting = day("2026-12-09")
        minutes.frozen = .close
        minutes.cases[0].criteria = ["DASH score 16 of 24", ExportTestSupport.adversarial[0]]
        minutes.cases[0].repeatOf = "C-000001"
        minutes.cases[0].sharing[0].basisTitles = ["UKGDPR-6-1-e": "Public task"]
        let content = try MinutesSnapshot.encode(minutes)
        #expect(try MinutesSnapshot.decode(content) == minutes)
        // The same data always gives the same stored text (sorted keys).
        #expect(try MinutesSnapshot.encode(MinutesSnapshot.decode(content)) == content)
    }

    @Test("Retention's removal takes a case, or only some sharing records, and notes it")
    func removing() throws {
        let meeting = try DocumentFixtures.meeting()
        var minutes = try DocumentFixtures.minutes(meeting)
        minutes.cases[0].sharing[0].sharingID = 7
        minutes.cases[0].sharing[1].sharingID = 8
        let kept = minutes.cases[0].sharing[1]
        let first = minutes.cases[0].reference
        let fewer = try #require(minutes.removing(case: nil, sharing: [7], on: day("2032-06-01")))
        #expect(fewer.cases[0].sharing == [kept])
        #expect(
            fewer.removedUnderRetention == [
                "1 sharing record of case \(first) removed on 2032-06-01: the retention period ended."
            ])
        let without = try #require(
            minutes.removing(case: first, sharing: [], on: day("2032-06-01")))
        #expect(!without.cases.contains { $0.reference == first })
        #expect(without.cases.count == minutes.cases.count - 1)
        #expect(minutes.removing(case: "C-999999", sharing: [99], on: day("2032-06-01")) == nil)
    }

    @Test("A damaged or foreign snapshot is refused")
    func damagedRefused() throws {
        for content in ["", "{", #"{"version": 2, "minutes": {}}"#, #"{"version": 1}"#] {
            #expect(throws: DocumentError.snapshotUnreadable) {
                try MinutesSnapshot.decode(content)
            }
        }
    }

    @Test("Closing a meeting stores its minutes; the frozen minutes ignore later updates")
    func closeFreezes() throws {
        let meeting = try DocumentFixtures.meeting()
        let workbench = meeting.workbench
        let before = try workbench.minutesData(meeting: meeting.id)
        #expect(before.frozen == nil)
        _ = try workbench.closeMeeting(meeting.id)
        let frozen = try workbench.minutesData(meeting: meeting.id)
        #expect(frozen.frozen == .close && frozen.isFinal)
        let pending = try #require(frozen.actions.first { $0.status == .open })
        workbench.today = try workbench.today.adding(days: 10)
        _ = try workbench.updateAction(
            pending.id, ActionChange(status: .cancelled, note: "no longer needed"))
        #expect(try workbench.minutesData(meeting: meeting.id) == frozen)
        #expect(
            try workbench.actionStatusData(meeting: meeting.id).rows.contains {
                $0.action.id == pending.id && $0.action.status == .cancelled
                    && $0.statusAtClose == .open
            })
    }
}
