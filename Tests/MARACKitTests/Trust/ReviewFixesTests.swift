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
        #expect(throws: StorageError.self) { try test.workbench.backup(to: path) }
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
