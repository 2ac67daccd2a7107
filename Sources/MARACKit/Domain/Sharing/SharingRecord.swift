/// The agency sharing information, with the two facts that change which lawful bases apply.
public struct SharingAgency: Equatable, Sendable {
    /// The agency code, such as `POL`, `IDVA`, `HEALTH-GP`.
    public var code: String
    /// A public authority cannot rely on legitimate interests for its tasks (UK GDPR Art 6(1)).
    public var isPublicAuthority: Bool
    /// A competent authority for law enforcement may share under DPA 2018 Part 3 (s35).
    public var isCompetentAuthority: Bool

    public init(code: String, isPublicAuthority: Bool, isCompetentAuthority: Bool = false) {
        self.code = code
        self.isPublicAuthority = isPublicAuthority
        self.isCompetentAuthority = isCompetentAuthority
    }
}

/// Who receives shared information: the whole MARAC, or a named agency.
public enum SharingRecipient: Equatable, Sendable, Hashable {
    /// Everyone at the MARAC meeting.
    case marac
    /// One agency, by code.
    case agency(String)
}

/// Whether the person's consent to share was sought, and what they said.
///
/// Consent is a fact recorded beside the lawful basis; in MARAC work it is rarely the basis.
public enum ConsentState: Equatable, Sendable {
    /// Asked; no answer yet.
    case sought
    /// Given.
    case given
    /// Refused.
    case refused
    /// Not asked, with the reason (required by rule 9).
    case notSought(ConsentNotSoughtReason?)
}

/// Why consent to share was not sought.
public enum ConsentNotSoughtReason: String, Equatable, Sendable, CaseIterable {
    /// Asking would put the person or someone else at risk.
    case unsafe
    /// Asking would prejudice the purpose (for example preventing or detecting crime).
    case wouldPrejudicePurpose = "would-prejudice-purpose"
    /// The person cannot give consent (capacity, age, cannot be reached).
    case cannotBeGiven = "cannot-be-given"
}

/// A proposed sharing record: one item of information shared about a person, at a MARAC or
/// between meetings, with its lawful basis (product.md section 3).
///
/// `SharingRules.validate(_:)` checks it before it is saved; the summary and rationale are
/// personal data and never appear in the rules' messages.
public struct SharingRecord: Equatable, Sendable {
    /// The case reference used in minutes (never the victim's name).
    public var caseReference: String
    /// The agency sharing.
    public var agency: SharingAgency
    /// Who receives it.
    public var recipients: [SharingRecipient]
    /// What was shared, in brief.
    public var summary: String
    /// The categories of information (ids from `data-categories.xml`).
    public var categories: [String]
    /// Lawful-basis tags and `preset:NAME` entries.
    public var basisTags: [String]
    /// Consent sought, given, refused or not sought (with the reason).
    public var consent: ConsentState
    /// The common-law confidentiality position, recorded separately (rule 7).
    public var commonLawPosition: CommonLawPosition?
    /// Why sharing was necessary and proportionate.
    public var rationale: String
    /// Why it was shared, when not obvious from the rationale.
    public var purpose: String?
    /// Whom the information is about.
    public var subject: SharingSubject = .victim
    /// Whether the person the information is about is 18 or over.
    public var subjectIsAdult: Bool
    /// The "adult at risk" test as recorded: care and support needs, risk of harm, and unable
    /// to protect themselves as a result (DPA 2018 Sch 1 para 18(3)).
    public var adultAtRiskTest: String?
    /// The meeting it was shared at, if any.
    public var meeting: String?
    /// The day it was shared.
    public var date: Day

    public init(
        caseReference: String, agency: SharingAgency, recipients: [SharingRecipient] = [.marac],
        summary: String, categories: [String], basisTags: [String], consent: ConsentState,
        commonLawPosition: CommonLawPosition?, rationale: String, purpose: String? = nil,
        subjectIsAdult: Bool = true, adultAtRiskTest: String? = nil, meeting: String? = nil,
        date: Day
    ) {
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
        self.subjectIsAdult = subjectIsAdult
        self.adultAtRiskTest = adultAtRiskTest
        self.meeting = meeting
        self.date = date
    }
}

/// A recorded decision not to share, with its reasons (ICO Data Sharing Code: record the
/// decision whether or not information is shared).
public struct DecisionNotToShare: Equatable, Sendable {
    /// The case reference.
    public var caseReference: String
    /// The agency that decided not to share.
    public var agency: SharingAgency
    /// Who asked for the information, if anyone.
    public var requestedBy: [SharingRecipient]
    /// The categories of information withheld.
    public var categories: [String]
    /// Why it was not shared.
    public var reasons: String
    /// The meeting, if any.
    public var meeting: String?
    /// The day of the decision.
    public var date: Day

    public init(
        caseReference: String, agency: SharingAgency, requestedBy: [SharingRecipient] = [],
        categories: [String] = [], reasons: String, meeting: String? = nil, date: Day
    ) {
        self.caseReference = caseReference
        self.agency = agency
        self.requestedBy = requestedBy
        self.categories = categories
        self.reasons = reasons
        self.meeting = meeting
        self.date = date
    }
}
