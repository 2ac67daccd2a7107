/// A list of the SMART rules' phrases as words, indexed by first word, so that finding the
/// phrases at a place in a sentence looks only at those that start with the word there.
struct SMARTPhrases: Equatable, Sendable {
    /// The phrases, in the policy's order.
    private(set) var all: [[String]] = []
    private var byFirstWord: [String: [[String]]] = [:]

    init(_ phrases: [[String]] = []) {
        all = phrases
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            byFirstWord[first, default: []].append(phrase)
        }
    }

    /// Whether the list has no phrase.
    var isEmpty: Bool { all.isEmpty }

    /// How many tokens the longest phrase starting at `index` of `tokens` takes, or nil.
    func longest(in tokens: [SMARTReading.Token], at index: Int) -> Int? {
        guard tokens.indices.contains(index), case .word(let word) = tokens[index],
            let candidates = byFirstWord[word]
        else { return nil }
        return candidates.compactMap { Self.span(of: $0, in: tokens, at: index) }.max()
    }

    /// Whether a phrase occurs anywhere in `tokens`.
    func occurs(in tokens: [SMARTReading.Token]) -> Bool {
        tokens.indices.contains { longest(in: tokens, at: $0) != nil }
    }

    /// How many tokens `phrase` takes when it starts at `index`, or nil when it does not.
    ///
    /// Up to four adverbs and auxiliaries inside the phrase in the text are read through:
    /// "consideration given" matches "consideration should also be given", "regularly reviewed" matches
    /// "regularly be reviewed". The phrase's first word must start it.
    static func span(of phrase: [String], in tokens: [SMARTReading.Token], at index: Int) -> Int? {
        guard let first = phrase.first, tokens.indices.contains(index),
            tokens[index] == .word(first)
        else { return nil }
        var at = index + 1
        for word in phrase.dropFirst() {
            // At most four words between ("will need to be"), so a long run costs nothing.
            var skipped = 0
            while skipped < 4, tokens.indices.contains(at), tokens[at] != .word(word),
                case .word(let between) = tokens[at],
                isAdverb(between) || Self.readThrough.contains(between)
            {
                at += 1
                skipped += 1
            }
            guard tokens.indices.contains(at), tokens[at] == .word(word) else { return nil }
            at += 1
        }
        return at - index
    }

    /// Auxiliaries and modals a listed phrase is read through.
    static let readThrough: Set<String> = [
        "should", "must", "will", "shall", "would", "could", "may", "can", "be", "is", "are",
        "was", "were", "been", "being", "to", "need", "needs", "ought", "required",
        "expected",
    ]

    /// Words ending in "-ly" that are not adverbs.
    static let notAdverbs: Set<String> = [
        "family", "early", "elderly", "apply", "supply", "reply", "assembly", "ally", "rely",
        "italy", "july",
    ]

    /// Adverbs that do not end in "-ly" ("should always ask").
    static let otherAdverbs: Set<String> = [
        "also", "always", "never", "often", "still", "again", "now", "first", "then", "soon",
    ]

    /// Whether `word` is an adverb that can sit inside a listed phrase.
    static func isAdverb(_ word: String) -> Bool {
        otherAdverbs.contains(word) || word.hasSuffix("ly") && !notAdverbs.contains(word)
    }
}
