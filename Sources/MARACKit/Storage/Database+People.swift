/// SQL for the people of a case beside its victim: perpetrators, children, aliases, and the
/// other cases a person is in.
extension Database {
    /// A perpetrator row as stored, before its links are looked up.
    struct PerpetratorRow {
        var ordinal: Int
        var personID: Int
        var name: String?
        var dateOfBirth: Day?
        var age: Int?
        var gender: String?
        var relationship: String
    }

    /// The victim's person id and the referral's date, area and repeat state.
    struct RepeatState {
        var referralID: Int
        var victimID: Int
        var date: Day
        var area: String
        var criteria: String
        var previousID: Int?
    }

    /// A referral's victim, date, area, criteria and the referral it repeats.
    func repeatState(referralID: Int) throws -> RepeatState? {
        try row(
            """
            SELECT id, victim_id, referred_on, area, criteria, previous_referral_id
            FROM referral WHERE id = ?
            """, [referralID]
        ).map {
            try RepeatState(
                referralID: $0[0], victimID: $0[1], date: $0[2], area: $0[3], criteria: $0[4],
                previousID: $0[5])
        }
    }

    /// The victim's referrals before `referralID` (or before a new referral on `date` when
    /// `referralID` is nil) dated on or after `from`, newest first: their ids.
    func earlierReferrals(victimID: Int, before referralID: Int?, on date: Day, from: Day) throws
        -> [Int]
    {
        try rows(
            """
            SELECT id FROM referral
            WHERE victim_id = ?1 AND referred_on >= ?2
              AND (referred_on < ?3 OR (referred_on = ?3 AND (?4 IS NULL OR id < ?4)))
              AND (?4 IS NULL OR id <> ?4)
            ORDER BY referred_on DESC, id DESC
            """, [victimID, from.description, date.description, referralID]
        ).map { try $0[0] }
    }

    /// The victim's referrals dated after `date` and on or before `until`, oldest first.
    func laterReferrals(victimID: Int, after date: Day, until: Day) throws -> [Int] {
        try rows(
            """
            SELECT id FROM referral WHERE victim_id = ? AND referred_on > ? AND referred_on <= ?
            ORDER BY referred_on, id
            """, [victimID, date.description, until.description]
        ).map { try $0[0] }
    }

    /// The person ids of a referral's perpetrators.
    func perpetratorPersonIDs(referralID: Int) throws -> Set<Int> {
        Set(
            try rows("SELECT person_id FROM perpetrator WHERE referral_id = ?", [referralID]).map {
                try $0[0]
            })
    }

    /// Sets a referral's repeat state: the referral it repeats (or none) and its criteria.
    func setRepeat(referralID: Int, previousID: Int?, criteria: String) throws {
        try execute(
            """
            UPDATE referral SET is_repeat = ?, previous_referral_id = ?, criteria = ? WHERE id = ?
            """, [previousID == nil ? 0 : 1, previousID, criteria, referralID])
    }

    /// The person recorded as a perpetrator in one of the victim's referrals whose name, as
    /// `PersonMatch` normalises it, is `name`'s: (id, date of birth).
    func perpetratorInVictimsCases(victimID: Int, named name: String) throws -> [(Int, Day?)] {
        let wanted = PersonMatch.key(name: name, dateOfBirth: nil)
        return try rows(
            """
            SELECT DISTINCT s.id, s.name, s.date_of_birth FROM perpetrator p
            JOIN referral r ON r.id = p.referral_id JOIN person s ON s.id = p.person_id
            WHERE r.victim_id = ? ORDER BY s.id
            """, [victimID]
        ).compactMap { row in
            let personName: String = try row[1]
            guard PersonMatch.key(name: personName, dateOfBirth: nil) == wanted else { return nil }
            return try (row[0], row[2])
        }
    }

    /// Records a date of birth learnt later on a person known until now without one.
    func setDateOfBirth(personID: Int, _ day: Day, matchKey: String) throws {
        try execute(
            "UPDATE person SET date_of_birth = ?, match_key = ? WHERE id = ?",
            [day.description, matchKey, personID])
    }

    /// Sets a person's gender.
    func setGender(personID: Int, _ gender: String) throws {
        try execute("UPDATE person SET gender = ? WHERE id = ?", [gender, personID])
    }

    /// A person's recorded gender.
    func gender(personID: Int) throws -> String? {
        try scalar("SELECT gender FROM person WHERE id = ?", [personID])
    }

    /// The next free ordinal among a referral's perpetrators (or children).
    func nextPosition(in table: PeopleTable, referralID: Int) throws -> Int {
        try scalar(
            "SELECT coalesce(max(position), 0) + 1 FROM \(table.rawValue) WHERE referral_id = ?",
            [referralID]) ?? 1
    }

    /// The tables that number people within a case.
    enum PeopleTable: String {
        case perpetrator, child
    }

    /// Records `personID` as the perpetrator numbered `position` of a referral.
    func insertPerpetrator(
        referralID: Int, personID: Int, position: Int, relationship: String, age: Int?,
        at time: String, by user: String
    ) throws {
        try execute(
            """
            INSERT INTO perpetrator(referral_id, person_id, position, relationship, age,
                                    created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [referralID, personID, position, relationship, age, time, user])
    }

    /// Adds the aliases a person does not have yet; returns how many were new.
    func addAliases(_ aliases: [String], personID: Int, at time: String, by user: String) throws
        -> Int
    {
        var added = 0
        for alias in aliases {
            try execute(
                """
                INSERT INTO person_alias(person_id, alias, created_at, created_by)
                VALUES (?, ?, ?, ?) ON CONFLICT (person_id, alias) DO NOTHING
                """, [personID, alias, time, user])
            added += changes
        }
        return added
    }

    /// A person's aliases, in the order recorded.
    func aliases(personID: Int) throws -> [String] {
        try rows("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY id", [personID]).map {
            try $0[0]
        }
    }

    /// A referral's perpetrators in order; names and genders only when `withNames` (an agency
    /// representative on a server may read neither column).
    func perpetrators(referralID: Int, withNames: Bool) throws -> [PerpetratorRow] {
        let personal = withNames ? "s.name, s.gender" : "NULL, NULL"
        return try rows(
            """
            SELECT p.position, p.person_id, \(personal), s.date_of_birth, p.age, p.relationship
            FROM perpetrator p JOIN person s ON s.id = p.person_id
            WHERE p.referral_id = ? ORDER BY p.position
            """, [referralID]
        ).map {
            try PerpetratorRow(
                ordinal: $0[0], personID: $0[1], name: $0[2], dateOfBirth: $0[4], age: $0[5],
                gender: $0[3], relationship: $0[6])
        }
    }

    /// The other cases `personID` is in, as a perpetrator of another victim than `victimID` or
    /// as a victim, oldest first, leaving out `referralID`.
    func personLinks(personID: Int, excluding referralID: Int, victimID: Int) throws
        -> [PersonLink]
    {
        try rows(
            """
            SELECT r.reference, 'perpetrator', r.referred_on, r.id FROM perpetrator p
            JOIN referral r ON r.id = p.referral_id
            WHERE p.person_id = ?1 AND r.id <> ?2 AND r.victim_id <> ?3
            UNION ALL
            SELECT r.reference, 'victim', r.referred_on, r.id FROM referral r
            WHERE r.victim_id = ?1 AND r.id <> ?2 AND r.victim_id <> ?3
            ORDER BY 3, 4
            """, [personID, referralID, victimID]
        ).map {
            let role: String = try $0[1]
            return try PersonLink(reference: $0[0], role: PersonLink.Role(rawValue: role)!)
        }
    }

    /// The cases in which the victim of `referralID` is recorded as a perpetrator, oldest first.
    func victimAsPerpetrator(referralID: Int) throws -> [String] {
        try rows(
            """
            SELECT o.reference FROM referral r
            JOIN perpetrator p ON p.person_id = r.victim_id
            JOIN referral o ON o.id = p.referral_id
            WHERE r.id = ? ORDER BY o.referred_on, o.id
            """, [referralID]
        ).map { try $0[0] }
    }

    /// Records a child of a referral's household, numbered `position`.
    func insertChild(
        referralID: Int, position: Int, _ child: ChildRequest, relationshipToVictim: String,
        relationshipToPerpetrator: String, livesWith: String, at time: String, by user: String
    ) throws {
        try execute(
            """
            INSERT INTO child(referral_id, position, name, date_of_birth, relationship_to_victim,
                              relationship_to_perpetrator, lives_with, school, created_at,
                              created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                referralID, position, child.name, child.dateOfBirth.description,
                relationshipToVictim, relationshipToPerpetrator, livesWith, child.school, time,
                user,
            ])
    }

    /// A referral's children in order; names and schools only when `withNames`.
    func children(referralID: Int, withNames: Bool) throws -> [CaseChild] {
        let personal = withNames ? "name, school" : "NULL, NULL"
        return try rows(
            """
            SELECT position, \(personal), date_of_birth, relationship_to_victim,
                   relationship_to_perpetrator, lives_with
            FROM child WHERE referral_id = ? ORDER BY position
            """, [referralID]
        ).map {
            try CaseChild(
                ordinal: $0[0], name: $0[1], dateOfBirth: $0[3], relationshipToVictim: $0[4],
                relationshipToPerpetrator: $0[5], livesWith: $0[6], school: $0[2])
        }
    }

    /// Raises a referral's count of children to `count` when it is lower: the count is the
    /// larger of the number given at referral and the children recorded.
    func raiseChildrenCount(referralID: Int, to count: Int) throws {
        try execute(
            "UPDATE referral SET children = ? WHERE id = ? AND children < ?",
            [count, referralID, count])
    }

    /// The other cases the perpetrators of `referralID` are in (as the perpetrator of another
    /// victim, or as a victim), oldest first, without repeats.
    func perpetratorAlsoIn(referralID: Int) throws -> [String] {
        try rows(
            """
            SELECT o.reference FROM referral r
            JOIN perpetrator p ON p.referral_id = r.id
            JOIN perpetrator q ON q.person_id = p.person_id AND q.referral_id <> r.id
            JOIN referral o ON o.id = q.referral_id AND o.victim_id <> r.victim_id
            WHERE r.id = ?1
            UNION
            SELECT o.reference FROM referral r
            JOIN perpetrator p ON p.referral_id = r.id
            JOIN referral o ON o.victim_id = p.person_id AND o.id <> r.id
            WHERE r.id = ?1
            ORDER BY 1
            """, [referralID]
        ).map { try $0[0] }
    }
}
