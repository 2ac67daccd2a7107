/// The part of a MARAC agenda a case sits in, in SafeLives' suggested order.
public enum AgendaSection: String, Equatable, Sendable, Codable, CaseIterable {
    /// Cases involving children come first.
    case children
    /// Other cases, oldest referral first.
    case other
    /// Cases reviewed because 12 months have passed.
    case review

    public var title: String {
        switch self {
        case .children: "Cases involving children"
        case .other: "Other cases"
        case .review: "Cases reviewed after 12 months"
        }
    }
}

/// One case on a meeting's agenda, with its time slot.
public struct AgendaItem: Equatable, Sendable, Codable {
    public var position: Int
    public var reference: String
    public var section: AgendaSection
    public var referringAgency: String
    public var referredOn: Day
    public var isRepeat: Bool
    public var children: Int
    /// When the case is due to be heard, `HH:MM`.
    public var slot: String
}

/// A case waiting to be listed: what the agenda builder needs to place it.
public struct AgendaCandidate: Equatable, Sendable {
    public var referralID: Int
    public var referredOn: Day
    public var children: Int
}

/// How a meeting's time is divided: fixed items, then a slot per case.
public struct AgendaTiming: Equatable, Sendable {
    /// Introductions and the confidentiality statement.
    public var introductionMinutes = 10
    /// Incomplete actions from earlier meetings.
    public var earlierActionsMinutes = 10
    /// Each case (SafeLives: 10 to 15 minutes).
    public var minutesPerCase = 12

    public init() {}

    /// The start time of the case at `position` (1-based) for a meeting starting at `start`.
    public func slot(position: Int, start: String) -> String {
        (TimeOfDay(parsing: start) ?? .defaultStart)
            .adding(minutes: introductionMinutes + earlierActionsMinutes)
            .adding(minutes: (position - 1) * minutesPerCase).description
    }
}

/// SafeLives' ordering of a MARAC agenda.
public enum AgendaRules {
    /// Chooses up to `capacity` waiting cases, oldest referral first, and orders them:
    /// cases involving children first, then the others, each oldest referral first.
    public static func order(_ candidates: [AgendaCandidate], capacity: Int) -> [(
        AgendaCandidate, AgendaSection
    )] {
        let chosen = candidates.sorted {
            ($0.referredOn, $0.referralID) < ($1.referredOn, $1.referralID)
        }
        .prefix(capacity)
        let children = chosen.filter { $0.children > 0 }.map { ($0, AgendaSection.children) }
        let others = chosen.filter { $0.children == 0 }.map { ($0, AgendaSection.other) }
        return children + others
    }
}
