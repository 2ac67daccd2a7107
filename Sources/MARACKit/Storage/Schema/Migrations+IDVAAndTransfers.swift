extension Migrations {
    /// The IDVA service allocated to each case, whether the victim engaged, and transfers of
    /// cases between MARACs.
    ///
    /// `idva_allocation` is one row per case (re-allocation replaces it; the audit log keeps
    /// the history). `case_transfer` records each move: `out` of an area of this database and,
    /// when the receiving MARAC uses the same database, `in` to the receiving area. `area` is
    /// the area of this database the case left or joined, `other_marac` where it went or came
    /// from. A case received from another database keeps the sending MARAC's reference and
    /// the history its bundle carried (`history`, JSON without the victim's identity).
    static let idvaAndTransfers = """
        CREATE TABLE idva_allocation(
            referral_id INTEGER PRIMARY KEY REFERENCES referral(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            worker TEXT,
            allocated_on TEXT NOT NULL,
            engagement TEXT CHECK (engagement IN ('engaged', 'not-engaged', 'declined')),
            engagement_on TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            CHECK ((engagement IS NULL) = (engagement_on IS NULL))
        );
        CREATE INDEX idva_allocation_by_agency ON idva_allocation(agency_id);
        CREATE TABLE case_transfer(
            id INTEGER PRIMARY KEY,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
            area TEXT NOT NULL,
            other_marac TEXT NOT NULL,
            transferred_on TEXT NOT NULL,
            reason TEXT NOT NULL,
            their_reference TEXT,
            history TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX case_transfer_by_date ON case_transfer(transferred_on, direction);
        CREATE INDEX case_transfer_by_referral ON case_transfer(referral_id, direction);
        """
}
