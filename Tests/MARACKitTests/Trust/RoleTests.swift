import Testing

@testable import MARACKit

@Suite("Roles and permissions")
struct RoleTests {
    @Test(
        "The permission table matches commands by their longest prefix",
        arguments: [
            (["case", "refer"], [Role.coordinator]),
            (["case", "show"], [.coordinator, .chair, .agencyRep]),
            (["action", "update"], [.coordinator, .chair, .agencyRep]),
            (["action", "add"], [.coordinator, .chair]),
            (["dhr", "action", "add"], [.coordinator, .dhrChair]),
            (["audit", "verify"], [.coordinator, .auditor]),
            (["retention", "purge"], [.coordinator]),
            (["retention", "due"], [.coordinator, .auditor]),
            (["user", "add"], [.coordinator]),
            (["frobnicate"], [.coordinator]),
        ])
    func table(path: [String], roles: [Role]) {
        #expect(Permissions.access(for: path) == .only(roles))
    }

    @Test(
        "help, version and whoami are open to everyone", arguments: ["help", "version", "whoami"])
    func open(command: String) {
        #expect(Permissions.access(for: [command]) == .everyone)
        #expect(Permissions.access(for: [command, "extra"]) == .everyone)
    }

    @Test("A command no rule matches is for coordinators only, even a new noun's")
    func unknownIsCoordinatorOnly() {
        for role in Role.allCases {
            #expect(
                Permissions.access(for: ["newnoun", "verb"]).allows(role) == (role == .coordinator))
        }
    }

    @Test("The first user of a new database becomes its coordinator, with an audit entry")
    func firstUserIsCoordinator() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(path: directory.file("new.sqlite"), user: "ann")
        try workbench.authorize(command: ["case", "list"])
        #expect(try workbench.users() == [AppUser(name: "ann", role: .coordinator)])
        #expect(
            try workbench.auditLog().map(\.summary) == [
                "first user of the database; made coordinator"
            ])
        workbench.user = "bob"
        let error = #expect(throws: AccessError.self) {
            try workbench.authorize(command: ["case", "list"])
        }
        #expect(error == .unknownUser(command: "case list", user: "bob"))
        #expect(error?.description.contains("user add bob --role ROLE") == true)
        // help needs no user at all.
        try workbench.authorize(command: ["help"])
    }

    @Test("A refused command names the role it needs and the user's own")
    func refusalMessage() throws {
        let test = try TestWorkbench(user: "ann")
        try test.workbench.authorize(command: ["user", "add"])
        try test.workbench.addUser(name: "sam", role: .agencyRep, agency: "IDVA")
        try test.workbench.addUser(name: "cy", role: .auditor)
        test.workbench.user = "sam"
        let error = #expect(throws: AccessError.self) {
            try test.workbench.authorize(command: ["case", "refer"])
        }
        #expect(
            error?.description
                == "'case refer' needs the role coordinator; you (sam) are agency-rep")
        test.workbench.user = "cy"
        let many = #expect(throws: AccessError.self) {
            try test.workbench.authorize(command: ["action", "add"])
        }
        #expect(
            many?.description
                == "'action add' needs one of the roles coordinator, chair; you (cy) are auditor")
        try test.workbench.authorize(command: ["audit", "verify"])
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
        try workbench.addUser(name: "ann", role: .coordinator)
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
        try workbench.addUser(name: "ann", role: .coordinator)
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
