/// Where an action stands.
public enum ActionStatus: String, Equatable, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case done
    case blocked
    case cancelled

    /// Whether the action still needs doing (it can be overdue).
    public var isPending: Bool { self == .open || self == .inProgress || self == .blocked }

    /// The statuses an action may move to from this one.
    ///
    /// Done and cancelled actions may be
    /// reopened, because MARAC minutes are sometimes corrected.
    public var allowedNext: [ActionStatus] {
        switch self {
        case .open: [.inProgress, .done, .blocked, .cancelled]
        case .inProgress: [.open, .done, .blocked, .cancelled]
        case .blocked: [.open, .inProgress, .done, .cancelled]
        case .done: [.open]
        case .cancelled: [.open]
        }
    }

    /// The accepted spellings, for error messages.
    public static var spellings: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Something an agency agreed at a MARAC to do for a case.
public struct MARACAction: Equatable, Sendable, Codable {
    public var id: Int
    public var reference: String
    public var meeting: Int?
    public var agencyCode: String
    public var owner: String?
    public var text: String
    public var due: Day
    public var status: ActionStatus
    public var completedOn: Day?
    /// Incremented by every update; an update from a stale view is refused.
    public var version: Int

    /// Past due and neither done nor cancelled, on `today`.
    public func isOverdue(on today: Day) -> Bool { status.isPending && due < today }
}

/// One entry in an action's history: who changed what, when, and the evidence given.
public struct ActionUpdate: Equatable, Sendable, Codable {
    public var at: String
    public var by: String
    public var status: ActionStatus?
    public var note: String?
    public var evidence: String?
    public var due: Day?
}

/// A change an agency representative asks for.
public struct ActionChange: Equatable, Sendable {
    public var status: ActionStatus?
    public var note: String?
    public var evidence: String?
    public var due: Day?
    /// The version the user last saw; the change is refused if the action has moved on.
    public var expectedVersion: Int?

    public init(
        status: ActionStatus? = nil, note: String? = nil, evidence: String? = nil, due: Day? = nil,
        expectedVersion: Int? = nil
    ) {
        self.status = status
        self.note = note
        self.evidence = evidence
        self.due = due
        self.expectedVersion = expectedVersion
    }

    public var isEmpty: Bool { status == nil && note == nil && evidence == nil && due == nil }
}

/// Which actions to list.
public struct ActionFilter: Equatable, Sendable {
    public var agencyCode: String?
    public var reference: String?
    public var overdue = false
    public var dueWithinDays: Int?
    public var limit = 500

    public init(
        agencyCode: String? = nil, reference: String? = nil, overdue: Bool = false,
        dueWithinDays: Int? = nil
    ) {
        self.agencyCode = agencyCode
        self.reference = reference
        self.overdue = overdue
        self.dueWithinDays = dueWithinDays
    }
}
