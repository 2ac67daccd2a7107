/// The rules a sharing record is checked against: product.md section 3's seven, then the
/// record's own completeness.
public enum SharingRule: Int, Equatable, Sendable, CaseIterable, Comparable {
    /// 1. Exactly one Art 6 basis, or a DPA 2018 s35 basis for a competent authority.
    case oneBasis = 1
    /// 2. Special category data needs an Art 9 condition and, where required, its Schedule 1
    /// paragraph (or a Schedule 8 condition under Part 3).
    case specialCategory
    /// 3. Criminal offence data needs an Art 10 route.
    case criminalOffence
    /// 4. Legitimate interests are not for a public authority's tasks.
    case publicAuthority
    /// 5. The adult-at-risk test is recorded before safeguarding an adult under para 18.
    case adultAtRisk
    /// 6. A prospective tag is refused until it has an in-force date.
    case inForce
    /// 7. The common-law confidentiality position is recorded, and agrees with the tags.
    case commonLaw
    /// 8. Every tag and preset is in the catalogue.
    case knownTags
    /// 9. Consent not sought needs a reason.
    case consentReason
    /// 10. The record says what was shared, to whom and why.
    case complete
    /// 11. Every category is known, and at least one is given.
    case knownCategories
    /// 12. Tags resting on consent need consent given; tags for sharing without consent
    /// cannot be used when it was given.
    case consentConsistency

    public static func < (lhs: SharingRule, rhs: SharingRule) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One reason a sharing record or decision is refused: the rule and its own sentence.
///
/// Messages name tags, categories and agency codes only, never the summary, the rationale or
/// a person: they may be logged or shown to people without access to the case.
public struct SharingViolation: Equatable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public var rule: SharingRule
    /// One sentence saying what is wrong.
    public var message: String

    public init(_ rule: SharingRule, _ message: String) {
        self.rule = rule
        self.message = message
    }

    /// `rule 4: UKGDPR-6-1-f cannot be used ...`.
    public var description: String { "rule \(rule.rawValue): \(message)" }
}
