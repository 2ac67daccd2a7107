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

/// The SMART check of one action: each failure explained, and a score out of 5.
///
/// Each finding has its letter, why it fails and a suggested fix; the score is one point per
/// letter with no failure. Pure: the rules come from `Policies/smart-rules.xml`.
///
/// ```swift
/// let check = SMARTCheck(
///     SMARTSubject(text: "Raise awareness of coercive control", target: nil, start: today),
///     rules: policies.smartRules)
/// check.score                      // 1
/// check.findings.first?.letter     // .specific
/// ```
public struct SMARTCheck: Equatable, Sendable, Codable {
    /// One failed rule.
    public struct Finding: Equatable, Sendable, Codable {
        public var letter: SMARTLetter
        /// The rule's id (`vague:consider`, `measure-missing`...).
        public var rule: String
        public var why: String
        public var fix: String
    }

    /// Every failure, in S, M, A, R, T order.
    public var findings: [Finding]

    /// The letters passed, out of 5.
    public var score: Int { SMARTLetter.allCases.count - Set(findings.map(\.letter)).count }

    /// Whether every letter passes.
    public var isSMART: Bool { findings.isEmpty }

    /// The letters failed, in order (`"SM"`), or empty.
    public var failedLetters: String {
        SMARTLetter.allCases.filter { letter in findings.contains { $0.letter == letter } }
            .map(\.rawValue).joined()
    }

    /// The ids of the failed rules, comma-separated (`vague:remind,target-missing`).
    public var failedRules: String { findings.map(\.rule).joined(separator: ",") }

    public init(findings: [Finding]) { self.findings = findings }

    /// Checks `subject` against `rules`.
    public init(_ subject: SMARTSubject, rules: SMARTRulesPolicy) {
        var findings: [Finding] = []
        func fail(_ letter: SMARTLetter, _ rule: String, _ advice: SMARTRulesPolicy.Advice) {
            findings.append(Finding(letter: letter, rule: rule, why: advice.why, fix: advice.fix))
        }
        let words = SMARTCheck.words(subject.text)
        if words.count < rules.minimumWords {
            fail(.specific, "too-short", rules.tooShort)
        }
        if !SMARTCheck.namesDeliverable(words, rules) {
            for rule in rules.vague where SMARTCheck.contains(words, anyOf: rule.phrases) {
                fail(.specific, "vague:\(rule.id)", rule.advice)
            }
        }
        if let measure = subject.measure, !measure.trimmingSpaces.isEmpty {
            let measureWords = SMARTCheck.words(measure)
            let concrete =
                measure.contains { $0.isNumber || $0 == "%" }
                || SMARTCheck.namesDeliverable(measureWords, rules)
            if !concrete { fail(.measurable, "measure-vague", rules.vagueMeasure) }
        } else {
            fail(.measurable, "measure-missing", rules.missingMeasure)
        }
        if !subject.agencyExists {
            fail(
                .achievable, "agency-unknown",
                .init(
                    why: "The lead agency is not a registered agency.",
                    fix: "Register the agency (agency add) or name one that is."))
        }
        if subject.owner.map({ $0.trimmingSpaces.isEmpty }) ?? true {
            fail(.achievable, "owner-missing", rules.missingOwner)
        }
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
        if let target = subject.target {
            if let decision = subject.decisionDate, target <= decision {
                fail(.timeBound, "target-before-decision", rules.targetBeforeDecision)
            }
            if target > subject.start.adding(months: rules.maximumMonths) {
                fail(.timeBound, "target-too-far", rules.targetTooFar)
            } else if target > subject.start.adding(months: rules.milestonesAfterMonths),
                subject.milestones.map({ $0.trimmingSpaces.isEmpty }) ?? true
            {
                fail(.timeBound, "milestones-missing", rules.missingMilestones)
            }
        } else {
            fail(
                .timeBound, "target-missing",
                .init(why: "The action has no target date.", fix: "Add --target YYYY-MM-DD."))
        }
        self.findings = findings.sorted { $0.letter < $1.letter }
    }

    /// The text as lower-case words of letters and digits.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// Whether `words` contain one of `phrases` as consecutive whole words.
    static func contains(_ words: [Substring], anyOf phrases: [String]) -> Bool {
        phrases.contains { phrase in
            let target = Self.words(phrase)
            guard !target.isEmpty, target.count <= words.count else { return false }
            return (0...(words.count - target.count)).contains { start in
                words[start..<(start + target.count)].elementsEqual(target)
            }
        }
    }

    /// Whether `words` name one of the policy's deliverables.
    static func namesDeliverable(_ words: [Substring], _ rules: SMARTRulesPolicy) -> Bool {
        contains(words, anyOf: rules.deliverables)
    }
}
