/// Retention of sharing records and Domestic Homicide Reviews, and the holds a victim's cases
/// share with their sharing records.
extension Workbench {
    /// Why a victim's cases (and with them their sharing records) must be kept although their
    /// period may be over: each held case with its reason, or `nil` when none is held.
    ///
    /// A victim's cases are kept or deleted together, so repeats stay linked and a review panel
    /// linked to one case keeps the victim's whole MARAC history.
    func victimHold(_ victimID: Int) throws -> String? {
        let referrals = try db.referrals(victimID: victimID)
        let holds = try db.retentionHolds(referralIDs: referrals.map(\.id))
        guard !holds.isEmpty else { return nil }
        return referrals.compactMap { referral in
            holds[referral.id].map { "\(referral.reference): \($0)" }
        }.joined(separator: "; ")
    }

    /// Why a victim's cases must wait for their sharing records: when the policy keeps sharing
    /// records longer than cases, a case goes only once none of its sharing records is kept.
    func sharingKeptHold(_ victimID: Int) throws -> String? {
        guard let rule = policies.retention[.sharingRecord] else { return nil }
        let kept = try db.sharingForRetention(victimID: victimID).map {
            try rule.due(from: sharingTriggerDay($0, rule.trigger))
        }.filter { $0 > today }
        return kept.max().map { "its sharing records are kept until \($0)" }
    }

    /// Why a victim's cases are kept for their actions' own period, if they are: an action is
    /// kept for the period of the `action` rule from its trigger (its closure by default, six
    /// years in the shipped policy), even when its case is otherwise due.
    func actionKeptHold(_ victimID: Int) throws -> String? {
        guard let rule = policies.retention[.action] else { return nil }
        let kept = try db.actionsForRetention(victimID: victimID).compactMap { row -> Day? in
            let from: Day? =
                switch rule.trigger {
                case .closure: row.closedOn
                case .creation, .publication: row.createdOn
                case .meeting: row.meetingOn ?? row.createdOn
                case .lastReferral: row.lastReferral
                }
            return try from.map { day throws(DayRangeError) in try rule.due(from: day) }
        }.filter { $0 > today }
        return kept.max().map { "its actions are kept until \($0)" }
    }

    /// The day a sharing record's period runs from, recomputed from what is stored today (a
    /// later referral of the victim moves `last-referral`, whatever review day was stored).
    func sharingTriggerDay(_ row: Database.SharingRetentionRow, _ trigger: RetentionPolicy.Trigger)
        -> Day
    {
        switch trigger {
        case .lastReferral: row.lastReferral
        case .meeting: row.meetingOn ?? row.sharedOn
        case .creation, .closure, .publication: row.sharedOn
        }
    }

    /// Sharing records and decisions not to share past their period, each held while its
    /// victim's cases are held.
    func expiredSharing() throws -> [RetentionItem] {
        guard let rule = policies.retention[.sharingRecord] else { return [] }
        let cutoff = try today.adding(months: -rule.months).adding(days: 3)
        let rows =
            rule.trigger == .lastReferral
            ? try db.victimsLastReferred(onOrBefore: cutoff).flatMap {
                try db.sharingForRetention(victimID: $0.personID)
            }
            : try db.sharingForRetention(onOrBefore: cutoff)
        var holds: [Int: String?] = [:]
        var items: [RetentionItem] = []
        for row in rows {
            let from = sharingTriggerDay(row, rule.trigger)
            let dueOn = try rule.due(from: from)
            guard dueOn <= today else { continue }
            if holds[row.victimID] == nil {
                holds[row.victimID] = .some(try victimHold(row.victimID))
            }
            items.append(
                RetentionItem(
                    record: RetentionPolicy.RecordType.sharingRecord.rawValue, id: String(row.id),
                    from: from, dueOn: dueOn, dependants: try db.sharingDependants(row.id),
                    heldBecause: holds[row.victimID]!, ofCase: row.reference))
        }
        return items
    }

    /// Reviews past their period; a review not closed is never due (held if its period is
    /// over, which only a trigger other than closure allows).
    func expiredReviews() throws -> [RetentionItem] {
        guard let rule = policies.retention[.dhrReview] else { return [] }
        let cutoff = try today.adding(months: -rule.months).adding(days: 3)
        var items: [RetentionItem] = []
        for row in try db.reviewsForRetention(onOrBefore: cutoff) {
            let from: Day? =
                switch rule.trigger {
                case .publication: row.publishedOn
                case .creation: row.decisionOn
                case .closure, .lastReferral, .meeting: row.closedOn
                }
            guard let from, try rule.due(from: from) <= today else { continue }
            items.append(
                RetentionItem(
                    record: RetentionPolicy.RecordType.dhrReview.rawValue, id: "R\(row.id)",
                    from: from, dueOn: try rule.due(from: from),
                    dependants: try db.reviewDependants(row.id),
                    heldBecause: row.isClosed ? nil : "it is not closed"))
        }
        return items
    }

    /// Deletes a review with its plan, with an audit entry for each of its actions and one for
    /// the review.
    func purgeReview(_ item: RetentionItem) throws {
        let id = Int(item.id.dropFirst())!
        for action in try db.dhrActions(reviewID: id) {
            try audit(
                .retentionPurge, "dhr-action", action.label,
                "deleted with review \(item.id): retention period ended \(item.dueOn)")
        }
        try db.deleteReview(id)
        try audit(
            .retentionPurge, "dhr-review", item.id,
            "deleted: retention period ran from \(item.from) and ended \(item.dueOn); "
                + "with \(item.dependants.summary)")
    }
}
