/// SQL for the retention of sharing records and Domestic Homicide Reviews: what may be past its
/// period, what goes with it, and deleting it.
extension Database {
    // MARK: - Sharing records

    /// A sharing record (or decision not to share) with the days its retention may run from.
    struct SharingRetentionRow {
        var id: Int
        var reference: String
        var victimID: Int
        var sharedOn: Day
        var meetingOn: Day?
        /// The victim's most recent referral, today (not the one stored at record time).
        var lastReferral: Day
    }

    private static let sharingRetentionSelect = """
        SELECT s.id, r.reference, r.victim_id, s.shared_on, m.held_on,
               (SELECT max(o.referred_on) FROM referral o WHERE o.victim_id = r.victim_id)
        FROM sharing s
        JOIN referral r ON r.id = s.referral_id
        LEFT JOIN meeting m ON m.id = s.meeting_id
        """

    private static func sharingRetentionRow(_ row: Row) throws -> SharingRetentionRow {
        let meetingOn: String? = try row[4]
        return try SharingRetentionRow(
            id: row[0], reference: row[1], victimID: row[2], sharedOn: row[3],
            meetingOn: meetingOn.flatMap { try? Day(parsing: $0) },
            lastReferral: row[5])
    }

    /// The sharing records of a victim's cases, oldest first.
    func sharingForRetention(victimID: Int) throws -> [SharingRetentionRow] {
        try rows(
            Self.sharingRetentionSelect + " WHERE r.victim_id = ? ORDER BY s.shared_on, s.id",
            [victimID]
        ).map(Self.sharingRetentionRow)
    }

    /// One sharing record's retention row, or `nil` when it is gone.
    func sharingForRetention(id: Int) throws -> SharingRetentionRow? {
        try rows(Self.sharingRetentionSelect + " WHERE s.id = ?", [id])
            .map(Self.sharingRetentionRow).first
    }

    /// The sharing records shared, or heard at a meeting held, on or before `cutoff`.
    func sharingForRetention(onOrBefore cutoff: Day) throws -> [SharingRetentionRow] {
        try rows(
            Self.sharingRetentionSelect
                + " WHERE s.shared_on <= ?1 OR m.held_on <= ?1 ORDER BY s.shared_on, s.id",
            [cutoff.description]
        ).map(Self.sharingRetentionRow)
    }

    /// How many recipients and lawful-basis tags go with a sharing record.
    func sharingDependants(_ id: Int) throws -> RetentionDependants {
        let row = try row(
            """
            SELECT (SELECT count(*) FROM sharing_recipient WHERE sharing_id = ?1),
                   (SELECT count(*) FROM sharing_basis WHERE sharing_id = ?1)
            """, [id])!
        return try RetentionDependants(recipients: row[0], tags: row[1])
    }

    /// The ids of the sharing records of a victim's cases.
    func sharingIDs(victimID: Int) throws -> [Int] {
        try rows(
            """
            SELECT s.id FROM sharing s JOIN referral r ON r.id = s.referral_id
            WHERE r.victim_id = ? ORDER BY s.id
            """, [victimID]
        ).map { try $0[0] }
    }

    /// Deletes a sharing record with its recipients and tags (`ON DELETE CASCADE`).
    func deleteSharing(_ id: Int) throws {
        try execute("DELETE FROM sharing WHERE id = ?", [id])
    }

    /// Removes the links between reviews and a victim's cases, before the cases go.
    func deleteReviewLinks(victimID: Int) throws {
        try execute(
            """
            DELETE FROM dhr_review_case
            WHERE referral_id IN (SELECT id FROM referral WHERE victim_id = ?)
            """, [victimID])
    }

    // MARK: - Reviews

    /// A review with the days its retention may run from.
    struct ReviewRetentionRow {
        var id: Int
        var isClosed: Bool
        var closedOn: Day?
        var publishedOn: Day?
        var decisionOn: Day?
    }

    /// Reviews closed, published or decided on or before `cutoff`.
    func reviewsForRetention(onOrBefore cutoff: Day) throws -> [ReviewRetentionRow] {
        func day(_ text: String?) -> Day? { text.flatMap { try? Day(parsing: $0) } }
        return try rows(
            """
            SELECT id, status, closed_on, published_on, decision_on FROM dhr_review
            WHERE closed_on <= ?1 OR published_on <= ?1 OR decision_on <= ?1 ORDER BY id
            """, [cutoff.description]
        ).map {
            try ReviewRetentionRow(
                id: $0[0], isClosed: ($0[1] as String) == ReviewStatus.closed.rawValue,
                closedOn: day($0[2]), publishedOn: day($0[3]), decisionOn: day($0[4]))
        }
    }

    /// How many records depend on a review and go with it.
    func reviewDependants(_ id: Int) throws -> RetentionDependants {
        let row = try row(
            """
            SELECT (SELECT count(*) FROM dhr_recommendation WHERE review_id = ?1),
                   (SELECT count(*) FROM dhr_action WHERE review_id = ?1),
                   (SELECT count(*) FROM dhr_action_update u JOIN dhr_action t
                      ON t.id = u.action_id WHERE t.review_id = ?1),
                   (SELECT count(*) FROM dhr_status_change WHERE review_id = ?1),
                   (SELECT count(*) FROM dhr_panel_agency WHERE review_id = ?1),
                   (SELECT count(*) FROM dhr_review_case WHERE review_id = ?1)
            """, [id])!
        return try RetentionDependants(
            actions: row[1], updates: row[2], recommendations: row[0], statusChanges: row[3],
            panelAgencies: row[4], caseLinks: row[5])
    }

    /// Deletes a review with its recommendations, actions, updates, status changes, panel and
    /// case links (`ON DELETE CASCADE`).
    func deleteReview(_ id: Int) throws {
        try execute("DELETE FROM dhr_review WHERE id = ?", [id])
    }
}
