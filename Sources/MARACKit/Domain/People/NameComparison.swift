/// How alike two names are, by the reasons a coordinator would accept for "may be the same
/// person": spelling, sound, order and double-barrelled surnames.
public struct NameComparison: Equatable, Sendable {
    /// The strong reasons: any one of them, with dates of birth that agree, is a warning.
    public var reasons: Set<MatchReason>
    /// Whether the forenames are alike (sound the same, one slip apart, or one the start of
    /// the other), or start with the same letter under a surname that sounds the same (a
    /// forename transliterated: Niamh, Neve), for "the same date of birth with a similar
    /// name".
    public var similarForename: Bool

    /// Compares the names `a` and `b`.
    public init(_ a: PersonName, _ b: PersonName) {
        self.init(a, b, phonetic: Metaphone.key)
    }

    /// Compares the names `a` and `b`, taking each word's Metaphone key from `phonetic`
    /// (a `NameMemo`'s, in a run of checks).
    init(_ a: PersonName, _ b: PersonName, phonetic: (String) -> String) {
        reasons = []
        similarForename = false
        guard !a.isEmpty, !b.isEmpty else { return }
        let phoneticA = a.words.map(phonetic)
        let phoneticB = b.words.map(phonetic)
        let sameOrder = a.words == b.words
        if sameOrder {
            // Equal after folding: the names differ in accents, case or punctuation, or one
            // was written "Surname, Forename".
            reasons.insert(a.wasSurnameFirst != b.wasSurnameFirst ? .swappedOrder : .closeSpelling)
        } else if a.words.sorted() == b.words.sorted() {
            reasons.insert(.swappedOrder)
        } else {
            let distance = DamerauLevenshtein.distance(a.joined, b.joined)
            if distance <= Self.allowedSlips(a.joined.count, b.joined.count) {
                reasons.insert(.closeSpelling)
            }
            let keysA = Self.nameKeys(a, phonetic: phonetic)
            let keysB = Self.nameKeys(b, phonetic: phonetic)
            if keysA.whole == keysB.whole {
                reasons.insert(.samePhoneticKey)
            } else if phoneticA.sorted() == phoneticB.sorted()
                || keysA.whole == keysB.whole.reversed()
            {
                reasons.insert(.samePhoneticKey)
                reasons.insert(.swappedOrder)
            } else if keysA.forename == keysB.forename,
                !Set(keysA.surnameParts).isDisjoint(with: keysB.surnameParts)
            {
                reasons.insert(.surnamePart)
            }
        }
        similarForename =
            Self.alike(a.forename, b.forename, phonetic: phonetic)
            || (a.forename.first == b.forename.first && !a.surname.isEmpty
                && phonetic(a.surname) == phonetic(b.surname))
    }

    /// Slips allowed between two names of these lengths: one in a short name, two otherwise.
    static func allowedSlips(_ a: Int, _ b: Int) -> Int {
        min(a, b) <= 8 ? 1 : 2
    }

    /// The phonetic keys of the first forename, the whole surname and its possible parts.
    static func nameKeys(_ name: PersonName, phonetic: (String) -> String)
        -> (forename: String, whole: [String], surnameParts: [String])
    {
        let forename = phonetic(name.forename)
        let surname = phonetic(name.surname)
        return (forename, [forename, surname], name.possibleSurnameParts.map(phonetic))
    }

    /// Whether two forenames are alike: the same sound, one slip apart, or one starting the
    /// other (Chris, Christine) when the shorter has three letters or more.
    static func alike(_ a: String, _ b: String, phonetic: (String) -> String) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if phonetic(a) == phonetic(b) { return true }
        if DamerauLevenshtein.distance(a, b) <= 1 { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 3 && long.hasPrefix(short)
    }
}
