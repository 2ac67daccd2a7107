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
    public func referCase(_ request: ReferralRequest) throws -> Referral {
        try authorize(.referCase)
        return try change {
            let stored = try insertReferral(request, areas: try db.areaNames())
            return try db.referral(reference: stored.reference)!
        }
    }

    /// What `insertReferral` stored, from what it inserted (no read-back).
    struct StoredReferral {
        var id: Int
        var reference: String
        var isRepeat: Bool
    }

    /// The body of `case refer`, inside the caller's transaction (also used by `case import`).
    ///
    /// Everything is checked before anything is written, so a refused referral writes nothing.
    /// The area must be one of `areas` (the registered names), matched ignoring case and
    /// spaces and stored as registered. A repeat is counted across areas: a victim referred in
    /// two areas of one database is one person, and moving area is a transfer, not a new case.
    func insertReferral(_ request: ReferralRequest, areas: [String], audited: Bool = true) throws
        -> StoredReferral
    {
        var request = request
        if request.area.trimmingSpaces.isEmpty {
            guard areas.count == 1 else { throw MARACError.areaRequired(registered: areas) }
            request.area = areas[0]
        }
        request.area = try resolveArea(request.area, field: "--area", among: areas)
        let agencyID = try activeAgencyID(request.referringAgency)
        let criteria = referralCriteria(area: request.area, on: request.date)
        let key = PersonMatch.key(name: request.victimName, dateOfBirth: request.dateOfBirth)
        let knownVictim = try db.personID(matchKey: key)
        let previous = try knownVictim.flatMap {
            try db.latestReferral(victimID: $0, onOrBefore: request.date)
        }
        let isRepeat =
            previous.map {
                ReferralRules.isRepeat(
                    previous: $0.1, date: request.date, windowMonths: criteria.repeatWindowMonths)
            } ?? false
        let met = try ReferralRules.evaluate(
            request, isRepeat: isRepeat, today: today, criteria: criteria)
        let victimID =
            try knownVictim
            ?? db.insertPerson(
                name: request.victimName, dateOfBirth: request.dateOfBirth,
                diversity: request.diversity, matchKey: key, at: now)
        let score = request.dashAnswers.map { $0.filter { $0 }.count } ?? request.dashScore
        let age = PersonMatch.age(on: request.date, bornOn: request.dateOfBirth)
        let id = try db.nextReferralID()
        try db.insertReferral(
            Database.NewReferral(
                id: id, victimID: victimID, agencyID: agencyID, request: request, dashScore: score,
                criteria: met, previousID: isRepeat ? previous?.0 : nil,
                ageBand: PersonMatch.ageBand(age)),
            at: now, by: user)
        let reference = Referral.reference(for: id)
        if let knownVictim {
            try markLaterRepeat(
                victimID: knownVictim, after: id, on: request.date,
                windowMonths: criteria.repeatWindowMonths)
        }
        if audited {
            try audit(
                .referCase, "referral", reference,
                "referred by \(request.referringAgency); criteria "
                    + met.map(\.rawValue).joined(separator: ",") + (isRepeat ? "; repeat" : ""))
        }
        return StoredReferral(id: id, reference: reference, isRepeat: isRepeat)
    }

    /// A referral dated before the victim's next one (entered late, or an unsorted import)
    /// makes that next one a repeat when it falls within the window: repeats are computed,
    /// never typed in, whatever the order the referrals are recorded in.
    private func markLaterRepeat(
        victimID: Int, after id: Int, on date: Day, windowMonths: Int
    ) throws {
        guard
            let (laterID, laterDay, criteria) = try db.nextReferral(
                victimID: victimID, after: date),
            ReferralRules.isRepeat(previous: date, date: laterDay, windowMonths: windowMonths)
        else { return }
        var met = criteria.split(separator: ",").map(String.init)
        if !met.contains(Criterion.repeat.rawValue) { met.append(Criterion.repeat.rawValue) }
        try db.markRepeat(
            referralID: laterID, previousID: id, criteria: met.joined(separator: ","))
        try audit(
            .referCase, "referral", Referral.reference(for: laterID),
            "now a repeat of \(Referral.reference(for: id)), referred earlier")
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
        return CaseDetail(
            referral: referral,
            relatedReferrals: try db.relatedReferrals(of: referral.id).map {
                CaseDetail.RelatedReferral(reference: $0.0, date: $0.1)
            },
            risks: try db.risks(referralID: referral.id),
            actions: try db.actions(ActionFilter(reference: reference), today: today),
            idva: try idvaAllocation(referralID: referral.id),
            transfers: try db.transfers(referralID: referral.id),
            receivedHistory: try receivedHistory(referralID: referral.id))
    }

    /// Referrals (`case list`): all newest first, or those not yet heard oldest first.
    public func cases(unheard: Bool = false, repeatOnly: Bool = false, limit: Int = 500) throws
        -> [Referral]
    {
        try authorize(.listCases)
        return try db.referrals(unheard: unheard, repeatOnly: repeatOnly, limit: limit)
    }
}
