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
        let regime = checkBasis(tags, agency: record.agency, into: &problems)
        checkCategories(record.categories, tags: tags, regime: regime, into: &problems)
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
        _ tags: [LawfulBasis], agency: SharingAgency, into problems: inout [SharingViolation]
    ) -> LawfulBasis.Regime {
        let primary = tags.filter(\.isPrimaryBasis)
        let article6 = primary.filter { $0.regime == .ukGDPR }
        let section35 = primary.filter { $0.regime == .lawEnforcement }
        if primary.isEmpty {
            problems.append(
                .init(
                    .oneBasis,
                    "no lawful basis: give exactly one UK GDPR Art 6 basis, or a DPA 2018 s35 "
                        + "basis when the sharing agency is a competent authority"))
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
                into: &problems)
        }
        return regime
    }

    // MARK: - Rules 2, 3, 11

    /// Rules 2, 3 and 11: categories are known; special category and criminal offence data
    /// have their conditions, and each condition has the Schedule 1 paragraph it needs.
    private func checkCategories(
        _ ids: [String], tags: [LawfulBasis], regime: LawfulBasis.Regime,
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
                problems.append(
                    .init(
                        .specialCategory,
                        "special category data (\(special.joined(separator: ", "))) needs \(what)"
                    ))
            }
        }
        if !criminal.isEmpty, regime == .ukGDPR,
            !tags.contains(where: { $0.flags.contains(.article10Route) })
        {
            problems.append(
                .init(
                    .criminalOffence,
                    "criminal offence data (\(criminal.joined(separator: ", "))) needs a UK GDPR "
                        + "Art 10 route (official authority or domestic law)"))
        }
        for tag in tags where tag.flags.contains(.needsSchedule1Paragraph) {
            let rule: SharingRule =
                tag.flags.contains(.article10Route) ? .criminalOffence : .specialCategory
            requireSupport(
                for: tag, in: tags, rule: rule, what: "DPA 2018 Schedule 1 paragraph",
                into: &problems)
        }
    }

    /// Adds a violation when no tag in `tags` satisfies `tag`, naming a few that would.
    private func requireSupport(
        for tag: LawfulBasis, in tags: [LawfulBasis], rule: SharingRule, what: String,
        into problems: inout [SharingViolation]
    ) {
        guard !tags.contains(where: { $0.satisfies.contains(tag.id) }) else { return }
        let candidates = catalogue.satisfying(tag.id)
        var sentence = "\(tag.id) needs a \(what) that satisfies it"
        if !candidates.isEmpty {
            let shown = candidates.prefix(3).joined(separator: ", ")
            sentence += candidates.count > 3 ? " (such as \(shown))" : " (\(shown))"
        }
        problems.append(.init(rule, sentence))
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
                Self.isBlank(record.adultAtRiskTest ?? "")
            {
                problems.append(
                    .init(
                        .adultAtRisk,
                        "\(tag.id) for an adult needs the adult-at-risk test recorded (care and "
                            + "support needs; at risk of harm; unable to protect themselves as a "
                            + "result), otherwise use another condition such as DPA2018-S1-P10"))
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
        if let position = record.commonLawPosition {
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
            problems.append(
                .init(
                    .commonLaw,
                    "the common-law confidentiality position is not recorded (consent, law, or "
                        + "overriding public interest)"))
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
