/// What an agency shared about a case, as typed by the person recording it (`share record`).
public struct SharingRequest: Equatable, Sendable {
    /// The case reference.
    public var caseReference: String
    /// The sharing agency's code; its public and competent authority flags come from the
    /// agency register, not from the request.
    public var agency: String
    /// `MARAC` for the whole meeting, or the codes of registered agencies.
    public var recipients: [String]
    /// What was shared, in brief.
    public var summary: String
    /// Category ids from `Policies/data-categories.xml`.
    public var categories: [String]
    /// Lawful-basis tags and `preset:NAME` entries.
    public var basisTags: [String]
    /// Consent sought, given, refused, or not sought with the reason.
    public var consent: ConsentState
    /// The common-law confidentiality position (rule 7 requires it).
    public var commonLawPosition: CommonLawPosition?
    /// Why sharing was necessary and proportionate.
    public var rationale: String
    /// What it was shared for.
    public var purpose: String?
    /// The adult-at-risk test, for `DPA2018-S1-P18` or `DPA2018-S8-P4` about an adult.
    public var adultAtRiskTest: String?
    /// The meeting it was shared at, if any.
    public var meeting: Int?
    /// The day it was shared: by default the meeting's day, or today.
    public var date: Day?
    /// Whom it is about (`--about`): the victim unless said otherwise.
    public var about: SharingSubject.Typed

    public init(
        caseReference: String, agency: String, recipients: [String] = [SharingRecipient.maracCode],
        summary: String, categories: [String], basisTags: [String], consent: ConsentState,
        commonLawPosition: CommonLawPosition?, rationale: String, purpose: String? = nil,
        adultAtRiskTest: String? = nil, meeting: Int? = nil, date: Day? = nil,
        about: SharingSubject.Typed = .victim
    ) {
        self.about = about
        self.caseReference = caseReference
        self.agency = agency
        self.recipients = recipients
        self.summary = summary
        self.categories = categories
        self.basisTags = basisTags
        self.consent = consent
        self.commonLawPosition = commonLawPosition
        self.rationale = rationale
        self.purpose = purpose
        self.adultAtRiskTest = adultAtRiskTest
        self.meeting = meeting
        self.date = date
    }
}

/// A decision not to share, as typed by the person recording it (`share decline`).
public struct DeclineRequest: Equatable, Sendable {
    /// The case reference.
    public var caseReference: String
    /// The code of the agency that decided not to share.
    public var agency: String
    /// Why it was not shared.
    public var reasons: String
    /// The categories of information withheld.
    public var categories: [String]
    /// Who asked for it: `MARAC` or agency codes (may be empty).
    public var requestedBy: [String]
    /// The meeting, if any.
    public var meeting: Int?
    /// The day of the decision: by default the meeting's day, or today.
    public var date: Day?
    /// Whom the information withheld is about: the victim unless said otherwise.
    public var about: SharingSubject.Typed

    public init(
        caseReference: String, agency: String, reasons: String, categories: [String] = [],
        requestedBy: [String] = [], meeting: Int? = nil, date: Day? = nil,
        about: SharingSubject.Typed = .victim
    ) {
        self.about = about
        self.caseReference = caseReference
        self.agency = agency
        self.reasons = reasons
        self.categories = categories
        self.requestedBy = requestedBy
        self.meeting = meeting
        self.date = date
    }
}

extension Workbench {
    /// The sharing rules over the policies in force.
    public var sharingRules: SharingRules { SharingRules(policies: policies) }

    /// Records one item of information shared about a case (`share record`).
    ///
    /// The record is checked against every sharing rule (product.md section 3) and against the
    /// agency register; a record breaking any is refused with `SharingRefused` listing every
    /// problem, and nothing is stored. The review date comes from `Policies/retention.xml`.
    ///
    /// ```swift
    /// let entry = try workbench.recordSharing(
    ///     SharingRequest(
    ///         caseReference: "M-2026-0001", agency: "POL", summary: "bail conditions",
    ///         categories: ["criminal-offence"], basisTags: ["preset:police-part3"],
    ///         consent: .notSought(.wouldPrejudicePurpose), commonLawPosition: .publicInterest,
    ///         rationale: "high risk; conditions protect the victim", meeting: 1))
    /// ```
    public func recordSharing(_ request: SharingRequest) throws -> SharingLogEntry {
        try authorize(.recordSharing)
        return try change {
            let context = try sharingContext(
                request.caseReference, agency: request.agency, meeting: request.meeting,
                date: request.date, about: request.about)
            let rules = sharingRules
            // A common-law tag in --basis records the position as --common-law does (rule 7);
            // when both are given and disagree, the rules refuse the record.
            let commonLaw =
                request.commonLawPosition ?? rules.commonLawPosition(impliedBy: request.basisTags)
            var record = SharingRecord(
                caseReference: request.caseReference, agency: context.agency,
                recipients: request.recipients.map(SharingRecipient.init(code:)),
                summary: request.summary, categories: request.categories,
                basisTags: request.basisTags, consent: request.consent,
                commonLawPosition: commonLaw, rationale: request.rationale,
                purpose: request.purpose, subjectIsAdult: context.subject.isAdult,
                adultAtRiskTest: request.adultAtRiskTest,
                meeting: request.meeting.map(String.init), date: context.date)
            record.subject = context.subject.subject
            var violations = rules.validate(record)
            let recipientIDs = try recipientIDs(record.recipients, into: &violations)
            guard violations.isEmpty else {
                throw SharingRefused(
                    caseReference: request.caseReference, kind: .shared,
                    violations: Self.inRuleOrder(violations))
            }
            let tags = rules.expand(request.basisTags).tags
            let id = try db.insertSharing(
                Database.NewSharing(
                    kind: .shared, referralID: context.referralID, meetingID: request.meeting,
                    agencyID: context.agencyID, date: context.date, summary: request.summary,
                    categories: request.categories, consent: request.consent,
                    commonLaw: commonLaw, rationale: request.rationale,
                    purpose: request.purpose, adultAtRiskTest: request.adultAtRiskTest,
                    reviewOn: context.reviewOn, recipientIDs: recipientIDs, tags: tags,
                    subject: context.subject.subject,
                    catalogueVersion: policies.lawfulBases.version),
                at: now, by: user)
            var consent = request.consent.name
            if let reason = request.consent.notSoughtReason { consent += " (\(reason.rawValue))" }
            try audit(
                .recordSharing, "sharing", id,
                "\(request.caseReference): \(context.agency.code) to "
                    + record.recipients.map(\.code).joined(separator: ",")
                    + "; categories \(request.categories.joined(separator: ","))"
                    + "; basis \(tags.joined(separator: ","))"
                    + "; consent \(consent)"
                    + "; common law \(commonLaw?.rawValue ?? "-")"
                    + "; about \(context.subject.subject.auditWords)"
                    + "; catalogue \(policies.lawfulBases.version)")
            return try db.sharingEntry(id: id)!
        }
    }

    /// Records a decision not to share, with its reasons (`share decline`).
    ///
    /// Refused with `SharingRefused` when the reasons are blank, a category is unknown or a
    /// requesting agency is not registered.
    public func declineSharing(_ request: DeclineRequest) throws -> SharingLogEntry {
        try authorize(.declineSharing)
        return try change {
            let context = try sharingContext(
                request.caseReference, agency: request.agency, meeting: request.meeting,
                date: request.date, about: request.about)
            let requestedBy = request.requestedBy.map(SharingRecipient.init(code:))
            let decision = DecisionNotToShare(
                caseReference: request.caseReference, agency: context.agency,
                requestedBy: requestedBy, categories: request.categories,
                reasons: request.reasons, meeting: request.meeting.map(String.init),
                date: context.date)
            var violations = sharingRules.validate(decision)
            let recipientIDs = try recipientIDs(requestedBy, into: &violations)
            guard violations.isEmpty else {
                throw SharingRefused(
                    caseReference: request.caseReference, kind: .declined,
                    violations: Self.inRuleOrder(violations))
            }
            let id = try db.insertSharing(
                Database.NewSharing(
                    kind: .declined, referralID: context.referralID, meetingID: request.meeting,
                    agencyID: context.agencyID, date: context.date, summary: nil,
                    categories: request.categories, consent: nil, commonLaw: nil,
                    rationale: request.reasons, purpose: nil, adultAtRiskTest: nil,
                    reviewOn: context.reviewOn, recipientIDs: recipientIDs, tags: [],
                    subject: context.subject.subject),
                at: now, by: user)
            try audit(
                .declineSharing, "sharing", id,
                "\(request.caseReference): \(context.agency.code) decided not to share"
                    + "; categories \(request.categories.joined(separator: ","))"
                    + "; requested by \(requestedBy.map(\.code).joined(separator: ","))"
                    + "; about \(context.subject.subject.auditWords)")
            return try db.sharingEntry(id: id)!
        }
    }

    /// The sharing log, oldest first (`share list`): one case's, one meeting's, the records
    /// carrying one tag, or any combination; with no filter, the most recent `limit` entries.
    public func sharingLog(
        case reference: String? = nil, meeting: Int? = nil, basis tag: String? = nil,
        about: SharingSubject.Filter? = nil, limit: Int = 500
    ) throws -> [SharingLogEntry] {
        try authorize(.listSharing)
        var caseID: Int?
        if let reference { caseID = try referralID(reference) }
        if let meeting { _ = try existingMeeting(meeting) }
        if let tag, policies.lawfulBases[tag] == nil {
            throw MARACError.invalid(
                field: "--basis",
                expected:
                    "a lawful-basis tag from Policies/lawful-bases.xml, got \(tag.echoedAsIdentifier)"
            )
        }
        return try db.sharingEntries(
            referralID: caseID, meetingID: meeting, tag: tag, about: about, limit: limit)
    }

    /// One entry of the sharing log in full (`share show`), or an error naming the unknown id.
    public func sharingEntry(id: Int) throws -> SharingLogEntry {
        try authorize(.showSharing)
        guard let entry = try db.sharingEntry(id: id) else {
            throw MARACError.invalid(
                field: "ID", expected: "the id of a sharing record (see 'share list'), got \(id)")
        }
        return entry
    }

    /// All sharing between two days, by agency, lawful basis and consent, with every record
    /// shared without consent (`share register`), for the information-governance lead.
    ///
    /// - Parameter limit: the most records listed without consent; the counts are complete.
    public func sharingRegister(from: Day? = nil, to: Day? = nil, limit: Int = 1000) throws
        -> SharingRegister
    {
        try authorize(.sharingRegister)
        if let from, let to, to < from {
            throw MARACError.invalid(
                field: "--to", expected: "a day on or after --from \(from), got \(to)")
        }
        return SharingRegister(
            from: from, to: to, byBasis: try db.sharingCountsByBasis(from: from, to: to),
            byAgency: try db.sharingCountsByAgency(from: from, to: to),
            declined: try db.declineCounts(from: from, to: to),
            withoutConsent: try db.sharedWithoutConsent(from: from, to: to, limit: limit))
    }

    // MARK: - Helpers

    /// What both kinds of entry need resolved from the database.
    private struct SharingContext {
        var referralID: Int
        var agencyID: Int
        var agency: SharingAgency
        var date: Day
        var subject: ResolvedSubject
        var reviewOn: Day?
    }

    /// Resolves the case, the agency (with its authority flags from the register) and the
    /// meeting, which must still be open; works out the day, whether the victim is an adult on
    /// that day, and the retention review day.
    private func sharingContext(
        _ reference: String, agency code: String, meeting: Int?, date: Day?,
        about: SharingSubject.Typed
    ) throws -> SharingContext {
        let caseID = try referralID(reference)
        guard let agency = try db.agency(code: code) else {
            throw MARACError.unknownAgency(code)
        }
        if let represented = try representedAgency(), represented.code != code {
            throw AccessError.otherAgency(
                record: "sharing by \(code)", user: user, agency: represented.code)
        }
        let meeting = try meeting.map { try openForChanges($0) }
        // Shared at the meeting, or today when recorded ahead of it: never a day to come.
        let day = date ?? meeting.map { min($0.date, today) } ?? today
        // A record of something shared: never dated ahead of today, nor before the case existed.
        if day > today {
            throw MARACError.invalid(
                field: "--date", expected: "a day on or before today (\(today)), got \(day)")
        }
        if let referred = try db.referral(reference: reference)?.date, day < referred {
            throw MARACError.invalid(
                field: "--date",
                expected: "a day on or after \(referred), when \(reference) was referred, "
                    + "got \(day)")
        }
        // Whom it is about, and whether they are an adult on the day (without a date of
        // birth, an adult: the stricter reading of para 18).
        let subject = try resolveSubject(about, referralID: caseID, reference: reference, on: day)
        return SharingContext(
            referralID: caseID, agencyID: try agencyID(code),
            agency: SharingAgency(
                code: agency.code, isPublicAuthority: agency.isPublicAuthority,
                isCompetentAuthority: agency.isCompetentAuthority),
            date: day, subject: subject,
            reviewOn: try sharingReviewDay(referralID: caseID, meeting: meeting, date: day))
    }

    /// The day the entry is due for review or deletion under `Policies/retention.xml`, from
    /// the trigger the policy names; `nil` when the policy has no rule for sharing records.
    ///
    /// `last-referral` is the victim's latest referral when the entry is recorded; a later
    /// referral moves it, which the retention review recomputes.
    private func sharingReviewDay(referralID: Int, meeting: Meeting?, date: Day) throws -> Day? {
        guard let rule = policies.retention[.sharingRecord] else { return nil }
        switch rule.trigger {
        case .lastReferral:
            return try rule.due(from: try db.lastReferralDate(ofVictimOf: referralID) ?? date)
        case .meeting:
            return try rule.due(from: meeting?.date ?? date)
        case .creation, .closure, .publication:
            return try rule.due(from: date)
        }
    }

    /// The agency row ids of `recipients` (`nil` for the MARAC), without repeats; an unknown
    /// agency adds a violation instead.
    private func recipientIDs(
        _ recipients: [SharingRecipient], into violations: inout [SharingViolation]
    ) throws -> [Int?] {
        var ids: [Int?] = []
        var seen: Set<SharingRecipient> = []
        for recipient in recipients where seen.insert(recipient).inserted {
            switch recipient {
            case .marac:
                ids.append(nil)
            case .agency(let code):
                if let id = try db.agencyID(code: code) {
                    ids.append(id)
                } else {
                    violations.append(
                        SharingViolation(
                            .complete,
                            "unknown recipient agency \(code.echoedAsCode): name MARAC or registered "
                                + "agencies (see 'agency list')"))
                }
            }
        }
        return ids
    }

    /// `violations` sorted by rule, keeping the order within a rule.
    private static func inRuleOrder(_ violations: [SharingViolation]) -> [SharingViolation] {
        violations.enumerated().sorted {
            ($0.element.rule, $0.offset) < ($1.element.rule, $1.offset)
        }.map(\.element)
    }
}
