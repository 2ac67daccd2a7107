/// SQL for a subject access or disclosure bundle: a person's cases, the people named in them,
/// and the audit entries that touch their records.
extension Database {
    /// A person record as a disclosure bundle names it.
    struct PersonRecord {
        var id: Int
        var name: String
        var dateOfBirth: Day?
    }

    private static func personRecord(_ row: Row) throws -> PersonRecord {
        let birth: String? = try row[2]
        return try PersonRecord(
            id: row[0], name: row[1], dateOfBirth: birth.flatMap { try? Day(parsing: $0) })
    }

    /// The victim of a referral.
    func victim(ofReferral referralID: Int) throws -> PersonRecord? {
        try row(
            """
            SELECT p.id, p.name, p.date_of_birth FROM referral r JOIN person p ON p.id = r.victim_id
            WHERE r.id = ?
            """, [referralID]
        ).map(Self.personRecord)
    }

    /// The perpetrators of a referral with their numbers (`perpetrator:N`), perpetrator 1
    /// first.
    func perpetrators(ofReferral referralID: Int) throws -> [(ordinal: Int, person: PersonRecord)] {
        try perpetrators(referralID: referralID, withNames: true).map {
            (
                $0.ordinal,
                PersonRecord(id: $0.personID, name: $0.name ?? "", dateOfBirth: $0.dateOfBirth)
            )
        }
    }

    /// The referrals whose victim is `personID`, oldest first.
    func referrals(ofVictim personID: Int) throws -> [Referral] {
        try rows(
            Self.referralSelect + " WHERE r.victim_id = ? ORDER BY r.referred_on, r.id",
            [personID]
        ).map(Self.referral)
    }

    /// The referrals naming `personID` as a perpetrator, oldest first.
    func referrals(ofPerpetrator personID: Int) throws -> [Referral] {
        try rows(
            Self.referralSelect
                + """
                 WHERE r.id IN (SELECT referral_id FROM perpetrator WHERE person_id = ?)
                ORDER BY r.referred_on, r.id
                """, [personID]
        ).map(Self.referral)
    }

    /// Every action on a case, whatever its status, in due order.
    func allActions(referralID: Int) throws -> [MARACAction] {
        try rows(
            Self.actionSelect + " WHERE t.referral_id = ? ORDER BY t.due_on, t.id", [referralID]
        ).map(Self.action)
    }

    /// The audit entries about one record (`entity` and its id as the log names them), oldest
    /// first, through the `audit_log_by_entity` index.
    func auditEntries(entity: String, id: String) throws -> [AuditEntry] {
        try rows(
            Self.auditSelect + " WHERE entity = ? AND entity_id = ? ORDER BY id", [entity, id]
        ).map(Self.auditEntry)
    }
}
