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

    static func referral(_ row: Row) throws -> Referral {
        let criteriaText: String = try row[9]
        let heard: String? = try row[15]
        return try Referral(
            id: row[0], reference: row[1], referringAgency: row[2], area: row[3],
            date: row[4], dashScore: row[5], visibleHighRisk: row[6],
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
        let statement = try prepare(.personByMatchKey)
        statement.clear()
        defer { statement.reset() }
        try statement.bind(key, at: 1)
        return try statement.step() ? statement.int(0) : nil
    }

    /// Creates a person record; returns its id.
    ///
    /// `matchKey` is `PersonMatch.key` of the name and date of birth, when the caller has it.
    func insertPerson(
        name: String, dateOfBirth: Day?, diversity: Diversity, matchKey: String? = nil,
        at time: String
    ) throws -> Int {
        let statement = try prepare(.insertPerson)
        statement.clear()
        try statement.bind(name, at: 1)
        try statement.bind(dateOfBirth?.description, at: 2)
        try statement.bind(matchKey ?? PersonMatch.key(name: name, dateOfBirth: dateOfBirth), at: 3)
        try statement.bind(diversity.gender, at: 4)
        try statement.bind(diversity.ethnicity, at: 5)
        try statement.bind(diversity.disability, at: 6)
        try statement.bind(diversity.sexualOrientation, at: 7)
        try statement.bind(time, at: 8)
        defer { statement.reset() }
        guard try statement.step(), case .integer(let id) = statement.column(0) else {
            throw StorageError(
                code: .misuse, message: "the insert returned no id", sql: statement.sql)
        }
        while try statement.step() {}
        return Int(id)
    }

    /// The latest referral of `victimID` in any area on or before `date`: (id, day).
    func latestReferral(victimID: Int, onOrBefore date: Day) throws -> (Int, Day)? {
        let statement = try prepare(.latestReferral)
        statement.clear()
        defer { statement.reset() }
        try statement.bind(victimID, at: 1)
        try statement.bind(date.description, at: 2)
        guard try statement.step() else { return nil }
        guard let day = Day(sqlValue: statement.column(1)) else {
            throw RowDecodingError(column: 1, expected: "Day", found: statement.column(1).kindName)
        }
        return (statement.int(0), day)
    }

    /// Runs `body` with a 64 MiB page cache instead of the connection's 2 MiB default (`case
    /// import`: the referral and person indexes a bulk load searches stay in memory instead of
    /// being read back from the file), restoring the default after.
    func withBulkPageCache<T>(_ body: () throws -> T) throws -> T {
        try sql.withBulkLoadSettings(self, body)
    }

    /// The id the next referral will get, inside the write transaction.
    func nextReferralID() throws -> Int {
        let statement = try prepare(.nextReferralID)
        statement.clear()
        defer { statement.reset() }
        return try statement.step() ? statement.int(0) : 1
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
        let statement = try prepare(.insertReferral)
        statement.clear()
        try statement.bind(new.id, at: 1)
        try statement.bind(Referral.reference(for: new.id), at: 2)
        try statement.bind(new.victimID, at: 3)
        try statement.bind(new.agencyID, at: 4)
        try statement.bind(request.area, at: 5)
        try statement.bind(request.date.description, at: 6)
        try statement.bind(new.dashScore, at: 7)
        try statement.bind(request.dashAnswers.map { String($0.map { $0 ? "y" : "n" }) }, at: 8)
        try statement.bind(request.visibleHighRisk, at: 9)
        try statement.bind(request.callouts, at: 10)
        try statement.bind(request.children, at: 11)
        try statement.bind(new.criteria.map(\.rawValue).joined(separator: ","), at: 12)
        try statement.bind(request.overrideReason, at: 13)
        try statement.bind(new.previousID != nil ? 1 : 0, at: 14)
        try statement.bind(new.previousID, at: 15)
        try statement.bind(new.ageBand, at: 16)
        try statement.bind(time, at: 17)
        try statement.bind(user, at: 18)
        try statement.runBound()
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
        ).map { try ($0[0], $0[1]) }
    }
}

/// The statements `case refer` and `case import` run for every referral, kept prepared by key
/// (`Database.prepare(_: HotStatement)`) so a row does not hash their SQL text.
enum HotStatement: Int, CaseIterable {
    case personByMatchKey, insertPerson, latestReferral, nextReferralID, insertReferral

    var sql: String {
        switch self {
        case .personByMatchKey: "SELECT id FROM person WHERE match_key = ?"
        case .insertPerson:
            """
            INSERT INTO person(name, date_of_birth, match_key, gender, ethnicity, disability,
                               sexual_orientation, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """
        case .latestReferral:
            """
            SELECT id, referred_on FROM referral
            WHERE victim_id = ? AND referred_on <= ?
            ORDER BY referred_on DESC, id DESC LIMIT 1
            """
        case .nextReferralID:
            """
            SELECT coalesce(max(high), 0) + 1 FROM (
                SELECT max(id) AS high FROM referral
                UNION ALL SELECT value FROM id_high_water WHERE name = 'referral') AS ids
            """
        case .insertReferral:
            """
            INSERT INTO referral(id, reference, victim_id, agency_id, area, referred_on, dash_score,
                                 dash_answers, visible_high_risk, callouts, children, criteria,
                                 override_reason, is_repeat, previous_referral_id, age_band,
                                 created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        }
    }
}
