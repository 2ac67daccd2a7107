/// Checks a proposed sharing record against the lawful-basis catalogue and returns every
/// problem at once, so the person recording it can fix them all (product.md section 3).
///
/// The rules read the catalogue's flags rather than fixed ids: marking a tag
/// `not-for-public-authority-tasks` or giving a prospective tag an in-force date in
/// `Policies/lawful-bases.xml` changes the outcome without code.
///
/// ```swift
/// let rules = SharingRules(policies: .embedded)
/// let problems = rules.validate(record)      // [] when the record may be saved
/// for problem in problems { print(problem) } // "rule 4: UKGDPR-6-1-f cannot be used..."
/// ```
public struct SharingRules: Sendable {
    /// The lawful-basis tags.
    public var catalogue: LawfulBasisCatalogue
    /// The named tag combinations usable as `preset:NAME`.
    public var presets: [SharingPreset]
    /// The data categories.
    public var categories: DataCategoryCatalogue

    public init(
        catalogue: LawfulBasisCatalogue, presets: [SharingPreset],
        categories: DataCategoryCatalogue
    ) {
        self.catalogue = catalogue
        self.presets = presets
        self.categories = categories
    }

    /// Rules over a loaded policy set.
    public init(policies: PolicySet) {
        self.init(
            catalogue: policies.lawfulBases, presets: policies.sharingPresets,
            categories: policies.dataCategories)
    }

    /// The tags after expanding `preset:NAME` entries, without repeats, in order; and the
    /// preset names that are not defined.
    public func expand(_ tags: [String]) -> (tags: [String], unknownPresets: [String]) {
        var result: [String] = []
        var unknown: [String] = []
        func add(_ tag: String) { if !result.contains(tag) { result.append(tag) } }
        for entry in tags.map(Self.trimmed) where !entry.isEmpty {
            guard entry.hasPrefix(SharingPreset.prefix) else {
                add(entry)
                continue
            }
            let name = String(entry.dropFirst(SharingPreset.prefix.count))
            if let preset = presets.first(where: { $0.name == name }) {
                preset.tags.forEach(add)
            } else {
                unknown.append(name)
            }
        }
        return (result, unknown)
    }

    /// Every rule `record` breaks, in rule order; empty when it may be saved.
    public func validate(_ record: SharingRecord) -> [SharingViolation] {
        var problems: [SharingViolation] = []
        let expanded = expand(record.basisTags)
        for name in expanded.unknownPresets {
            problems.append(.init(.knownTags, "unknown preset \(name.echoedAsIdentifier)"))
        }
        var tags: [LawfulBasis] = []
        for id in expanded.tags {
            if let tag = catalogue[id] {
                tags.append(tag)
            } else {
                problems.append(
                    .init(.knownTags, "unknown lawful-basis tag \(id.echoedAsIdentifier)"))
            }
        }
        let regime = checkBasis(tags, record: record, into: &problems)
        checkCategories(
            record.categories, tags: tags, regime: regime, record: record, into: &problems)
        checkFlags(tags, record: record, into: &problems)
        checkConsentAndCommonLaw(tags, record: record, into: &problems)
        if Self.isBlank(record.summary) {
            problems.append(.init(.complete, "no summary of what was shared"))
        }
        if record.recipients.isEmpty {
            problems.append(.init(.complete, "no recipient: name the MARAC or the agencies"))
        }
        if Self.isBlank(record.rationale) {
            problems.append(
                .init(.complete, "no rationale: record why sharing was necessary and proportionate")
            )
        }
        return problems.enumerated().sorted {
            ($0.element.rule, $0.offset) < ($1.element.rule, $1.offset)
        }.map(\.element)
    }

    /// Every problem with a recorded decision not to share: it needs reasons, and known
    /// categories.
    public func validate(_ decision: DecisionNotToShare) -> [SharingViolation] {
        var problems: [SharingViolation] = []
        if Self.isBlank(decision.reasons) {
            problems.append(.init(.complete, "a decision not to share needs its reasons"))
        }
        for id in decision.categories where categories[id] == nil {
            problems.append(
                .init(.knownCategories, "unknown data category \(id.echoedAsIdentifier)"))
        }
        return problems
    }

    // MARK: - Rule 1

    /// Checks rule 1 and returns the record's regime.
    ///
    /// One primary basis in one regime, Part 3 only for competent authorities, and refinements
    /// (Annex 1) only with the basis they complete.
    private func checkBasis(
        _ tags: [LawfulBasis], record: SharingRecord, into problems: inout [SharingViolation]
    ) -> LawfulBasis.Regime {
        let agency = record.agency
        let primary = tags.filter(\.isPrimaryBasis)
        let article6 = primary.filter { $0.regime == .ukGDPR }
        let section35 = primary.filter { $0.regime == .lawEnforcement }
        if primary.isEmpty {
            let usual: LawfulBasis.Regime = agency.isCompetentAuthority ? .lawEnforcement : .ukGDPR
            let candidates = passing(
                catalogue.tags.filter { $0.isPrimaryBasis && $0.regime == usual }, for: record)
            problems.append(
                .init(
                    .oneBasis,
                    "no lawful basis: give exactly one UK GDPR Art 6 basis, or a DPA 2018 s35 "
                        + "basis when the sharing agency is a competent authority"
                        + Self.suggesting(candidates)))
        }
        if article6.count > 1 {
            problems.append(
                .init(
                    .oneBasis,
                    "\(article6.count) UK GDPR Art 6 bases (\(Self.list(article6))): "
                        + "give exactly one"))
        }
        if section35.count > 1 {
            problems.append(
                .init(
                    .oneBasis,
                    "\(section35.count) DPA 2018 s35 bases (\(Self.list(section35))): "
                        + "give exactly one"))
        }
        if !article6.isEmpty, !section35.isEmpty {
            problems.append(
                .init(
                    .oneBasis,
                    "mixes UK GDPR (\(Self.list(article6))) and DPA 2018 Part 3 "
                        + "(\(Self.list(section35))) bases: give one"))
        }
        let regime: LawfulBasis.Regime =
            section35.isEmpty || !article6.isEmpty ? .ukGDPR : .lawEnforcement
        for tag in tags where tag.flags.contains(.competentAuthorityOnly) {
            if !agency.isCompetentAuthority {
                problems.append(
                    .init(
                        .oneBasis,
                        "\(tag.id) is for competent authorities under DPA 2018 Part 3, and "
                            + "agency \(agency.code) is not recorded as one"))
            }
        }
        if !primary.isEmpty, article6.isEmpty || section35.isEmpty {
            for tag in tags where tag.regime != .other && tag.regime != regime {
                guard agency.isCompetentAuthority || !tag.flags.contains(.competentAuthorityOnly)
                else { continue }
                problems.append(
                    .init(
                        .oneBasis,
                        "\(tag.id) belongs to \(Self.name(tag.regime)) but the basis is under "
                            + Self.name(regime)))
            }
        }
        let present = Set(tags.map(\.id))
        for tag in tags where tag.kind == .basis && !tag.satisfies.isEmpty {
            if !tag.satisfies.contains(where: present.contains) {
                problems.append(
                    .init(
                        .oneBasis,
                        "\(tag.id) completes \(tag.satisfies.joined(separator: " or ")), "
                            + "which is not given"))
            }
        }
        for tag in tags where tag.flags.contains(.needsAnnex1Condition) {
            requireSupport(
                for: tag, in: tags, rule: .oneBasis, what: "UK GDPR Annex 1 condition",
                record: record, into: &problems)
        }
        return regime
    }

    // MARK: - Rules 2, 3, 11

    /// Rules 2, 3 and 11: categories are known; special category and criminal offence data
    /// have their conditions, and each condition has the Schedule 1 paragraph it needs.
    private func checkCategories(
        _ ids: [String], tags: [LawfulBasis], regime: LawfulBasis.Regime, record: SharingRecord,
        into problems: inout [SharingViolation]
    ) {
        if ids.isEmpty {
            problems.append(
                .init(.knownCategories, "no data category: say what kind of information was shared")
            )
        }
        var special: [String] = []
        var criminal: [String] = []
        for id in ids {
            guard let category = categories[id] else {
                problems.append(
                    .init(.knownCategories, "unknown data category \(id.echoedAsIdentifier)"))
                continue
            }
            if category.isSpecialCategory { special.append(id) }
            if category.isCriminalOffence { criminal.append(id) }
        }
        if !special.isEmpty {
            let needed: LawfulBasis.Flags =
                regime == .lawEnforcement ? .sensitiveProcessingCondition : .article9Condition
            if !tags.contains(where: { $0.flags.contains(needed) }) {
                let what =
                    regime == .lawEnforcement
                    ? "a DPA 2018 Schedule 8 condition for sensitive processing"
                    : "a UK GDPR Art 9 condition"
                let candidates = passing(
                    catalogue.tags.filter { $0.flags.contains(needed) && $0.regime == regime },
                    for: record)
                problems.append(
                    .init(
                        .specialCategory,
                        "special category data (\(special.joined(separator: ", "))) needs \(what)"
                            + Self.suggesting(candidates)))
            }
        }
        if !criminal.isEmpty, regime == .ukGDPR,
            !tags.contains(where: { $0.flags.contains(.article10Route) })
        {
            let candidates = passing(
                catalogue.tags.filter { $0.flags.contains(.article10Route) }, for: record)
            problems.append(
                .init(
                    .criminalOffence,
                    "criminal offence data (\(criminal.joined(separator: ", "))) needs a UK GDPR "
                        + "Art 10 route (official authority or domestic law)"
                        + Self.suggesting(candidates)))
        }
        for tag in tags where tag.flags.contains(.needsSchedule1Paragraph) {
            let rule: SharingRule =
                tag.flags.contains(.article10Route) ? .criminalOffence : .specialCategory
            requireSupport(
                for: tag, in: tags, rule: rule, what: "DPA 2018 Schedule 1 paragraph",
                record: record, into: &problems)
        }
    }

    /// Adds a violation when no tag in `tags` satisfies `tag`, naming a few that would pass
    /// for this record.
    private func requireSupport(
        for tag: LawfulBasis, in tags: [LawfulBasis], rule: SharingRule, what: String,
        record: SharingRecord, into problems: inout [SharingViolation]
    ) {
        guard !tags.contains(where: { $0.satisfies.contains(tag.id) }) else { return }
        let candidates = passing(
            catalogue.satisfying(tag.id).compactMap { catalogue[$0] }, for: record)
        problems.append(
            .init(rule, "\(tag.id) needs a \(what) that satisfies it" + Self.suggesting(candidates))
        )
    }

    /// Those of `candidates` that would pass in a record like `record`.
    ///
    /// That is: in force on its date, open to its agency (a competent authority for Part 3 tags; not a public authority for
    /// legitimate interests), consistent with its consent, and needing no adult-at-risk test
    /// it lacks. When the area's presets use some of them, only those: they are its usual
    /// practice.
    func passing(_ candidates: [LawfulBasis], for record: SharingRecord) -> [Suggestion] {
        let agency = record.agency
        let consentGiven = record.consent == .given
        let lacksAdultTest =
            record.subjectIsAdult
            && !AdultAtRiskTest.missing(in: record.adultAtRiskTest ?? "").isEmpty
        let usable = candidates.filter { tag in
            tag.isUsable(on: record.date)
                && !(tag.flags.contains(.competentAuthorityOnly) && !agency.isCompetentAuthority)
                && !(tag.flags.contains(.notForPublicAuthorityTasks) && agency.isPublicAuthority)
                && !(tag.flags.contains(.requiresConsent) && !consentGiven)
                && !(tag.flags.contains(.withoutConsentOnly) && consentGiven)
                && !(tag.flags.contains(.adultAtRiskTest) && lacksAdultTest)
        }
        let usual = Set(presets.flatMap(\.tags))
        let inPresets = usable.filter { usual.contains($0.id) }
        let suggestions = (inPresets.isEmpty ? usable : inPresets).map { tag -> Suggestion? in
            // A condition that needs a paragraph (or Annex 1 condition) to complete it is
            // suggested with one, or not at all.
            guard
                tag.flags.contains(.needsSchedule1Paragraph)
                    || tag.flags.contains(.needsAnnex1Condition)
            else { return Suggestion(tag: tag) }
            let completing = catalogue.satisfying(tag.id).compactMap { catalogue[$0] }
            return passing(completing, for: record).first.map { Suggestion(tag: tag, with: $0.tag) }
        }
        return suggestions.compactMap { $0 }
    }

    /// A tag to suggest, with the one that completes it when it needs one.
    struct Suggestion {
        var tag: LawfulBasis
        var with: LawfulBasis? = nil

        /// `UKGDPR-9-2-g (Substantial public interest) with DPA2018-S1-P10 (...)`.
        var text: String {
            let named = "\(tag.id) (\(tag.shortTitle))"
            return with.map { "\(named) with \($0.id) (\($0.shortTitle))" } ?? named
        }
    }

    /// ` (such as A (title) or B (title))` naming up to two of `candidates`, or nothing.
    static func suggesting(_ candidates: [Suggestion]) -> String {
        candidates.isEmpty ? "" : " (such as \(naming(candidates)))"
    }

    /// `A (title) or B (title)`: up to two of `candidates` with their short titles.
    static func naming(_ candidates: [Suggestion]) -> String {
        candidates.prefix(2).map(\.text).joined(separator: " or ")
    }

    // MARK: - Rules 4, 5, 6

    /// Rules 4, 5 and 6, read from each tag's flags and status.
    private func checkFlags(
        _ tags: [LawfulBasis], record: SharingRecord, into problems: inout [SharingViolation]
    ) {
        for tag in tags {
            if tag.flags.contains(.notForPublicAuthorityTasks), record.agency.isPublicAuthority {
                problems.append(
                    .init(
                        .publicAuthority,
                        "\(tag.id) cannot be used by a public authority for its tasks, and "
                            + "agency \(record.agency.code) is one"))
            }
            if tag.flags.contains(.adultAtRiskTest), record.subjectIsAdult,
                !Self.isBlank(record.adultAtRiskTest ?? "")
            {
                let missing = AdultAtRiskTest.missing(in: record.adultAtRiskTest ?? "")
                if !missing.isEmpty {
                    problems.append(
                        .init(
                            .adultAtRisk,
                            "\(tag.id) for an adult needs the adult-at-risk test to say something "
                                + "real: --adult-at-risk does not state "
                                + missing.map(\.requirement).joined(separator: ", nor ")))
                }
            }
            if tag.flags.contains(.adultAtRiskTest), record.subjectIsAdult,
                Self.isBlank(record.adultAtRiskTest ?? "")
            {
                // Another condition doing the same job in the same regime: a Part 3 record is
                // pointed to Schedule 8, a UK GDPR one to a Schedule 1 paragraph.
                let alternatives = passing(
                    catalogue.tags.filter { other in
                        other.id != tag.id && other.kind == tag.kind && other.regime == tag.regime
                            && Set(tag.satisfies).isSubset(of: other.satisfies)
                            && (!tag.flags.contains(.sensitiveProcessingCondition)
                                || other.flags.contains(.sensitiveProcessingCondition))
                    }, for: record)
                var sentence =
                    "\(tag.id) for an adult needs the adult-at-risk test recorded (care and "
                    + "support needs; at risk of harm; unable to protect themselves as a result)"
                if !alternatives.isEmpty {
                    sentence += ", otherwise use another condition such as "
                    sentence += Self.naming(alternatives)
                }
                problems.append(.init(.adultAtRisk, sentence))
            }
            if !tag.isUsable(on: record.date) {
                let when =
                    tag.inForceDate.map { "until \($0)" }
                    ?? "until the catalogue gives it an in-force date"
                problems.append(
                    .init(.inForce, "\(tag.id) is prospective: it cannot be relied on \(when)"))
            }
        }
    }

    // MARK: - Rules 7, 9, 12

    /// Rules 7, 9 and 12: the common-law position and the consent facts agree with the tags.
    private func checkConsentAndCommonLaw(
        _ tags: [LawfulBasis], record: SharingRecord, into problems: inout [SharingViolation]
    ) {
        let consentGiven = record.consent == .given
        let implied = Self.impliedPositions(tags)
        if record.commonLawPosition == nil, implied.count > 1 {
            let named = tags.filter { $0.commonLawPosition != nil }.map(\.id)
            problems.append(
                .init(
                    .commonLaw,
                    "\(named.joined(separator: " and ")) stand for different common-law "
                        + "positions: give one"))
        } else if let position = record.commonLawPosition ?? implied.first {
            for tag in tags {
                guard let tagged = tag.commonLawPosition, tagged != position else { continue }
                problems.append(
                    .init(
                        .commonLaw,
                        "\(tag.id) stands for \(tagged.rawValue) but the recorded common-law "
                            + "position is \(position.rawValue)"))
            }
            if position == .consent, !consentGiven {
                problems.append(
                    .init(
                        .commonLaw, "the common-law position is consent but consent was not given"))
            }
        } else {
            let named = catalogue.tags.filter {
                $0.kind == .commonLaw && $0.commonLawPosition != nil
            }
            .map(\.id)
            problems.append(
                .init(
                    .commonLaw,
                    "the common-law confidentiality position is not recorded (consent, law, or "
                        + "overriding public interest)"
                        + (named.isEmpty
                            ? ""
                            : ": record it, or give a common-law tag ("
                                + named.joined(separator: ", ") + ")")))
        }
        if case .notSought(nil) = record.consent {
            problems.append(
                .init(
                    .consentReason,
                    "consent was not sought and no reason is recorded (unsafe, would prejudice "
                        + "the purpose, cannot be given)"))
        }
        for tag in tags where tag.kind != .commonLaw {
            if tag.flags.contains(.requiresConsent), !consentGiven {
                problems.append(
                    .init(.consentConsistency, "\(tag.id) rests on consent, which was not given"))
            }
            if tag.flags.contains(.withoutConsentOnly), consentGiven {
                problems.append(
                    .init(
                        .consentConsistency,
                        "\(tag.id) applies only to sharing without consent, and consent was given"))
            }
        }
    }

    /// The common-law position recorded by a common-law tag from the catalogue given among
    /// `tags` (`CL-CONF-PUBINT` stands for the overriding public interest), as `--common-law`
    /// records it; `nil` when none is given or they disagree.
    public func commonLawPosition(impliedBy tags: [String]) -> CommonLawPosition? {
        let positions = Self.impliedPositions(expand(tags).tags.compactMap { catalogue[$0] })
        return positions.count == 1 ? positions.first : nil
    }

    /// The distinct positions the common-law tags among `tags` stand for, in tag order.
    private static func impliedPositions(_ tags: [LawfulBasis]) -> [CommonLawPosition] {
        var positions: [CommonLawPosition] = []
        for case let position? in tags.map(\.commonLawPosition) where !positions.contains(position)
        {
            positions.append(position)
        }
        return positions
    }

    // MARK: - Helpers

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    private static func list(_ tags: [LawfulBasis]) -> String {
        tags.map(\.id).joined(separator: ", ")
    }

    private static func name(_ regime: LawfulBasis.Regime) -> String {
        switch regime {
        case .ukGDPR: "the UK GDPR"
        case .lawEnforcement: "DPA 2018 Part 3"
        case .other: "no data-protection regime"
        }
    }
}
