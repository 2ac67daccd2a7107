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
        // Row-level rule in the workbench: a representative exports only their own agency's
        // extract and action status.
        case .exportMinutes, .exportActionStatus: documents + [.agencyRep]
        case .exportAgenda, .exportActionPlan, .exportProgress: documents
        case .auditLog, .auditVerify, .check: governance
        case .retentionDue: governance
        case .retentionPurge, .backup, .addUser, .listUsers, .removeUser, .changeUserRole:
            coordinator
        case .demo, .benchSeed, .benchDuplicates: coordinator
        }
    }
}
