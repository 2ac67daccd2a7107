/// SQL for transfers of cases between MARACs.
extension Database {
    /// Records one side of a transfer; returns its row id.
    @discardableResult
    func insertTransfer(
        referralID: Int, _ transfer: CaseTransfer, history: String? = nil, at time: String,
        by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO case_transfer(referral_id, direction, area, other_marac, transferred_on,
                                      reason, their_reference, history, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                referralID, transfer.direction.rawValue, transfer.area, transfer.otherMARAC,
                transfer.date.description, transfer.reason, transfer.theirReference, history,
                time, user,
            ])
    }

    /// The transfers of a case, oldest first.
    func transfers(referralID: Int) throws -> [CaseTransfer] {
        try rows(
            """
            SELECT r.reference, t.direction, t.area, t.other_marac, t.transferred_on, t.reason,
                   t.their_reference
            FROM case_transfer t JOIN referral r ON r.id = t.referral_id
            WHERE t.referral_id = ? ORDER BY t.transferred_on, t.id
            """, [referralID]
        ).map { row in
            let direction: String = try row[1]
            return try CaseTransfer(
                reference: row[0], direction: TransferDirection(rawValue: direction) ?? .out,
                area: row[2], otherMARAC: row[3], date: row[4], reason: row[5],
                theirReference: row[6])
        }
    }

    /// The history a received case's bundle carried (JSON), if it was received from another
    /// database.
    func receivedHistory(referralID: Int) throws -> String? {
        try scalar(
            """
            SELECT history FROM case_transfer
            WHERE referral_id = ? AND direction = 'in' AND history IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """, [referralID])
    }

    /// Whether the case has left its current area for a MARAC using another database.
    func isTransferredAway(referralID: Int) throws -> Bool {
        let count: Int =
            try scalar(
                """
                SELECT count(*) FROM case_transfer t JOIN referral r ON r.id = t.referral_id
                WHERE t.referral_id = ? AND t.direction = 'out' AND t.area = r.area
                """, [referralID]) ?? 0
        return count > 0
    }

    /// Moves a case to another area of this database as waiting to be heard there.
    func transferReferral(referralID: Int, toArea area: String) throws {
        try execute(
            """
            UPDATE referral SET area = ?, heard_on = NULL, listed_meeting_id = NULL WHERE id = ?
            """, [area, referralID])
    }

    /// The victim of a case: name, date of birth and the data return's fields.
    func victim(referralID: Int) throws -> (name: String, dateOfBirth: Day?, Diversity) {
        let row = try row(
            """
            SELECT p.name, p.date_of_birth, p.gender, p.ethnicity, p.disability,
                   p.sexual_orientation
            FROM referral r JOIN person p ON p.id = r.victim_id WHERE r.id = ?
            """, [referralID])!
        return try (
            row[0], row[1],
            Diversity(
                gender: row[2], ethnicity: row[3], disability: row[4], sexualOrientation: row[5])
        )
    }

    /// The meetings (area, day) that heard the case, oldest first.
    func hearings(referralID: Int) throws -> [(area: String, day: Day)] {
        try rows(
            """
            SELECT m.area, m.held_on FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
            WHERE i.referral_id = ? AND i.deferred = 0 AND m.closed_at IS NOT NULL
            ORDER BY m.held_on, m.id
            """, [referralID]
        ).map { (try $0[0], try $0[1]) }
    }
}

extension Database {
    /// Whether a case sent as `reference` by `marac` has been received here already.
    func hasReceived(reference: String, from marac: String) throws -> Bool {
        let count: Int =
            try scalar(
                """
                SELECT count(*) FROM case_transfer
                WHERE direction = 'in' AND their_reference = ? AND other_marac = ?
                """, [reference, marac]) ?? 0
        return count > 0
    }
}

extension Database {
    /// The MARAC a case came to its current area from, when it came by a transfer in.
    func transferredFrom(referralID: Int) throws -> String? {
        try scalar(
            """
            SELECT t.other_marac FROM case_transfer t JOIN referral r ON r.id = t.referral_id
            WHERE t.referral_id = ? AND t.direction = 'in' AND t.area = r.area
            ORDER BY t.id DESC LIMIT 1
            """, [referralID])
    }
}
