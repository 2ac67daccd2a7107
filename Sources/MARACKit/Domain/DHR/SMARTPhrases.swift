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
        return candidates.compactMap { SMARTReading.span(of: $0, in: tokens, at: index) }.max()
    }

    /// Whether a phrase occurs anywhere in `tokens`.
    func occurs(in tokens: [SMARTReading.Token]) -> Bool {
        tokens.indices.contains { longest(in: tokens, at: $0) != nil }
    }
}
