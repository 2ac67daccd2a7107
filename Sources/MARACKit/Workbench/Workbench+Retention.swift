/// The records that go with one deleted by retention.
public struct RetentionDependants: Equatable, Sendable, Codable {
    public var actions = 0
    public var updates = 0
    public var risks = 0
    public var agendaItems = 0
    public var perpetrators = 0
    public var attendance = 0
    /// The recipients of a sharing record.
    public var recipients = 0
    /// The lawful-basis tags of a sharing record.
    public var tags = 0
    /// A review's recommendations.
    public var recommendations = 0
    /// A review's status history.
    public var statusChanges = 0
    /// The agencies on a review's panel.
    public var panelAgencies = 0
    /// Links between a review and MARAC cases.
    public var caseLinks = 0

    /// `2 actions, 3 updates, 1 risk`, or `nothing else`.
    public var summary: String {
        let parts = [
            (actions, "action", "actions"), (updates, "update", "updates"),
            (risks, "risk", "risks"), (agendaItems, "agenda item", "agenda items"),
            (perpetrators, "perpetrator link", "perpetrator links"),
            (attendance, "attendance record", "attendance records"),
            (recipients, "recipient", "recipients"),
            (tags, "lawful-basis tag", "lawful-basis tags"),
            (recommendations, "recommendation", "recommendations"),
            (statusChanges, "status change", "status changes"),
            (panelAgencies, "panel agency", "panel agencies"),
            (caseLinks, "DHR case link", "DHR case links"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        return parts.isEmpty ? "nothing else" : parts.joined(separator: ", ")
    }
}

/// A record past its retention period: what it is, when the period ended, what goes with it.
///
/// Named by reference or id only.
public struct RetentionItem: Equatable, Sendable, Codable {
    /// The record type, as in `Policies/retention.xml` (`referral`, `sharing-record`,
    /// `meeting`, `dhr-review`).
    public var record: String
    /// The case reference, sharing record id, meeting id or review label (`R3`).
    public var id: String
    /// The day the period runs from (the victim's last referral, the meeting).
    public var from: Day
    /// The day the period ended.
    public var dueOn: Day
    /// The records deleted with it.
    public var dependants: RetentionDependants
    /// Why it is kept although its period is over, if it is.
    public var heldBecause: String?
    /// The case a sharing record belongs to, by reference.
    public var ofCase: String? = nil
}

/// What `retention due` found: records to delete, and records held past their period.
public struct RetentionReview: Equatable, Sendable, Codable {
    public var due: [RetentionItem]
    public var held: [RetentionItem]
}

/// What `retention purge` deleted.
public struct RetentionPurge: Equatable, Sendable, Codable {
    public var deleted: [RetentionItem]
    /// Person records deleted because no referral refers to them any more.
    public var people: Int
}

/// Why a retention command was refused.
public enum RetentionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `retention purge` without `--confirm`: what it would have deleted.
    case notConfirmed(wouldDelete: [String])

    public var description: String {
        switch self {
        case .notConfirmed(let records) where records.isEmpty:
            return "--confirm: nothing is due for deletion, so nothing would be deleted"
        case .notConfirmed(let records):
            let shown = records.prefix(20).joined(separator: ", ")
            let more = records.count > 20 ? " and \(records.count - 20) more" : ""
            return "--confirm: needed to delete \(records.count) records past their retention "
                + "period with their dependants (\(shown)\(more)); see 'retention due'"
        }
    }
}

extension Workbench {
    /// Records past their retention period under `Policies/retention.xml` (`retention due`):
    /// each victim's referrals once the period after their last referral has ended (with the
    /// cases' actions), sharing records and decisions not to share once their own period has
    /// ended (recomputed from the policy's trigger today), meetings once the period after the
    /// meeting has ended, and Domestic Homicide Reviews once the period after their closure has
    /// ended.
    ///
    /// Records held by a rule of `Database.retentionHolds` (pending actions, an open agenda, a
    /// link to a review not yet closed) are listed apart with the reason.
    public func retentionDue() throws -> RetentionReview {
        try authorize(.retentionDue)
        var review = RetentionReview(due: [], held: [])
        let items =
            try expiredCases().flatMap(\.items) + expiredSharing() + expiredMeetings()
            + expiredReviews()
        for item in items {
            if item.heldBecause == nil { review.due.append(item) } else { review.held.append(item) }
        }
        return review
    }

    /// Victims whose cases are past the referral period, each with their referrals as items;
    /// if any of a victim's cases is held, all of them are (they are kept or deleted together,
    /// so repeats stay linked).
    func expiredCases() throws -> [(victim: Int, items: [RetentionItem])] {
        guard let rule = policies.retention[.referral] else { return [] }
        // A few days' slack: month arithmetic clamps at month ends; `due(from:)` decides.
        let cutoff = try today.adding(months: -rule.months).adding(days: 3)
        var result: [(Int, [RetentionItem])] = []
        for (victim, last) in try db.victimsLastReferred(onOrBefore: cutoff) {
            guard let items = try expiredCase(victim: victim, last: last, rule: rule) else {
                continue
            }
            result.append((victim, items))
        }
        return result
    }

    /// A victim's referrals as retention items when the referral period after `last` (their
    /// most recent referral) has ended, with the hold that keeps them if any; `nil` if not due.
    func expiredCase(victim: Int, last: Day, rule: RetentionPolicy.Rule) throws -> [RetentionItem]?
    {
        let dueOn = try rule.due(from: last)
        guard dueOn <= today else { return nil }
        let referrals = try db.referrals(victimID: victim)
        let hold = try victimHold(victim) ?? sharingKeptHold(victim) ?? actionKeptHold(victim)
        var items: [RetentionItem] = []
        for referral in referrals {
            items.append(
                RetentionItem(
                    record: "referral", id: referral.reference, from: last, dueOn: dueOn,
                    dependants: try db.referralDependants(referral.id), heldBecause: hold))
        }
        return items
    }

    /// Meetings past the meeting period, with their holds.
    func expiredMeetings() throws -> [RetentionItem] {
        guard let rule = policies.retention[.meeting] else { return [] }
        let cutoff = try today.adding(months: -rule.months).adding(days: 3)
        let meetings = try db.meetingsHeld(onOrBefore: cutoff).filter {
            try rule.due(from: $0.date) <= today
        }
        let holds = try db.retentionHolds(meetingIDs: meetings.map(\.id))
        return try meetings.map {
            RetentionItem(
                record: "meeting", id: String($0.id), from: $0.date,
                dueOn: try rule.due(from: $0.date),
                dependants: try db.meetingDependants($0.id), heldBecause: holds[$0.id])
        }
    }
}
