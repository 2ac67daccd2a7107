/// Remembers parsed names and their phonetic keys while a run of duplicate checks lasts.
///
/// A CSV import checks every row against up to 50 recorded people who share a key with it,
/// and mostly the same people row after row: without a memo each comparison parses both
/// names and computes every word's Metaphone key again (three quarters of an import's time
/// was spent so). Both are pure functions of their text, so what is remembered can never be
/// stale; the memo only forgets, all at once, when it holds `capacity` entries, so its memory
/// stays bounded whatever the import's size.
///
/// Not shared between threads: one workbench (one command at a time) owns one.
///
/// ```swift
/// let memo = NameMemo()
/// let name = memo.name("Sarah Smith")      // parsed once
/// let key = memo.phonetic("smith")         // Metaphone.key("smith"), computed once
/// ```
final class NameMemo {
    /// Entries kept before the memo starts again.
    static let capacity = 50_000

    private var names: [String: PersonName] = [:]
    private var keys: [String: String] = [:]
    private var matchKeys: [String: [String]] = [:]

    /// `PersonName(text)`.
    func name(_ text: String) -> PersonName {
        if let known = names[text] { return known }
        if names.count >= Self.capacity { names.removeAll(keepingCapacity: true) }
        let parsed = PersonName(text)
        names[text] = parsed
        return parsed
    }

    /// `Metaphone.key(word)`.
    func phonetic(_ word: String) -> String {
        if let known = keys[word] { return known }
        if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
        let key = Metaphone.key(word)
        keys[word] = key
        return key
    }

    /// `MatchKeys.nameKeys(text)`: the keys a name is stored and looked up by, without the year.
    func nameKeys(_ text: String) -> [String] {
        if let known = matchKeys[text] { return known }
        if matchKeys.count >= Self.capacity { matchKeys.removeAll(keepingCapacity: true) }
        let computed = MatchKeys.nameKeys(text)
        matchKeys[text] = computed
        return computed
    }
}
