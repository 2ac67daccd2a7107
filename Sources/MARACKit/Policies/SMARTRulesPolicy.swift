/// The rules of the SMART check of DHR actions, from `Policies/smart-rules.xml`.
///
/// SMART is Specific, Measurable, Achievable (assigned), Relevant, Time-bound. Each rule carries
/// the explanation and the suggested fix printed with a failure, so the check explains itself
/// and an area can change its wording or thresholds without touching code.
///
/// ```swift
/// let rules = policies.smartRules
/// rules.maximumMonths          // 24
/// rules.vague.map(\.id)        // ["raise-awareness", "consider", ...]
/// ```
public struct SMARTRulesPolicy: Equatable, Sendable {
    /// Why a rule fails and how to put it right.
    public struct Advice: Equatable, Sendable {
        /// Why the action fails the rule.
        public var why: String
        /// What to write instead.
        public var fix: String

        public init(why: String, fix: String) {
            self.why = why
            self.fix = fix
        }
    }

    /// A family of vague phrases ("raise awareness", "consider") that fail *Specific* unless
    /// the action also names a deliverable.
    public struct VagueRule: Equatable, Sendable {
        /// The rule's id, such as `raise-awareness`.
        public var id: String
        /// The phrases, matched as whole words, case-insensitively.
        public var phrases: [String]
        /// Why and how to fix.
        public var advice: Advice

        public init(id: String, phrases: [String], advice: Advice) {
            self.id = id
            self.phrases = phrases
            self.advice = advice
        }
    }

    /// The fewest words an action may have.
    public var minimumWords: Int
    /// Advice for an action shorter than `minimumWords`.
    public var tooShort: Advice
    /// The vague phrases, in file order.
    public var vague: [VagueRule]
    /// Nouns naming something that can be delivered (policy, audit, training...).
    public var deliverables: [String]
    /// Advice when no measure of success is given.
    public var missingMeasure: Advice
    /// Advice when the measure names no number, product or evidence.
    public var vagueMeasure: Advice
    /// Advice when the action has no named owner.
    public var missingOwner: Advice
    /// Whether the recommendation must state the finding it answers.
    public var findingRequired: Bool
    /// Advice when the recommendation states no finding.
    public var missingFinding: Advice
    /// The longest span, in months from when the action is added, to its target date.
    public var maximumMonths: Int
    /// Actions whose target is more than this many months away need milestones.
    public var milestonesAfterMonths: Int
    /// Advice when the target date is on or before the review's decision date.
    public var targetBeforeDecision: Advice
    /// Advice when the target is more than `maximumMonths` away.
    public var targetTooFar: Advice
    /// Advice when a long action has no milestones.
    public var missingMilestones: Advice

    public init(
        minimumWords: Int, tooShort: Advice, vague: [VagueRule], deliverables: [String],
        missingMeasure: Advice, vagueMeasure: Advice, missingOwner: Advice,
        findingRequired: Bool, missingFinding: Advice, maximumMonths: Int,
        milestonesAfterMonths: Int, targetBeforeDecision: Advice, targetTooFar: Advice,
        missingMilestones: Advice
    ) {
        self.minimumWords = minimumWords
        self.tooShort = tooShort
        self.vague = vague
        self.deliverables = deliverables
        self.missingMeasure = missingMeasure
        self.vagueMeasure = vagueMeasure
        self.missingOwner = missingOwner
        self.findingRequired = findingRequired
        self.missingFinding = missingFinding
        self.maximumMonths = maximumMonths
        self.milestonesAfterMonths = milestonesAfterMonths
        self.targetBeforeDecision = targetBeforeDecision
        self.targetTooFar = targetTooFar
        self.missingMilestones = missingMilestones
    }

    /// The file name inside the policy directory.
    static let fileName = "smart-rules"

    /// The policy from the validated root element of `smart-rules.xml`, refusing repeated
    /// vague-rule ids and a milestone span longer than the maximum span.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> SMARTRulesPolicy {
        let reader = PolicyReader(file: file)
        func section(_ name: String) throws(PolicyError) -> PolicyNode {
            guard let node = root.child(named: name) else {
                throw reader.error(root, .invalidValue("<smart-rules> has no <\(name)>"))
            }
            return node
        }
        func advice(_ node: PolicyNode, _ why: String, _ fix: String) throws(PolicyError)
            -> Advice
        {
            guard let whyText = node.childText(why), let fixText = node.childText(fix) else {
                throw reader.error(
                    node, .invalidValue("<\(node.name)> needs <\(why)> and <\(fix)>"))
            }
            return Advice(why: whyText, fix: fixText)
        }
        let specific = try section("specific")
        let vagueNodes = specific.children(named: "vague")
        try reader.requireUnique(vagueNodes) { $0.attribute("id") }
        var vague: [VagueRule] = []
        for node in vagueNodes {
            vague.append(
                VagueRule(
                    id: try reader.attribute("id", of: node),
                    phrases: node.children(named: "phrase").map(\.trimmedText),
                    advice: try advice(node, "why", "fix")))
        }
        let measurable = try section("measurable")
        let assigned = try section("assigned")
        let relevant = try section("relevant")
        let timeBound = try section("time-bound")
        let maximum = try reader.integer("max-months", of: timeBound)
        let milestones = try reader.integer("milestones-after-months", of: timeBound)
        if milestones > maximum {
            throw reader.error(
                timeBound,
                .invalidValue(
                    "milestones-after-months \(milestones) is more than max-months \(maximum)"))
        }
        let required = try reader.attribute("finding-required", of: relevant)
        return SMARTRulesPolicy(
            minimumWords: try reader.integer("min-words", of: specific),
            tooShort: try advice(specific, "why-short", "fix-short"), vague: vague,
            deliverables: specific.child(named: "deliverables")?.children(named: "noun")
                .map(\.trimmedText) ?? [],
            missingMeasure: try advice(measurable, "why-missing", "fix-missing"),
            vagueMeasure: try advice(measurable, "why-vague", "fix-vague"),
            missingOwner: try advice(assigned, "why-owner", "fix-owner"),
            findingRequired: required == "true" || required == "1",
            missingFinding: try advice(relevant, "why-finding", "fix-finding"),
            maximumMonths: maximum, milestonesAfterMonths: milestones,
            targetBeforeDecision: try advice(timeBound, "why-before", "fix-before"),
            targetTooFar: try advice(timeBound, "why-far", "fix-far"),
            missingMilestones: try advice(timeBound, "why-milestones", "fix-milestones"))
    }
}
