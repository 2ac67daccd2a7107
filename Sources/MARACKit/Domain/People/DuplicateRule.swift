/// A person already recorded, as the duplicate check sees them: their names and date of birth.
public struct KnownPerson: Equatable, Sendable {
    /// The recorded name first, then the known aliases.
    public var names: [String]
    public var dateOfBirth: Day?
    /// Whether they were the victim of a perpetrator named on the new referral.
    public var sharesPerpetrator: Bool

    public init(names: [String], dateOfBirth: Day?, sharesPerpetrator: Bool = false) {
        self.names = names
        self.dateOfBirth = dateOfBirth
        self.sharesPerpetrator = sharesPerpetrator
    }
}

/// Why a known person may be the person being referred, and how their dates of birth agree.
public struct DuplicateEvidence: Equatable, Sendable, Codable {
    /// The reasons, strongest first.
    public var reasons: [MatchReason]
    public var dateOfBirth: DateOfBirthAgreement
}

/// The rule deciding when a coordinator is warned that a referral may be of a person already
/// recorded under another spelling.
///
/// A name alike in spelling, sound, order or surname part warns when the dates of birth agree
/// or are near (a mistyped date); a date of birth the same with only the forename alike warns
/// too (a surname changed on marriage); a shared perpetrator warns with any alike name.
/// Alike names with different dates of birth do not warn: at national scale there are
/// hundreds of Mary Smiths, and a warning for each would be ignored.
public enum DuplicateRule {
    /// The evidence that `name` born on `dateOfBirth` is `known`, or `nil` for no warning.
    public static func evidence(name: String, dateOfBirth: Day?, against known: KnownPerson)
        -> DuplicateEvidence?
    {
        evidence(name: name, dateOfBirth: dateOfBirth, against: known, memo: NameMemo())
    }

    /// Whether a recorded person whose date of birth agrees so can be warned of at all.
    ///
    /// Different dates of birth warn only with a shared perpetrator, whatever the names. A
    /// check asks this first, and compares no names (nor reads any aliases) when it is false.
    static func mayWarn(_ agreement: DateOfBirthAgreement, sharesPerpetrator: Bool) -> Bool {
        agreement != .different || sharesPerpetrator
    }

    /// `evidence(name:dateOfBirth:against:)`, with names parsed and keyed through `memo`,
    /// which a run of checks (an import) shares.
    static func evidence(
        name: String, dateOfBirth: Day?, against known: KnownPerson, memo: NameMemo
    ) -> DuplicateEvidence? {
        let agreement = DateOfBirthAgreement.of(dateOfBirth, known.dateOfBirth)
        guard mayWarn(agreement, sharesPerpetrator: known.sharesPerpetrator) else { return nil }
        let typed = memo.name(name)
        var strong = Set<MatchReason>()
        var similarForename = false
        for (index, knownName) in known.names.enumerated() {
            let comparison = NameComparison(
                typed, memo.name(knownName), phonetic: memo.phonetic)
            similarForename = similarForename || comparison.similarForename
            guard !comparison.reasons.isEmpty else { continue }
            strong.formUnion(comparison.reasons)
            if index > 0 { strong.insert(.matchingAlias) }
        }
        var reasons = Set<MatchReason>()
        if !strong.isEmpty && agreement != .different { reasons = strong }
        if reasons.isEmpty && agreement == .same && similarForename {
            reasons.insert(.sameDateOfBirthSimilarName)
        }
        if known.sharesPerpetrator && (!strong.isEmpty || similarForename) {
            reasons.formUnion(strong)
            reasons.insert(.samePerpetrator)
        }
        guard !reasons.isEmpty else { return nil }
        return DuplicateEvidence(reasons: reasons.sorted(), dateOfBirth: agreement)
    }
}
