/// SQL for victims (person records) and referrals.
extension Database {
    static let referralSelect = """
        SELECT r.id, r.reference, a.code, r.area, r.referred_on, r.dash_score, r.visible_high_risk,
               r.callouts, r.children, r.criteria, r.override_reason, r.is_repeat, p.reference,
               r.age_band, r.listed_meeting_id, r.heard_on
        FROM referral r
        JOIN agency a ON a.id = r.agency_id
        LEFT JOIN referral p ON p.id = r.previous_referral_id
        """

    static func referral(_ row: Row) -> Referral {
        let criteriaText: String = row[9]
        let heard: String? = row[15]
        return Referral(
            id: row[0], reference: row[1], referringAgency: row[2], area: row[3],
            date: try! Day(parsing: row[4]), dashScore: row[5], visibleHighRisk: row[6],
            callouts: row[7], children: row[8],
            criteria: criteriaText.split(separator: ",").compactMap {
                Criterion(rawValue: String($0))
            },
            overrideReason: row[10], isRepeat: row[11], previousReference: row[12],
            ageBand: row[13],
            listedMeeting: row[14], heardOn: heard.flatMap { try? Day(parsing: $0) })
    }

    /// The person record with this matching key, if there is one.
    func personID(matchKey key: String) throws -> Int? {
        try scalar("SELECT id FROM person WHERE match_key = ?", [key])
    }

    /// Creates a person record; returns its id.
    func insertPerson(
        name: String, dateOfBirth: Day?, diversity: Diversity, at time: String
    ) throws -> Int {
        let key = PersonMatch.key(name: name, dateOfBirth: dateOfBirth)
        try execute(
            """
            INSERT INTO person(name, date_of_birth, match_key, gender, ethnicity, disability,
                               sexual_orientation, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                name, dateOfBirth?.description, key, diversity.gender, diversity.ethnicity,
                diversity.disability, diversity.sexualOrientation, time,
            ])
        return Int(lastInsertRowID)
    }

    /// The latest referral of `victimID` in this area on or before `date`: (id, day).
    func latestReferral(victimID: Int, area: String, onOrBefore date: Day) throws -> (Int, Day)? {
        guard
            let row = try row(
                """
                SELECT id, referred_on FROM referral
                WHERE victim_id = ? AND referred_on <= ? AND area = ?
                ORDER BY referred_on DESC, id DESC LIMIT 1
                """, [victimID, date.description, area])
        else { return nil }
        return (row[0], try! Day(parsing: row[1]))
    }

    /// The id the next referral will get, inside the write transaction.
    func nextReferralID() throws -> Int {
        try scalar("SELECT coalesce(max(id), 0) + 1 FROM referral") ?? 1
    }

    struct NewReferral {
        var id: Int
        var victimID: Int
        var agencyID: Int
        var request: ReferralRequest
        var dashScore: Int?
        var criteria: [Criterion]
        var previousID: Int?
        var ageBand: String
    }

    func insertReferral(_ new: NewReferral, at time: String, by user: String) throws {
        let request = new.request
        try execute(
            """
            INSERT INTO referral(id, reference, victim_id, agency_id, area, referred_on, dash_score,
                                 dash_answers, visible_high_risk, callouts, children, criteria,
                                 override_reason, is_repeat, previous_referral_id, age_band,
                                 created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                new.id, Referral.reference(for: new.id), new.victimID, new.agencyID, request.area,
                request.date.description, new.dashScore,
                request.dashAnswers.map { String($0.map { $0 ? "y" : "n" }) },
                request.visibleHighRisk, request.callouts, request.children,
                new.criteria.map(\.rawValue).joined(separator: ","), request.overrideReason,
                new.previousID != nil, new.previousID, new.ageBand, time, user,
            ])
    }

    func referral(reference: String) throws -> Referral? {
        try row(Self.referralSelect + " WHERE r.reference = ?", [reference]).map(Self.referral)
    }

    func referralID(reference: String) throws -> Int? {
        try scalar("SELECT id FROM referral WHERE reference = ?", [reference])
    }

    /// Referrals, newest first: all, only those not yet heard, or only repeats.
    func referrals(unheard: Bool, repeatOnly: Bool, limit: Int) throws -> [Referral] {
        if unheard {
            return try rows(
                Self.referralSelect
                    + " WHERE r.heard_on IS NULL AND (?1 = 0 OR r.is_repeat = 1)"
                    + " ORDER BY r.area, r.referred_on LIMIT ?2", [repeatOnly, limit]
            ).map(Self.referral)
        }
        return try rows(
            Self.referralSelect
                + " WHERE (?1 = 0 OR r.is_repeat = 1) ORDER BY r.id DESC LIMIT ?2",
            [repeatOnly, limit]
        ).map(Self.referral)
    }

    /// The other referrals of the same victim, oldest first, by reference and date.
    func relatedReferrals(of referralID: Int) throws -> [(String, Day)] {
        try rows(
            """
            SELECT o.reference, o.referred_on FROM referral r
            JOIN referral o ON o.victim_id = r.victim_id AND o.id <> r.id
            WHERE r.id = ? ORDER BY o.referred_on, o.id
            """, [referralID]
        ).map { ($0[0], try! Day(parsing: $0[1])) }
    }
}
