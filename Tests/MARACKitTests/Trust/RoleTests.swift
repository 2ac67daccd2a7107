import Testing

@testable import MARACKit

@Suite("Roles and permissions")
struct RoleTests {
    @Test(
        "The permission table gives each operation its roles",
        arguments: [
            (Operation.referCase, [Role.coordinator]),
            (.showCase, [.coordinator, .chair, .agencyRep]),
            (.updateAction, [.coordinator, .chair, .agencyRep]),
            (.addAction, [.coordinator, .chair]),
            (.addDHRAction, [.coordinator, .dhrChair]),
            (.auditVerify, [.coordinator, .auditor]),
            (.retentionPurge, [.coordinator]),
            (.retentionDue, [.coordinator, .auditor]),
            (.addUser, [.coordinator]),
            (.listSharing, [.coordinator, .chair, .auditor]),
            (.discloseRecords, [.coordinator, .auditor]),
            (.listAgencies, Role.allCases),
        ])
    func table(operation: Operation, roles: [Role]) {
        #expect(Permissions.roles(for: operation) == roles)
        #expect(operation.allowedRoles == roles)
    }

    @Test("Every operation is open to the coordinator and names its command and audit label")
    func coordinatorRunsEverything() {
        for operation in Operation.allCases {
            #expect(operation.allows(.coordinator), "\(operation)")
            #expect(operation.auditLabel == operation.commandPath.joined(separator: " "))
        }
        #expect(Operation.referCase.commandPath == ["case", "refer"])
        #expect(Operation.addRecommendation.auditLabel == "dhr rec add")
        #expect(Set(Operation.allCases.map(\.commandPath)).count == Operation.allCases.count)
    }

    @Test("The first user of a new database becomes its coordinator, with an audit entry")
    func firstUserIsCoordinator() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(path: directory.file("new.sqlite"), user: "ann")
        #expect(try workbench.cases().isEmpty)
        #expect(try workbench.users() == [AppUser(name: "ann", role: .coordinator)])
        #expect(
            try workbench.auditLog().map(\.summary) == [
                "first user of the database; made coordinator"
            ])
        #expect(try workbench.auditLog().map(\.command) == ["user add"])
        workbench.user = "bob"
        let error = #expect(throws: AccessError.self) { try workbench.cases() }
        #expect(error == .unknownUser(.listCases, user: "bob"))
        #expect(error?.description.contains("user add bob --role ROLE") == true)
        // Whoami's question needs no enrolment and refuses nobody.
        #expect(try workbench.currentUser() == nil)
        workbench.user = "ann"
        #expect(try workbench.users().count == 1)
    }

    @Test("A refused operation names the role it needs and the user's own")
    func refusalMessage() throws {
        let test = try TestWorkbench(user: "ann")
        try test.workbench.addUser(name: "sam", role: .agencyRep, agency: "IDVA")
        try test.workbench.addUser(name: "cy", role: .auditor)
        test.workbench.user = "sam"
        let error = #expect(throws: AccessError.self) {
            try test.workbench.referCase(
                ReferralRequest(
                    victimName: "Alice Example", dateOfBirth: day("1990-01-01"),
                    referringAgency: "POL", date: day("2026-11-01"), dashScore: 15))
        }
        #expect(error == .roleRequired(.referCase, user: "sam", role: .agencyRep))
        #expect(
            error?.description
                == "'case refer' needs the role coordinator; you (sam) are agency-rep")
        test.workbench.user = "cy"
        let many = #expect(throws: AccessError.self) {
            try test.workbench.addAction(
                reference: "C-000001", agency: "POL", due: day("2026-12-01"), text: "Task")
        }
        #expect(
            many?.description
                == "'action add' needs one of the roles coordinator, chair; you (cy) are auditor")
        #expect(try test.workbench.verifyAudit().isIntact)
    }

    @Test("An agency-rep needs an agency; no other role may have one; names are unique")
    func addUserRules() throws {
        let test = try TestWorkbench(user: "ann")
        #expect(throws: AccessError.agencyMismatch(role: .agencyRep)) {
            try test.workbench.addUser(name: "sam", role: .agencyRep)
        }
        #expect(throws: AccessError.agencyMismatch(role: .chair)) {
            try test.workbench.addUser(name: "sam", role: .chair, agency: "POL")
        }
        #expect(throws: MARACError.unknownAgency("NOPE")) {
            try test.workbench.addUser(name: "sam", role: .agencyRep, agency: "NOPE")
        }
        try test.workbench.addUser(name: "sam", role: .chair)
        #expect(throws: AccessError.duplicateUser("sam")) {
            try test.workbench.addUser(name: "sam", role: .auditor)
        }
    }

    @Test("An agency rep lists, shows and updates only their own agency's actions")
    func agencyRepActions() throws {
        let test = try TestWorkbench(user: "ann")
        let workbench = test.workbench
        // ann is the coordinator already: the first user of the test database.
        try workbench.addUser(name: "sam", role: .agencyRep, agency: "IDVA")
        let referral = try test.refer(on: "2026-11-01")
        let police = try workbench.addAction(
            reference: referral.reference, agency: "POL", due: day("2026-12-01"),
            text: "Police task")
        let idva = try workbench.addAction(
            reference: referral.reference, agency: "IDVA", due: day("2026-12-01"), text: "IDVA task"
        )

        workbench.user = "sam"
        #expect(try workbench.actions().map(\.id) == [idva.id])
        #expect(
            try workbench.actions(ActionFilter(reference: referral.reference)).map(\.id) == [
                idva.id
            ])
        #expect(
            throws: AccessError.otherAgency(
                record: "the action list of POL", user: "sam", agency: "IDVA")
        ) {
            try workbench.actions(ActionFilter(agencyCode: "POL"))
        }
        #expect(
            throws: AccessError.otherAgency(
                record: "action \(police.id)", user: "sam", agency: "IDVA")
        ) {
            try workbench.updateAction(police.id, ActionChange(note: "not mine"))
        }
        #expect(throws: AccessError.self) { try workbench.actionDetail(police.id) }
        #expect(try workbench.updateAction(idva.id, ActionChange(note: "mine")).version == 2)
        #expect(try workbench.caseDetail(referral.reference).actions.map(\.id) == [idva.id])

        workbench.user = "ann"
        #expect(try workbench.actions().map(\.id) == [police.id, idva.id])
        #expect(try workbench.actionDetail(police.id).updates.isEmpty)
    }

    @Test("An agency rep sees a case their agency has no part in by reference and dates only")
    func agencyRepCaseByReference() throws {
        let test = try TestWorkbench(user: "ann")
        let workbench = test.workbench
        // ann is the coordinator already: the first user of the test database.
        try workbench.addUser(name: "sam", role: .agencyRep, agency: "IDVA")
        let other = try test.refer(
            "Bea Example", on: "2026-11-02", dash: 20, callouts: 4, children: 2)
        workbench.user = "sam"
        let detail = try workbench.caseDetail(other.reference)
        #expect(detail.isRestricted)
        #expect(detail.referral.reference == other.reference)
        #expect(detail.referral.date == other.date)
        #expect(detail.referral.dashScore == nil && detail.referral.children == 0)
        #expect(
            detail.referral.referringAgency.isEmpty && detail.actions.isEmpty
                && detail.risks.isEmpty)

        workbench.user = "ann"
        _ = try workbench.addAction(
            reference: other.reference, agency: "IDVA", due: day("2026-12-01"), text: "Contact")
        workbench.user = "sam"
        let involved = try workbench.caseDetail(other.reference)
        #expect(!involved.isRestricted)
        #expect(involved.referral.dashScore == 20)
    }
}
