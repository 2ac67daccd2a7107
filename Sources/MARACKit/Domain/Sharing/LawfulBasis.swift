/// One tag of the lawful-basis catalogue (`Policies/lawful-bases.xml`): an Article 6 basis,
/// an Article 9 or 10 condition, a DPA 2018 Schedule 1 or 8 paragraph, a statutory gateway, a
/// piece of context or a common-law position, with the flags the sharing rules read.
///
/// Tags carry two layers of law (research part C): the data-protection basis (UK GDPR, or
/// DPA 2018 Part 3 for competent authorities) and the legal power or gateway to share, with the
/// common-law duty of confidentiality recorded apart.
///
/// ```swift
/// let p18 = catalogue["DPA2018-S1-P18"]!
/// p18.flags.contains(.adultAtRiskTest)   // true
/// p18.satisfies                          // ["UKGDPR-9-2-g", "UKGDPR-10-DL"]
/// ```
public struct LawfulBasis: Equatable, Sendable, Identifiable {
    /// What part a tag plays in a sharing record.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// A UK GDPR Art 6 basis, or a DPA 2018 s35 law-enforcement basis.
        case basis
        /// A condition for special category data: Art 9, DPA 2018 Sch 1 Parts 1–2, or Sch 8.
        case specialCategoryCondition = "sc-condition"
        /// A condition for criminal offence data: Art 10, or DPA 2018 Sch 1 Part 3.
        case criminalOffenceCondition = "co-condition"
        /// A statutory power or duty to share (for example Crime and Disorder Act 1998 s115).
        case gateway
        /// A definition or duty relevant to the case but not itself a power to share.
        case context
        /// A position under the common-law duty of confidentiality.
        case commonLaw = "common-law"
    }

    /// Whether the provision is in force.
    public enum Status: String, Equatable, Sendable, CaseIterable {
        /// In force.
        case inForce = "in-force"
        /// Enacted but commencement unconfirmed: refused until the catalogue gives a date.
        case prospective
    }

    /// Which data-protection regime the tag belongs to.
    public enum Regime: String, Equatable, Sendable, CaseIterable {
        /// UK GDPR with DPA 2018 Part 2 (general processing).
        case ukGDPR = "uk-gdpr"
        /// DPA 2018 Part 3 (law enforcement processing by competent authorities).
        case lawEnforcement = "part3"
        /// Outside data-protection law: gateways, context, common law.
        case other
    }

    /// Properties of a tag that the sharing rules compute with.
    public struct Flags: OptionSet, Equatable, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// A UK GDPR Art 9(2) condition.
        public static let article9Condition = Flags(rawValue: 1 << 0)
        /// A DPA 2018 Sch 8 condition for Part 3 sensitive processing.
        public static let sensitiveProcessingCondition = Flags(rawValue: 1 << 1)
        /// A UK GDPR Art 10 route for criminal offence data.
        public static let article10Route = Flags(rawValue: 1 << 2)
        /// Needs a DPA 2018 Sch 1 paragraph that `satisfies` it (Art 9(2)(b)(g)(h)(i)(j), Art 10).
        public static let needsSchedule1Paragraph = Flags(rawValue: 1 << 3)
        /// Needs a UK GDPR Annex 1 condition that `satisfies` it (Art 6(1)(ea)).
        public static let needsAnnex1Condition = Flags(rawValue: 1 << 4)
        /// Relying on it needs an appropriate policy document (DPA 2018 Sch 1 Part 4, s42).
        public static let appropriatePolicyDocument = Flags(rawValue: 1 << 5)
        /// For an adult, needs the "adult at risk" test recorded (care and support needs).
        public static let adultAtRiskTest = Flags(rawValue: 1 << 6)
        /// Not available to a public authority performing its tasks (Art 6(1) last paragraph).
        public static let notForPublicAuthorityTasks = Flags(rawValue: 1 << 7)
        /// Only for a competent authority processing for law enforcement (DPA 2018 Part 3).
        public static let competentAuthorityOnly = Flags(rawValue: 1 << 8)
        /// Rests on the subject's consent: needs consent given.
        public static let requiresConsent = Flags(rawValue: 1 << 9)
        /// Applies only without consent (DPA 2018 Sch 1 paras 17 and 18, Sch 8 para 4).
        public static let withoutConsentOnly = Flags(rawValue: 1 << 10)

        /// The flags by their element names in `lawful-bases.xml`.
        public static let byName: [(name: String, flag: Flags)] = [
            ("art9-condition", .article9Condition),
            ("sensitive-processing-condition", .sensitiveProcessingCondition),
            ("art10-route", .article10Route),
            ("needs-schedule1-paragraph", .needsSchedule1Paragraph),
            ("needs-annex1-condition", .needsAnnex1Condition),
            ("appropriate-policy-document", .appropriatePolicyDocument),
            ("adult-at-risk-test", .adultAtRiskTest),
            ("not-for-public-authority-tasks", .notForPublicAuthorityTasks),
            ("competent-authority-only", .competentAuthorityOnly),
            ("requires-consent", .requiresConsent),
            ("without-consent-only", .withoutConsentOnly),
        ]
    }

    /// The tag, such as `UKGDPR-6-1-e`, `DPA2018-S1-P18`, `CL-CONF-PUBINT`.
    public var id: String
    /// Its part in a sharing record.
    public var kind: Kind
    /// Its data-protection regime.
    public var regime: Regime
    /// Whether it is in force.
    public var status: Status
    /// The day it came or comes into force, when known.
    public var inForceDate: Day?
    /// Its title, such as `Public task or official authority`.
    public var title: String
    /// The title minutes print beside the id, for narrow columns (`shortTitle` in the
    /// catalogue, or the title when it has none).
    public var shortTitle: String
    /// The citation, such as `UK GDPR Art 6(1)(e); see DPA 2018 s8`.
    public var citation: String
    /// Where the text was checked.
    public var sources: [String]
    /// What the rules compute with.
    public var flags: Flags
    /// The tags this one completes: a Sch 1 paragraph satisfies `UKGDPR-9-2-g` and
    /// `UKGDPR-10-DL`; an Annex 1 condition satisfies `UKGDPR-6-1-ea`.
    public var satisfies: [String]
    /// For a common-law tag, the confidentiality position it stands for.
    public var commonLawPosition: CommonLawPosition?
    /// A caution or explanation for people choosing the tag.
    public var note: String?

    public init(
        id: String, kind: Kind, regime: Regime, status: Status = .inForce,
        inForceDate: Day? = nil, title: String, citation: String, sources: [String] = [],
        flags: Flags = [], satisfies: [String] = [], commonLawPosition: CommonLawPosition? = nil,
        note: String? = nil, shortTitle: String? = nil
    ) {
        self.shortTitle = shortTitle ?? title
        self.id = id
        self.kind = kind
        self.regime = regime
        self.status = status
        self.inForceDate = inForceDate
        self.title = title
        self.citation = citation
        self.sources = sources
        self.flags = flags
        self.satisfies = satisfies
        self.commonLawPosition = commonLawPosition
        self.note = note
    }

    /// Whether this is a primary basis (Art 6 or s35), not a refinement of one such as an
    /// Annex 1 recognised legitimate interest.
    public var isPrimaryBasis: Bool { kind == .basis && satisfies.isEmpty }

    /// Whether the tag may be relied on for sharing on `day`: in force, or prospective with an
    /// in-force date on or before `day`.
    public func isUsable(on day: Day) -> Bool {
        switch status {
        case .inForce: true
        case .prospective: inForceDate.map { $0 <= day } ?? false
        }
    }
}

/// The catalogue of lawful-basis tags, looked up by id.
public struct LawfulBasisCatalogue: Equatable, Sendable {
    /// Every tag in file order.
    public private(set) var tags: [LawfulBasis]
    private var index: [String: Int]
    /// The catalogue's `version` attribute (`2025.1`), stored on each sharing record so a
    /// reviewer knows which catalogue its tags were checked against.
    public var version: String

    /// A catalogue of `tags`; a repeated id is a programmer mistake (the loader refuses files
    /// with one).
    public init(_ tags: [LawfulBasis], version: String = "unversioned") {
        self.tags = tags
        self.version = version
        var index: [String: Int] = [:]
        for (position, tag) in tags.enumerated() {
            precondition(index[tag.id] == nil, "duplicate lawful-basis tag \(tag.id)")
            index[tag.id] = position
        }
        self.index = index
    }

    /// The tag with `id`, if catalogued.
    public subscript(id: String) -> LawfulBasis? { index[id].map { tags[$0] } }

    /// The ids of the tags that satisfy `id` (for example the Sch 1 paragraphs for `UKGDPR-9-2-g`).
    public func satisfying(_ id: String) -> [String] {
        tags.filter { $0.satisfies.contains(id) }.map(\.id)
    }
}

/// The position under the common-law duty of confidentiality on which information is shared;
/// recorded separately from the data-protection basis, and both must hold.
public enum CommonLawPosition: String, Equatable, Sendable, CaseIterable {
    /// The person consented to disclosure.
    case consent
    /// Disclosure is required or permitted by law (statute or court order).
    case law
    /// Disclosure is justified in the overriding public interest.
    case publicInterest = "public-interest"
}
