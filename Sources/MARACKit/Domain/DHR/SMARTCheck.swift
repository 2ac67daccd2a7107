/// A letter of SMART: Specific, Measurable, Achievable (assigned), Relevant, Time-bound.
public enum SMARTLetter: String, Equatable, Sendable, Codable, CaseIterable, Comparable {
    case specific = "S"
    case measurable = "M"
    case achievable = "A"
    case relevant = "R"
    case timeBound = "T"

    /// The word the letter stands for.
    public var word: String {
        switch self {
        case .specific: "Specific"
        case .measurable: "Measurable"
        case .achievable: "Achievable"
        case .relevant: "Relevant"
        case .timeBound: "Time-bound"
        }
    }

    public static func < (lhs: SMARTLetter, rhs: SMARTLetter) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What the SMART check reads of one action: its wording, owner, recommendation and dates.
public struct SMARTSubject: Equatable, Sendable {
    public var text: String
    public var measure: String?
    public var owner: String?
    /// The lead agency as named (its code or name).
    public var leadAgency: String?
    /// Whether the lead agency is a registered agency.
    ///
    /// When `leadAgency` is nil only this is checked; otherwise a placeholder name ("TBC",
    /// "All agencies") fails too.
    public var agencyExists: Bool
    /// The finding of the recommendation the action serves, if it has one.
    public var finding: String?
    /// Whether the action is linked to a recommendation.
    public var hasRecommendation: Bool
    public var target: Day?
    public var milestones: String?
    /// The review's decision date.
    public var decisionDate: Day?
    /// The day the action was added; target spans are counted from it.
    public var start: Day

    public init(
        text: String, measure: String? = nil, owner: String? = nil, leadAgency: String? = nil,
        agencyExists: Bool = true,
        finding: String? = nil, hasRecommendation: Bool = true, target: Day?,
        milestones: String? = nil, decisionDate: Day? = nil, start: Day
    ) {
        self.text = text
        self.measure = measure
        self.owner = owner
        self.leadAgency = leadAgency
        self.agencyExists = agencyExists
        self.finding = finding
        self.hasRecommendation = hasRecommendation
        self.target = target
        self.milestones = milestones
        self.decisionDate = decisionDate
        self.start = start
    }
}

/// The SMART check of one action: a verdict per letter, each failure explained, and advice.
///
/// Each finding has its letter, why it fails and a suggested fix; notes are advice that does
/// not fail a letter (a lead agency with no named owner still passes *Achievable*, as the Home
/// Office action plan has a Lead agency column and no owner column). The score is one point per
/// letter with no failure. Pure: the rules come from `Policies/smart-rules.xml`, and the action
/// is read as a reviewer reads it (its main verb and object, not a word anywhere in the text).
///
/// ```swift
/// let check = SMARTCheck(
///     SMARTSubject(text: "Remind officers to complete DASH", target: nil, start: today),
///     rules: policies.smartRules)
/// check.failedLetters              // "SMRT" (no finding recorded, no target)
/// check.findings.first?.rule       // "vague:remind"
/// ```
public struct SMARTCheck: Equatable, Sendable, Codable {
    /// One failed rule, or one piece of advice.
    public struct Finding: Equatable, Sendable, Codable {
        public var letter: SMARTLetter
        /// The rule's id (`vague:consider`, `measure-missing`, `owner-missing`...).
        public var rule: String
        public var why: String
        public var fix: String
    }

    /// Every failure, in S, M, A, R, T order.
    public var findings: [Finding]
    /// Advice that fails no letter, in S, M, A, R, T order.
    public var notes: [Finding]

    /// The letters passed, out of 5.
    public var score: Int { SMARTLetter.allCases.count - Set(findings.map(\.letter)).count }

    /// Whether every letter passes.
    public var isSMART: Bool { findings.isEmpty }

    /// Whether `letter` passes.
    public func passes(_ letter: SMARTLetter) -> Bool { !findings.contains { $0.letter == letter } }

    /// The letters failed, in order (`"SM"`), or empty.
    public var failedLetters: String {
        SMARTLetter.allCases.filter { !passes($0) }.map(\.rawValue).joined()
    }

    /// The letters passed, in order (`"ART"`), or empty.
    public var passedLetters: String {
        SMARTLetter.allCases.filter { passes($0) }.map(\.rawValue).joined()
    }

    /// The ids of the failed rules, comma-separated (`vague:remind,target-missing`).
    public var failedRules: String { findings.map(\.rule).joined(separator: ",") }

    public init(findings: [Finding], notes: [Finding] = []) {
        self.findings = findings
        self.notes = notes
    }

    /// Checks `subject` against `rules`.
    public init(_ subject: SMARTSubject, rules: SMARTRulesPolicy) {
        var findings: [Finding] = []
        var notes: [Finding] = []
        func fail(_ letter: SMARTLetter, _ rule: String, _ advice: SMARTRulesPolicy.Advice) {
            findings.append(Finding(letter: letter, rule: rule, why: advice.why, fix: advice.fix))
        }
        let lexicon = rules.compiledLexicon
        let reading = SMARTReading(subject.text, rules: rules, lexicon: lexicon)
        // Specific: the main verb of the action's sentence and its object.
        if reading.wordCount < rules.minimumWords {
            fail(.specific, "too-short", rules.tooShort)
        } else {
            switch reading.main {
            case .vague(let rule): fail(.specific, "vague:\(rule.id)", rule.advice)
            case .review(passes: false): fail(.specific, "vague:review", rules.review.advice)
            case .none: fail(.specific, "no-action", rules.noAction)
            case .review(passes: true), .concrete, .deliverable: break
            }
        }
        // Measurable: a stated measure, or a deliverable that is its own evidence.
        if let measure = subject.measure, !measure.trimmingSpaces.isEmpty {
            let words = SMARTReading(measure, rules: rules, lexicon: lexicon)
            let concrete =
                measure.contains { $0.isNumber || $0 == "%" }
                || words.contains(anyOf: lexicon.deliverables)
                || words.contains(anyOf: lexicon.evidence)
            if !concrete { fail(.measurable, "measure-vague", rules.vagueMeasure) }
        } else if !reading.namesEvidence(lexicon: lexicon) {
            switch reading.main {
            case .vague(let rule)
            where rule.vehicleCounts && reading.namesVehicle(lexicon: lexicon):
                break
            case .vague(let rule)
            where rule.productCounts
                && reading.objectNamesDeliverable(of: rule, rules: rules, lexicon: lexicon):
                break
            case .review(passes: true), .concrete(hasDeliverable: true), .deliverable: break
            case .concrete(hasDeliverable: false) where reading.coordinateProduces: break
            case .concrete(hasDeliverable: false):
                fail(.measurable, "measure-practice", rules.practiceMeasure)
            case .vague, .review(passes: false), .none:
                fail(.measurable, "measure-missing", rules.missingMeasure)
            }
        }
        // Achievable (assigned): a lead agency that exists and is not a placeholder.
        if !subject.agencyExists {
            fail(
                .achievable, "agency-unknown",
                .init(
                    why: "The lead agency is not a registered agency.",
                    fix: "Register the agency (agency add) or name one that is."))
        } else if let lead = subject.leadAgency, SMARTReading.isPlaceholder(lead, lexicon: lexicon)
        {
            fail(.achievable, "agency-placeholder", rules.placeholderAgency)
        }
        if subject.owner.map({ $0.trimmingSpaces.isEmpty }) ?? true {
            let advice = rules.missingOwner
            notes.append(
                Finding(
                    letter: .achievable, rule: "owner-missing", why: advice.why, fix: advice.fix))
        }
        // Relevant: linked to a recommendation that states its finding.
        if !subject.hasRecommendation {
            fail(
                .relevant, "recommendation-missing",
                .init(
                    why: "The action is not linked to a recommendation.",
                    fix: "Add it under the recommendation it answers (--rec N)."))
        } else if rules.findingRequired,
            subject.finding.map({ $0.trimmingSpaces.isEmpty }) ?? true
        {
            fail(.relevant, "finding-missing", rules.missingFinding)
        }
        // Time-bound: a target date in the allowed span, and not open-ended.
        if let target = subject.target {
            if let decision = subject.decisionDate, target <= decision {
                fail(.timeBound, "target-before-decision", rules.targetBeforeDecision)
            }
            // A limit past the calendar's end (year 9999) is one no target exceeds.
            let farthest = try? subject.start.adding(months: rules.maximumMonths)
            let milestonesAfter = try? subject.start.adding(months: rules.milestonesAfterMonths)
            if let farthest, target > farthest {
                fail(.timeBound, "target-too-far", rules.targetTooFar)
            } else if let milestonesAfter, target > milestonesAfter,
                subject.milestones.map({ $0.trimmingSpaces.isEmpty }) ?? true
            {
                fail(.timeBound, "milestones-missing", rules.missingMilestones)
            }
        } else {
            fail(
                .timeBound, "target-missing",
                .init(why: "The action has no target date.", fix: "Add --target YYYY-MM-DD."))
        }
        if reading.contains(anyOf: lexicon.openEnded) {
            fail(.timeBound, "open-ended", rules.openEndedAdvice)
        }
        self.findings = findings.sorted { $0.letter < $1.letter }
        self.notes = notes.sorted { $0.letter < $1.letter }
    }

    enum CodingKeys: String, CodingKey {
        case score, passed, failed, findings, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        findings = try container.decode([Finding].self, forKey: .findings)
        notes = try container.decodeIfPresent([Finding].self, forKey: .notes) ?? []
    }

    /// Encodes the verdict (`score`, `passed`, `failed` letters) apart from the failures that
    /// explain it (`findings`) and the advice that fails nothing (`notes`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(passedLetters, forKey: .passed)
        try container.encode(failedLetters, forKey: .failed)
        try container.encode(findings, forKey: .findings)
        try container.encode(notes, forKey: .notes)
    }
}
