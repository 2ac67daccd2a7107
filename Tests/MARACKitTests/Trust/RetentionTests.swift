import Testing

@testable import MARACKit

@Suite("Retention")
struct RetentionTests {
    /// Counts of rows in the tables retention touches.
    func counts(_ workbench: Workbench) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in [
            "referral", "person", "action", "action_update", "risk", "agenda_item", "meeting",
            "attendance",
        ] {
            result[table] = try workbench.db.scalar("SELECT count(*) FROM \(table)")
        }
        return result
    }

    /// A workbench on 2026-01-10 with three victims and two meetings, then moved to 2032-06-01.
    ///
    /// - Old Victim: referred 2026-01-05 only (due 2032-01-05): expired, with a done action;
    /// - Repeat Victim: referred 2026-01-06 and again 2027-03-01 (due 2033-03-01): kept;
    /// - Held Victim: referred 2026-01-07 with a pending action: expired but held;
    /// - meeting 1 on 2026-01-08, closed (expired); meeting 2 on 2026-06-01, open (due, held).
    func scenario() throws -> (TestWorkbench, old: String, repeats: [String], held: String) {
        let test = try TestWorkbench(today: day("2026-01-10"), user: "ann")
        let workbench = test.workbench
        let old = try test.refer("Old Victim", on: "2026-01-05")
        let firstRepeat = try test.refer("Repeat Victim", on: "2026-01-06")
        let held = try test.refer("Held Victim", on: "2026-01-07")
        let meeting = try workbench.newMeeting(date: day("2026-01-08"), area: "default")
        _ = try workbench.buildAgenda(meeting.id)
        try workbench.recordAttendance(meeting: meeting.id, agency: "POL", status: .present)
        _ = try workbench.addRisk(reference: old.reference, meeting: meeting.id, text: "Risk A")
        let done = try workbench.addAction(
            reference: old.reference, agency: "POL", due: day("2026-02-01"), text: "Done thing",
            meeting: meeting.id)
        _ = try workbench.updateAction(done.id, ActionChange(status: .done, evidence: "letter"))
        _ = try workbench.addAction(
            reference: held.reference, agency: "IDVA", due: day("2026-02-01"), text: "Pending")
        _ = try workbench.openMeeting(meeting.id)
        _ = try workbench.closeMeeting(meeting.id)
        _ = try workbench.newMeeting(date: day("2026-06-01"), area: "default")
        workbench.today = day("2027-03-01")
        let secondRepeat = try test.refer("Repeat Victim", on: "2027-03-01")
        workbench.today = day("2032-06-01")
        return (
            test, old.reference, [firstRepeat.reference, secondRepeat.reference], held.reference
        )
    }

    @Test("retention due lists exactly the expired records, and the held ones apart")
    func due() throws {
        let (test, old, _, held) = try scenario()
        let review = try test.workbench.retentionDue()
        #expect(review.due.map { "\($0.record) \($0.id)" } == ["referral \(old)", "meeting 1"])
        #expect(review.due[0].dueOn == day("2032-01-05"))
        #expect(
            review.due[0].dependants
                == RetentionDependants(actions: 1, updates: 1, risks: 1, agendaItems: 1))
        // Meeting 2's period ends today, but it was never closed.
        #expect(review.held.map(\.id) == [held, "2"])
        #expect(review.held[0].heldBecause == "\(held): it has pending actions")
        #expect(review.held[1].heldBecause == "it is not closed")
    }

    @Test("retention purge without confirmation deletes nothing and names what it would")
    func purgeNeedsConfirmation() throws {
        let (test, old, _, _) = try scenario()
        let before = try counts(test.workbench)
        let auditBefore = try test.workbench.auditLog(limit: 100_000).count
        let error = #expect(throws: RetentionError.self) {
            try test.workbench.purgeExpiredRecords(confirmed: false)
        }
        #expect(error == .notConfirmed(wouldDelete: ["referral \(old)", "meeting 1"]))
        #expect(error?.description.contains("Old Victim") == false)
        #expect(try counts(test.workbench) == before)
        #expect(try test.workbench.auditLog(limit: 100_000).count == auditBefore)
    }

    @Test("retention purge removes exactly the expired records and their dependants, audited")
    func purge() throws {
        let (test, old, repeats, held) = try scenario()
        let workbench = test.workbench
        let before = try counts(workbench)
        let auditBefore = try workbench.auditLog(limit: 100_000).count
        let purge = try workbench.purgeExpiredRecords(confirmed: true)
        #expect(purge.deleted.map(\.id) == [old, "1"])
        #expect(purge.people == 1)
        let after = try counts(workbench)
        #expect(after["referral"] == before["referral"]! - 1)
        #expect(after["person"] == before["person"]! - 1)
        #expect(after["action"] == before["action"]! - 1)
        #expect(after["action_update"] == before["action_update"]! - 1)
        #expect(after["risk"] == before["risk"]! - 1)
        #expect(after["meeting"] == before["meeting"]! - 1)
        #expect(after["attendance"] == 0)
        #expect(after["agenda_item"] == 0)
        #expect(throws: MARACError.unknownCase(old)) { try workbench.caseDetail(old) }
        for kept in repeats + [held] { _ = try workbench.caseDetail(kept) }
        #expect(try workbench.meetings().map(\.id) == [2])
        // One entry per record: the action, the referral, the person and the meeting.
        let entries = try workbench.auditLog(limit: 100_000).dropFirst(auditBefore)
        #expect(
            entries.map { "\($0.entity) \($0.entityID)" } == [
                "action 1", "referral \(old)", "person 1", "meeting 1",
            ])
        #expect(entries.allSatisfy { !$0.summary.contains("Victim") })
        #expect(try workbench.verifyAudit().isIntact)
        #expect(try workbench.check().isEmpty)
        // Nothing is due any more; running it again deletes nothing.
        #expect(try workbench.retentionDue().due.isEmpty)
    }

    @Test("Once the pending action is done and the repeat's period ends, everything goes")
    func laterPurge() throws {
        let (test, _, _, held) = try scenario()
        let workbench = test.workbench
        _ = try workbench.purgeExpiredRecords(confirmed: true)
        let pending = try workbench.caseDetail(held).actions[0]
        _ = try workbench.updateAction(pending.id, ActionChange(status: .cancelled))
        // Closed today, the action is kept six years from closure (Policies/retention.xml),
        // and its case with it, although the case's own period is over.
        let review = try workbench.retentionDue()
        #expect(review.due.isEmpty)
        #expect(review.held.map(\.id) == [held, "2"], "the case, and meeting 2, still open")
        #expect(review.held.first?.heldBecause?.hasPrefix("its actions are kept until") == true)
        workbench.today = day("2033-03-01")
        _ = try workbench.openMeeting(2)
        _ = try workbench.closeMeeting(2)
        let purge = try workbench.purgeExpiredRecords(confirmed: true)
        #expect(Set(purge.deleted.map(\.record)) == ["referral", "meeting"])
        #expect(try workbench.cases().isEmpty)
        #expect(try workbench.db.scalar("SELECT count(*) FROM person") == 0)
        #expect(try workbench.check().isEmpty)
    }
}
