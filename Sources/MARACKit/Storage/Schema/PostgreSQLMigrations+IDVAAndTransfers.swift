extension PostgreSQLMigrations {
    /// The IDVA service allocated to each case, whether the victim engaged, and transfers of
    /// cases between MARACs: as SQLite's step 14, in PostgreSQL's words.
    static let idvaAndTransfers = """
        CREATE TABLE idva_allocation(
            referral_id bigint PRIMARY KEY REFERENCES referral(id) ON DELETE CASCADE,
            agency_id bigint NOT NULL REFERENCES agency(id),
            worker text,
            allocated_on text NOT NULL,
            engagement text CHECK (engagement IN ('engaged', 'not-engaged', 'declined')),
            engagement_on text,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL,
            CHECK ((engagement IS NULL) = (engagement_on IS NULL))
        );
        CREATE INDEX idva_allocation_by_agency ON idva_allocation(agency_id);
        CREATE TABLE case_transfer(
            id bigint PRIMARY KEY,
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            direction text NOT NULL CHECK (direction IN ('out', 'in')),
            area text NOT NULL,
            other_marac text NOT NULL,
            transferred_on text NOT NULL,
            reason text NOT NULL,
            their_reference text,
            history text,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL
        );
        CREATE INDEX case_transfer_by_date ON case_transfer(transferred_on, direction);
        CREATE INDEX case_transfer_by_referral ON case_transfer(referral_id, direction);
        CREATE TRIGGER case_transfer_next_id BEFORE INSERT ON case_transfer
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        """
}
