extension Migrations {
    /// Keys that find a person under another spelling, and the pairs waiting for review.
    ///
    /// `person_match_key` holds ``MatchKeys`` (phonetic name keys with the year of birth, the
    /// date of birth, confirmed exact spellings), searched by key at every referral, so the
    /// duplicate check reads a few index entries, never every person. The keys are computed in
    /// Swift (Metaphone is not SQL): ``PersonMatchingMigration/backfill(_:)`` fills them for the
    /// people already recorded, in the same transaction as this step.
    /// `person_possible_duplicate` holds the pairs a referral was warned of and recorded as a
    /// new person anyway (`person list --possible-duplicates`), the lower id second.
    static let personMatching = """
        CREATE TABLE person_match_key(
            key TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            PRIMARY KEY (key, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX person_match_key_by_person ON person_match_key(person_id);
        CREATE TABLE person_possible_duplicate(
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            reasons TEXT NOT NULL,
            date_of_birth TEXT NOT NULL,
            found_at TEXT NOT NULL,
            PRIMARY KEY (person_id, other_id),
            CHECK (person_id > other_id)
        );
        CREATE INDEX person_possible_duplicate_by_other ON person_possible_duplicate(other_id);
        """
}

/// The Swift half of the "person matching keys" step: keys for the people recorded before it.
enum PersonMatchingMigration {
    static let version = 16

    /// Stores the ``MatchKeys`` of every person already recorded.
    static func backfill(_ db: Database) throws {
        let people = try db.rows("SELECT id, name, date_of_birth FROM person ORDER BY id").map {
            row -> (Int, String, String?) in try (row[0], row[1], row[2])
        }
        for (id, name, birth) in people {
            let day = try birth.map { try Day(parsing: $0) }
            try db.insertMatchKeys(
                personID: id, MatchKeys.stored(names: [name], dateOfBirth: day))
        }
    }
}
