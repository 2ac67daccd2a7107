extension Migrations {
    /// Whom each sharing record is about, and the lawful-basis catalogue it was checked
    /// against (step 13); the audit log indexed by the record each entry is
    /// about, so a disclosure bundle finds a person's entries without reading the whole log.
    ///
    /// `subject` is `victim`, `perpetrator` or `child` (with `subject_ordinal`, the person's
    /// 1-based number in the case) or `other` (with `subject_text`). Records made before this
    /// step were all about the case's victim (the only subject there was), so they become
    /// `victim`. `catalogue_version` is the `version` of `Policies/lawful-bases.xml` in force
    /// when the record was made; for older records it is left NULL, "unknown": the catalogue
    /// is an area's own file and may have changed since, so no version can honestly be
    /// claimed for them.
    static let sharingSubject = """
        ALTER TABLE sharing ADD COLUMN subject TEXT NOT NULL DEFAULT 'victim'
            CHECK (subject IN ('victim', 'perpetrator', 'child', 'other'));
        ALTER TABLE sharing ADD COLUMN subject_ordinal INTEGER
            CHECK (subject_ordinal >= 1
                   AND (subject_ordinal IS NULL) = (subject NOT IN ('perpetrator', 'child')));
        ALTER TABLE sharing ADD COLUMN subject_text TEXT
            CHECK ((subject_text IS NULL) = (subject <> 'other'));
        ALTER TABLE sharing ADD COLUMN catalogue_version TEXT;
        CREATE INDEX sharing_by_subject ON sharing(subject, referral_id)
            WHERE subject <> 'victim';
        CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id);
        """
}
