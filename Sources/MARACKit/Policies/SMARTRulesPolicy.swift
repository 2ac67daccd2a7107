/// The rules of the SMART check of DHR actions, from `Policies/smart-rules.xml`.
///
/// SMART is Specific, Measurable, Achievable (assigned), Relevant, Time-bound. The rules are
/// phrase lists that let the check read an action as a reviewer does (the framing to set aside,
/// the subordinate clauses that do not carry the main verb, vague and concrete verbs, deliverables
/// that are their own evidence, placeholder lead agencies, open-ended timescales), and each rule
/// carries the explanation and the suggested fix printed with a failure, so the check explains
/// itself and an area can change its wording or thresholds without touching code.
///
/// ```swift
/// let rules = policies.smartRules
/// rules.maximumMonths          // 24
/// rules.vague.map(\.id)        // ["remind", "raise-awareness", "consider", ...]
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

    /// A family of vague verbs ("remind", "raise awareness", "consider") that fail *Specific*
    /// when one is the main verb of the action.
    public struct VagueRule: Equatable, Sendable {
        /// The rule's id, such as `raise-awareness`.
        public var id: String
        /// The phrases, matched as whole words, case-insensitively.
        public var phrases: [String]
        /// Whether the action is still *Measurable* when it names its vehicle (a briefing,
        /// internal communications, training): true for reminders and awareness.
        public var vehicleCounts: Bool
        /// Whether the action is still *Measurable* when the vague verb's object is a
        /// deliverable ("drive forward a multi-agency strategy", "amend policies and
        /// guidance"): what is made or changed can be shown, though not what it must say.
        public var productCounts: Bool
        /// Markers of the means that, followed by a concrete verb, say what the vague verb
        /// changes ("improve its response by: (a) adding a screening question").
        public var means: [String]
        /// Why and how to fix.
        public var advice: Advice

        public init(
            id: String, phrases: [String], vehicleCounts: Bool = false,
            productCounts: Bool = false, means: [String] = [], advice: Advice
        ) {
            self.id = id
            self.phrases = phrases
            self.vehicleCounts = vehicleCounts
            self.productCounts = productCounts
            self.means = means
            self.advice = advice
        }
    }

    /// How "review" is read: concrete when a stated outcome follows, vague otherwise.
    public struct ReviewRule: Equatable, Sendable {
        /// The review verbs (`review`, `revisit`...).
        public var phrases: [String]
        /// The words that introduce the review's outcome (`to ensure`, `so that`...).
        public var purposes: [String]
        /// Outcomes that state no change (`fit for purpose`).
        public var emptyOutcomes: [String]
        /// A standing review, which decides nothing whatever is kept under it (`under review`).
        public var standing: [String]
        /// Why a review with no stated outcome fails, and how to fix it.
        public var advice: Advice

        public init(
            phrases: [String], purposes: [String], emptyOutcomes: [String],
            standing: [String] = [], advice: Advice
        ) {
            self.phrases = phrases
            self.purposes = purposes
            self.emptyOutcomes = emptyOutcomes
            self.standing = standing
            self.advice = advice
        }
    }

    /// A lead agency that names nobody who can be chased (`TBC`, `All agencies`).
    public struct Placeholder: Equatable, Sendable {
        /// The placeholder's words.
        public var phrase: String
        /// Whether it matches the first words of the name rather than the whole name.
        public var atStart: Bool

        public init(phrase: String, atStart: Bool = false) {
            self.phrase = phrase
            self.atStart = atStart
        }
    }

    /// Leading words that frame a recommendation and are not its action ("it is recommended that").
    public var frames: [String]
    /// Words that open a clause which does not carry the main verb ("to ensure", "in order to").
    public var subordinates: [String]
    /// Words that open a relative clause and so end the object of the main verb ("who").
    public var relatives: [String]
    /// The fewest words an action may have.
    public var minimumWords: Int
    /// Advice for an action shorter than `minimumWords`.
    public var tooShort: Advice
    /// The vague verb families, in file order.
    public var vague: [VagueRule]
    /// Verbs that state a wished-for outcome; the check reads on to what is to be made true.
    public var containers: [String]
    /// Joint work with another body ("work with").
    ///
    /// The check reads past the partner to what the joint work does ("... to develop a
    /// protocol"); with nothing there, the action names none.
    public var jointWork: [String]
    /// Verbs of asking another body to act ("ask", "request"): the act asked for decides
    /// ("ask the Crown Prosecution Service to remind prosecutors" is a reminder).
    public var asking: [String] = []
    /// How "review" is read.
    public var review: ReviewRule
    /// Verbs that name something done ("amend", "audit", "deliver").
    public var concrete: [String]
    /// Verbs whose object is itself a product that can be shown ("develop", "publish").
    ///
    /// What is developed or published is its own evidence, named noun or not. They are concrete
    /// verbs too, so `concrete` does not list them again.
    public var products: [String]
    /// Nouns naming something that can be delivered (policy, audit, training...).
    public var deliverables: [String]
    /// Phrases that hold a deliverable noun but name people, not a product ("service user").
    public var notDeliverables: [String]
    /// Words before a deliverable showing that it exists already and is used or followed, not
    /// produced ("make use of the guidance", "in accordance with force policy").
    public var followed: [String] = []
    /// Advice when the text names no action at all.
    public var noAction: Advice
    /// Deliverables that are their own evidence of completion wherever they appear (audit, dip
    /// sample, assurance report, training with an assessment, a letter or copy sent).
    public var evidence: [String]
    /// Vehicles that make a reminder or awareness action measurable (briefing, communications).
    public var vehicles: [String]
    /// Words before a vehicle that leave it unnamed ("relevant training").
    public var unnamedVehicles: [String] = []
    /// Verbs of reporting ("report", "present") whose report to a governance body is evidence.
    public var reportingVerbs: [String] = []
    /// The governance bodies a report to which is evidence ("board", "partnership").
    public var reportRecipients: [String] = []
    /// Advice when no measure of success is stated and nothing produced shows completion.
    public var missingMeasure: Advice
    /// Advice when the measure names no number, product or evidence.
    public var vagueMeasure: Advice
    /// Advice when the action sets a standing practice with no evidence of compliance.
    public var practiceMeasure: Advice
    /// Lead agencies that are placeholders.
    public var placeholders: [Placeholder]
    /// Advice when the lead agency is a placeholder.
    public var placeholderAgency: Advice
    /// Advice (a note, not a failure) when the action has no named owner.
    public var missingOwner: Advice
    /// Whether the recommendation must state the finding it answers.
    public var findingRequired: Bool
    /// Advice when the recommendation states no finding.
    public var missingFinding: Advice
    /// Words that make an action open-ended, so no date can say when it is done ("regularly").
    public var openEnded: [String]
    /// Advice when the action is open-ended.
    public var openEndedAdvice: Advice
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
    /// The phrase lists above split into words, filled in when the policy is read.
    var lexicon = SMARTLexicon()

    /// The compiled lexicon, or one compiled now for a policy built in code.
    var compiledLexicon: SMARTLexicon { lexicon.isEmpty ? SMARTLexicon(self) : lexicon }

    /// The file name inside the policy directory.
    static let fileName = "smart-rules"

    /// The policy from the validated root element of `smart-rules.xml`, refusing repeated
    /// vague-rule ids and a milestone span longer than the maximum span.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> SMARTRulesPolicy {
        let reader = PolicyReader(file: file)
        func section(_ name: String, of parent: PolicyNode) throws(PolicyError) -> PolicyNode {
            guard let node = parent.child(named: name) else {
                throw reader.error(parent, .invalidValue("<\(parent.name)> has no <\(name)>"))
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
        func texts(_ node: PolicyNode?, _ name: String) -> [String] {
            node?.children(named: name).map(\.trimmedText) ?? []
        }
        let reading = try section("reading", of: root)
        let specific = try section("specific", of: root)
        let vagueNodes = specific.children(named: "vague")
        try reader.requireUnique(vagueNodes) { $0.attribute("id") }
        var vague: [VagueRule] = []
        for node in vagueNodes {
            func flag(_ name: String) -> Bool {
                let value = node.attribute(name)
                return value == "true" || value == "1"
            }
            vague.append(
                VagueRule(
                    id: try reader.attribute("id", of: node), phrases: texts(node, "phrase"),
                    vehicleCounts: flag("vehicle-counts"), productCounts: flag("product-counts"),
                    means: texts(node, "means"),
                    advice: try advice(node, "why", "fix")))
        }
        let reviewNode = try section("review", of: specific)
        let measurable = try section("measurable", of: root)
        let assigned = try section("assigned", of: root)
        let relevant = try section("relevant", of: root)
        let timeBound = try section("time-bound", of: root)
        let maximum = try reader.integer("max-months", of: timeBound)
        let milestones = try reader.integer("milestones-after-months", of: timeBound)
        if milestones > maximum {
            throw reader.error(
                timeBound,
                .invalidValue(
                    "milestones-after-months \(milestones) is more than max-months \(maximum)"))
        }
        let required = try reader.attribute("finding-required", of: relevant)
        var policy = SMARTRulesPolicy(
            frames: texts(reading, "frame"), subordinates: texts(reading, "subordinate"),
            relatives: texts(reading, "relative"),
            minimumWords: try reader.integer("min-words", of: specific),
            tooShort: try advice(specific, "why-short", "fix-short"), vague: vague,
            containers: texts(specific.child(named: "container"), "phrase"),
            jointWork: texts(specific.child(named: "joint-work"), "phrase"),
            asking: texts(specific.child(named: "asking"), "phrase"),
            review: ReviewRule(
                phrases: texts(reviewNode, "phrase"), purposes: texts(reviewNode, "purpose"),
                emptyOutcomes: texts(reviewNode, "empty"), standing: texts(reviewNode, "standing"),
                advice: try advice(reviewNode, "why", "fix")),
            concrete: texts(specific.child(named: "concrete"), "phrase"),
            products: texts(specific.child(named: "products"), "phrase"),
            deliverables: texts(specific.child(named: "deliverables"), "noun"),
            notDeliverables: texts(specific.child(named: "deliverables"), "not"),
            followed: texts(specific.child(named: "deliverables"), "followed"),
            noAction: try advice(specific, "why-no-action", "fix-no-action"),
            evidence: texts(measurable.child(named: "evidence"), "phrase"),
            vehicles: texts(measurable.child(named: "vehicle"), "phrase"),
            unnamedVehicles: texts(measurable.child(named: "vehicle"), "unnamed"),
            reportingVerbs: texts(measurable.child(named: "reporting"), "verb"),
            reportRecipients: texts(measurable.child(named: "reporting"), "recipient"),
            missingMeasure: try advice(measurable, "why-missing", "fix-missing"),
            vagueMeasure: try advice(measurable, "why-vague", "fix-vague"),
            practiceMeasure: try advice(measurable, "why-practice", "fix-practice"),
            placeholders: assigned.children(named: "placeholder").map {
                Placeholder(phrase: $0.trimmedText, atStart: $0.attribute("match") == "start")
            },
            placeholderAgency: try advice(assigned, "why-placeholder", "fix-placeholder"),
            missingOwner: try advice(assigned, "why-owner", "fix-owner"),
            findingRequired: required == "true" || required == "1",
            missingFinding: try advice(relevant, "why-finding", "fix-finding"),
            openEnded: texts(timeBound.child(named: "open-ended"), "phrase"),
            openEndedAdvice: try advice(timeBound, "why-open", "fix-open"),
            maximumMonths: maximum, milestonesAfterMonths: milestones,
            targetBeforeDecision: try advice(timeBound, "why-before", "fix-before"),
            targetTooFar: try advice(timeBound, "why-far", "fix-far"),
            missingMilestones: try advice(timeBound, "why-milestones", "fix-milestones"))
        policy.lexicon = SMARTLexicon(policy)
        return policy
    }
}
