/// SQL for what a meeting's minutes record beyond its cases: venue, minute-taker, next meeting
/// date, any other business, and the minutes (and each agency's extract) frozen at the close.
extension Database {
    /// Sets the meeting's chair, venue, minute-taker and next meeting date, as given.
    func updateMeetingRecord(
        _ id: Int, chair: String?, venue: String?, minuteTaker: String?, nextMeetingOn: Day?
    ) throws {
        try execute(
            """
            UPDATE meeting SET chair = ?, venue = ?, minute_taker = ?, next_meeting_on = ?
            WHERE id = ?
            """, [chair, venue, minuteTaker, nextMeetingOn?.description, id])
    }

    /// Records an item of any other business raised at a meeting; returns its id.
    func insertOtherBusiness(meetingID: Int, text: String, at time: String, by user: String)
        throws -> Int
    {
        try insertReturningID(
            """
            INSERT INTO other_business(meeting_id, text, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?) RETURNING id
            """, [meetingID, text, time, user])
    }

    /// The items of any other business of a meeting, in the order they were recorded.
    func otherBusiness(meetingID: Int) throws -> [String] {
        try rows(
            "SELECT text FROM other_business WHERE meeting_id = ? ORDER BY id", [meetingID]
        ).map { try $0[0] }
    }

    /// Stores the frozen minutes of a meeting (once: a second snapshot is refused by the key).
    func insertMinutesSnapshot(
        meetingID: Int, origin: MinutesSnapshot.Origin, content: String, at time: String,
        by user: String
    ) throws {
        try execute(
            """
            INSERT INTO minutes_snapshot(meeting_id, taken_at, taken_by, origin, content)
            VALUES (?, ?, ?, ?, ?)
            """, [meetingID, time, user, origin.rawValue, content])
    }

    /// The frozen minutes of a meeting as stored, if they have been frozen.
    func minutesSnapshotContent(meetingID: Int) throws -> String? {
        try row("SELECT content FROM minutes_snapshot WHERE meeting_id = ?", [meetingID])
            .map { try $0[0] }
    }

    /// The meetings whose frozen minutes mention `text` (a case reference), with their content.
    func minutesSnapshots(mentioning text: String) throws -> [(meetingID: Int, content: String)] {
        try rows(
            """
            SELECT meeting_id, content FROM minutes_snapshot
            WHERE \(sql.position(of: "?", in: "content")) > 0 ORDER BY meeting_id
            """, [text]
        ).map { try ($0[0], $0[1]) }
    }

    /// Replaces the frozen minutes of a meeting (only retention does: frozen minutes are
    /// otherwise never rewritten).
    func replaceMinutesSnapshot(meetingID: Int, content: String) throws {
        try execute(
            "UPDATE minutes_snapshot SET content = ? WHERE meeting_id = ?", [content, meetingID])
    }

    /// Stores the frozen extract of the agency `agencyCode` from a meeting's minutes (once: a
    /// second is refused by the key).
    func insertMinutesExtractSnapshot(meetingID: Int, agencyCode: String, content: String)
        throws
    {
        try execute(
            """
            INSERT INTO minutes_extract_snapshot(meeting_id, agency_id, content)
            SELECT ?, id, ? FROM agency WHERE code = ?
            """, [meetingID, content, agencyCode])
    }

    /// The frozen extract of the agency `agencyCode` from a meeting's minutes, if stored.
    func minutesExtractSnapshotContent(meetingID: Int, agencyCode: String) throws -> String? {
        try row(
            """
            SELECT e.content FROM minutes_extract_snapshot e JOIN agency a ON a.id = e.agency_id
            WHERE e.meeting_id = ? AND a.code = ?
            """, [meetingID, agencyCode]
        ).map { try $0[0] }
    }

    /// The agencies with no frozen extract of a meeting's minutes, by code.
    func agenciesWithoutMinutesExtract(meetingID: Int) throws -> [Agency] {
        let stored = Set(
            try rows(
                """
                SELECT a.code FROM minutes_extract_snapshot e JOIN agency a ON a.id = e.agency_id
                WHERE e.meeting_id = ?
                """, [meetingID]
            ).map { try $0[0] as String })
        return try agencies().filter { !stored.contains($0.code) }
    }

    /// Replaces the frozen extract of the agency `agencyCode` (only retention does, with the
    /// frozen minutes it comes from).
    func replaceMinutesExtractSnapshot(meetingID: Int, agencyCode: String, content: String)
        throws
    {
        try execute(
            """
            UPDATE minutes_extract_snapshot SET content = ?
            WHERE meeting_id = ? AND agency_id = (SELECT id FROM agency WHERE code = ?)
            """, [content, meetingID, agencyCode])
    }
}
