/// A case with everything known about it, for `case show`.
public struct CaseDetail: Equatable, Sendable, Codable {
    public var referral: Referral
    /// Earlier and later referrals of the same victim: reference and date.
    public var relatedReferrals: [RelatedReferral]
    public var risks: [Risk]
    public var actions: [MARACAction]
    /// Whether the acting agency representative sees only the reference and dates: their
    /// agency neither referred the case nor owns an action in it.
    public var isRestricted = false
    /// The earlier case this one repeats, under the area's repeat definition.
    public var repeatOf: String? = nil
    /// The perpetrators, in the order added, each with the other cases the person is in.
    public var perpetrators: [CasePerpetrator] = []
    /// The children of the household, in the order added.
    public var children: [CaseChild] = []
    /// The cases in which this case's victim is recorded as a perpetrator.
    public var victimIsPerpetratorIn: [String] = []
    /// The IDVA service allocated, and whether the victim engaged.
    public var idva: IDVAAllocation? = nil
    /// The case's transfers between MARACs, oldest first.
    public var transfers: [CaseTransfer] = []
    /// For a case received from another MARAC's database, the history its bundle carried.
    public var receivedHistory: TransferBundle.History? = nil

    public struct RelatedReferral: Equatable, Sendable, Codable {
        public var reference: String
        public var date: Day
    }
}

extension Workbench {
    /// Records a referral (`case refer`): checks it against the criteria, matches the victim to
    /// a person record, works out whether it is a repeat, and stores it.
    ///
    /// ``refer(_:)`` does the same and also returns the possible duplicates warned of.
    public func referCase(_ request: ReferralRequest) throws -> Referral {
        try authorize(.referCase)
        return try refer(request).referral
    }

    /// What `insertReferral` stored, from what it inserted (no read-back).
    struct StoredReferral {
        var id: Int
        var reference: String
        var isRepeat: Bool
        var victimID: Int
        var isNewPerson: Bool
        var possibleDuplicates: [PossibleDuplicate]
    }

    /// The body of `case refer`, inside the caller's transaction (also used by `case import`).
    ///
    /// Everything is checked before anything is written, so a refused referral writes nothing.
    /// The area must be one of `areas` (the registered names), matched ignoring case and
    /// spaces and stored as registered. A repeat is counted across areas: a victim referred in
    /// two areas of one database is one person, and moving area is a transfer, not a new case.
    func insertReferral(
        _ request: ReferralRequest, areas: [String], audited: Bool = true,
        fields: PerpetratorRequest.Fields = .refer
    ) throws -> StoredReferral {
        var request = request
        if request.area.trimmingSpaces.isEmpty {
            guard areas.count == 1 else { throw MARACError.areaRequired(registered: areas) }
            request.area = areas[0]
        }
        request.area = try resolveArea(request.area, field: "--area", among: areas)
        let agencyID = try activeAgencyID(request.referringAgency)
        let criteria = referralCriteria(area: request.area, on: request.date)
        let key = PersonMatch.key(name: request.victimName, dateOfBirth: request.dateOfBirth)
        let (knownVictim, warnings) = try identifyVictim(request)
        // The perpetrators are checked before anything is written: a bad one refuses the
        // referral (and `case import --skip-bad` skips the row whole).
        let relationships = try checkedPerpetrators(request, victimKey: key, fields: fields)
        let previousID = try knownVictim.flatMap { victimID in
            try previousReferral(request, victimID: victimID, criteria: criteria)
        }
        let isRepeat = previousID != nil
        let met = try ReferralRules.evaluate(
            request, isRepeat: isRepeat, today: today, criteria: criteria)
        let victimID =
            try knownVictim
            ?? db.insertPerson(
                name: request.victimName, dateOfBirth: request.dateOfBirth,
                diversity: request.diversity, matchKey: key, at: now)
        try recordVictimMatching(
            request, victimID: victimID, isNew: knownVictim == nil, warnings: warnings)
        let score = request.dashAnswers.map { $0.filter { $0 }.count } ?? request.dashScore
        let age = PersonMatch.age(on: request.date, bornOn: request.dateOfBirth)
        let id = try db.nextReferralID()
        try db.insertReferral(
            Database.NewReferral(
                id: id, victimID: victimID, agencyID: agencyID, request: request, dashScore: score,
                criteria: met, previousID: previousID, ageBand: PersonMatch.ageBand(age)),
            at: now, by: user)
        let reference = Referral.reference(for: id)
        for (perpetrator, relationship) in zip(request.perpetrators, relationships) {
            _ = try recordPerpetrator(
                perpetrator, relationship: relationship, referralID: id, victimID: victimID,
                fields: fields)
        }
        if audited {
            try audit(
                .referCase, "referral", reference,
                "referred by \(request.referringAgency); criteria "
                    + met.map(\.rawValue).joined(separator: ",")
                    + (previousID.map { "; repeat of \(Referral.reference(for: $0))" } ?? "")
                    + (request.perpetrators.isEmpty
                        ? "" : "; \(request.perpetrators.count) perpetrators")
                    + Self.identityNote(request.victimIdentity, victimID, warnings.count))
        }
        if knownVictim != nil {
            try recomputeLaterRepeats(
                victimID: victimID, after: request.date,
                operation: audited ? .referCase : .importCases)
        }
        return StoredReferral(
            id: id, reference: reference, isRepeat: isRepeat, victimID: victimID,
            isNewPerson: knownVictim == nil, possibleDuplicates: warnings.map(\.1))
    }

    /// What the audit entry of a referral says about whom its victim is (ids, never names).
    static func identityNote(_ identity: VictimIdentity, _ victimID: Int, _ warnings: Int)
        -> String
    {
        let person = PersonReference.printed(victimID)
        switch identity {
        case .sameAs(let reference): return "; victim \(person), same as \(reference)"
        case .newPerson: return "; victim \(person), a new person despite \(warnings) warnings"
        case .unconfirmed:
            return warnings == 0
                ? "; victim \(person)"
                : "; victim \(person), \(warnings) possible duplicates kept for review"
        }
    }

    /// The earlier referral a new one of a known victim repeats, if any.
    ///
    /// Without perpetrators, or under the victim-only definition, it is the victim's latest
    /// referral in the window (one prepared statement, as `case import` needs); otherwise the
    /// latest one the definition counts.
    private func previousReferral(
        _ request: ReferralRequest, victimID: Int, criteria: ReferralCriteria
    ) throws -> Int? {
        if request.perpetrators.isEmpty || criteria.repeatDefinition == .victim {
            guard
                let (id, day) = try db.latestReferral(victimID: victimID, onOrBefore: request.date),
                ReferralRules.isRepeat(
                    previous: day, date: request.date, windowMonths: criteria.repeatWindowMonths)
            else { return nil }
            return id
        }
        // A perpetrator with no person record yet is in no earlier case: a negative id
        // stands for them.
        var people: Set<Int> = []
        for (index, perpetrator) in request.perpetrators.enumerated() {
            people.insert(try knownPerpetrator(perpetrator, victimID: victimID) ?? -(index + 1))
        }
        return try repeatedReferral(
            victimID: victimID, referralID: nil, on: request.date, perpetrators: people,
            criteria: criteria)
    }

    /// The relationships of a referral's perpetrators, each checked, and none of them the
    /// victim or named twice.
    private func checkedPerpetrators(
        _ request: ReferralRequest, victimKey: String, fields: PerpetratorRequest.Fields
    ) throws -> [String] {
        var keys: Set<String> = []
        return try request.perpetrators.map { perpetrator in
            let relationship = try perpetrator.validated(
                referredOn: request.date, relationships: policies.relationships, fields: fields)
            let key = PersonMatch.key(name: perpetrator.name, dateOfBirth: perpetrator.dateOfBirth)
            if key == victimKey {
                throw MARACError.invalid(
                    field: fields.name, expected: "a perpetrator other than the case's own victim")
            }
            guard keys.insert(key).inserted else {
                throw MARACError.invalid(
                    field: fields.name, expected: "each perpetrator named once in a referral")
            }
            return relationship
        }
    }

    /// One case with its related referrals, risks and actions (`case show`).
    public func caseDetail(_ reference: String) throws -> CaseDetail {
        try authorize(.showCase)
        guard let referral = try db.referral(reference: reference) else {
            throw MARACError.unknownCase(reference)
        }
        if let agency = try representedAgency() {
            return try representativeView(of: referral, agency: agency)
        }
        return try withPeople(
            CaseDetail(
                referral: referral,
                relatedReferrals: try db.relatedReferrals(of: referral.id).map {
                    CaseDetail.RelatedReferral(reference: $0.0, date: $0.1)
                },
                risks: try db.risks(referralID: referral.id),
                actions: try db.actions(ActionFilter(reference: reference), today: today)),
            withNames: true)
    }

    /// `detail` with the case's perpetrators, children and links to other cases; without
    /// names, genders, aliases or schools unless `withNames`.
    func withPeople(_ detail: CaseDetail, withNames: Bool) throws -> CaseDetail {
        var detail = detail
        let id = detail.referral.id
        detail.transfers = try db.transfers(referralID: id)
        if withNames {
            detail.idva = try idvaAllocation(referralID: id)
            detail.receivedHistory = try receivedHistory(referralID: id)
        }
        guard let state = try db.repeatState(referralID: id) else { return detail }
        detail.repeatOf = detail.referral.previousReference
        detail.perpetrators = try perpetrators(
            referralID: id, victimID: state.victimID, withNames: withNames)
        detail.children = try db.children(referralID: id, withNames: withNames)
        detail.victimIsPerpetratorIn = try db.victimAsPerpetrator(referralID: id)
        return detail
    }

    /// Referrals (`case list`): all newest first, or those not yet heard oldest first.
    public func cases(unheard: Bool = false, repeatOnly: Bool = false, limit: Int = 500) throws
        -> [Referral]
    {
        try authorize(.listCases)
        return try db.referrals(unheard: unheard, repeatOnly: repeatOnly, limit: limit)
    }
}
