import Testing

@testable import MARACKit

/// The library refuses every operation to the roles `Permissions` does not list, whatever the
/// front end: these tests drive the Workbench directly, with no `marac` in between.
@Suite("Operations checked by the library")
struct OperationAccessTests {
    /// The acting user of each role in the fixture (the agency representative acts for IDVA).
    static let users: [Role: String] = [
        .coordinator: "coordinator", .chair: "chair", .agencyRep: "rep", .dhrChair: "dhrchair",
        .auditor: "auditor",
    ]

    /// The demo area, with one user of each role, and the records the calls name.
    struct Fixture {
        let directory = TemporaryDirectory()
        let workbench: Workbench
        /// The first and last cases on the agenda of meeting 2, the demo's next meeting.
        let agenda: (first: String, last: String)
        /// An action owned by IDVA, the agency representative's agency.
        let idvaAction: Int
        /// A meeting opened for the day, to close; a review just commissioned, to move on.
        let openMeeting: Int, newReview: Int
        /// A meeting of today not yet opened, to open (a meeting is not opened before its day).
        let todaysMeeting: Int
        /// A case waiting and on no agenda, to move to the area "Elsewhere".
        let waitingCase: String
        /// A transfer bundle from another MARAC, to receive.
        let bundle: String

        init() throws {
            workbench = try Workbench(
                path: directory.file("demo.sqlite"), user: "coordinator", today: day("2026-11-25"))
            _ = try workbench.buildDemo()
            try workbench.addUser(name: "chair", role: .chair)
            try workbench.addUser(name: "rep", role: .agencyRep, agency: "IDVA")
            try workbench.addUser(name: "dhrchair", role: .dhrChair)
            try workbench.addUser(name: "auditor", role: .auditor)
            let items = try workbench.agenda(meeting: 2).agenda
            agenda = (try #require(items.first).reference, try #require(items.last).reference)
            idvaAction = try #require(workbench.actions(ActionFilter(agencyCode: "IDVA")).first).id
            openMeeting = try workbench.newMeeting(date: day("2026-11-25"), area: "Demoshire").id
            _ = try workbench.openMeeting(openMeeting)
            todaysMeeting = try workbench.newMeeting(date: day("2026-11-25"), area: "Demoshire").id
            _ = try workbench.addArea("Elsewhere")
            waitingCase =
                try workbench.referCase(
                    ReferralRequest(
                        victimName: "Waiting Person", dateOfBirth: day("1990-01-01"),
                        referringAgency: "POL", date: day("2026-11-24"), area: "Demoshire",
                        dashScore: 15)
                ).reference
            newReview = try workbench.newReview(NewReview(pseudonym: "Adult F", csp: "Demo CSP")).id
            _ = try workbench.linkCase(review: 1, reference: "C-000002")
            var sent = try DemoData.transferBundle(today: day("2026-11-25"))
            sent.reference = "N-000999"
            bundle = directory.file("bundle.odt")
            try AtomicFile.write(
                try TransferBundleFile.bytes(of: sent, template: ODFTemplate.embedded(.minutes)),
                to: bundle)
        }
    }

    /// Calls the Workbench method that runs `operation`, with arguments that suit the demo area.
    ///
    /// A `switch` with no `default`: a new operation does not compile here until it is tested.
    static func run(_ operation: Operation, in fixture: Fixture, as role: Role) throws {
        let (workbench, directory) = (fixture.workbench, fixture.directory)
        let today = workbench.today
        let file = { (name: String) in directory.file("\(role.rawValue)-\(name)") }
        switch operation {
        case .addAgency:
            try workbench.addAgency(
                Agency(code: "NEW-" + role.rawValue.uppercased(), name: "New", sector: "health"))
        case .listAgencies:
            _ = try workbench.agencies()
            _ = try workbench.agency("IDVA")
            _ = try workbench.identifiers(.agency)
        case .addRepresentative:
            _ = try workbench.addRepresentative(agency: "IDVA", name: "A Representative")
        case .listRepresentatives:
            _ = try workbench.representatives(agency: "IDVA")
        case .editAgency:
            _ = try workbench.editAgency("IDVA", AgencyChange(name: "IDVA, renamed by \(role)"))
        case .retireAgency:
            _ = try workbench.retireAgency("EDU")
        case .addArea:
            _ = try workbench.addArea("Area of \(role.rawValue)")
        case .renameArea:
            _ = try workbench.renameArea("Demoshire", to: "Demoshire \(role.rawValue)")
        case .listAreas:
            _ = try workbench.areas()
        case .moveCase:
            _ = try workbench.moveCase(fixture.waitingCase, toArea: "Elsewhere")
        case .listPersons:
            _ = try workbench.persons()
            _ = try workbench.possibleDuplicatePairs()
        case .mergePersons:
            _ = try workbench.mergePersons(.victimOfCase("C-000001"), .victimOfCase("C-000002"))
        case .transferCase:
            _ = try workbench.transferCase(
                fixture.waitingCase, toArea: "Elsewhere", reason: "The victim moved")
        case .receiveCase:
            _ = try workbench.receiveCase(from: fixture.bundle, area: "Demoshire")
        case .allocateIDVA:
            _ = try workbench.allocateIDVA("C-000001", agency: "IDVA", worker: "J. Patel")
        case .recordIDVAEngagement:
            _ = try workbench.recordIDVAEngagement("C-000001", status: .engaged)
        case .referCase:
            _ = try workbench.referCase(
                ReferralRequest(
                    victimName: "Test Person", dateOfBirth: day("1990-01-01"),
                    referringAgency: "POL", date: today, area: "Demoshire", dashScore: 15))
        case .showCase:
            _ = try workbench.caseDetail("C-000001")
            _ = try workbench.identifiers(.caseReference)
            _ = try workbench.perpetrators(of: "C-000001")
            _ = try workbench.children(of: "C-000001")
        case .addPerpetrator:
            _ = try workbench.addPerpetrator(
                PerpetratorRequest(name: "Perpetrator of \(role.rawValue)", age: 30),
                to: fixture.waitingCase)
        case .addChild:
            _ = try workbench.addChild(
                ChildRequest(name: "Child of \(role.rawValue)", dateOfBirth: day("2020-01-01")),
                to: fixture.waitingCase)
        case .listCases:
            _ = try workbench.cases()
        case .importCases:
            _ = try workbench.importCases(
                csv: "victim,dob,by,date,dash\nTest Person,1990-01-01,POL,2026-11-20,15\n",
                area: "Demoshire")
        case .newMeeting:
            _ = try workbench.newMeeting(date: today.adding(days: 30), area: "Demoshire")
        case .editMeeting:
            _ = try workbench.editMeeting(2, record: MeetingRecord(venue: "Civic Centre"))
        case .addOtherBusiness:
            try workbench.addOtherBusiness(meeting: 2, text: "Room change")
        case .listMeetings:
            _ = try workbench.meetings()
        case .showMeeting:
            _ = try workbench.meetingDetail(2)
            _ = try workbench.identifiers(.meeting)
        case .openMeeting:
            _ = try workbench.openMeeting(fixture.todaysMeeting)
        case .closeMeeting:
            _ = try workbench.closeMeeting(fixture.openMeeting)
        case .recordAttendance:
            try workbench.recordAttendance(meeting: 2, agency: "POL", status: .present)
        case .addRisk:
            _ = try workbench.addRisk(reference: "C-000001", meeting: nil, text: "A new risk")
        case .buildAgenda:
            _ = try workbench.buildAgenda(2)
        case .showAgenda:
            _ = try workbench.agenda(meeting: 2)
        case .moveAgendaItem:
            _ = try workbench.moveAgendaItem(meeting: 2, reference: fixture.agenda.last, to: 1)
        case .deferAgendaItem:
            _ = try workbench.deferAgendaItem(meeting: 2, reference: fixture.agenda.first)
        case .addAction:
            _ = try workbench.addAction(
                reference: "C-000001", agency: "IDVA", due: today.adding(days: 14),
                text: "Call the victim")
        case .updateAction:
            _ = try workbench.updateAction(fixture.idvaAction, ActionChange(note: "called"))
        case .listActions:
            _ = try workbench.actions(ActionFilter(agencyCode: "IDVA"))
        case .showAction:
            _ = try workbench.actionDetail(fixture.idvaAction)
            _ = try workbench.identifiers(.action)
        case .recordSharing:
            _ = try workbench.recordSharing(
                SharingRequest(
                    caseReference: "C-000001", agency: "IDVA", recipients: ["POL"],
                    summary: "Perpetrator seen outside the victim's work",
                    categories: ["alleged-offence", "contact-details"],
                    basisTags: ["preset:idva-unlawful-acts"], consent: .notSought(.unsafe),
                    commonLawPosition: .publicInterest,
                    rationale: "Possible breach of bail; asking would alert the perpetrator",
                    date: today))
        case .declineSharing:
            _ = try workbench.declineSharing(
                DeclineRequest(
                    caseReference: "C-000001", agency: "IDVA",
                    reasons: "Not necessary for the assessment", categories: ["mental-health"],
                    requestedBy: ["MARAC"], date: today))
        case .listSharing:
            _ = try workbench.sharingLog(meeting: 1)
        case .showSharing:
            _ = try workbench.sharingEntry(id: 1)
        case .discloseRecords:
            _ = try workbench.disclosureBundle(case: "C-000001")
        case .sharingRegister:
            _ = try workbench.sharingRegister()
        case .newReview:
            _ = try workbench.newReview(NewReview(pseudonym: "Adult E", csp: "Demoshire CSP"))
        case .listReviews:
            _ = try workbench.reviews()
            _ = try workbench.identifiers(.review)
        case .showReview:
            _ = try workbench.reviewDetail(1)
            _ = try workbench.linkedCases(review: 1)
        case .reviewStatus:
            _ = try workbench.reviewStatus(fixture.newReview)
            _ = try workbench.changeReviewStatus(fixture.newReview, to: .inProgress)
        case .addRecommendation:
            _ = try workbench.addRecommendation(
                review: 1, number: 4, scope: .local, text: "Record coercive control")
        case .addDHRAction:
            _ = try workbench.addDHRAction(
                NewDHRAction(
                    review: 1, recommendation: 1, agencyCode: "POL", target: today.adding(days: 90),
                    text: "Train 40 call handlers in recognising coercive control"))
        case .updateDHRAction:
            _ = try workbench.updateDHRAction(2, DHRActionChange(note: "progress noted"))
        case .signOffDHRAction:
            _ = try workbench.signOffDHRAction(5)
        case .showDHRAction:
            _ = try workbench.dhrActionDetail(2)
            _ = try workbench.identifiers(.dhrAction)
        case .importActionPlan:
            _ = try workbench.importActionPlan(
                review: fixture.newReview,
                csv: "recommendation,scope,action,lead agency,target date\n"
                    + "1. Staff should recognise coercive control.,local,"
                    + "Train 40 call handlers to recognise coercive control,POL,2027-03-01\n")
        case .linkCase:
            _ = try workbench.linkCase(review: 1, reference: "C-000001")
        case .unlinkCase:
            _ = try workbench.unlinkCase(review: 1, reference: "C-000002")
        case .smartCheck:
            _ = try workbench.smartCheck()
            _ = try workbench.smartCheck(review: 1)
            _ = try workbench.smartCheck(action: 2)
        case .dataReturn:
            _ = try workbench.dataReturn(from: today.adding(days: -90), to: today)
        case .overdueReport:
            _ = try workbench.overdueActions()
            _ = try workbench.overdueDHRActions(agency: "POL")
        case .dhrProgress:
            _ = try workbench.dhrProgress(review: 1)
        case .dhrDueSoon:
            _ = try workbench.dhrDueSoon(agency: "IDVA", days: 90)
        case .exportMinutes:
            // An agency representative may export only their own agency's extract.
            let agency = role == .agencyRep ? "IDVA" : nil
            _ = try workbench.minutesData(meeting: 1, agency: agency)
            _ = try workbench.exportMinutes(meeting: 1, agency: agency, to: file("minutes.fodt"))
        case .exportActionStatus:
            let agency = role == .agencyRep ? "IDVA" : nil
            _ = try workbench.actionStatusData(meeting: 1, agency: agency)
            _ = try workbench.exportActionStatus(
                meeting: 1, agency: agency, to: file("status.fodt"))
        case .exportAgenda:
            _ = try workbench.agendaData(meeting: 2)
            _ = try workbench.exportAgenda(meeting: 2, to: file("agenda.fodt"))
        case .exportActionPlan:
            _ = try workbench.actionPlanData(review: 1)
            _ = try workbench.exportActionPlan(review: 1, to: file("plan.fodt"))
        case .exportProgress:
            _ = try workbench.progressReportData()
            _ = try workbench.exportProgressReport(to: file("progress.fodt"))
        case .auditLog:
            _ = try workbench.auditLog()
        case .auditVerify:
            _ = try workbench.verifyAudit()
        case .check:
            _ = try workbench.check()
        case .backup:
            try workbench.backup(to: file("backup.sqlite"))
        case .addUser:
            try workbench.addUser(name: "new-\(role.rawValue)", role: .chair)
        case .listUsers:
            _ = try workbench.users()
        case .removeUser:
            try workbench.removeUser(name: "dhrchair")
        case .changeUserRole:
            try workbench.changeRole(name: "dhrchair", to: .auditor)
        case .retentionDue:
            _ = try workbench.retentionDue()
        case .retentionPurge:
            _ = try workbench.purgeExpiredRecords(confirmed: true)
        case .demo:
            _ = try workbench.buildDemo()
        case .benchSeed:
            _ = try workbench.seedSynthetic(SyntheticShape(referrals: 1))
        case .benchDuplicates:
            _ = try workbench.measureDuplicateWarnings(SyntheticPeople(people: 5))
        }
    }

    /// The refusal `operation` met, if the permission check refused it.
    static func refusal(_ operation: Operation, in fixture: Fixture, as role: Role)
        -> AccessError?
    {
        do {
            try run(operation, in: fixture, as: role)
            return nil
        } catch let error as AccessError {
            switch error {
            case .roleRequired, .unknownUser: return error
            // Row-level and input rules come after the permission check passed.
            case .otherAgency, .duplicateUser, .agencyMismatch, .ownExtractOnly: return nil
            }
        } catch {
            return nil
        }
    }

    @Test(
        "Each role the table refuses is refused by the Workbench itself, and changes nothing",
        arguments: Operation.allCases)
    func refusedRoles(operation: Operation) throws {
        let fixture = try Fixture()
        let workbench = fixture.workbench
        let before = try workbench.auditLog(limit: 100_000).count
        for role in Role.allCases where !operation.allows(role) {
            workbench.user = try #require(Self.users[role])
            let error = Self.refusal(operation, in: fixture, as: role)
            #expect(
                error == .roleRequired(operation, user: workbench.user, role: role),
                "\(operation) as \(role)")
            #expect(
                error?.description.hasPrefix("'\(operation.commandName)' needs ") == true,
                "\(operation) as \(role)")
        }
        workbench.user = "coordinator"
        #expect(try workbench.auditLog(limit: 100_000).count == before, "\(operation)")
    }

    @Test(
        "Each role the table allows passes the Workbench's permission check",
        arguments: Operation.allCases)
    func allowedRoles(operation: Operation) throws {
        let fixture = try Fixture()
        let workbench = fixture.workbench
        // The coordinator last, so the other roles meet the demo data as the demo left it.
        let roles = operation.allowedRoles.filter { $0 != .coordinator } + [.coordinator]
        for role in roles {
            workbench.user = try #require(Self.users[role])
            let error = Self.refusal(operation, in: fixture, as: role)
            #expect(error == nil, "\(operation) as \(role): \(String(describing: error))")
        }
    }

    @Test("Someone who is not a user of the database is refused every operation")
    func strangerRefused() throws {
        let fixture = try Fixture()
        let workbench = fixture.workbench
        workbench.user = "mallory"
        for operation in Operation.allCases {
            let error = Self.refusal(operation, in: fixture, as: .auditor)
            #expect(error == .unknownUser(operation, user: "mallory"), "\(operation)")
        }
        #expect(try workbench.currentUser() == nil)
    }

    @Test(
        "Each call the tests make runs to the end for the first role allowed it",
        arguments: Operation.allCases)
    func callsRunToTheEnd(operation: Operation) throws {
        // A call failing for another reason could hide a refusal further in (a method
        // calling another that checks a narrower operation), so each call must complete.
        // `bench seed` needs a database without agencies, where no agency-rep can be a user; it
        // calls no other checked method, and the bench tests seed as a coordinator.
        // `bench duplicates` likewise (DuplicateWarningTests runs it as a coordinator).
        guard operation != .benchSeed, operation != .benchDuplicates else { return }
        let fixture = try Fixture()
        let role = try #require(operation.allowedRoles.first { $0 != .coordinator } ?? .coordinator)
        fixture.workbench.user = try #require(Self.users[role])
        try Self.run(operation, in: fixture, as: role)
    }
}
