/// SQL for finding a person under another spelling, the pairs to review, and merging two
/// person records.
extension Database {
    /// A person record as the duplicate check compares it.
    struct MatchablePerson {
        var id: Int
        var name: String
        var dateOfBirth: Day?
        /// The victim's latest referral, when they have one.
        var latestReference: String?
    }

    /// Stores match keys for a person; keys it already has are kept.
    func insertMatchKeys(personID: Int, _ keys: Set<String>) throws {
        for key in keys.sorted() {
            try execute(
                "INSERT INTO person_match_key(key, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [key, personID])
        }
    }

    /// The person a confirmed exact spelling (`MatchKeys.exact`) belongs to, if any.
    func personID(exactSpelling key: String) throws -> Int? {
        try scalar("SELECT person_id FROM person_match_key WHERE key = ? LIMIT 1", [key])
    }

    /// The people holding any of `keys`, at most `limit` of them, lowest id first.
    ///
    /// One search of the key index per key: the cost depends on how many people share a
    /// key, not on how many people there are.
    func peopleHolding(keys: Set<String>, limit: Int) throws -> [Int] {
        guard !keys.isEmpty else { return [] }
        // Each key's lowest `limit` ids, read in index order, then merged: the same people as
        // one DISTINCT ... ORDER BY over all keys, without reading every holder of a common
        // key (thousands of people can share one date of birth).
        var ids = Set<Int>()
        for key in keys.sorted() {
            for row in try rows(
                "SELECT person_id FROM person_match_key WHERE key = ? ORDER BY person_id LIMIT ?",
                [key, limit])
            {
                ids.insert(try row.decode(Int.self, at: 0))
            }
        }
        return Array(ids.sorted().prefix(limit))
    }

    /// The people with these ids, with each one's latest referral as a victim.
    func matchablePeople(_ ids: [Int]) throws -> [MatchablePerson] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try rows(
            """
            SELECT p.id, p.name, p.date_of_birth,
                   (SELECT r.reference FROM referral r WHERE r.victim_id = p.id
                    ORDER BY r.referred_on DESC, r.id DESC LIMIT 1)
            FROM person p WHERE p.id IN (\(marks)) ORDER BY p.id
            """, ids
        ).map { row in
            let birth: String? = try row[2]
            return MatchablePerson(
                id: try row[0], name: try row[1],
                dateOfBirth: try birth.map { try Day(parsing: $0) }, latestReference: try row[3])
        }
    }

    /// Records that `a` and `b` may be one person, for review; a pair already recorded keeps
    /// its first reasons.
    func recordPossibleDuplicate(
        _ a: Int, _ b: Int, reasons: [MatchReason], dateOfBirth: DateOfBirthAgreement,
        at time: String
    ) throws {
        guard a != b else { return }
        try execute(
            """
            INSERT INTO person_possible_duplicate(person_id, other_id, reasons, date_of_birth,
                                                  found_at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [
                max(a, b), min(a, b), reasons.map(\.rawValue).joined(separator: ","),
                dateOfBirth.rawValue, time,
            ])
    }

    /// The pairs waiting for review, newest first.
    func possibleDuplicatePairs(limit: Int) throws -> [(Int, Int, String, String, String)] {
        try rows(
            """
            SELECT person_id, other_id, reasons, date_of_birth, found_at
            FROM person_possible_duplicate ORDER BY found_at DESC, person_id, other_id LIMIT ?
            """, [limit]
        ).map { try ($0[0], $0[1], $0[2], $0[3], $0[4]) }
    }

    /// The victim of the case `reference`, if the case exists.
    func victimID(ofCase reference: String) throws -> Int? {
        try scalar("SELECT victim_id FROM referral WHERE reference = ?", [reference])
    }

    /// Whether a person record with this id exists.
    func personExists(_ id: Int) throws -> Bool {
        try scalar("SELECT 1 FROM person WHERE id = ?", [id]) as Int? != nil
    }

    /// The case references of a person as victim, oldest first.
    func victimReferences(personID: Int) throws -> [String] {
        try rows(
            "SELECT reference FROM referral WHERE victim_id = ? ORDER BY referred_on, id",
            [personID]
        ).map { try $0.decode(String.self, at: 0) }
    }

    /// Joins person `removed` into `kept`: their referrals, perpetrator links, aliases, keys
    /// and pairs move to `kept`, the removed record's own spelling becomes a confirmed
    /// spelling of `kept` (its name an alias: the caller adds it), and the removed record is
    /// deleted.
    func mergePerson(_ removed: Int, into kept: Int, removedSpelling: String) throws {
        try execute("UPDATE referral SET victim_id = ? WHERE victim_id = ?", [kept, removed])
        // A referral naming both as perpetrators keeps one link.
        try execute(
            """
            DELETE FROM perpetrator WHERE person_id = ?1
              AND referral_id IN (SELECT referral_id FROM perpetrator WHERE person_id = ?2)
            """, [removed, kept])
        try execute("UPDATE perpetrator SET person_id = ? WHERE person_id = ?", [kept, removed])
        // The removed record's aliases become the kept person's.
        try execute(
            """
            INSERT INTO person_alias(person_id, alias, created_at, created_by)
            SELECT ?1, alias, created_at, created_by FROM person_alias WHERE person_id = ?2
            ON CONFLICT (person_id, alias) DO NOTHING
            """, [kept, removed])
        try execute(
            """
            INSERT INTO person_match_key(key, person_id)
            SELECT key, ?1 FROM person_match_key WHERE person_id = ?2
            ON CONFLICT DO NOTHING
            """, [kept, removed])
        try execute(
            "INSERT INTO person_match_key(key, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [removedSpelling, kept])
        // Pairs with third people carry over; the pair of the two is settled.
        try execute(
            """
            INSERT INTO person_possible_duplicate(person_id, other_id, reasons, date_of_birth,
                                                  found_at)
            SELECT CASE WHEN other_id > ?1 THEN other_id ELSE ?1 END,
                   CASE WHEN other_id > ?1 THEN ?1 ELSE other_id END,
                   reasons, date_of_birth, found_at
            FROM (SELECT CASE WHEN person_id = ?2 THEN other_id ELSE person_id END AS other_id,
                         reasons, date_of_birth, found_at
                  FROM person_possible_duplicate WHERE person_id = ?2 OR other_id = ?2) AS moved
            WHERE other_id <> ?1
            ON CONFLICT DO NOTHING
            """, [kept, removed])
        try execute("DELETE FROM person WHERE id = ?", [removed])
    }

    /// A person's referrals as victim, oldest first: their ids and the case each repeats.
    func victimTimeline(personID: Int) throws -> [(Int, Int?)] {
        try rows(
            """
            SELECT id, previous_referral_id FROM referral
            WHERE victim_id = ? ORDER BY referred_on, id
            """, [personID]
        ).map { try ($0[0], $0[1]) }
    }

    /// The victims of the cases in which `personID` is a perpetrator.
    func victimsOfPerpetrator(_ personID: Int) throws -> [Int] {
        try rows(
            """
            SELECT DISTINCT r.victim_id FROM perpetrator x JOIN referral r ON r.id = x.referral_id
            WHERE x.person_id = ? ORDER BY r.victim_id LIMIT 200
            """, [personID]
        ).map { try $0.decode(Int.self, at: 0) }
    }

    /// A person's recorded name and date of birth.
    func personIdentity(_ id: Int) throws -> (String, Day?)? {
        guard let row = try row("SELECT name, date_of_birth FROM person WHERE id = ?", [id]) else {
            return nil
        }
        let birth: String? = try row[1]
        return (try row[0], try birth.map { try Day(parsing: $0) })
    }

    /// Fills the kept person's "not recorded" diversity fields from the removed one's.
    func fillDiversity(of kept: Int, from removed: Int) throws {
        for column in ["gender", "ethnicity", "disability", "sexual_orientation"] {
            try execute(
                """
                UPDATE person SET \(column) = (SELECT \(column) FROM person WHERE id = ?1)
                WHERE id = ?2 AND \(column) = 'not recorded'
                """, [removed, kept])
        }
    }
}

extension Database {
    /// The ids of people who are victims, newest first.
    func victimPersonIDs(limit: Int) throws -> [Int] {
        try rows(
            """
            SELECT p.id FROM person p
            WHERE EXISTS (SELECT 1 FROM referral r WHERE r.victim_id = p.id)
            ORDER BY p.id DESC LIMIT ?
            """, [limit]
        ).map { try $0.decode(Int.self, at: 0) }
    }
}
