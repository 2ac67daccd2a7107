/// The Damerau–Levenshtein distance (optimal string alignment): the fewest insertions,
/// deletions, substitutions and swaps of two adjacent characters turning one string into
/// another.
///
/// A swap counts once, so the commonest typing slips ("Mray" for "Mary") are one edit. Each
/// substring is edited at most once (the restricted form), which is enough for names.
///
/// ```swift
/// DamerauLevenshtein.distance("mary", "mray")   // 1
/// DamerauLevenshtein.distance("smith", "smyth") // 1
/// ```
public enum DamerauLevenshtein {
    /// The distance between `a` and `b`, compared character by character.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The distance between two sequences of comparable elements.
    public static func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows: the one before the previous is needed for a swap.
        var beforePrevious = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
