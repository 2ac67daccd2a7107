/// Where a DHR action stands.
public enum DHRActionStatus: String, Equatable, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case blocked
    /// Completed, with its outcome and evidence.
    case closed
    case cancelled

    /// Whether the action still needs doing (it can be overdue).
    public var isPending: Bool { self == .open || self == .inProgress || self == .blocked }

    /// The statuses an action may move to from this one.
    ///
    /// A closed or cancelled action may be reopened until the CSP signs it off.
    public var allowedNext: [DHRActionStatus] {
        switch self {
        case .open: [.inProgress, .blocked, .closed, .cancelled]
        case .inProgress: [.open, .blocked, .closed, .cancelled]
        case .blocked: [.open, .inProgress, .closed, .cancelled]
        case .closed: [.inProgress]
        case .cancelled: [.open]
        }
    }
}

/// One action of a DHR action plan, with the columns published plans use (*Recommendation ·
/// Scope · Action to take · Lead agency · Key milestones achieved · Target date · Date of
/// completion and outcome*) and what tracking needs besides.
public struct DHRAction: Equatable, Sendable, Codable {
    public var id: Int
    public var reviewID: Int
    /// The number of the recommendation within the review.
    public var recommendation: Int
    /// The recommendation's scope.
    public var scope: RecommendationScope
    /// The action to take.
    public var text: String
    /// The lead agency's code.
    public var agencyCode: String
    /// The named owner in the lead agency.
    public var owner: String?
    /// How success will be shown.
    public var measure: String?
    /// Key milestones achieved in enacting the recommendation.
    public var milestones: String?
    public var target: Day
    public var status: DHRActionStatus
    /// The date of completion.
    public var completedOn: Day?
    /// The outcome, with the date of completion.
    public var outcome: String?
    /// The day the CSP signed the action off, and who did.
    public var signedOffOn: Day?
    public var signedOffBy: String?
    /// The day the action was added to the plan.
    public var createdOn: Day
    /// The day of the latest update, or of creation.
    public var lastActivity: Day
    /// Whether any update recorded evidence.
    public var hasEvidence: Bool
    /// Incremented by every change.
    public var version: Int

    /// The action's id as shown to people: `A` and the number (`A12`).
    public var label: String { "A\(id)" }

    /// Past its target date and neither closed nor cancelled, on `today`.
    public func isOverdue(on today: Day) -> Bool { status.isPending && target < today }
}

extension DHRAction {
    /// The stored fields, and `reference` (`A12`) beside `id` so programs see the id as printed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(reviewID, forKey: .reviewID)
        try container.encode(recommendation, forKey: .recommendation)
        try container.encode(scope, forKey: .scope)
        try container.encode(text, forKey: .text)
        try container.encode(agencyCode, forKey: .agencyCode)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encodeIfPresent(measure, forKey: .measure)
        try container.encodeIfPresent(milestones, forKey: .milestones)
        try container.encode(target, forKey: .target)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(completedOn, forKey: .completedOn)
        try container.encodeIfPresent(outcome, forKey: .outcome)
        try container.encodeIfPresent(signedOffOn, forKey: .signedOffOn)
        try container.encodeIfPresent(signedOffBy, forKey: .signedOffBy)
        try container.encode(createdOn, forKey: .createdOn)
        try container.encode(lastActivity, forKey: .lastActivity)
        try container.encode(hasEvidence, forKey: .hasEvidence)
        try container.encode(version, forKey: .version)
        var reference = encoder.container(keyedBy: ReferenceKey.self)
        try reference.encode(label, forKey: .reference)
    }
}

/// One entry of a DHR action's history: who recorded what, on which day, with what evidence.
public struct DHRActionUpdate: Equatable, Sendable, Codable {
    /// The day the update took effect (for trends).
    public var on: Day
    public var at: String
    public var by: String
    public var status: DHRActionStatus?
    public var note: String?
    public var evidence: String?
    public var milestones: String?
    public var outcome: String?
}

/// Progress an owner records on a DHR action (`dhr action update`).
public struct DHRActionChange: Equatable, Sendable {
    public var status: DHRActionStatus?
    public var note: String?
    public var evidence: String?
    /// Replaces the key milestones achieved.
    public var milestones: String?
    /// The outcome, recorded with the date of completion.
    public var outcome: String?

    public init(
        status: DHRActionStatus? = nil, note: String? = nil, evidence: String? = nil,
        milestones: String? = nil, outcome: String? = nil
    ) {
        self.status = status
        self.note = note
        self.evidence = evidence
        self.milestones = milestones
        self.outcome = outcome
    }

    public var isEmpty: Bool {
        status == nil && note == nil && evidence == nil && milestones == nil && outcome == nil
    }
}

/// What `dhr action add` records.
public struct NewDHRAction: Equatable, Sendable {
    public var review: Int
    /// The recommendation's number within the review.
    public var recommendation: Int
    public var agencyCode: String
    public var target: Day
    public var text: String
    public var milestones: String?
    public var measure: String?
    public var owner: String?

    public init(
        review: Int, recommendation: Int, agencyCode: String, target: Day, text: String,
        milestones: String? = nil, measure: String? = nil, owner: String? = nil
    ) {
        self.review = review
        self.recommendation = recommendation
        self.agencyCode = agencyCode
        self.target = target
        self.text = text
        self.milestones = milestones
        self.measure = measure
        self.owner = owner
    }
}
