import Testing

@testable import MARACKit

@Suite("Metaphone")
struct MetaphoneTests {
    /// Published examples: the sentence and rule cases of Apache Commons Codec's Metaphone test
    /// (keys of four letters or fewer, as that implementation cuts keys at four), and
    /// "Klumpz"/"Clumps" from the jellyfish documentation.
    @Test(
        "Published examples get their published keys",
        arguments: [
            ("howl", "HL"), ("The", "0"), ("quick", "KK"), ("brown", "BRN"), ("fox", "FKS"),
            ("jumped", "JMPT"), ("over", "OFR"), ("lazy", "LS"), ("dogs", "TKS"),
            ("COMB", "KM"), ("TOMB", "TM"), ("WOMB", "WM"), ("SCIENCE", "SNS"), ("SCENE", "SN"),
            ("SCY", "S"), ("WHY", ""), ("CIAPO", "XP"), ("SCHEDULE", "SKTL"),
            ("TEACH", "TX"), ("DODGY", "TJ"), ("DODGE", "TJ"),
            ("ADGIEMTI", "AJMT"), ("GHENT", "KNT"), ("BAUGH", "B"), ("GNU", "N"),
            ("SIGNED", "SNT"), ("PHISH", "FX"), ("SHOT", "XT"), ("ODSIAN", "OTXN"),
            ("PULSION", "PLXN"), ("OTIA", "OX"), ("PORTION", "PRXN"), ("RETCH", "RX"),
            ("WATCH", "WX"), ("Klumpz", "KLMPS"), ("Clumps", "KLMPS"),
        ])
    func publishedKeys(word: String, key: String) {
        #expect(Metaphone.key(word) == key)
    }

    /// Commons Codec's groups of names that sound alike (from its "isMetaphoneEqual" tests),
    /// leaving out those that agree there only because its keys stop at four letters
    /// ("Albert" and "Alberik").
    @Test(
        "Names published as sounding alike share a key",
        arguments: [
            [
                "Mary", "Mair", "Maire", "Mara", "Mareah", "Mari", "Maria", "Marie", "Maura",
                "Meara", "Merrie", "Merry", "Mira", "Moira", "Mora", "Moyra", "Myra", "Myrah",
            ],
            ["Gary", "Cahra", "Cara", "Carey", "Cory", "Gray", "Kara", "Kerri", "Kerry", "Kora"],
            [
                "John", "Gena", "Gene", "Gina", "Jan", "Jane", "Jayne", "Jean", "Jenny", "Jo-Ann",
                "Joan", "Joanne", "June",
            ],
            ["Knight", "Hynda", "Nada", "Nadia", "Nat", "Neda", "Netta", "Nita", "Nydia"],
            ["Peter", "Peadar", "Peder", "Pedro", "Petr", "Peyter", "Pieter", "Pietro", "Piotr"],
            ["Susan", "Siusan", "Sosanna", "Susanna", "Susannah", "Suzanne", "Zuzana"],
            ["White", "Wade", "Wait", "Waite", "Whit", "Wiatt", "Wit", "Witty", "Wood", "Woody"],
            ["Wright", "Rota", "Rudd", "Ryde"],
            ["Xalan", "Celene", "Celina", "Selena", "Selina", "Suellen", "Xylina"],
            ["Aero", "Eure"], ["Lawrence", "Lorenza"],
        ])
    func publishedGroups(names: [String]) {
        let keys = Set(names.map(Metaphone.key))
        #expect(keys.count == 1, "\(names) gave \(keys)")
    }

    /// Transliterations common in England and Wales that the key is meant to catch.
    @Test(
        "Common transliterations share a key",
        arguments: [
            ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad"],
            ["Ahmed", "Ahmad"], ["Yusuf", "Yousef", "Yousuf"], ["Fatima", "Fatimah"],
            ["Hussain", "Hussein", "Husain"], ["Siobhan", "Siobhán"],
            ["Smith", "Smyth"], ["Katie", "Katy"], ["Sarah", "Sara"],
        ])
    func transliterations(names: [String]) {
        let keys = Set(names.map { Metaphone.key(PersonName($0).words.joined()) })
        #expect(keys.count == 1, "\(names) gave \(keys)")
    }

    @Test("Different names get different keys")
    func different() {
        #expect(Metaphone.key("Smith") != Metaphone.key("Jones"))
        #expect(Metaphone.key("Mary") != Metaphone.key("Margaret"))
    }
}
