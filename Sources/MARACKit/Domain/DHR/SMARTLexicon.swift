/// The phrase lists of a `SMARTRulesPolicy` split into words once, so checking many actions
/// does not split them again for each.
struct SMARTLexicon: Equatable, Sendable {
    var frames = SMARTPhrases()
    var subordinates = SMARTPhrases()
    var relatives = SMARTPhrases()
    /// Per vague rule, in the policy's order.
    var vague: [SMARTPhrases] = []
    var review = SMARTPhrases()
    var purposes = SMARTPhrases()
    var emptyOutcomes = SMARTPhrases()
    var containers = SMARTPhrases()
    var concrete = SMARTPhrases()
    var products = SMARTPhrases()
    var deliverables = SMARTPhrases()
    var notDeliverables = SMARTPhrases()
    /// The past forms the lexicon made rather than the policy listed ("amended"): read as a
    /// verb only after an auxiliary ("is to be amended"), not as an adjective ("the issues
    /// highlighted", "an improved form").
    var participles: Set<String> = []
    var evidence = SMARTPhrases()
    var vehicles = SMARTPhrases()
    var openEnded = SMARTPhrases()
    /// A placeholder lead agency as words, and whether it matches the name's start.
    struct Placeholder: Equatable, Sendable {
        var words: [String]
        var atStart: Bool
    }
    var placeholders: [Placeholder] = []

    /// Whether nothing has been compiled (a policy built in code rather than read from a file).
    var isEmpty: Bool { vague.isEmpty && concrete.isEmpty && deliverables.isEmpty }

    init() {}

    init(_ rules: SMARTRulesPolicy) {
        func split(_ phrases: [String]) -> [[String]] { phrases.map(SMARTReading.words) }
        func list(_ phrases: [String]) -> SMARTPhrases { SMARTPhrases(split(phrases)) }
        /// Each phrase with its inflected forms, each once, in the policy's order.
        func inflected(_ phrases: [String], _ forms: ([String]) -> [[String]]) -> [[String]] {
            var seen: Set<[String]> = []
            return split(phrases).flatMap(forms).filter { seen.insert($0).inserted }
        }
        // A generated form that is a listed deliverable ("training") is read as the noun.
        let nounWords = Set(split(rules.deliverables))
        var participles: Set<String> = []
        func verbs(_ phrases: [String]) -> SMARTPhrases {
            let listed = Set(split(phrases))
            let listedWords = Set(listed.flatMap { $0 })
            let forms = inflected(phrases, SMARTInflection.verbPhrases).filter { phrase in
                if listed.contains(phrase) { return true }
                if let first = phrase.first, SMARTInflection.isPast(first),
                    !listedWords.contains(first)
                {
                    participles.insert(first)
                }
                return !nounWords.contains(phrase)
            }
            return SMARTPhrases(forms)
        }
        frames = list(rules.frames)
        subordinates = list(rules.subordinates)
        relatives = list(rules.relatives)
        vague = rules.vague.map { verbs($0.phrases) }
        review = verbs(rules.review.phrases)
        purposes = list(rules.review.purposes)
        emptyOutcomes = list(rules.review.emptyOutcomes)
        containers = verbs(rules.containers)
        concrete = verbs(rules.concrete + rules.products)
        products = verbs(rules.products)
        deliverables = list(rules.deliverables)
        notDeliverables = list(rules.notDeliverables)
        evidence = list(rules.evidence)
        vehicles = list(rules.vehicles)
        openEnded = list(rules.openEnded)
        placeholders = rules.placeholders.map {
            Placeholder(words: SMARTReading.words($0.phrase), atStart: $0.atStart)
        }
        self.participles = participles
    }
}
