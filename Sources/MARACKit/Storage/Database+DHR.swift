/// SQL for Domestic Homicide Reviews, their recommendations, actions and progress updates.
extension Database {
    // MARK: - Reviews

    /// One review per row, with its panel's agency codes in code order (codes hold no comma):
    /// one statement for every review, not one more per review for its panel (617 reviews at
    /// 1M referrals: on a server, 617 round trips).
    var reviewSelect: String {
        """
        SELECT id, pseudonym, csp, type, status, death_on, decision_on, submitted_on,
               approved_on, published_on, closed_on, chair,
               (SELECT \(sql.commaList("panel.code", orderedBy: "panel.code"))
                  FROM (SELECT a.code FROM dhr_panel_agency p JOIN agency a ON a.id = p.agency_id
                        WHERE p.review_id = dhr_review.id ORDER BY a.code) AS panel)
        FROM dhr_review
        """
    }

    private static func day(_ text: String?) -> Day? { text.flatMap { try? Day(parsing: $0) } }

    private func review(_ row: Row) throws -> Review {
        let id: Int = try row[0]
        return try Review(
            id: id, pseudonym: row[1], csp: row[2], type: ReviewType(rawValue: row[3]) ?? .dhr,
            status: ReviewStatus(rawValue: row[4]) ?? .commissioned, deathDate: Self.day(row[5]),
            decisionDate: Self.day(row[6]), submittedDate: Self.day(row[7]),
            approvedDate: Self.day(row[8]), publishedDate: Self.day(row[9]),
            closedDate: Self.day(row[10]), chair: row[11],
            panel: (try row[12] as String?).map { $0.split(separator: ",").map(String.init) } ?? [])
    }

    func insertReview(_ request: NewReview, at time: String, by user: String) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO dhr_review(pseudonym, csp, type, death_on, decision_on, chair,
                                   created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                request.pseudonym, request.csp, request.type.rawValue,
                request.deathDate?.description, request.decisionDate?.description, request.chair,
                time, user,
            ])
    }

    func insertPanelAgency(reviewID: Int, agencyID: Int) throws {
        try execute(
            "INSERT INTO dhr_panel_agency(review_id, agency_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [reviewID, agencyID])
    }

    func review(id: Int) throws -> Review? {
        try row(reviewSelect + " WHERE id = ?", [id]).map(review)
    }

    func reviews() throws -> [Review] {
        try rows(reviewSelect + " ORDER BY id").map(review)
    }

    /// Moves a review to `status`, recording `date` in the column that status dates.
    func updateReviewStatus(id: Int, to status: ReviewStatus, on date: Day) throws {
        // Each status has its own statement: column names are never built from input.
        let sql: String
        switch status {
        case .commissioned, .inProgress: sql = "UPDATE dhr_review SET status = ?1 WHERE id = ?3"
        case .submitted:
            sql = "UPDATE dhr_review SET status = ?1, submitted_on = ?2 WHERE id = ?3"
        case .approved: sql = "UPDATE dhr_review SET status = ?1, approved_on = ?2 WHERE id = ?3"
        case .published:
            sql = "UPDATE dhr_review SET status = ?1, published_on = ?2 WHERE id = ?3"
        case .closed: sql = "UPDATE dhr_review SET status = ?1, closed_on = ?2 WHERE id = ?3"
        }
        try execute(sql, [status.rawValue, date.description, id])
    }

    func insertReviewStatusChange(
        reviewID: Int, from: ReviewStatus, to: ReviewStatus, on date: Day, at time: String,
        by user: String
    ) throws {
        try execute(
            """
            INSERT INTO dhr_status_change(review_id, from_status, to_status, effective_on, at, by)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [reviewID, from.rawValue, to.rawValue, date.description, time, user])
    }

    func reviewStatusChanges(reviewID: Int) throws -> [ReviewStatusChange] {
        try rows(
            """
            SELECT from_status, to_status, effective_on, at, by FROM dhr_status_change
            WHERE review_id = ? ORDER BY id
            """, [reviewID]
        ).map { row in
            try ReviewStatusChange(
                from: ReviewStatus(rawValue: row[0]) ?? .commissioned,
                to: ReviewStatus(rawValue: row[1]) ?? .commissioned,
                on: Self.day(row[2]) ?? Day(ordinal: 0), at: row[3], by: row[4])
        }
    }

    // MARK: - Recommendations

    private static func recommendation(_ row: Row) throws -> Recommendation {
        try Recommendation(
            id: row[0], reviewID: row[1], number: row[2], text: row[3],
            scope: RecommendationScope(rawValue: row[4]) ?? .local, finding: row[5])
    }

    func insertRecommendation(
        reviewID: Int, number: Int, text: String, scope: RecommendationScope, finding: String?,
        at time: String, by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO dhr_recommendation(review_id, number, text, scope, finding,
                                           created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [reviewID, number, text, scope.rawValue, finding, time, user])
    }

    func recommendation(reviewID: Int, number: Int) throws -> Recommendation? {
        try row(
            """
            SELECT id, review_id, number, text, scope, finding FROM dhr_recommendation
            WHERE review_id = ? AND number = ?
            """, [reviewID, number]
        ).map(Self.recommendation)
    }

    func recommendations(reviewID: Int) throws -> [Recommendation] {
        try rows(
            """
            SELECT id, review_id, number, text, scope, finding FROM dhr_recommendation
            WHERE review_id = ? ORDER BY number
            """, [reviewID]
        ).map(Self.recommendation)
    }

    // MARK: - Actions

    static let dhrActionSelect = """
        SELECT t.id, t.review_id, c.number, c.scope, t.text, a.code, t.owner, t.measure,
               t.milestones, t.target_on, t.status, t.completed_on, t.outcome, t.signed_off_on,
               t.signed_off_by, t.created_on, t.last_activity_on, t.has_evidence, t.version
        FROM dhr_action t
        JOIN dhr_recommendation c ON c.id = t.recommendation_id
        JOIN agency a ON a.id = t.agency_id
        """

    private static func dhrAction(_ row: Row) throws -> DHRAction {
        let created = try day(row[15]) ?? Day(ordinal: 0)
        return try DHRAction(
            id: row[0], reviewID: row[1], recommendation: row[2],
            scope: RecommendationScope(rawValue: row[3]) ?? .local, text: row[4],
            agencyCode: row[5], owner: row[6], measure: row[7], milestones: row[8],
            target: day(row[9]) ?? created, status: DHRActionStatus(rawValue: row[10]) ?? .open,
            completedOn: day(row[11]), outcome: row[12], signedOffOn: day(row[13]),
            signedOffBy: row[14], createdOn: created, lastActivity: day(row[16]) ?? created,
            hasEvidence: row[17], version: row[18])
    }

    /// Inserts an action; `status`, `completedOn` and `outcome` are for imported plans.
    func insertDHRAction(
        reviewID: Int, recommendationID: Int, agencyID: Int, text: String, owner: String?,
        measure: String?, milestones: String?, target: Day, status: DHRActionStatus = .open,
        completedOn: Day? = nil, outcome: String? = nil, hasEvidence: Bool = false,
        createdOn: Day, at time: String, by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO dhr_action(review_id, recommendation_id, agency_id, text, owner, measure,
                                   milestones, target_on, status, completed_on, outcome,
                                   created_on, last_activity_on, has_evidence,
                                   created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                reviewID, recommendationID, agencyID, text, owner, measure, milestones,
                target.description, status.rawValue, completedOn?.description, outcome,
                createdOn.description, (completedOn ?? createdOn).description, hasEvidence,
                time, user,
            ])
    }

    func dhrAction(id: Int) throws -> DHRAction? {
        try row(Self.dhrActionSelect + " WHERE t.id = ?", [id]).map(Self.dhrAction)
    }

    /// A review's actions in recommendation order.
    func dhrActions(reviewID: Int) throws -> [DHRAction] {
        try rows(
            Self.dhrActionSelect + " WHERE t.review_id = ? ORDER BY c.number, t.id", [reviewID]
        ).map(Self.dhrAction)
    }

    /// Every action of one lead agency, or of every agency, optionally of one review.
    func dhrActions(agencyCode: String?, reviewID: Int?) throws -> [DHRAction] {
        let (filter, values) = Self.dhrActionFilter(agencyCode: agencyCode, reviewID: reviewID)
        return try rows(
            Self.dhrActionSelect + " WHERE 1 = 1" + filter
                + " ORDER BY t.review_id, c.number, t.id",
            values
        ).map(Self.dhrAction)
    }

    /// The `WHERE` clause selecting one agency's and/or one review's actions (`t`), with its
    /// values: a condition only for each filter given, so the planner can search the agency's
    /// or the review's index (`?1 IS NULL OR ...` cannot be an index constraint).
    private static func dhrActionFilter(agencyCode: String?, reviewID: Int?)
        -> (String, [any SQLValueConvertible])
    {
        var conditions: [String] = []
        var values: [any SQLValueConvertible] = []
        if let agencyCode {
            conditions.append("t.agency_id = (SELECT id FROM agency WHERE code = ?)")
            values.append(agencyCode)
        }
        if let reviewID {
            conditions.append("t.review_id = ?")
            values.append(reviewID)
        }
        return (conditions.map { " AND " + $0 }.joined(), values)
    }

    /// Pending actions with a target from `from` to `to` (inclusive), soonest first, using the
    /// partial indexes on pending actions.
    func pendingDHRActions(agencyCode: String?, from: Day?, to: Day) throws -> [DHRAction] {
        try rows(
            Self.dhrActionSelect
                + """
                 WHERE t.status IN ('open', 'in-progress', 'blocked')
                  AND t.target_on >= ?1 AND t.target_on <= ?2
                  AND (CAST(?3 AS TEXT) IS NULL OR t.agency_id = (SELECT id FROM agency WHERE code = ?3))
                ORDER BY t.target_on, t.id LIMIT 1000
                """, [from?.description ?? "0000-00-00", to.description, agencyCode]
        ).map(Self.dhrAction)
    }

    /// Applies a change and bumps the version, only if the version is still `version`.
    /// - Returns: whether the row was updated.
    func updateDHRAction(
        id: Int, version: Int, status: DHRActionStatus, milestones: String?, completedOn: Day?,
        outcome: String?, lastActivity: Day, hasEvidence: Bool
    ) throws -> Bool {
        try execute(
            """
            UPDATE dhr_action SET status = ?, milestones = ?, completed_on = ?, outcome = ?,
                                  last_activity_on = ?, has_evidence = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [
                status.rawValue, milestones, completedOn?.description, outcome,
                lastActivity.description, hasEvidence, id, version,
            ])
        return changes == 1
    }

    func signOffDHRAction(id: Int, version: Int, on date: Day, by user: String) throws -> Bool {
        try execute(
            """
            UPDATE dhr_action SET signed_off_on = ?, signed_off_by = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, [date.description, user, id, version])
        return changes == 1
    }

    func insertDHRActionUpdate(
        actionID: Int, on date: Day, change: DHRActionChange, at time: String, by user: String
    ) throws {
        try execute(
            """
            INSERT INTO dhr_action_update(action_id, effective_on, at, by, status, note,
                                          evidence, milestones, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                actionID, date.description, time, user, change.status?.rawValue, change.note,
                change.evidence, change.milestones, change.outcome,
            ])
    }

    func dhrActionUpdates(actionID: Int) throws -> [DHRActionUpdate] {
        try rows(
            """
            SELECT effective_on, at, by, status, note, evidence, milestones, outcome
            FROM dhr_action_update WHERE action_id = ? ORDER BY effective_on, id
            """, [actionID]
        ).map { row in
            let status: String? = try row[3]
            return try DHRActionUpdate(
                on: Self.day(row[0]) ?? Day(ordinal: 0), at: row[1], by: row[2],
                status: status.flatMap(DHRActionStatus.init(rawValue:)), note: row[4],
                evidence: row[5], milestones: row[6], outcome: row[7])
        }
    }

    /// The status changes of the actions of one agency and/or review, oldest first per action:
    /// the history progress trends are computed from.
    func dhrStatusHistory(agencyCode: String?, reviewID: Int?) throws -> [Int: [StatusAt]] {
        var history: [Int: [StatusAt]] = [:]
        let (filter, values) = Self.dhrActionFilter(agencyCode: agencyCode, reviewID: reviewID)
        for row in try rows(
            """
            SELECT u.action_id, u.effective_on, u.status
            FROM dhr_action_update u JOIN dhr_action t ON t.id = u.action_id
            WHERE u.status IS NOT NULL
            """ + filter + " ORDER BY u.action_id, u.effective_on, u.id", values)
        {
            let status: String = try row[2]
            guard let day = try Self.day(row[1]), let value = DHRActionStatus(rawValue: status)
            else { continue }
            try history[row[0], default: []].append(StatusAt(on: day, status: value))
        }
        return history
    }
}
