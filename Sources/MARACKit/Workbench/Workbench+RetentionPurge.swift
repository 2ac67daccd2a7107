#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension Workbench {
    /// About how many records one transaction of `retention purge` deletes: small enough that
    /// another user waiting for the write lock waits milliseconds, not the whole purge.
    static let purgeBatchSize = 100

    /// Deletes every record `retentionDue` lists as due (`retention purge --confirm`).
    ///
    /// Its dependants and the person records left without a referral go too, with an audit
    /// entry per record (ids and references only). Without `confirmed` nothing is deleted and
    /// the error names what would be.
    ///
    /// The records due are found first, without the write lock; they are then deleted in
    /// transactions of about ``purgeBatchSize`` records, each record with its audit entries
    /// and checked again inside its transaction (a case that gained a pending action since is
    /// kept). Between transactions the lock is let go, so other users' commands run in
    /// between; a purge interrupted part-way has deleted whole records, each audited, and the
    /// next purge deletes the rest.
    public func purgeExpiredRecords(confirmed: Bool) throws -> RetentionPurge {
        try authorize(.retentionPurge)
        now = Clock.timestamp()
        let cases = try expiredCases().filter { $0.items.allSatisfy { $0.heldBecause == nil } }
        let sharing = try expiredSharing().filter { $0.heldBecause == nil }
        let meetings = try expiredMeetings().filter { $0.heldBecause == nil }
        let reviews = try expiredReviews().filter { $0.heldBecause == nil }
        guard confirmed else {
            throw RetentionError.notConfirmed(
                wouldDelete: cases.flatMap { $0.items.map { "referral \($0.id)" } }
                    + sharing.map { "sharing-record \($0.id)" }
                    + meetings.map { "meeting \($0.id)" }
                    + reviews.map { "dhr-review \($0.id)" })
        }
        var purge = RetentionPurge(deleted: [], people: 0)
        let goingMeetings = Set(meetings.compactMap { Int($0.id) })
        // Frozen minutes are searched once per case: the sharing removed from a case that is
        // itself going is taken out of the minutes with the case, in the case's batch.
        let goingCases = Set(cases.flatMap { $0.items.map(\.id) })
        var sharingOfGoingCases: [String: [(id: Int, ofCase: String)]] = [:]
        // Sharing records first: a referral cannot be deleted while one points at it.
        for batch in Self.batches(of: sharing, weight: { _ in 1 }) {
            try inBatch {
                var removed: [(id: Int, ofCase: String)] = []
                var holds: [Int: Bool] = [:]
                for item in batch where try sharingStillDue(item, holds: &holds) {
                    try purgeSharing(item)
                    purge.deleted.append(item)
                    guard let reference = item.ofCase else { continue }
                    if goingCases.contains(reference) {
                        sharingOfGoingCases[reference, default: []].append(
                            (Int(item.id)!, reference))
                    } else {
                        removed.append((Int(item.id)!, reference))
                    }
                }
                try removeFromFrozenMinutes(cases: [], sharing: removed, except: goingMeetings)
            }
        }
        for batch in Self.batches(of: cases, weight: { $0.items.count }) {
            try inBatch {
                var removed: [String] = []
                var sharingRemoved: [(id: Int, ofCase: String)] = []
                for (victim, planned) in batch {
                    guard let items = try caseStillDue(victim: victim, planned: planned) else {
                        for item in planned { sharingRemoved += sharingOfGoingCases[item.id] ?? [] }
                        continue
                    }
                    purge.people += try purgeCase(victim: victim, items: items)
                    purge.deleted += items
                    removed += items.map(\.id)
                }
                try removeFromFrozenMinutes(
                    cases: removed, sharing: sharingRemoved, except: goingMeetings)
            }
        }
        for batch in Self.batches(of: meetings, weight: { 1 + $0.dependants.agendaItems }) {
            try inBatch {
                for item in batch
                where try db.meetingStillDue(Int(item.id)!, heldOn: item.from) {
                    try db.deleteMeeting(Int(item.id)!)
                    try audit(
                        .retentionPurge, "meeting", item.id,
                        "deleted: held \(item.from), retention period ended \(item.dueOn); "
                            + "with \(item.dependants.summary)")
                    purge.deleted.append(item)
                }
            }
        }
        if !reviews.isEmpty {
            try inBatch {
                let stillDue = Set(try expiredReviews().filter { $0.heldBecause == nil }.map(\.id))
                for item in reviews where stillDue.contains(item.id) {
                    try purgeReview(item)
                    purge.deleted.append(item)
                }
            }
        }
        return purge
    }

    /// Runs one batch of a purge in its own transaction, then lets other users' commands
    /// waiting for the write lock take it before the next batch.
    private func inBatch(_ body: () throws -> Void) throws {
        try db.transaction(body)
        // SQLite waiters poll the lock every millisecond (see `SQLiteConnection`); a server
        // queues them on its advisory lock.
        usleep(3_000)
    }

    /// `items` cut into runs whose weights add up to about ``purgeBatchSize``.
    private static func batches<T>(of items: [T], weight: (T) -> Int) -> [[T]] {
        var batches: [[T]] = []
        var current: [T] = []
        var total = 0
        for item in items {
            current.append(item)
            total += max(1, weight(item))
            if total >= purgeBatchSize {
                batches.append(current)
                current = []
                total = 0
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// Whether a sharing record found due is still there, still due and not held.
    ///
    /// `holds` keeps each victim's hold for the batch: a victim has many sharing records.
    private func sharingStillDue(_ item: RetentionItem, holds: inout [Int: Bool]) throws -> Bool {
        guard let rule = policies.retention[.sharingRecord], let id = Int(item.id),
            let row = try db.sharingForRetention(id: id)
        else { return false }
        guard try rule.due(from: sharingTriggerDay(row, rule.trigger)) <= today else {
            return false
        }
        if let held = holds[row.victimID] { return !held }
        let held = try victimHold(row.victimID) != nil
        holds[row.victimID] = held
        return !held
    }

    /// Deletes one sharing record (with its recipients and tags), audited.
    private func purgeSharing(_ item: RetentionItem) throws {
        try db.deleteSharing(Int(item.id)!)
        try audit(
            .retentionPurge, "sharing", item.id,
            "deleted: sharing record of case \(item.ofCase ?? "-"), retention period "
                + "ended \(item.dueOn) (from \(item.from)); "
                + "with \(item.dependants.summary)")
    }

    /// A victim's referrals found due, found again inside the batch's transaction: `nil`
    /// when they are gone, no longer due (a new referral) or now held (a pending action).
    private func caseStillDue(victim: Int, planned: [RetentionItem]) throws -> [RetentionItem]? {
        guard let rule = policies.retention[.referral],
            let last = try db.lastReferral(victimID: victim),
            let items = try expiredCase(victim: victim, last: last, rule: rule),
            items.allSatisfy({ $0.heldBecause == nil }),
            items.map(\.id) == planned.map(\.id)
        else { return nil }
        return items
    }

    /// Deletes a victim's referrals with their dependants, audited record by record.
    ///
    /// The people left without a referral go too. - Returns: how many person records went.
    private func purgeCase(victim: Int, items: [RetentionItem]) throws -> Int {
        let perpetrators = try db.perpetratorIDs(victimID: victim)
        for item in items {
            let referralID = try referralID(item.id)
            for action in try db.actionIDs(referralID: referralID) {
                try audit(
                    .retentionPurge, "action", action,
                    "deleted with case \(item.id): retention period ended \(item.dueOn)")
            }
        }
        // Left only when the policy has no period of its own for sharing records: then they
        // follow their case.
        for id in try db.sharingIDs(victimID: victim) {
            try db.deleteSharing(id)
            try audit(
                .retentionPurge, "sharing", id,
                "deleted with its case: retention period ended \(items[0].dueOn)")
        }
        try db.deleteReviewLinks(victimID: victim)
        try db.deleteReferrals(victimID: victim)
        for item in items {
            try audit(
                .retentionPurge, "referral", item.id,
                "deleted: retention period ended \(item.dueOn) (last referral \(item.from)); "
                    + "with \(item.dependants.summary)")
        }
        var people = 0
        for person in [victim] + perpetrators where try db.deletePersonIfUnreferenced(person) {
            try audit(.retentionPurge, "person", person, "deleted: no referral remains")
            people += 1
        }
        return people
    }
}
