/// The records that go with one deleted by retention.
public struct RetentionDependants: Equatable, Sendable, Codable {
    public var actions = 0
    public var updates = 0
    public var risks = 0
    public var agendaItems = 0
    public var perpetrators = 0
    public var attendance = 0

    /// `2 actions, 3 updates, 1 risk`, or `nothing else`.
    public var summary: String {
        let parts = [
            (actions, "action"), (updates, "update"), (risks, "risk"),
            (agendaItems, "agenda item"), (perpetrators, "perpetrator link"),
            (attendance, "attendance record"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "nothing else" : parts.joined(separator: ", ")
    }
}

/// A record past its retention period: what it is, when the period ended, what goes with it.
///
/// Named by reference or id only.
public struct RetentionItem: Equatable, Sendable, Codable {
    /// The record type, as in `Policies/retention.xml` (`referral`, `meeting`).
    public var record: String
    /// The case reference or meeting id.
    public var id: String
    /// The day the period runs from (the victim's last referral, the meeting).
    public var from: Day
    /// The day the period ended.
    public var dueOn: Day
    /// The records deleted with it.
    public var dependants: RetentionDependants
    /// Why it is kept although its period is over, if it is.
    public var heldBecause: String?
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
    /// cases' actions), and meetings once the period after the meeting has ended.
    ///
    /// Records held by a rule of `Database.retentionHolds` are listed apart with the reason.
    public func retentionDue() throws -> RetentionReview {
        var review = RetentionReview(due: [], held: [])
        for (_, items) in try expiredCases() {
            for item in items {
                if item.heldBecause == nil {
                    review.due.append(item)
                } else {
                    review.held.append(item)
                }
            }
        }
        for item in try expiredMeetings() {
            if item.heldBecause == nil { review.due.append(item) } else { review.held.append(item) }
        }
        return review
    }

    /// Deletes every record `retentionDue` lists as due (`retention purge --confirm`).
    ///
    /// Its dependants and the person records left without a referral go too, in one
    /// transaction with an audit entry per record. Without `confirmed` nothing is deleted and
    /// the error names what would be.
    public func purgeExpiredRecords(confirmed: Bool) throws -> RetentionPurge {
        try change {
            var purge = RetentionPurge(deleted: [], people: 0)
            let cases = try expiredCases().filter { $0.items.allSatisfy { $0.heldBecause == nil } }
            let meetings = try expiredMeetings().filter { $0.heldBecause == nil }
            guard confirmed else {
                throw RetentionError.notConfirmed(
                    wouldDelete: cases.flatMap { $0.items.map { "referral \($0.id)" } }
                        + meetings.map { "meeting \($0.id)" })
            }
            for (victim, items) in cases {
                let perpetrators = try db.perpetratorIDs(victimID: victim)
                for item in items {
                    let referralID = try referralID(item.id)
                    for action in try db.actionIDs(referralID: referralID) {
                        try audit(
                            "retention purge", "action", action,
                            "deleted with case \(item.id): retention period ended \(item.dueOn)")
                    }
                }
                try db.deleteReferrals(victimID: victim)
                for item in items {
                    try audit(
                        "retention purge", "referral", item.id,
                        "deleted: retention period ended \(item.dueOn) (last referral \(item.from)); "
                            + "with \(item.dependants.summary)")
                    purge.deleted.append(item)
                }
                for person in [victim] + perpetrators
                where try db.deletePersonIfUnreferenced(person) {
                    try audit("retention purge", "person", person, "deleted: no referral remains")
                    purge.people += 1
                }
            }
            for item in meetings {
                try db.deleteMeeting(Int(item.id)!)
                try audit(
                    "retention purge", "meeting", item.id,
                    "deleted: held \(item.from), retention period ended \(item.dueOn); "
                        + "with \(item.dependants.summary)")
                purge.deleted.append(item)
            }
            return purge
        }
    }

    /// Victims whose cases are past the referral period, each with their referrals as items;
    /// if any of a victim's cases is held, all of them are (they are kept or deleted together,
    /// so repeats stay linked).
    private func expiredCases() throws -> [(victim: Int, items: [RetentionItem])] {
        guard let rule = policies.retention[.referral] else { return [] }
        // A few days' slack: month arithmetic clamps at month ends; `due(from:)` decides.
        let cutoff = today.adding(months: -rule.months).adding(days: 3)
        var result: [(Int, [RetentionItem])] = []
        for (victim, last) in try db.victimsLastReferred(onOrBefore: cutoff) {
            let dueOn = rule.due(from: last)
            guard dueOn <= today else { continue }
            let referrals = try db.referrals(victimID: victim)
            let holds = try db.retentionHolds(referralIDs: referrals.map(\.id))
            let hold =
                holds.isEmpty
                ? nil
                : referrals.compactMap { referral in
                    holds[referral.id].map { "\(referral.reference): \($0)" }
                }.joined(separator: "; ")
            var items: [RetentionItem] = []
            for referral in referrals {
                items.append(
                    RetentionItem(
                        record: "referral", id: referral.reference, from: last, dueOn: dueOn,
                        dependants: try db.referralDependants(referral.id), heldBecause: hold))
            }
            result.append((victim, items))
        }
        return result
    }

    /// Meetings past the meeting period, with their holds.
    private func expiredMeetings() throws -> [RetentionItem] {
        guard let rule = policies.retention[.meeting] else { return [] }
        let cutoff = today.adding(months: -rule.months).adding(days: 3)
        let meetings = try db.meetingsHeld(onOrBefore: cutoff).filter {
            rule.due(from: $0.date) <= today
        }
        let holds = try db.retentionHolds(meetingIDs: meetings.map(\.id))
        return try meetings.map {
            RetentionItem(
                record: "meeting", id: String($0.id), from: $0.date, dueOn: rule.due(from: $0.date),
                dependants: try db.meetingDependants($0.id), heldBecause: holds[$0.id])
        }
    }
}
