/// The grammar words the SMART reading uses to find an action's main verb and its object.
///
/// These are English, not policy: which verbs are vague or concrete, and which nouns are
/// deliverables, is in `Policies/smart-rules.xml`.
extension SMARTReading {
    /// Openings of a sentence that tells what the review found, not what is to be done.
    static let findings: [[String]] = [
        ["in", "this", "case"], ["in", "this", "review"], ["it", "was", "found"],
        ["it", "was", "noted"], ["background"], ["context"], ["finding"], ["findings"],
    ]

    /// Who tells what the review found, at the start of a findings sentence ("The panel heard
    /// that ...", "The review has found ...").
    static let findingSubjects: [[String]] = [
        ["the", "review", "panel"], ["the", "panel"], ["the", "review"], ["this", "review"],
        ["the", "chair"], ["the", "reviewer"], ["the", "author"],
    ]

    /// Auxiliaries and adverbs between a finding's subject and its verb ("has also found").
    static let findingAuxiliaries: Set<String> = [
        "has", "have", "had", "was", "is", "were", "also", "further", "clearly",
    ]

    /// Verbs that tell what was found, not what is to be done ("recommends" is framing).
    static let findingVerbs: Set<String> = [
        "found", "finds", "heard", "hears", "noted", "notes", "recognises", "recognised",
        "recognizes", "recognized", "identified", "identifies", "learned", "learnt", "learns",
        "observed", "observes", "established", "saw", "acknowledges", "acknowledged",
        "concluded", "concludes", "concerned", "considered", "discovered",
    ]

    /// Whether `words`, the opening of a sentence after its framing, tells what the review
    /// found: a listed opening, or a finding's subject and its verb.
    static func opensFindings(_ words: [String]) -> Bool {
        if findings.contains(where: { words.starts(with: $0) }) { return true }
        guard let subject = findingSubjects.first(where: { words.starts(with: $0) }) else {
            return false
        }
        let rest = words.dropFirst(subject.count).drop { findingAuxiliaries.contains($0) }
        return rest.first.map { findingVerbs.contains($0) } ?? false
    }

    /// Words after which a past form is a verb ("is to be amended", "has been published").
    static let auxiliaries: Set<String> = [
        "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "get", "gets",
        "got",
    ]

    /// Words after ", to" that do not open a purpose (", to be completed by", ", to all staff").
    static let notPurposes: Set<String> = [
        "all", "every", "staff", "be", "date", "partners", "agencies", "those", "them", "whom",
    ]

    /// Words that open a clause of reason or circumstance before the action ("Given the
    /// victim's attendance at A&E, ...").
    static let openers: Set<String> = [
        "given", "following", "because", "since", "although", "as", "despite", "whilst",
    ]

    /// Words that open a verb's object.
    static let objectStarts: Set<String> = [
        "a", "an", "the", "this", "these", "that", "their", "its", "his", "her", "our", "all",
        "any", "each", "every", "new",
    ]

    /// Words before "review" that make it a noun ("the final review", "this domestic homicide
    /// review"), not the verb; before a past form, they make it an adjective ("an improved").
    static let determiners: Set<String> = [
        "the", "this", "a", "an", "final", "each", "any", "its", "their", "his", "her", "our",
        "homicide", "case", "all", "these", "those", "previous", "other", "such", "both",
        // The names of other statutory reviews ("a Safeguarding Adults Review", "a Child
        // Safeguarding Practice Review", "an Individual Management Review", "a rapid review").
        "adults", "adult", "practice", "management", "rapid", "learning",
    ]
}
