/// SQL for retention: what is past its period, what holds it, and deleting it with its
/// dependants.
extension Database {
    /// Victims whose most recent referral was on or before `cutoff`: person id and that day.
    func victimsLastReferred(onOrBefore cutoff: Day) throws -> [(personID: Int, last: Day)] {
        try rows(
            """
            SELECT victim_id, max(referred_on) FROM referral
            GROUP BY victim_id HAVING max(referred_on) <= ? ORDER BY 2, 1
            """, [cutoff.description]
        ).map { try ($0[0], $0[1]) }
    }

    /// The day of a victim's most recent referral, or `nil` when none remains.
    func lastReferral(victimID: Int) throws -> Day? {
        guard
            let text = try scalar(
                "SELECT max(referred_on) FROM referral WHERE victim_id = ?", [victimID],
                as: String.self)
        else { return nil }
        return try Day(parsing: text)
    }

    /// Whether a meeting is still there, closed and held on `day` (as when it was found due).
    func meetingStillDue(_ id: Int, heldOn day: Day) throws -> Bool {
        try scalar(
            "SELECT count(*) FROM meeting WHERE id = ? AND held_on = ? AND closed_at IS NOT NULL",
            [id, day.description], as: Int.self) == 1
    }

    /// A victim's referrals, oldest first: row id and reference.
    func referrals(victimID: Int) throws -> [(id: Int, reference: String)] {
        try rows(
            "SELECT id, reference FROM referral WHERE victim_id = ? ORDER BY referred_on, id",
            [victimID]
        ).map { try ($0[0], $0[1]) }
    }

    /// Meetings held on or before `cutoff`: id and day.
    func meetingsHeld(onOrBefore cutoff: Day) throws -> [(id: Int, date: Day)] {
        try rows(
            "SELECT id, held_on FROM meeting WHERE held_on <= ? ORDER BY held_on, id",
            [cutoff.description]
        ).map { try ($0[0], $0[1]) }
    }

    /// The referrals among `referralIDs` that must be kept although their period is over,
    /// each with the reason.
    ///
    /// A case is held while it has pending actions, waits on the agenda of a meeting not yet
    /// closed, or is linked to a Domestic Homicide Review not yet closed. Add a rule as one
    /// more `UNION ALL` arm; every caller goes through this function.
    func retentionHolds(referralIDs: [Int]) throws -> [Int: String] {
        var held: [Int: String] = [:]
        for id in referralIDs {
            let reason: String? = try scalar(
                """
                SELECT 'it has pending actions' FROM action
                WHERE referral_id = ?1 AND status IN ('open', 'in-progress', 'blocked')
                UNION ALL
                SELECT 'it is on the agenda of meeting ' || m.id || ', which is not closed'
                FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                WHERE i.referral_id = ?1 AND i.deferred = 0 AND m.closed_at IS NULL
                UNION ALL
                SELECT 'linked to open DHR R' || l.review_id
                FROM dhr_review_case l JOIN dhr_review d ON d.id = l.review_id
                WHERE l.referral_id = ?1 AND d.status <> 'closed'
                LIMIT 1
                """, [id])
            if let reason { held[id] = reason }
        }
        return held
    }

    /// The meetings among `meetingIDs` that must be kept although their period is over:
    /// a meeting whose minutes are not frozen yet.
    func retentionHolds(meetingIDs: [Int]) throws -> [Int: String] {
        var held: [Int: String] = [:]
        for id in meetingIDs {
            let reason: String? = try scalar(
                "SELECT 'it is not closed' FROM meeting WHERE id = ? AND closed_at IS NULL", [id])
            if let reason { held[id] = reason }
        }
        return held
    }

    /// How many records depend on a referral and go with it.
    func referralDependants(_ id: Int) throws -> RetentionDependants {
        let row = try row(
            """
            SELECT (SELECT count(*) FROM action WHERE referral_id = ?1),
                   (SELECT count(*) FROM action_update u JOIN action t ON t.id = u.action_id
                    WHERE t.referral_id = ?1),
                   (SELECT count(*) FROM risk WHERE referral_id = ?1),
                   (SELECT count(*) FROM agenda_item WHERE referral_id = ?1),
                   (SELECT count(*) FROM perpetrator WHERE referral_id = ?1),
                   (SELECT count(*) FROM dhr_review_case WHERE referral_id = ?1)
            """, [id])!
        return try RetentionDependants(
            actions: row[0], updates: row[1], risks: row[2], agendaItems: row[3],
            perpetrators: row[4], caseLinks: row[5])
    }

    /// How many records depend on a meeting and go with it (agenda items, attendance).
    func meetingDependants(_ id: Int) throws -> RetentionDependants {
        let row = try row(
            """
            SELECT (SELECT count(*) FROM agenda_item WHERE meeting_id = ?1),
                   (SELECT count(*) FROM attendance WHERE meeting_id = ?1)
            """, [id])!
        return try RetentionDependants(agendaItems: row[0], attendance: row[1])
    }

    /// The ids of the actions of a referral.
    func actionIDs(referralID: Int) throws -> [Int] {
        try rows("SELECT id FROM action WHERE referral_id = ? ORDER BY id", [referralID]).map {
            try $0[0]
        }
    }

    /// The people recorded as perpetrators in a victim's referrals.
    func perpetratorIDs(victimID: Int) throws -> [Int] {
        try rows(
            """
            SELECT DISTINCT p.person_id FROM perpetrator p JOIN referral r ON r.id = p.referral_id
            WHERE r.victim_id = ? ORDER BY 1
            """, [victimID]
        ).map { try $0[0] }
    }

    /// Deletes every referral of a victim, with their dependants.
    ///
    /// Actions, updates, risks, agenda items and perpetrator links go with them
    /// (`ON DELETE CASCADE`). One statement, so links between
    /// the victim's own referrals (`previous_referral_id`) never dangle.
    ///
    /// The highest referral id ever issued is kept first, so a purged case's reference (already
    /// in minutes and the audit log) is never issued again.
    func deleteReferrals(victimID: Int) throws {
        try execute(
            """
            INSERT INTO id_high_water(name, value) SELECT 'referral', coalesce(max(id), 0) FROM referral
            WHERE true
            ON CONFLICT(name) DO UPDATE SET value =
                CASE WHEN excluded.value > id_high_water.value THEN excluded.value
                     ELSE id_high_water.value END
            """)
        try execute("DELETE FROM referral WHERE victim_id = ?", [victimID])
    }

    /// Deletes a person record that no referral or perpetrator link refers to any more.
    /// - Returns: whether it was deleted.
    func deletePersonIfUnreferenced(_ id: Int) throws -> Bool {
        try execute(
            """
            DELETE FROM person WHERE id = ?1
              AND NOT EXISTS (SELECT 1 FROM referral WHERE victim_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM perpetrator WHERE person_id = ?1)
            """, [id])
        return changes == 1
    }

    /// Deletes a meeting with its agenda and attendance; risks, actions, sharing records and
    /// listings of cases that are kept lose their link to it.
    func deleteMeeting(_ id: Int) throws {
        try execute("UPDATE action SET meeting_id = NULL WHERE meeting_id = ?", [id])
        try execute("UPDATE risk SET meeting_id = NULL WHERE meeting_id = ?", [id])
        try execute("UPDATE sharing SET meeting_id = NULL WHERE meeting_id = ?", [id])
        try execute(
            "UPDATE referral SET listed_meeting_id = NULL WHERE listed_meeting_id = ?", [id])
        try execute("DELETE FROM meeting WHERE id = ?", [id])
    }
}

extension Database {
    /// What the `action` retention rule needs of one action: the days its triggers fell on.
    struct ActionRetentionRow {
        /// When it was done or cancelled (the completion day, else the day of its last
        /// update); `nil` while it is pending.
        var closedOn: Day?
        var createdOn: Day
        var meetingOn: Day?
        var lastReferral: Day
    }

    /// The actions of every referral of a victim, for their own retention rule.
    func actionsForRetention(victimID: Int) throws -> [ActionRetentionRow] {
        func day(_ text: String?) -> Day? {
            text.flatMap { try? Day(parsing: String($0.prefix(10))) }
        }
        return try rows(
            """
            SELECT CASE WHEN t.status IN ('done', 'cancelled') THEN coalesce(t.completed_on,
                       (SELECT max(u.at) FROM action_update u WHERE u.action_id = t.id),
                       t.created_at) END,
                   t.created_at, m.held_on,
                   (SELECT max(o.referred_on) FROM referral o WHERE o.victim_id = r.victim_id)
            FROM action t JOIN referral r ON r.id = t.referral_id
            LEFT JOIN meeting m ON m.id = t.meeting_id
            WHERE r.victim_id = ? ORDER BY t.id
            """, [victimID]
        ).map {
            try ActionRetentionRow(
                closedOn: day($0[0]), createdOn: day($0[1]) ?? Day(ordinal: 0),
                meetingOn: day($0[2]), lastReferral: day($0[3]) ?? Day(ordinal: 0))
        }
    }
}
