/// Closeness of names, for suggesting what a user meant when a name is unknown.
public enum EditDistance {
    /// The Levenshtein distance between `a` and `b`: the fewest insertions, deletions and
    /// substitutions of characters turning one into the other.
    public static func between(_ a: String, _ b: String) -> Int {
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

    /// The candidate closest to `typed`, when it is close enough to be what was meant.
    ///
    /// Close enough: within 2 edits or a third of the longer name, or one starting the other.
    /// Ties go to the first.
    public static func nearest(to typed: String, among candidates: [String]) -> String? {
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let distance = between(typed, candidate)
            let allowed = max(2, max(typed.count, candidate.count) / 3)
            let prefix =
                typed.count >= 2 && (candidate.hasPrefix(typed) || typed.hasPrefix(candidate))
            guard distance <= allowed || prefix else { continue }
            if best == nil || distance < best!.distance { best = (distance, candidate) }
        }
        return best?.name
    }
}
