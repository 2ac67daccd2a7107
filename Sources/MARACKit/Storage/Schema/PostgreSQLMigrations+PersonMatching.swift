extension PostgreSQLMigrations {
    /// The "person matching keys" step, as SQLite's ``Migrations/personMatching``.
    ///
    /// Neither table is granted to an agency
    /// representative (the keys are derived from names), so `PostgreSQLSecurity` leaves them
    /// to the coordinator, readable by the chair.
    static let personMatching = """
        CREATE TABLE person_match_key(
            key text NOT NULL,
            person_id bigint NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            PRIMARY KEY (key, person_id)
        );
        CREATE INDEX person_match_key_by_person ON person_match_key(person_id);
        CREATE TABLE person_possible_duplicate(
            person_id bigint NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            other_id bigint NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            reasons text NOT NULL,
            date_of_birth text NOT NULL,
            found_at text NOT NULL,
            PRIMARY KEY (person_id, other_id),
            CHECK (person_id > other_id)
        );
        CREATE INDEX person_possible_duplicate_by_other ON person_possible_duplicate(other_id);
        """
}
