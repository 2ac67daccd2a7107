extension Migrations {
    /// Step 12: the people of a case beside its victim: perpetrators, children, aliases.
    ///
    /// `perpetrator` (from step 1, never written before this step) is rebuilt with an id, the
    /// perpetrator's ordinal within the case (`position`, 1-based, in the order added: what
    /// `share record --about perpetrator:N` names), the age given when the date of birth is not
    /// known, and who added it; its rows are kept. A perpetrator is a `person` like a victim, so
    /// one person can be the perpetrator in several cases, and the victim in another.
    /// `child` holds each child in the household (children are not matched across cases), and
    /// `person_alias` the other names a person is known by.
    static let people = """
        ALTER TABLE perpetrator RENAME TO perpetrator_before_12;
        CREATE TABLE perpetrator(
            id INTEGER PRIMARY KEY,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id),
            position INTEGER NOT NULL CHECK (position > 0),
            relationship TEXT NOT NULL,
            age INTEGER CHECK (age BETWEEN 0 AND 130),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (referral_id, person_id),
            UNIQUE (referral_id, position)
        );
        INSERT INTO perpetrator(referral_id, person_id, position, relationship, created_at,
                                created_by)
        SELECT p.referral_id, p.person_id,
               (SELECT count(*) FROM perpetrator_before_12 o
                WHERE o.referral_id = p.referral_id AND o.person_id <= p.person_id),
               p.relationship, r.created_at, r.created_by
        FROM perpetrator_before_12 p JOIN referral r ON r.id = p.referral_id;
        DROP TABLE perpetrator_before_12;
        CREATE INDEX perpetrator_by_person ON perpetrator(person_id);
        CREATE TABLE child(
            id INTEGER PRIMARY KEY,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position > 0),
            name TEXT NOT NULL,
            date_of_birth TEXT NOT NULL,
            relationship_to_victim TEXT NOT NULL,
            relationship_to_perpetrator TEXT NOT NULL,
            lives_with TEXT NOT NULL,
            school TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (referral_id, position)
        );
        CREATE TABLE person_alias(
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (person_id, alias)
        );
        """
}
