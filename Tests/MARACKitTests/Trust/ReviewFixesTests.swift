import Foundation
import Testing

@testable import MARACKit

/// Rules found missing in review: each one driven as a user would meet it.
@Suite("Review fixes")
struct ReviewFixesTests {
    @Test("An agency representative cannot record sharing in another agency's name")
    func repSharesOnlyAsOwnAgency() throws {
        let test = try TestWorkbench()
        let referral = try test.refer(on: "2026-11-01")
        try test.workbench.addUser(name: "alice", role: .agencyRep, agency: "IDVA")
        test.workbench.user = "alice"
        let request = SharingRequest(
            caseReference: referral.reference, agency: "POL", recipients: ["MARAC"],
            summary: "Bail conditions", categories: ["criminal-offence"],
            basisTags: ["preset:police-part3"], consent: .notSought(.unsafe),
            commonLawPosition: .publicInterest, rationale: "Risk of serious harm")
        #expect(throws: AccessError.self) { try test.workbench.recordSharing(request) }
        // A representative may not read the sharing log; the coordinator finds it empty.
        test.workbench.user = "tester"
        #expect(try test.workbench.sharingLog().isEmpty)
    }

    @Test("The data return counts cases at meetings held, not at meetings only scheduled")
    func dataReturnHeldOnly() throws {
        let test = try TestWorkbench()
        try test.refer("A", on: "2026-10-01")
        let held = try test.workbench.newMeeting(date: day("2026-10-10"), area: "default")
        _ = try test.workbench.buildAgenda(held.id)
        _ = try test.workbench.openMeeting(held.id)
        _ = try test.workbench.closeMeeting(held.id)
        try test.refer("B", on: "2026-11-20")
        let scheduled = try test.workbench.newMeeting(date: day("2026-12-02"), area: "default")
        _ = try test.workbench.buildAgenda(scheduled.id)
        let report = try test.workbench.dataReturn(from: day("2026-10-01"), to: day("2026-12-31"))
        #expect(report.meetings == 1)
        #expect(report.casesHeard == 1)
    }

    @Test("A backup never overwrites an existing file")
    func backupRefusesExisting() throws {
        let test = try TestWorkbench()
        let path = test.directory.file("backup.sqlite")
        try test.workbench.backup(to: path)
        #expect(throws: BackupError.self) { try test.workbench.backup(to: path) }
    }

    @Test(
        "Typed values come back in errors only when shaped like codes, numbers, dates or words",
        arguments: [
            ("late", "late"), ("C-000001", "C-000001"), ("2026-02-3", "2026-02-3"),
            ("Jane Smith", "not shown"), ("Smith", "not shown"),
        ])
    func echoes(value: String, shown: String) {
        #expect(value.echoedAsValue.contains(shown))
    }
}

@Suite("Review fixes: storage")
struct ReviewStorageFixesTests {
    @Test("A referral recorded late makes the victim's next referral within 12 months a repeat")
    func backdatedRepeat() throws {
        let test = try TestWorkbench()
        let later = try test.refer("Late Victim", on: "2026-11-01")
        #expect(!later.isRepeat)
        let earlier = try test.refer("Late Victim", on: "2026-06-01")
        #expect(!earlier.isRepeat)
        let updated = try test.workbench.caseDetail(later.reference).referral
        #expect(updated.isRepeat)
        #expect(updated.previousReference == earlier.reference)
        #expect(updated.criteria.contains(.repeat))
        let tooEarly = try test.refer("Other Victim", on: "2026-11-01")
        _ = try test.refer("Other Victim", on: "2025-10-01")
        #expect(try !test.workbench.caseDetail(tooEarly.reference).referral.isRepeat)
    }

    @Test("A COMMIT that fails rolls back and the next transaction is a real one again")
    func failedCommit() throws {
        let db = try Database(path: ":memory:")
        try db.executeScript(
            """
            CREATE TABLE parent(id INTEGER PRIMARY KEY);
            CREATE TABLE child(parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        #expect(throws: StorageError.self) {
            try db.transaction { try db.execute("INSERT INTO child VALUES (42)") }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM child", as: Int.self) == 0)
        try db.transaction { try db.execute("INSERT INTO parent VALUES (1)") }
        #expect(try db.scalar("SELECT count(*) FROM parent", as: Int.self) == 1)
    }

    @Test("A purged case's reference is never issued again")
    func referencesNotReused() throws {
        let test = try TestWorkbench(today: day("2026-11-25"))
        _ = try test.refer("Old Victim", on: "2019-01-10")
        let newest = try test.refer("Newest Victim", on: "2019-02-10")
        _ = try test.workbench.purgeExpiredRecords(confirmed: true)
        #expect(try test.workbench.cases().isEmpty)
        let next = try test.refer("Another Victim", on: "2026-11-01")
        #expect(next.reference > newest.reference)
    }
}
