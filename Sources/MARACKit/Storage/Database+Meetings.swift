/// SQL for meetings, their agendas, attendance and risks.
extension Database {
    static let meetingSelect = """
        SELECT id, area, held_on, starts_at, chair, capacity, opened_at, opened_by, closed_at,
            venue, minute_taker, next_meeting_on
        FROM meeting
        """

    static func meeting(_ row: Row) throws -> Meeting {
        try Meeting(
            id: row[0], area: row[1], date: row[2], startsAt: row[3],
            chair: row[4], capacity: row[5], openedAt: row[6], openedBy: row[7], closedAt: row[8],
            venue: row[9], minuteTaker: row[10], nextMeetingOn: row[11])
    }

    func insertMeeting(
        area: String, date: Day, startsAt: String, chair: String?, capacity: Int, at time: String,
        by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO meeting(area, held_on, starts_at, chair, capacity, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [area, date.description, startsAt, chair, capacity, time, user])
    }

    func meeting(id: Int) throws -> Meeting? {
        try row(Self.meetingSelect + " WHERE id = ?", [id]).map(Self.meeting)
    }

    func meetings(from: Day?, to: Day?) throws -> [Meeting] {
        try rows(
            Self.meetingSelect
                + " WHERE held_on >= coalesce(?, '0000') AND held_on <= coalesce(?, '9999')"
                + " ORDER BY held_on, id", [from?.description, to?.description]
        ).map(Self.meeting)
    }

    func setMeetingOpened(_ id: Int, at time: String, by user: String) throws {
        try execute(
            "UPDATE meeting SET opened_at = ?, opened_by = ? WHERE id = ?", [time, user, id])
    }

    /// Freezes the minutes and marks every case listed on the agenda as heard on the day.
    func setMeetingClosed(_ meeting: Meeting, at time: String, by user: String) throws {
        try execute(
            "UPDATE meeting SET closed_at = ?, closed_by = ? WHERE id = ?",
            [time, user, meeting.id])
        try execute(
            """
            UPDATE referral SET heard_on = ?
            WHERE listed_meeting_id = ? AND id IN
                (SELECT referral_id FROM agenda_item WHERE meeting_id = ? AND deferred = 0)
            """, [meeting.date.description, meeting.id, meeting.id])
    }

    // MARK: Agenda

    /// Cases of an area waiting for an agenda, referred on or before `date`, oldest first;
    /// a case transferred to a MARAC using another database is not waiting here.
    func agendaCandidates(area: String, onOrBefore date: Day, limit: Int) throws
        -> [AgendaCandidate]
    {
        try rows(
            """
            SELECT id, referred_on, children, victim_id FROM referral
            WHERE heard_on IS NULL AND area = ? AND referred_on <= ? AND listed_meeting_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM case_transfer t
                  WHERE t.referral_id = referral.id AND t.direction = 'out'
                    AND t.area = referral.area)
            ORDER BY referred_on, id LIMIT ?
            """, [area, date.description, limit]
        ).map {
            try AgendaCandidate(
                referralID: $0[0], referredOn: $0[1], children: $0[2], victimID: $0[3])
        }
    }

    /// Takes every case off a meeting's agenda, returning them to the waiting list; deferred
    /// cases stay recorded as deferred.
    func clearAgenda(meetingID: Int) throws {
        try execute(
            "UPDATE referral SET listed_meeting_id = NULL WHERE listed_meeting_id = ?", [meetingID])
        try execute("DELETE FROM agenda_item WHERE meeting_id = ? AND deferred = 0", [meetingID])
    }

    /// Lists a referral on a meeting's agenda; with `heardWith`, as an earlier referral of the
    /// victim heard with that item (it has no position of its own).
    func insertAgendaItem(
        meetingID: Int, referralID: Int, position: Int?, section: AgendaSection,
        heardWith: Int? = nil
    ) throws {
        try execute(
            """
            INSERT INTO agenda_item(meeting_id, referral_id, position, section, heard_with)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(meeting_id, referral_id) DO UPDATE SET position = excluded.position,
                section = excluded.section, deferred = 0, heard_with = excluded.heard_with
            """, [meetingID, referralID, position, section.rawValue, heardWith])
        try execute(
            "UPDATE referral SET listed_meeting_id = ? WHERE id = ?", [meetingID, referralID])
    }

    /// The cases listed for a meeting, in agenda order (deferred cases excluded).
    func agendaItems(meetingID: Int, timing: AgendaTiming, startsAt: String) throws -> [AgendaItem]
    {
        var heardWith: [Int: [String]] = [:]
        var children: [Int: Int] = [:]
        for row in try rows(
            """
            SELECT i.heard_with, r.reference, r.children FROM agenda_item i
            JOIN referral r ON r.id = i.referral_id
            WHERE i.meeting_id = ? AND i.deferred = 0 AND i.heard_with IS NOT NULL
            ORDER BY r.referred_on, r.id
            """, [meetingID])
        {
            let listed: Int = try row[0]
            heardWith[listed, default: []].append(try row[1])
            children[listed] = max(children[listed] ?? 0, try row[2])
        }
        return try rows(
            """
            SELECT i.position, r.reference, i.section, a.code, r.referred_on, r.is_repeat,
                   r.children, r.id
            FROM agenda_item i
            JOIN referral r ON r.id = i.referral_id
            JOIN agency a ON a.id = r.agency_id
            WHERE i.meeting_id = ? AND i.deferred = 0 AND i.heard_with IS NULL
            ORDER BY i.position
            """, [meetingID]
        ).map { row in
            let position: Int = try row[0]
            let id: Int = try row[7]
            let listedChildren: Int = try row[6]
            var item = try AgendaItem(
                position: position, reference: row[1],
                section: AgendaSection(rawValue: row[2]) ?? .other, referringAgency: row[3],
                referredOn: row[4], isRepeat: row[5],
                children: max(listedChildren, children[id] ?? 0),
                slot: timing.slot(position: position, start: startsAt),
                heardWith: heardWith[id] ?? [])
            item.idva = try idvaAllocation(referralID: id)?.0.summary
            item.transferredFrom = try transferredFrom(referralID: id)
            return item
        }
    }

    /// Whether the referral is heard at the meeting: listed, or heard with a listed item, and
    /// not deferred.
    func isHeard(referralID: Int, atMeeting meetingID: Int) throws -> Bool {
        let count: Int =
            try scalar(
                """
                SELECT count(*) FROM agenda_item
                WHERE meeting_id = ? AND referral_id = ? AND deferred = 0
                """, [meetingID, referralID]) ?? 0
        return count > 0
    }

    /// References of cases deferred from a meeting.
    func deferredReferences(meetingID: Int) throws -> [String] {
        try rows(
            """
            SELECT r.reference FROM agenda_item i JOIN referral r ON r.id = i.referral_id
            WHERE i.meeting_id = ? AND i.deferred = 1 ORDER BY r.reference
            """, [meetingID]
        ).map { try $0[0] }
    }

    /// Rewrites the positions of a meeting's agenda to follow `referralIDs`.
    func reorderAgenda(meetingID: Int, referralIDs: [Int]) throws {
        for (offset, id) in referralIDs.enumerated() {
            try execute(
                "UPDATE agenda_item SET position = ? WHERE meeting_id = ? AND referral_id = ?",
                [offset + 1, meetingID, id])
        }
    }

    /// The listed referral ids of a meeting, in agenda order.
    func agendaReferralIDs(meetingID: Int) throws -> [Int] {
        try rows(
            """
            SELECT referral_id FROM agenda_item
            WHERE meeting_id = ? AND deferred = 0 AND heard_with IS NULL
            ORDER BY position
            """, [meetingID]
        ).map { try $0[0] }
    }

    /// Defers an item, with the earlier referrals heard with it.
    func deferAgendaItem(meetingID: Int, referralID: Int) throws {
        try execute(
            """
            UPDATE referral SET listed_meeting_id = NULL WHERE id IN (SELECT referral_id
                FROM agenda_item WHERE meeting_id = ?1 AND (referral_id = ?2 OR heard_with = ?2))
            """, [meetingID, referralID])
        try execute(
            """
            UPDATE agenda_item SET deferred = 1, position = NULL
            WHERE meeting_id = ?1 AND (referral_id = ?2 OR heard_with = ?2)
            """, [meetingID, referralID])
    }

    // MARK: Attendance and risks

    func upsertAttendance(
        meetingID: Int, agencyID: Int, status: AttendanceStatus, representative: String?,
        isDeputy: Bool, at time: String, by user: String
    ) throws {
        try execute(
            """
            INSERT INTO attendance(meeting_id, agency_id, status, representative, deputy,
                                   recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(meeting_id, agency_id) DO UPDATE SET status = excluded.status,
                representative = excluded.representative, deputy = excluded.deputy,
                recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
            """, [meetingID, agencyID, status.rawValue, representative, isDeputy, time, user])
    }

    func attendance(meetingID: Int) throws -> [Attendance] {
        try rows(
            """
            SELECT a.code, a.name, t.status, t.representative, t.deputy
            FROM attendance t JOIN agency a ON a.id = t.agency_id
            WHERE t.meeting_id = ? ORDER BY a.code
            """, [meetingID]
        ).map {
            try Attendance(
                agencyCode: $0[0], agencyName: $0[1],
                status: AttendanceStatus(rawValue: $0[2]) ?? .absent, representative: $0[3],
                isDeputy: $0[4])
        }
    }

    func insertRisk(
        referralID: Int, meetingID: Int?, text: String, at time: String, by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO risk(referral_id, meeting_id, text, created_at, created_by)
            VALUES (?, ?, ?, ?, ?) RETURNING id
            """, [referralID, meetingID, text, time, user])
    }

    func risks(referralID: Int) throws -> [Risk] {
        try rows(
            """
            SELECT k.id, r.reference, k.meeting_id, k.text FROM risk k
            JOIN referral r ON r.id = k.referral_id WHERE k.referral_id = ? ORDER BY k.id
            """, [referralID]
        ).map { try Risk(id: $0[0], reference: $0[1], meeting: $0[2], text: $0[3]) }
    }
}

extension Database {
    /// Identifiers a user may type next, for completion in the REPL: the most recent first.
    ///
    /// With `agencyID`, only that agency's actions (an agency representative's).
    func identifiers(_ kind: IdentifierKind, agencyID: Int? = nil, limit: Int = 200) throws
        -> [String]
    {
        let sql: String
        switch kind {
        case .caseReference: sql = "SELECT reference FROM referral ORDER BY id DESC LIMIT ?"
        case .meeting: sql = "SELECT CAST(id AS TEXT) FROM meeting ORDER BY id DESC LIMIT ?"
        case .action:
            return try rows(
                "SELECT CAST(id AS TEXT) FROM action WHERE (? IS NULL OR agency_id = ?) "
                    + "ORDER BY id DESC LIMIT ?", [agencyID, agencyID, limit]
            ).map { try $0[0] }
        case .agency: sql = "SELECT code FROM agency ORDER BY code LIMIT ?"
        case .review: sql = "SELECT 'R' || id FROM dhr_review ORDER BY id DESC LIMIT ?"
        case .dhrAction: sql = "SELECT 'A' || id FROM dhr_action ORDER BY id DESC LIMIT ?"
        }
        return try rows(sql, [limit]).map { try $0[0] }
    }
}

extension Database {
    /// The day of the area's last meeting before `date`, if any.
    func previousMeetingDay(area: String, before date: Day) throws -> Day? {
        let text: String? = try scalar(
            "SELECT max(held_on) FROM meeting WHERE area = ? AND held_on < ?",
            [area, date.description])
        return text.flatMap { try? Day(parsing: $0) }
    }

    /// Heard cases of the area referred in `(after, through]` that are their victim's latest
    /// referral in any area: the cases whose 12 months lapse before the next meeting.
    func latestHeardReferrals(area: String, after: Day, through: Day) throws -> [AgendaCandidate] {
        try rows(
            """
            SELECT r.id, r.referred_on, r.children FROM referral r
            WHERE r.area = ?1 AND r.referred_on > ?2 AND r.referred_on <= ?3
              AND r.heard_on IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM referral later
                  WHERE later.victim_id = r.victim_id
                    AND (later.referred_on > r.referred_on
                         OR (later.referred_on = r.referred_on AND later.id > r.id)))
            ORDER BY r.referred_on, r.id
            """, [area, after.description, through.description]
        ).map {
            try AgendaCandidate(
                referralID: $0[0], referredOn: $0[1], children: $0[2])
        }
    }
}
