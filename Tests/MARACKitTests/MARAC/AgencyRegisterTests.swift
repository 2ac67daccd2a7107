import Testing

@testable import MARACKit

@Suite("The agency register")
struct AgencyRegisterTests {
    @Test("A sector not in Policies/agency-sectors.xml is refused, naming the valid ones")
    func sectors() throws {
        let test = try TestWorkbench()
        let error = try #require(throws: MARACError.self) {
            try test.workbench.addAgency(Agency(code: "BAN", name: "Bananas", sector: "banana"))
        }
        #expect(error.description.contains("police, probation, criminal-justice, health"))
        #expect(throws: MARACError.self) {
            try test.workbench.editAgency("POL", AgencyChange(sector: "banana"))
        }
        #expect(PolicySet.embedded.agencySectors.contains("housing"))
    }

    @Test("agency edit corrects the entry, the old values kept in the audit log")
    func edit() throws {
        let test = try TestWorkbench()
        let agency = try test.workbench.editAgency(
            "IDVA", AgencyChange(name: "Northshire IDVA", isPublicAuthority: true))
        #expect(agency.name == "Northshire IDVA" && agency.isPublicAuthority)
        #expect(try test.workbench.agency("IDVA") == agency)
        let entry = try #require(try test.workbench.auditLog().last)
        #expect(entry.command == "agency edit")
        #expect(entry.summary.contains("name was \"IDVA service\""))
        #expect(throws: MARACError.self) { try test.workbench.editAgency("IDVA", AgencyChange()) }
        #expect(throws: MARACError.self) {
            try test.workbench.editAgency("IDVA", AgencyChange(name: "Northshire IDVA"))
        }
    }

    @Test("A retired agency keeps its history and takes no new referrals or actions")
    func retire() throws {
        let test = try TestWorkbench()
        let referral = try test.refer(on: "2026-11-01")
        let action = try test.workbench.addAction(
            reference: referral.reference, agency: "IDVA", due: day("2026-12-01"), text: "Call")
        let retired = try test.workbench.retireAgency("POL")
        #expect(retired.retiredOn == day("2026-11-25"))
        #expect(throws: MARACError.retiredAgency(code: "POL", on: day("2026-11-25"))) {
            try test.refer("Other Victim", on: "2026-11-02")
        }
        #expect(throws: MARACError.self) {
            try test.workbench.addAction(
                reference: referral.reference, agency: "POL", due: day("2026-12-01"), text: "x")
        }
        #expect(throws: MARACError.self) { try test.workbench.retireAgency("POL") }
        #expect(try test.workbench.caseDetail(referral.reference).referral.referringAgency == "POL")
        #expect(try test.workbench.actionDetail(action.id).action.agencyCode == "IDVA")
    }

    @Test("An attendance names a registered representative, or is marked as a deputy")
    func representatives() throws {
        let test = try TestWorkbench()
        try test.workbench.addRepresentative(agency: "POL", name: "DS Rep")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-25"), area: "default")
        #expect(throws: MARACError.self) {
            try test.workbench.recordAttendance(
                meeting: meeting.id, agency: "POL", status: .present, representative: "Anyone")
        }
        try test.workbench.recordAttendance(
            meeting: meeting.id, agency: "POL", status: .present, representative: "ds  rep")
        try test.workbench.recordAttendance(
            meeting: meeting.id, agency: "IDVA", status: .present, representative: "Temp",
            isDeputy: true)
        let attendance = try test.workbench.meetingDetail(meeting.id).attendance
        #expect(attendance.map(\.isDeputy) == [true, false])
        #expect(attendance.map(\.representative) == ["Temp", "DS Rep"])
    }

    @Test("A risk is recorded at a meeting only for a case on its agenda")
    func riskOnAgenda() throws {
        let test = try TestWorkbench()
        let listed = try test.refer("Ann Listed", on: "2026-11-01")
        let meeting = try test.workbench.newMeeting(date: day("2026-11-25"), area: "default")
        _ = try test.workbench.buildAgenda(meeting.id)
        let later = try test.refer("Ben Later", on: "2026-11-24")
        #expect(throws: MARACError.notOnAgenda(reference: later.reference, meeting: meeting.id)) {
            try test.workbench.addRisk(reference: later.reference, meeting: meeting.id, text: "x")
        }
        _ = try test.workbench.addRisk(reference: listed.reference, meeting: meeting.id, text: "x")
        _ = try test.workbench.addRisk(reference: later.reference, meeting: nil, text: "x")
    }
}
