/// Which roles may run which operation: the one table every ``Workbench`` method consults.
///
/// A `switch` over ``Operation`` with no `default`, so a new operation does not compile until
/// someone decides who may run it. Row-level rules stay in the workbench, beside the records
/// they guard: an agency representative sees and updates only their own agency's actions,
/// sees other agencies' cases by reference and dates only, and records sharing only as their
/// agency.
///
/// ```swift
/// Permissions.roles(for: .referCase)    // [.coordinator]
/// Permissions.roles(for: .updateAction) // [.coordinator, .chair, .agencyRep]
/// ```
public enum Permissions {
    private static let all = Role.allCases
    private static let coordinator: [Role] = [.coordinator]
    private static let marac: [Role] = [.coordinator, .chair]
    private static let maracAndReps: [Role] = [.coordinator, .chair, .agencyRep]
    private static let dhr: [Role] = [.coordinator, .dhrChair]
    private static let governance: [Role] = [.coordinator, .auditor]
    private static let documents: [Role] = [.coordinator, .chair, .dhrChair]

    /// What each exported document holds, as the operations that read that content: one
    /// role rule per kind of data, so whoever may not read a document's content may not export
    /// it either (a DHR chair refused `share list` and `meeting show` is refused `export
    /// minutes`, which hold the sharing summaries).
    public static let contentReads: [Operation: [Operation]] = [
        .exportMinutes: [.showMeeting, .showAgenda, .listActions, .listSharing],
        .exportActionStatus: [.showMeeting, .listActions],
        .exportAgenda: [.showMeeting, .showAgenda],
        .exportActionPlan: [.showReview, .showDHRAction],
        .exportProgress: [.dhrProgress],
    ]

    /// The exports an agency representative may run for their own agency's extract only.
    public static let representativeExtracts: Set<Operation> = [
        .exportMinutes, .exportActionStatus,
    ]

    /// The roles (in ``Role/allCases`` order) that may run every one of `reads`, leaving out
    /// the agency representative, whose reads are limited row by row.
    private static func readersOfAll(_ reads: [Operation]) -> [Role] {
        all.filter { role in
            role != .agencyRep && reads.allSatisfy { roles(for: $0).contains(role) }
        }
    }

    /// The roles that may run `operation`, in the order of ``Role/allCases``.
    public static func roles(for operation: Operation) -> [Role] {
        switch operation {
        case .listAgencies, .listRepresentatives: all
        case .addAgency, .addRepresentative, .editAgency, .retireAgency: coordinator
        case .addArea, .renameArea: coordinator
        case .listAreas: marac
        case .referCase, .importCases, .moveCase, .addPerpetrator, .addChild: coordinator
        // Person records are matched on names: the coordinator's alone.
        case .listPersons, .mergePersons: coordinator
        case .transferCase, .receiveCase: coordinator
        // Row-level rule in the workbench (and row-level security on a server): the coordinator
        // allocates any case to an IDVA service; an agency representative only changes the
        // worker of, and records engagement on, cases already allocated to their own agency.
        case .allocateIDVA, .recordIDVAEngagement: [.coordinator, .agencyRep]
        case .listCases: marac
        // Row-level rule in the workbench: a representative sees other agencies' cases by
        // reference and dates only.
        case .showCase: maracAndReps
        case .newMeeting, .editMeeting, .listMeetings, .showMeeting, .openMeeting, .closeMeeting,
            .recordAttendance, .addRisk, .addOtherBusiness:
            marac
        case .buildAgenda, .showAgenda, .moveAgendaItem, .deferAgendaItem: marac
        case .addAction: marac
        // Row-level rule in the workbench: a representative lists, shows and updates only
        // their own agency's actions.
        case .updateAction, .listActions, .showAction: maracAndReps
        // Row-level rule in the workbench: a representative records sharing only as their
        // own agency.
        case .recordSharing, .declineSharing: maracAndReps
        case .listSharing, .showSharing: [.coordinator, .chair, .auditor]
        // Everything held about one person, for a subject access request or a disclosure:
        // the coordinator who holds the records and the information-governance lead.
        case .discloseRecords: governance
        case .sharingRegister: governance
        case .newReview, .listReviews, .showReview, .reviewStatus, .addRecommendation,
            .addDHRAction, .updateDHRAction, .signOffDHRAction, .showDHRAction, .importActionPlan,
            .linkCase, .unlinkCase, .smartCheck:
            dhr
        case .dataReturn, .overdueReport, .dhrProgress, .dhrDueSoon: documents
        // A document may be exported by the roles that may read all of its content (see
        // `contentReads`); a representative exports only their own agency's extract and
        // action status (row-level rule in the workbench).
        case .exportMinutes, .exportActionStatus, .exportAgenda, .exportActionPlan,
            .exportProgress:
            readersOfAll(contentReads[operation] ?? [])
                + (representativeExtracts.contains(operation) ? [.agencyRep] : [])
        case .auditLog, .auditVerify, .check: governance
        case .retentionDue: governance
        case .retentionPurge, .backup, .addUser, .listUsers, .removeUser, .changeUserRole:
            coordinator
        case .demo, .benchSeed, .benchDuplicates: coordinator
        }
    }
}
