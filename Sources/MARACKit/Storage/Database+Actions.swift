/// SQL for MARAC actions and their history of updates.
extension Database {
    static let actionSelect = """
        SELECT t.id, r.reference, t.meeting_id, a.code, t.owner, t.text, t.due_on, t.status,
               t.completed_on, t.version
        FROM action t
        JOIN referral r ON r.id = t.referral_id
        JOIN agency a ON a.id = t.agency_id
        """

    static func action(_ row: Row) throws -> MARACAction {
        let completed: String? = try row[8]
        return try MARACAction(
            id: row[0], reference: row[1], meeting: row[2], agencyCode: row[3], owner: row[4],
            text: row[5], due: row[6],
            status: ActionStatus(rawValue: row[7]) ?? .open,
            completedOn: completed.flatMap { try? Day(parsing: $0) }, version: row[9])
    }

    func insertAction(
        referralID: Int, meetingID: Int?, agencyID: Int, owner: String?, text: String, due: Day,
        at time: String, by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO action(referral_id, meeting_id, agency_id, owner, text, due_on,
                               created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [referralID, meetingID, agencyID, owner, text, due.description, time, user])
    }

    func action(id: Int) throws -> MARACAction? {
        try row(Self.actionSelect + " WHERE t.id = ?", [id]).map(Self.action)
    }

    /// Actions matching `filter`, soonest due first.
    ///
    /// Pending-only filters use the partial indexes on pending actions, so they stay fast
    /// however many done actions there are.
    ///
    /// A condition is added only for a filter that is set (rather than `?3 IS NULL OR ...`), so
    /// that an agency filter can search `action_pending_by_agency` instead of walking every
    /// pending action in due order.
    func actions(_ filter: ActionFilter, today: Day) throws -> [MARACAction] {
        let agency = " AND t.agency_id = (SELECT id FROM agency WHERE code = ?3)"
        let reference = " AND t.referral_id = (SELECT id FROM referral WHERE reference = ?4)"
        var sql = Self.actionSelect
        var lower = "0000-00-00"
        var upper = "9999-12-31"
        if filter.overdue || filter.dueWithinDays != nil {
            upper =
                (filter.overdue
                ? try today.adding(days: -1) : try today.adding(days: filter.dueWithinDays!))
                .description
            lower = filter.overdue ? lower : today.description
            sql +=
                " WHERE t.status IN ('open', 'in-progress', 'blocked')"
                + " AND t.due_on >= ?1 AND t.due_on <= ?2"
        } else if filter.reference != nil {
            // A case's actions, whatever their status (?1 and ?2 are bound but unused).
            sql += " WHERE 1 = 1"
        } else {
            sql += " WHERE t.status IN ('open', 'in-progress', 'blocked')"
        }
        if filter.agencyCode != nil { sql += agency }
        if filter.reference != nil { sql += reference }
        sql += " ORDER BY t.due_on, t.id LIMIT ?5"
        return try rows(sql, [lower, upper, filter.agencyCode, filter.reference, filter.limit])
            .map(Self.action)
    }

    /// Actions agreed at a meeting, in case order.
    func actions(meetingID: Int) throws -> [MARACAction] {
        try rows(
            Self.actionSelect + " WHERE t.meeting_id = ? ORDER BY r.reference, t.id", [meetingID]
        )
        .map(Self.action)
    }

    /// Pending actions of an area from meetings before `date`: they come back on the agenda.
    func pendingActions(area: String, before date: Day) throws -> [MARACAction] {
        try rows(
            Self.actionSelect
                + """
                 JOIN meeting m ON m.id = t.meeting_id
                WHERE t.status IN ('open', 'in-progress', 'blocked') AND m.area = ? AND m.held_on < ?
                ORDER BY t.due_on, t.id
                """, [area, date.description]
        ).map(Self.action)
    }

    /// Applies a change and bumps the version, only if the version is still `version`.
    /// - Returns: whether the row was updated.
    func updateAction(
        id: Int, version: Int, status: ActionStatus, due: Day, completedOn: Day?
    ) throws -> Bool {
        try execute(
            """
            UPDATE action SET status = ?, due_on = ?, completed_on = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, [status.rawValue, due.description, completedOn?.description, id, version])
        return changes == 1
    }

    func insertActionUpdate(actionID: Int, change: ActionChange, at time: String, by user: String)
        throws
    {
        try execute(
            """
            INSERT INTO action_update(action_id, at, by, status, note, evidence, due_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                actionID, time, user, change.status?.rawValue, change.note, change.evidence,
                change.due?.description,
            ])
    }

    func actionUpdates(actionID: Int) throws -> [ActionUpdate] {
        try rows(
            """
            SELECT at, by, status, note, evidence, due_on FROM action_update
            WHERE action_id = ? ORDER BY id
            """, [actionID]
        ).map { row in
            let status: String? = try row[2]
            let due: String? = try row[5]
            return try ActionUpdate(
                at: row[0], by: row[1], status: status.flatMap(ActionStatus.init(rawValue:)),
                note: row[3], evidence: row[4], due: due.flatMap { try? Day(parsing: $0) })
        }
    }

    /// Whether any update of the action recorded evidence.
    func actionHasEvidence(actionID: Int) throws -> Bool {
        try scalar(
            "SELECT EXISTS(SELECT 1 FROM action_update WHERE action_id = ? AND evidence IS NOT NULL)",
            [actionID]) ?? false
    }
}
