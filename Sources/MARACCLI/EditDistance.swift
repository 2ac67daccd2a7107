/// The Levenshtein distance between `a` and `b`, used to suggest a command or option.
///
/// The fewest insertions, deletions and substitutions of characters turning one into the other.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The `candidates` close enough to `typed` to be what was meant, closest first (at most `limit`).
///
/// Close enough: within 2 edits, or a third of the longer name, or one starts the other.
func closest(to typed: String, among candidates: [String], limit: Int = 3) -> [String] {
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
        let distance = editDistance(typed, candidate)
        let allowed = max(2, max(typed.count, candidate.count) / 3)
        let prefix = typed.count >= 2 && (candidate.hasPrefix(typed) || typed.hasPrefix(candidate))
        if distance <= allowed || prefix { scored.append((distance, candidate)) }
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
    var seen: Set<String> = []
    return scored.map(\.name).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
}
