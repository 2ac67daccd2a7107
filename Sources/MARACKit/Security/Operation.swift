/// One thing a user of the workbench can do: the unit of permission, of the audit log and of
/// the `marac` command table.
///
/// Every public ``Workbench`` method that reads or changes the database checks its operation
/// first (``Workbench/authorize(_:)``), so any front end, not only `marac`, gets the same
/// refusals. The same case names the command that runs it (``commandPath``), the label its
/// changes carry in the audit log (``auditLabel``) and who may run it (``allowedRoles``, from
/// ``Permissions``).
///
/// ```swift
/// Operation.referCase.commandName    // "case refer"
/// Operation.referCase.allowedRoles   // [.coordinator]
/// ```
///
/// A new command is a new case: its path below, its roles in ``Permissions/roles(for:)``,
/// `try authorize(.newCase)` as the first line of its Workbench method, `operation: .newCase`
/// in its `marac` command, and a call in `OperationAccessTests.run`; the compiler points at
/// each `switch` until all are written.
public enum Operation: CaseIterable, Sendable {
    // Agencies and their representatives.
    case addAgency, listAgencies, addRepresentative, listRepresentatives
    case editAgency, retireAgency
    // MARAC areas.
    case addArea, renameArea, listAreas
    // Referrals.
    case referCase, showCase, listCases, importCases, moveCase
    // The people of a case beside its victim.
    case addPerpetrator, addChild
    // Person records: the same person under another spelling.
    case listPersons, mergePersons
    // MARAC-to-MARAC transfers.
    case transferCase, receiveCase
    // IDVA (Independent Domestic Violence Adviser) services.
    case allocateIDVA, recordIDVAEngagement
    // Meetings and their agenda.
    case newMeeting, editMeeting, listMeetings, showMeeting, openMeeting, closeMeeting
    case recordAttendance, addRisk, addOtherBusiness, buildAgenda, showAgenda, moveAgendaItem,
        deferAgendaItem
    // MARAC actions.
    case addAction, updateAction, listActions, showAction
    // Information sharing.
    case recordSharing, declineSharing, listSharing, showSharing, sharingRegister
    // Subject access and disclosure.
    case discloseRecords
    // Domestic Homicide Reviews.
    case newReview, listReviews, showReview, reviewStatus, addRecommendation
    case addDHRAction, updateDHRAction, signOffDHRAction, showDHRAction, importActionPlan
    case linkCase, unlinkCase, smartCheck
    // Reports and documents.
    case dataReturn, overdueReport, dhrProgress, dhrDueSoon
    case exportMinutes, exportActionStatus, exportAgenda, exportActionPlan, exportProgress
    // Governance.
    case auditLog, auditVerify, check, backup, addUser, listUsers, removeUser, changeUserRole
    case retentionDue, retentionPurge
    // Data for trying the tool out.
    case demo, benchSeed, benchDuplicates

    /// The words of the `marac` command that runs the operation (`["case", "refer"]`).
    public var commandPath: [String] {
        switch self {
        case .addAgency: ["agency", "add"]
        case .listAgencies: ["agency", "list"]
        case .addRepresentative: ["rep", "add"]
        case .listRepresentatives: ["rep", "list"]
        case .editAgency: ["agency", "edit"]
        case .retireAgency: ["agency", "retire"]
        case .addArea: ["area", "add"]
        case .renameArea: ["area", "rename"]
        case .listAreas: ["area", "list"]
        case .referCase: ["case", "refer"]
        case .listPersons: ["person", "list"]
        case .mergePersons: ["person", "merge"]
        case .showCase: ["case", "show"]
        case .listCases: ["case", "list"]
        case .importCases: ["case", "import"]
        case .moveCase: ["case", "move"]
        case .addPerpetrator: ["perpetrator", "add"]
        case .addChild: ["child", "add"]
        case .transferCase: ["case", "transfer"]
        case .receiveCase: ["case", "receive"]
        case .allocateIDVA: ["idva", "allocate"]
        case .recordIDVAEngagement: ["idva", "engagement"]
        case .newMeeting: ["meeting", "new"]
        case .editMeeting: ["meeting", "edit"]
        case .listMeetings: ["meeting", "list"]
        case .showMeeting: ["meeting", "show"]
        case .openMeeting: ["meeting", "open"]
        case .closeMeeting: ["meeting", "close"]
        case .recordAttendance: ["attend"]
        case .addRisk: ["risk", "add"]
        case .addOtherBusiness: ["aob", "add"]
        case .buildAgenda: ["agenda", "build"]
        case .showAgenda: ["agenda", "show"]
        case .moveAgendaItem: ["agenda", "move"]
        case .deferAgendaItem: ["agenda", "defer"]
        case .addAction: ["action", "add"]
        case .updateAction: ["action", "update"]
        case .listActions: ["action", "list"]
        case .showAction: ["action", "show"]
        case .recordSharing: ["share", "record"]
        case .declineSharing: ["share", "decline"]
        case .listSharing: ["share", "list"]
        case .showSharing: ["share", "show"]
        case .discloseRecords: ["person", "disclose"]
        case .sharingRegister: ["share", "register"]
        case .newReview: ["dhr", "new"]
        case .listReviews: ["dhr", "list"]
        case .showReview: ["dhr", "show"]
        case .reviewStatus: ["dhr", "status"]
        case .addRecommendation: ["dhr", "rec", "add"]
        case .addDHRAction: ["dhr", "action", "add"]
        case .updateDHRAction: ["dhr", "action", "update"]
        case .signOffDHRAction: ["dhr", "action", "signoff"]
        case .showDHRAction: ["dhr", "action", "show"]
        case .importActionPlan: ["dhr", "import"]
        case .linkCase: ["dhr", "link"]
        case .unlinkCase: ["dhr", "unlink"]
        case .smartCheck: ["smart", "check"]
        case .dataReturn: ["report", "data-return"]
        case .overdueReport: ["report", "overdue"]
        case .dhrProgress: ["report", "dhr-progress"]
        case .dhrDueSoon: ["report", "due-soon"]
        case .exportMinutes: ["export", "minutes"]
        case .exportActionStatus: ["export", "action-status"]
        case .exportAgenda: ["export", "agenda"]
        case .exportActionPlan: ["export", "action-plan"]
        case .exportProgress: ["export", "progress"]
        case .auditLog: ["audit", "log"]
        case .auditVerify: ["audit", "verify"]
        case .check: ["check"]
        case .backup: ["backup"]
        case .addUser: ["user", "add"]
        case .listUsers: ["user", "list"]
        case .removeUser: ["user", "remove"]
        case .changeUserRole: ["user", "role"]
        case .retentionDue: ["retention", "due"]
        case .retentionPurge: ["retention", "purge"]
        case .demo: ["demo"]
        case .benchSeed: ["bench", "seed"]
        case .benchDuplicates: ["bench", "duplicates"]
        }
    }

    /// The command's words joined by spaces (`case refer`), as refusals name it.
    public var commandName: String { commandPath.joined(separator: " ") }

    /// The label the operation's changes carry in the audit log's `command` column.
    ///
    /// The command's name, so the log reads in the words users type.
    public var auditLabel: String { commandName }

    /// The roles that may run the operation (see ``Permissions``).
    public var allowedRoles: [Role] { Permissions.roles(for: self) }

    /// Whether a user with `role` may run the operation.
    public func allows(_ role: Role) -> Bool { allowedRoles.contains(role) }
}
