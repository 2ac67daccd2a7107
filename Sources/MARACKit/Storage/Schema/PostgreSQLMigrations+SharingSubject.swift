extension PostgreSQLMigrations {
    /// As SQLite's step 13 (`Migrations.sharingSubject`): whom each sharing record is about,
    /// and the catalogue version; the checks across columns are table constraints here.
    ///
    /// The columns join a table every role already holds its grants and row-level security
    /// on, so nothing changes in `PostgreSQLSecurity`.
    static let sharingSubject = """
        ALTER TABLE sharing ADD COLUMN subject text NOT NULL DEFAULT 'victim'
            CHECK (subject IN ('victim', 'perpetrator', 'child', 'other'));
        ALTER TABLE sharing ADD COLUMN subject_ordinal integer CHECK (subject_ordinal >= 1);
        ALTER TABLE sharing ADD COLUMN subject_text text;
        ALTER TABLE sharing ADD COLUMN catalogue_version text;
        ALTER TABLE sharing ADD CONSTRAINT sharing_subject_ordinal
            CHECK ((subject_ordinal IS NULL) = (subject NOT IN ('perpetrator', 'child')));
        ALTER TABLE sharing ADD CONSTRAINT sharing_subject_text
            CHECK ((subject_text IS NULL) = (subject <> 'other'));
        CREATE INDEX sharing_by_subject ON sharing(subject, referral_id)
            WHERE subject <> 'victim';
        CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id);
        """
}
