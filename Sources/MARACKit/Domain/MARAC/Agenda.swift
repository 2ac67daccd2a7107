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
    /// Earlier referrals of the same victim heard with this one (one victim is one item).
    public var heardWith: [String] = []
    /// The earlier case this one repeats, under the area's repeat definition.
    public var repeatOf: String? = nil
    /// Other cases the case's perpetrators are in: as the perpetrator of another victim, or
    /// as a victim (serial perpetrators are what police and probation look for).
    public var perpetratorAlsoIn: [String] = []
    /// Cases in which the case's victim is recorded as a perpetrator.
    public var victimIsPerpetratorIn: [String] = []
    /// The IDVA service and engagement, in words (``IDVAAllocation/summary``), if allocated.
    public var idva: String? = nil
    /// The MARAC the case was transferred in from, if it came to this area by a transfer.
    public var transferredFrom: String? = nil
}

/// A case waiting to be listed: what the agenda builder needs to place it.
public struct AgendaCandidate: Equatable, Sendable {
    public var referralID: Int
    public var referredOn: Day
    public var children: Int
    /// The victim's person record: a victim's waiting referrals make one agenda item.
    public var victimID: Int = 0
}

/// What the agenda builder decided: the items listed in order, and the cases left waiting.
public struct AgendaPlan: Equatable, Sendable {
    /// One item per victim: the latest referral, the section, and earlier referrals with it.
    public struct Item: Equatable, Sendable {
        public var candidate: AgendaCandidate
        public var section: AgendaSection
        public var earlier: [AgendaCandidate]
    }

    public var items: [Item]
    /// Items left off because the meeting's capacity was reached, in the order they would
    /// have come.
    public var leftOff: [Item]
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
    /// Plans an agenda from the cases waiting: one item per victim (the latest referral, with
    /// the earlier ones heard with it), cases involving children first, then the others, each
    /// oldest referral first; items beyond `capacity` are left off and keep waiting.
    ///
    /// A victim's item counts as involving children when any of the referrals does, and is
    /// placed by the victim's oldest waiting referral (the time the victim has waited).
    public static func plan(_ candidates: [AgendaCandidate], capacity: Int) -> AgendaPlan {
        var groups: [Int: [AgendaCandidate]] = [:]
        var loose: [[AgendaCandidate]] = []
        for candidate in candidates {
            // A candidate without a person record (victimID 0) is its own item.
            if candidate.victimID == 0 {
                loose.append([candidate])
            } else {
                groups[candidate.victimID, default: []].append(candidate)
            }
        }
        struct Ranked {
            var rank: Int
            var since: Day
            var firstID: Int
            var item: AgendaPlan.Item
        }
        var ranked: [Ranked] = []
        for group in Array(groups.values) + loose {
            let sorted = group.sorted {
                ($0.referredOn, $0.referralID) < ($1.referredOn, $1.referralID)
            }
            let children = sorted.contains { $0.children > 0 }
            ranked.append(
                Ranked(
                    rank: children ? 0 : 1, since: sorted[0].referredOn,
                    firstID: sorted[0].referralID,
                    item: AgendaPlan.Item(
                        candidate: sorted[sorted.count - 1],
                        section: children ? .children : .other,
                        earlier: Array(sorted.dropLast()))))
        }
        ranked.sort { ($0.rank, $0.since, $0.firstID) < ($1.rank, $1.since, $1.firstID) }
        let items = ranked.map(\.item)
        return AgendaPlan(
            items: Array(items.prefix(capacity)), leftOff: Array(items.dropFirst(capacity)))
    }

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
