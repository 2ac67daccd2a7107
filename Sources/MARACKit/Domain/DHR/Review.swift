/// The kind of review: a Domestic Homicide Review (DHR) under the Domestic Violence, Crime and
/// Victims Act 2004 s9, or a Domestic Abuse Related Death Review (DARDR), its renamed successor
/// under the Victims and Prisoners Act 2024 s19.
public enum ReviewType: String, Equatable, Sendable, Codable, CaseIterable {
    case dhr = "DHR"
    case dardr = "DARDR"

    /// The review's full name.
    public var title: String {
        switch self {
        case .dhr: "Domestic Homicide Review"
        case .dardr: "Domestic Abuse Related Death Review"
        }
    }
}

/// Where a review stands, from the Community Safety Partnership's (CSP) decision to its closure.
public enum ReviewStatus: String, Equatable, Sendable, Codable, CaseIterable {
    case commissioned
    case inProgress = "in-progress"
    /// Sent to the Home Office Quality Assurance Panel.
    case submitted
    /// Approved by the Home Office for publication.
    case approved
    case published
    /// The action plan is complete and the CSP has closed the review.
    case closed

    /// The statuses a review may move to from this one.
    ///
    /// The Home Office panel may send a submitted review back for changes; an approved review
    /// may close unpublished.
    public var allowedNext: [ReviewStatus] {
        switch self {
        case .commissioned: [.inProgress]
        case .inProgress: [.submitted]
        case .submitted: [.approved, .inProgress]
        case .approved: [.published, .closed]
        case .published: [.closed]
        case .closed: []
        }
    }

    /// The accepted spellings, for error messages.
    public static var spellings: [String] { allCases.map(\.rawValue) }
}

/// A Domestic Homicide Review (or DARDR) of one death: the victim appears only by pseudonym.
public struct Review: Equatable, Sendable, Codable {
    public var id: Int
    /// The victim's pseudonym ("Adult A"); the real name is never stored.
    public var pseudonym: String
    /// The Community Safety Partnership that commissioned the review.
    public var csp: String
    public var type: ReviewType
    public var status: ReviewStatus
    /// The day of the death.
    public var deathDate: Day?
    /// The day the CSP decided to hold the review.
    public var decisionDate: Day?
    /// The day the report went to the Home Office.
    public var submittedDate: Day?
    /// The day the Home Office approved it.
    public var approvedDate: Day?
    /// The day it was published.
    public var publishedDate: Day?
    /// The day the CSP closed it.
    public var closedDate: Day?
    /// The independent chair.
    public var chair: String?
    /// Codes of the agencies on the review panel.
    public var panel: [String]

    /// The review's id as shown to people: `R` and the number (`R3`).
    public var label: String { "R\(id)" }
}

extension Review {
    /// The stored fields, and `reference` (`R3`) beside `id` so programs see the id as printed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(pseudonym, forKey: .pseudonym)
        try container.encode(csp, forKey: .csp)
        try container.encode(type, forKey: .type)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(deathDate, forKey: .deathDate)
        try container.encodeIfPresent(decisionDate, forKey: .decisionDate)
        try container.encodeIfPresent(submittedDate, forKey: .submittedDate)
        try container.encodeIfPresent(approvedDate, forKey: .approvedDate)
        try container.encodeIfPresent(publishedDate, forKey: .publishedDate)
        try container.encodeIfPresent(closedDate, forKey: .closedDate)
        try container.encodeIfPresent(chair, forKey: .chair)
        try container.encode(panel, forKey: .panel)
        var reference = encoder.container(keyedBy: ReferenceKey.self)
        try reference.encode(label, forKey: .reference)
    }
}

/// The key of the printed id (`R3`, `A12`) in the JSON of reviews and DHR actions.
enum ReferenceKey: String, CodingKey {
    case reference
}

/// What `dhr new` records.
public struct NewReview: Equatable, Sendable {
    public var pseudonym: String
    public var csp: String
    public var type: ReviewType
    public var deathDate: Day?
    public var decisionDate: Day?
    public var chair: String?
    public var panel: [String]

    public init(
        pseudonym: String, csp: String, type: ReviewType = .dhr, deathDate: Day? = nil,
        decisionDate: Day? = nil, chair: String? = nil, panel: [String] = []
    ) {
        self.pseudonym = pseudonym
        self.csp = csp
        self.type = type
        self.deathDate = deathDate
        self.decisionDate = decisionDate
        self.chair = chair
        self.panel = panel
    }
}

/// One move of a review's status, for its history.
public struct ReviewStatusChange: Equatable, Sendable, Codable {
    public var from: ReviewStatus
    public var to: ReviewStatus
    /// The day it took effect (the submission, approval, publication or closure day).
    public var on: Day
    public var at: String
    public var by: String
}
