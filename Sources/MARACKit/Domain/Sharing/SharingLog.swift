/// One stored entry of the sharing log: a sharing record, or a decision not to share.
///
/// What `share list` shows and `share register` lists when sharing happened without consent.
/// The summary and rationale are personal data: they are shown to people reading the log, and
/// never written to errors or the audit log.
public struct SharingLogEntry: Equatable, Sendable, Codable {
    /// Whether information was shared, or a decision not to share was recorded.
    public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
        /// Information was shared.
        case shared
        /// A decision not to share, with its reasons.
        case declined
    }

    /// The entry's id.
    public var id: Int
    /// Shared, or declined.
    public var kind: Kind
    /// The case reference (never the victim's name).
    public var caseReference: String
    /// The meeting it was shared at, if any.
    public var meeting: Int?
    /// The agency that shared, or decided not to.
    public var agencyCode: String
    /// Who received it (or asked for it, for a decision not to share): `MARAC` or agency codes.
    public var recipients: [String]
    /// The day of the sharing or decision.
    public var date: Day
    /// What was shared, in brief; `nil` for a decision not to share.
    public var summary: String?
    /// The categories of information (ids from `data-categories.xml`).
    public var categories: [String]
    /// The lawful-basis tags, presets expanded; empty for a decision not to share.
    public var basisTags: [String]
    /// Consent sought, given, refused or not sought; `nil` for a decision not to share.
    public var consent: ConsentState?
    /// The common-law confidentiality position.
    public var commonLawPosition: CommonLawPosition?
    /// Why sharing was necessary and proportionate, or the reasons for not sharing.
    public var rationale: String
    /// What it was shared for.
    public var purpose: String?
    /// The adult-at-risk test as recorded (DPA 2018 Sch 1 para 18).
    public var adultAtRiskTest: String?
    /// The day the entry is due for review or deletion (`Policies/retention.xml`).
    public var reviewOn: Day?
    /// Who recorded it.
    public var recordedBy: String
    /// When it was recorded (ISO 8601 timestamp).
    public var recordedAt: String
    /// Whom it is about: the victim unless `--about` said otherwise.
    public var subject: SharingSubject
    /// The version of `Policies/lawful-bases.xml` in force when it was recorded; `nil` for
    /// records made before versions were stored (schema step 13), whose catalogue is unknown.
    public var catalogueVersion: String?

    public init(
        id: Int, kind: Kind, caseReference: String, meeting: Int?, agencyCode: String,
        recipients: [String], date: Day, summary: String?, categories: [String],
        basisTags: [String], consent: ConsentState?, commonLawPosition: CommonLawPosition?,
        rationale: String, purpose: String?, adultAtRiskTest: String?, reviewOn: Day?,
        recordedBy: String, recordedAt: String, subject: SharingSubject = .victim,
        catalogueVersion: String? = nil
    ) {
        self.subject = subject
        self.catalogueVersion = catalogueVersion
        self.id = id
        self.kind = kind
        self.caseReference = caseReference
        self.meeting = meeting
        self.agencyCode = agencyCode
        self.recipients = recipients
        self.date = date
        self.summary = summary
        self.categories = categories
        self.basisTags = basisTags
        self.consent = consent
        self.commonLawPosition = commonLawPosition
        self.rationale = rationale
        self.purpose = purpose
        self.adultAtRiskTest = adultAtRiskTest
        self.reviewOn = reviewOn
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// Whether information was shared without the person's consent (refused, or not sought):
    /// the entries the information-governance lead reviews one by one.
    public var isWithoutConsent: Bool {
        switch consent {
        case .refused, .notSought: true
        case .sought, .given, nil: false
        }
    }
}

/// All sharing over a period, by agency, lawful basis and consent, for the information
/// governance lead or Data Protection Officer (`share register`).
///
/// A record counts once in `byAgency`, and once under each of its tags in `byBasis`: a police
/// record tagged `DPA2018-sec35-2-b` and `DPA2018-S8-P1` adds one to each tag's row.
public struct SharingRegister: Equatable, Sendable, Codable {
    /// Records of one agency with one tag and one consent state.
    public struct BasisCount: Equatable, Sendable, Codable {
        public var agencyCode: String
        public var tag: String
        /// `sought`, `given`, `refused` or `not-sought`.
        public var consent: String
        public var records: Int

        public init(agencyCode: String, tag: String, consent: String, records: Int) {
            self.agencyCode = agencyCode
            self.tag = tag
            self.consent = consent
            self.records = records
        }
    }

    /// Records of one agency in one consent state.
    public struct AgencyCount: Equatable, Sendable, Codable {
        public var agencyCode: String
        /// `sought`, `given`, `refused` or `not-sought`.
        public var consent: String
        public var records: Int

        public init(agencyCode: String, consent: String, records: Int) {
            self.agencyCode = agencyCode
            self.consent = consent
            self.records = records
        }
    }

    /// Decisions not to share made by one agency.
    public struct DeclineCount: Equatable, Sendable, Codable {
        public var agencyCode: String
        public var decisions: Int

        public init(agencyCode: String, decisions: Int) {
            self.agencyCode = agencyCode
            self.decisions = decisions
        }
    }

    /// The first day counted, if bounded.
    public var from: Day?
    /// The last day counted, if bounded.
    public var to: Day?
    /// Records by agency, tag and consent state, ordered by agency, tag, consent.
    public var byBasis: [BasisCount]
    /// Records by agency and consent state.
    public var byAgency: [AgencyCount]
    /// Decisions not to share, by agency.
    public var declined: [DeclineCount]
    /// Every record shared with consent refused or not sought, oldest first, with its rationale.
    public var withoutConsent: [SharingLogEntry]

    public init(
        from: Day?, to: Day?, byBasis: [BasisCount], byAgency: [AgencyCount],
        declined: [DeclineCount], withoutConsent: [SharingLogEntry]
    ) {
        self.from = from
        self.to = to
        self.byBasis = byBasis
        self.byAgency = byAgency
        self.declined = declined
        self.withoutConsent = withoutConsent
    }

    /// The number of sharing records counted.
    public var totalRecords: Int { byAgency.reduce(0) { $0 + $1.records } }
}

/// Why a sharing record or a decision not to share was refused, with every rule it breaks.
///
/// Listing them all lets the person recording it fix them at once; nothing was stored.
/// Printed as a first line naming the case and the count, then one violation per line. The
/// violations name tags, categories and agency codes only, never what was shared.
public struct SharingRefused: Error, Equatable, Sendable, CustomStringConvertible {
    /// The case reference.
    public var caseReference: String
    /// Whether a sharing record or a decision not to share was refused.
    public var kind: SharingLogEntry.Kind
    /// Every problem, in rule order.
    public var violations: [SharingViolation]

    public init(
        caseReference: String, kind: SharingLogEntry.Kind, violations: [SharingViolation]
    ) {
        self.caseReference = caseReference
        self.kind = kind
        self.violations = violations
    }

    public var description: String {
        let what = kind == .shared ? "sharing record" : "decision not to share"
        let count = violations.count == 1 ? "1 problem" : "\(violations.count) problems"
        return
            (["the \(what) for \(caseReference) was refused (\(count)); nothing was stored:"]
            + violations.map { "  \($0)" }).joined(separator: "\n")
    }
}

extension SharingRecipient {
    /// The word for the whole MARAC in a list of recipients.
    public static let maracCode = "MARAC"

    /// `MARAC` (in any case) for the whole meeting, otherwise an agency code.
    public init(code: String) {
        self = code.uppercased() == Self.maracCode ? .marac : .agency(code)
    }

    /// `MARAC`, or the agency code.
    public var code: String {
        switch self {
        case .marac: Self.maracCode
        case .agency(let code): code
        }
    }
}

extension ConsentState: Codable {
    /// The names used on the command line and in storage.
    public static let names = ["sought", "given", "refused", "not-sought"]

    /// `sought`, `given`, `refused` or `not-sought`.
    public var name: String {
        switch self {
        case .sought: "sought"
        case .given: "given"
        case .refused: "refused"
        case .notSought: "not-sought"
        }
    }

    /// Why consent was not sought, when it was not and a reason was recorded.
    public var notSoughtReason: ConsentNotSoughtReason? {
        if case .notSought(let reason) = self { return reason }
        return nil
    }

    /// The state named `name`, with `reason` when not sought; `nil` for an unknown name.
    public init?(name: String, reason: ConsentNotSoughtReason? = nil) {
        switch name {
        case "sought": self = .sought
        case "given": self = .given
        case "refused": self = .refused
        case "not-sought": self = .notSought(reason)
        default: return nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case state
        case reason
    }

    /// `{"state": "not-sought", "reason": "unsafe"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .state)
        try container.encodeIfPresent(notSoughtReason, forKey: .reason)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .state)
        let reason = try container.decodeIfPresent(ConsentNotSoughtReason.self, forKey: .reason)
        guard let state = ConsentState(name: name, reason: reason) else {
            throw DecodingError.dataCorruptedError(
                forKey: .state, in: container, debugDescription: "unknown consent state")
        }
        self = state
    }
}

extension ConsentNotSoughtReason: Codable {}
extension CommonLawPosition: Codable {}
