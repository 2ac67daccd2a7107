/// SQL for sharing records, decisions not to share, their recipients and lawful-basis tags.
extension Database {
    /// One entry per row; recipients and tags come from their link tables in position order
    /// (the primary keys are `(sharing_id, position)`, so each subquery reads one index range).
    var sharingSelect: String {
        """
        SELECT s.id, s.kind, r.reference, s.meeting_id, a.code, s.shared_on, s.summary,
               s.categories, s.consent, s.consent_reason, s.common_law, s.rationale, s.purpose,
               s.adult_at_risk, s.review_on, s.recorded_by, s.recorded_at,
               (SELECT \(sql.commaList("coalesce(ra.code, 'MARAC')", orderedBy: "sr.position"))
                  FROM sharing_recipient sr LEFT JOIN agency ra ON ra.id = sr.agency_id
                 WHERE sr.sharing_id = s.id),
               (SELECT \(sql.commaList("b.tag", orderedBy: "b.position")) FROM sharing_basis b
                 WHERE b.sharing_id = s.id),
               s.subject, s.subject_ordinal, s.subject_text, s.catalogue_version
        FROM sharing s
        JOIN referral r ON r.id = s.referral_id
        JOIN agency a ON a.id = s.agency_id
        """
    }

    static func sharingEntry(_ row: Row) throws -> SharingLogEntry {
        func list(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map(String.init)
        }
        func day(_ text: String?) -> Day? { text.flatMap { try? Day(parsing: $0) } }
        let consent: String? = try row[8]
        let reason: String? = try row[9]
        let commonLaw: String? = try row[10]
        let kind: String = try row[19]
        guard let subjectKind = SharingSubject.Kind(rawValue: kind),
            let subject = SharingSubject(kind: subjectKind, ordinal: try row[20], text: try row[21])
        else {
            throw RowDecodingError(
                column: 19, expected: "a sharing subject", found: "columns that disagree")
        }
        return try SharingLogEntry(
            id: row[0], kind: SharingLogEntry.Kind(rawValue: row[1]) ?? .shared,
            caseReference: row[2], meeting: row[3], agencyCode: row[4],
            recipients: list(row[17]), date: row[5], summary: row[6],
            categories: list(row[7]), basisTags: list(row[18]),
            consent: consent.flatMap {
                ConsentState(name: $0, reason: reason.flatMap(ConsentNotSoughtReason.init))
            },
            commonLawPosition: commonLaw.flatMap(CommonLawPosition.init), rationale: row[11],
            purpose: row[12], adultAtRiskTest: row[13], reviewOn: day(row[14]),
            recordedBy: row[15], recordedAt: row[16], subject: subject,
            catalogueVersion: row[22])
    }

    /// A sharing record or decision ready to insert, with row ids resolved.
    struct NewSharing {
        var kind: SharingLogEntry.Kind
        var referralID: Int
        var meetingID: Int?
        var agencyID: Int
        var date: Day
        var summary: String?
        var categories: [String]
        var consent: ConsentState?
        var commonLaw: CommonLawPosition?
        var rationale: String
        var purpose: String?
        var adultAtRiskTest: String?
        var reviewOn: Day?
        /// Recipient agency ids in order; `nil` is the MARAC.
        var recipientIDs: [Int?]
        /// Lawful-basis tags, presets expanded, in order.
        var tags: [String]
        /// Whom it is about.
        var subject: SharingSubject = .victim
        /// The lawful-basis catalogue's version in force.
        var catalogueVersion: String? = nil
    }

    /// Inserts the entry with its recipients and tags; returns its id.
    func insertSharing(_ new: NewSharing, at time: String, by user: String) throws -> Int {
        let id = try insertReturningID(
            """
            INSERT INTO sharing(kind, referral_id, meeting_id, agency_id, shared_on, summary,
                                categories, consent, consent_reason, common_law, rationale,
                                purpose, adult_at_risk, review_on, recorded_at, recorded_by,
                                subject, subject_ordinal, subject_text, catalogue_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                new.kind.rawValue, new.referralID, new.meetingID, new.agencyID,
                new.date.description, new.summary, new.categories.joined(separator: ","),
                new.consent?.name, new.consent?.notSoughtReason?.rawValue, new.commonLaw?.rawValue,
                new.rationale, new.purpose, new.adultAtRiskTest, new.reviewOn?.description, time,
                user, new.subject.kind.rawValue, new.subject.ordinal, new.subject.otherText,
                new.catalogueVersion,
            ])
        for (position, agencyID) in new.recipientIDs.enumerated() {
            try execute(
                "INSERT INTO sharing_recipient(sharing_id, position, agency_id) VALUES (?, ?, ?)",
                [id, position, agencyID])
        }
        for (position, tag) in new.tags.enumerated() {
            try execute(
                "INSERT INTO sharing_basis(sharing_id, position, tag) VALUES (?, ?, ?)",
                [id, position, tag])
        }
        return id
    }

    func sharingEntry(id: Int) throws -> SharingLogEntry? {
        try row(sharingSelect + " WHERE s.id = ?", [id]).map(Self.sharingEntry)
    }

    /// The sharing log, oldest first, filtered by case, meeting and tag.
    ///
    /// With no filter, the most recent `limit` entries. The most selective filter given picks
    /// the index; the others narrow its range.
    func sharingEntries(
        referralID: Int?, meetingID: Int?, tag: String?, about: SharingSubject.Filter? = nil,
        limit: Int
    ) throws -> [SharingLogEntry] {
        let narrowing = """
             AND (CAST(?1 AS INTEGER) IS NULL OR s.referral_id = ?1)
             AND (CAST(?2 AS INTEGER) IS NULL OR s.meeting_id = ?2)
             AND (CAST(?3 AS TEXT) IS NULL OR s.id IN (SELECT sharing_id FROM sharing_basis WHERE tag = ?3))
             AND (CAST(?5 AS TEXT) IS NULL OR s.subject = ?5)
             AND (CAST(?6 AS INTEGER) IS NULL OR s.subject_ordinal = ?6)
             AND (CAST(?7 AS TEXT) IS NULL OR s.subject_text = ?7)
            """
        let values: [any SQLValueConvertible] = [
            referralID, meetingID, tag, limit, about?.kind.rawValue, about?.ordinal, about?.text,
        ]
        let primary: String
        if referralID != nil {
            primary = " WHERE s.referral_id = ?1"
        } else if meetingID != nil {
            primary = " WHERE s.meeting_id = ?2"
        } else if tag != nil {
            primary = " WHERE s.id IN (SELECT sharing_id FROM sharing_basis WHERE tag = ?3)"
        } else if about != nil {
            primary = " WHERE s.subject = ?5"
        } else {
            // The newest `limit` entries, shown oldest first.
            return try rows(
                sharingSelect
                    + " WHERE s.id IN (SELECT id FROM sharing ORDER BY shared_on DESC, id DESC"
                    + " LIMIT ?) ORDER BY s.shared_on, s.id",
                [limit]
            ).map(Self.sharingEntry)
        }
        return try rows(
            sharingSelect + primary + narrowing + " ORDER BY s.shared_on, s.id LIMIT ?4",
            values
        ).map(Self.sharingEntry)
    }

    /// The victim's date of birth for a referral, when recorded.
    func victimDateOfBirth(referralID: Int) throws -> Day? {
        let text: String? = try scalar(
            """
            SELECT p.date_of_birth FROM referral r JOIN person p ON p.id = r.victim_id
            WHERE r.id = ?
            """, [referralID])
        return text.flatMap { try? Day(parsing: $0) }
    }

    /// The day of the most recent referral of the same victim as `referralID`.
    func lastReferralDate(ofVictimOf referralID: Int) throws -> Day? {
        let text: String? = try scalar(
            """
            SELECT max(o.referred_on) FROM referral r JOIN referral o ON o.victim_id = r.victim_id
            WHERE r.id = ?
            """, [referralID])
        return text.flatMap { try? Day(parsing: $0) }
    }

    // MARK: - The register

    /// Bounds for `shared_on BETWEEN ?1 AND ?2`: open ends become the widest days.
    private static func period(_ from: Day?, _ to: Day?) -> [any SQLValueConvertible] {
        [from?.description ?? "0000-01-01", to?.description ?? "9999-12-31"]
    }

    /// Sharing records by agency, tag and consent state, between two days.
    func sharingCountsByBasis(from: Day?, to: Day?) throws -> [SharingRegister.BasisCount] {
        try rows(
            """
            SELECT a.code, b.tag, s.consent, count(*)
            FROM sharing s
            JOIN sharing_basis b ON b.sharing_id = s.id
            JOIN agency a ON a.id = s.agency_id
            WHERE s.shared_on BETWEEN ?1 AND ?2 AND s.kind = 'shared'
            GROUP BY a.code, b.tag, s.consent
            ORDER BY a.code, b.tag, s.consent
            """, Self.period(from, to)
        ).map {
            try SharingRegister.BasisCount(
                agencyCode: $0[0], tag: $0[1], consent: $0[2], records: $0[3])
        }
    }

    /// Sharing records by agency and consent state, between two days.
    func sharingCountsByAgency(from: Day?, to: Day?) throws -> [SharingRegister.AgencyCount] {
        try rows(
            """
            SELECT a.code, s.consent, count(*)
            FROM sharing s JOIN agency a ON a.id = s.agency_id
            WHERE s.shared_on BETWEEN ?1 AND ?2 AND s.kind = 'shared'
            GROUP BY a.code, s.consent
            ORDER BY a.code, s.consent
            """, Self.period(from, to)
        ).map { try SharingRegister.AgencyCount(agencyCode: $0[0], consent: $0[1], records: $0[2]) }
    }

    /// Decisions not to share by agency, between two days.
    func declineCounts(from: Day?, to: Day?) throws -> [SharingRegister.DeclineCount] {
        try rows(
            """
            SELECT a.code, count(*)
            FROM sharing s JOIN agency a ON a.id = s.agency_id
            WHERE s.shared_on BETWEEN ?1 AND ?2 AND s.kind = 'declined'
            GROUP BY a.code
            ORDER BY a.code
            """, Self.period(from, to)
        ).map { try SharingRegister.DeclineCount(agencyCode: $0[0], decisions: $0[1]) }
    }

    /// Records shared with consent refused or not sought between two days, oldest first.
    func sharedWithoutConsent(from: Day?, to: Day?, limit: Int) throws -> [SharingLogEntry] {
        try rows(
            sharingSelect
                + """
                 WHERE s.shared_on BETWEEN ?1 AND ?2 AND s.kind = 'shared'
                  AND s.consent IN ('refused', 'not-sought')
                ORDER BY s.shared_on, s.id LIMIT ?3
                """, Self.period(from, to) + [limit]
        ).map(Self.sharingEntry)
    }
}
