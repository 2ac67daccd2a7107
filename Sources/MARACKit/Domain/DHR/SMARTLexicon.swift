/// The phrase lists of a `SMARTRulesPolicy` split into words once, with the verbs' inflected
/// forms, so checking many actions does not split them again for each.
struct SMARTLexicon: Equatable, Sendable {
    /// Framing before the action ("It is recommended that").
    var frames = SMARTPhrases()
    /// Markers of a clause that is not the main action ("to ensure", "so that").
    var subordinates = SMARTPhrases()
    /// Words that end a verb's object ("who", "before").
    var relatives = SMARTPhrases()
    /// Per vague rule, in the policy's order.
    var vague: [SMARTPhrases] = []
    /// The verbs of the vague rules that a vehicle does not make measurable ("consider",
    /// "improve"): a vehicle after one in its clause is only considered or hoped for.
    var vagueWithoutVehicle = SMARTPhrases()
    /// The markers of each vague rule's means ("by"), by rule id, for the rules that have any.
    var means: [String: SMARTPhrases] = [:]
    /// The review verb and its forms.
    var review = SMARTPhrases()
    /// What makes a review's outcome stated ("so that", "against").
    var purposes = SMARTPhrases()
    /// Outcomes that state nothing ("fit for purpose").
    var emptyOutcomes = SMARTPhrases()
    /// A standing review ("under review").
    var standingReview = SMARTPhrases()
    /// Verbs of a wished-for outcome, read on to what is to be made true ("ensure").
    var containers = SMARTPhrases()
    /// Joint work with another body, read on past the partner to what is done ("work with").
    var jointWork = SMARTPhrases()
    /// Verbs of asking another body, read on to the act asked for ("ask the CPS to remind").
    var asking = SMARTPhrases()
    /// Concrete verbs, the product verbs among them.
    var concrete = SMARTPhrases()
    /// Verbs whose object is a product that can be shown ("develop", "publish").
    var products = SMARTPhrases()
    /// Deliverable nouns ("policy", "audit").
    var deliverables = SMARTPhrases()
    /// Phrases holding a deliverable noun that name people ("service user").
    var notDeliverables = SMARTPhrases()
    /// Words before a deliverable showing it is used or followed, not produced ("use of").
    var followed = SMARTPhrases()
    /// The past forms the lexicon made rather than the policy listed ("amended"): the verb only
    /// after an auxiliary ("is to be amended") or before its object ("commissioned an
    /// advocate"), not an adjective ("the issues highlighted", "an improved form").
    var participles: Set<String> = []
    /// Deliverables that are their own evidence ("audit of", "copy on file").
    var evidence = SMARTPhrases()
    /// Vehicles that make a reminder measurable ("briefing").
    var vehicles = SMARTPhrases()
    /// Words before a vehicle that leave it unnamed ("relevant").
    var unnamedVehicles: Set<String> = []
    /// Verbs of reporting, in every form ("reported", "presenting").
    var reportingVerbs = SMARTPhrases()
    /// Governance bodies a report to which is evidence ("board").
    var reportRecipients: Set<String> = []
    /// Words that make an action open-ended ("regularly").
    var openEnded = SMARTPhrases()

    /// A placeholder lead agency as words, and whether it matches the name's start.
    struct Placeholder: Equatable, Sendable {
        var words: [String]
        var atStart: Bool
    }
    var placeholders: [Placeholder] = []

    /// Whether nothing has been compiled (a policy built in code rather than read from a file).
    var isEmpty: Bool { vague.isEmpty && concrete.isEmpty && deliverables.isEmpty }

    /// Whether a verb phrase of the vague, review, container or concrete lists starts at
    /// `index`.
    func startsVerbPhrase(in tokens: [SMARTReading.Token], at index: Int) -> Bool {
        ([review, containers, concrete] + vague).contains {
            $0.longest(in: tokens, at: index) != nil
        }
    }

    init() {}

    init(_ rules: SMARTRulesPolicy) {
        func split(_ phrases: [String]) -> [[String]] { phrases.map(SMARTReading.words) }
        func list(_ phrases: [String]) -> SMARTPhrases { SMARTPhrases(split(phrases)) }
        let verbLists =
            rules.vague.flatMap(\.phrases) + rules.review.phrases + rules.containers
            + rules.jointWork + rules.asking + rules.concrete + rules.products
        // A form any list gives as it is ("provided") is read as listed wherever it is made.
        let listedWords = Set(split(verbLists).compactMap(\.first))
        // A made form that is a listed deliverable ("training") is read as the noun.
        let nounPhrases = Set(split(rules.deliverables))
        var participles: Set<String> = []
        func verbs(_ phrases: [String]) -> SMARTPhrases {
            var seen: Set<[String]> = []
            let forms = split(phrases).flatMap { phrase in
                [phrase]
                    + SMARTInflection.verbPhrases(phrase).dropFirst().filter {
                        !listedWords.contains($0[0]) && !nounPhrases.contains($0)
                    }
            }
            for form in forms
            where SMARTInflection.isPast(form[0]) && !listedWords.contains(form[0]) {
                participles.insert(form[0])
            }
            return SMARTPhrases(forms.filter { seen.insert($0).inserted })
        }
        frames = list(rules.frames)
        subordinates = list(rules.subordinates)
        relatives = list(rules.relatives)
        vague = rules.vague.map { verbs($0.phrases) }
        vagueWithoutVehicle = verbs(rules.vague.filter { !$0.vehicleCounts }.flatMap(\.phrases))
        means = Dictionary(
            rules.vague.filter { !$0.means.isEmpty }.map { ($0.id, list($0.means)) },
            uniquingKeysWith: { first, _ in first })
        review = verbs(rules.review.phrases)
        purposes = list(rules.review.purposes)
        emptyOutcomes = list(rules.review.emptyOutcomes)
        standingReview = list(rules.review.standing)
        containers = verbs(rules.containers)
        jointWork = verbs(rules.jointWork)
        asking = verbs(rules.asking)
        concrete = verbs(rules.concrete + rules.products)
        products = verbs(rules.products)
        deliverables = list(rules.deliverables)
        notDeliverables = list(rules.notDeliverables)
        followed = list(rules.followed)
        evidence = list(rules.evidence)
        vehicles = list(rules.vehicles)
        unnamedVehicles = Set(rules.unnamedVehicles.flatMap(SMARTReading.words))
        openEnded = list(rules.openEnded)
        reportingVerbs = verbs(rules.reportingVerbs)
        reportRecipients = Set(rules.reportRecipients.flatMap(SMARTReading.words))
        placeholders = rules.placeholders.map {
            Placeholder(words: SMARTReading.words($0.phrase), atStart: $0.atStart)
        }
        self.participles = participles
    }
}
