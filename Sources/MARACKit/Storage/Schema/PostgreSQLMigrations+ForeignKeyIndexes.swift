extension PostgreSQLMigrations {
    /// As SQLite's step 16: an index on every foreign-key column that had none leading one.
    ///
    /// Without one, deleting a parent row makes the database scan the child table for rows
    /// still pointing at it: `retention purge` took 507 s for 100,000 referrals, mostly on
    /// `referral.previous_referral_id`. A test reads the schema and checks that every
    /// foreign key leads an index.
    static let foreignKeyIndexes = """
        CREATE INDEX referral_by_agency ON referral(agency_id);
        CREATE INDEX referral_by_previous ON referral(previous_referral_id);
        CREATE INDEX attendance_by_agency ON attendance(agency_id);
        CREATE INDEX risk_by_meeting ON risk(meeting_id);
        CREATE INDEX sharing_by_agency ON sharing(agency_id);
        CREATE INDEX sharing_recipient_by_agency ON sharing_recipient(agency_id);
        CREATE INDEX dhr_panel_agency_by_agency ON dhr_panel_agency(agency_id);
        CREATE INDEX app_user_by_agency ON app_user(agency_id);
        """
}
