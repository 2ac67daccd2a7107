extension PostgreSQLMigrations {
    /// Step 12, as SQLite's ``Migrations/people``.
    ///
    /// Perpetrators rebuilt with an id and their ordinal, children, aliases; ids set by
    /// `marac_next_id()` as elsewhere. The old rows go through a temporary table rather than a
    /// rename, so the constraints keep their names.
    static let people = """
        CREATE TEMPORARY TABLE perpetrator_before_12 AS SELECT * FROM perpetrator;
        DROP TABLE perpetrator;
        CREATE TABLE perpetrator(
            id bigint PRIMARY KEY,
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            person_id bigint NOT NULL REFERENCES person(id),
            position bigint NOT NULL CHECK (position > 0),
            relationship text NOT NULL,
            age bigint CHECK (age BETWEEN 0 AND 130),
            created_at text NOT NULL,
            created_by text NOT NULL,
            UNIQUE (referral_id, person_id),
            UNIQUE (referral_id, position)
        );
        CREATE TRIGGER perpetrator_next_id BEFORE INSERT ON perpetrator
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        INSERT INTO perpetrator(referral_id, person_id, position, relationship, created_at,
                                created_by)
        SELECT p.referral_id, p.person_id,
               (SELECT count(*) FROM perpetrator_before_12 o
                WHERE o.referral_id = p.referral_id AND o.person_id <= p.person_id),
               p.relationship, r.created_at, r.created_by
        FROM perpetrator_before_12 p JOIN referral r ON r.id = p.referral_id;
        DROP TABLE pg_temp.perpetrator_before_12;
        CREATE INDEX perpetrator_by_person ON perpetrator(person_id);
        CREATE TABLE child(
            id bigint PRIMARY KEY,
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            position bigint NOT NULL CHECK (position > 0),
            name text NOT NULL,
            date_of_birth text NOT NULL,
            relationship_to_victim text NOT NULL,
            relationship_to_perpetrator text NOT NULL,
            lives_with text NOT NULL,
            school text,
            created_at text NOT NULL,
            created_by text NOT NULL,
            UNIQUE (referral_id, position)
        );
        CREATE TRIGGER child_next_id BEFORE INSERT ON child
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TABLE person_alias(
            id bigint PRIMARY KEY,
            person_id bigint NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            alias text NOT NULL,
            created_at text NOT NULL,
            created_by text NOT NULL,
            UNIQUE (person_id, alias)
        );
        CREATE TRIGGER person_alias_next_id BEFORE INSERT ON person_alias
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        """
}
