import Testing

@testable import MARACKit

@Suite("Name matching")
struct NameMatchingTests {
    @Test(
        "Damerau-Levenshtein counts a swap of two adjacent letters once",
        arguments: [
            ("mary", "mray", 1), ("smith", "smyth", 1), ("", "abc", 3), ("abc", "", 3),
            ("kitten", "sitting", 3), ("ca", "abc", 3), ("same", "same", 0),
            ("jones", "jnoes", 1), ("abcdef", "badcfe", 3),
        ])
    func distance(a: String, b: String, expected: Int) {
        #expect(DamerauLevenshtein.distance(a, b) == expected)
        #expect(DamerauLevenshtein.distance(b, a) == expected)
    }

    @Test("A name is folded: case, accents, apostrophes, titles and 'Surname, Forename'")
    func normalisation() {
        #expect(PersonName("Zoë O'Brien").words == ["zoe", "obrien"])
        #expect(PersonName("MRS  Łucja  Wójcik").words == ["lucja", "wojcik"])
        #expect(PersonName("Smith, Mary-Ann").words == ["mary", "ann", "smith"])
        #expect(PersonName("Smith, Mary-Ann").wasSurnameFirst)
        #expect(PersonName("Mary Smith-Jones").surnameParts == ["smith", "jones"])
        #expect(PersonName("Mary Smith-Jones").surname == "smithjones")
        #expect(PersonName("Mary Smith Jones").possibleSurnameParts == ["smith", "jones"])
        #expect(PersonName("Siobhán Ní Bhriain").forename == "siobhan")
        #expect(PersonName("Şükrü Çelik").words == ["sukru", "celik"])
        #expect(PersonName("   ").isEmpty)
    }

    @Test(
        "Reasons for two names",
        arguments: [
            ("Mary Smith", "Mary Smyth", [MatchReason.closeSpelling, .samePhoneticKey]),
            ("Mary Smith", "Smith, Mary", [.swappedOrder]),
            ("Mary Smith", "Smith Mary", [.swappedOrder]),
            ("Mary Smith", "Smyth Marie", [.samePhoneticKey, .swappedOrder]),
            ("Zoë Smith", "Zoe Smith", [.closeSpelling]),
            ("Mary Smith-Jones", "Mary Jones", [.surnamePart]),
            ("Mary Smith Jones", "Mary Smith", [.surnamePart]),
            ("Muhammad Khan", "Mohammed Khan", [.closeSpelling, .samePhoneticKey]),
            ("Muhammad Khan", "Mohamed Khan", [.samePhoneticKey]),
            ("Mary Smith", "Mary Johnson", []),
            ("Mary Smith", "Peter Smith", []),
        ])
    func reasons(a: String, b: String, expected: [MatchReason]) {
        #expect(NameComparison(PersonName(a), PersonName(b)).reasons == Set(expected))
    }

    @Test("Dates of birth: a slip of one digit, a swap, or day and month exchanged is near")
    func dates() throws {
        let day = { (text: String) in try Day(parsing: text) }
        #expect(DateOfBirthAgreement.of(try day("1985-03-02"), try day("1985-03-02")) == .same)
        #expect(DateOfBirthAgreement.of(try day("1985-03-02"), try day("1985-02-03")) == .near)
        #expect(DateOfBirthAgreement.of(try day("1985-03-02"), try day("1985-03-20")) == .near)
        #expect(DateOfBirthAgreement.of(try day("1985-03-02"), try day("1986-03-02")) == .near)
        #expect(DateOfBirthAgreement.of(try day("1985-03-02"), try day("1990-07-11")) == .different)
        #expect(DateOfBirthAgreement.of(nil, try day("1990-07-11")) == .unknown)
        #expect(
            DateOfBirthAgreement.nearYears(1985).sorted() == [1958, 1975, 1984, 1985, 1986, 1995])
    }

    @Test("The rule: alike names warn with dates of birth that agree, not with different ones")
    func rule() throws {
        let born = try Day(parsing: "1985-03-02")
        let known = KnownPerson(names: ["Mary Smith"], dateOfBirth: born)
        #expect(
            DuplicateRule.evidence(name: "Marie Smyth", dateOfBirth: born, against: known)?
                .reasons == [.samePhoneticKey])
        #expect(
            DuplicateRule.evidence(
                name: "Marie Smyth", dateOfBirth: try Day(parsing: "1962-11-30"), against: known)
                == nil)
        // A surname changed on marriage: the same date of birth and forename.
        #expect(
            DuplicateRule.evidence(name: "Mary Okafor", dateOfBirth: born, against: known)?
                .reasons == [.sameDateOfBirthSimilarName])
        // The same date of birth alone is not enough.
        #expect(
            DuplicateRule.evidence(name: "Joan Okafor", dateOfBirth: born, against: known) == nil)
        // A known alias matches.
        let alias = KnownPerson(names: ["Mary Smith", "Mary Okonkwo"], dateOfBirth: born)
        #expect(
            DuplicateRule.evidence(name: "Mary Okonkwo", dateOfBirth: born, against: alias)?
                .reasons.contains(.matchingAlias) == true)
        // The same perpetrator with an alike forename, even with another date of birth.
        let victim = KnownPerson(
            names: ["Mary Smith"], dateOfBirth: born, sharesPerpetrator: true)
        #expect(
            DuplicateRule.evidence(
                name: "Mary Smithson", dateOfBirth: try Day(parsing: "1991-01-01"),
                against: victim)?.reasons == [.samePerpetrator])
    }

    @Test("Match keys: the order of names does not matter; a lookup finds near years")
    func keys() throws {
        let born = try Day(parsing: "1985-03-02")
        let stored = MatchKeys.stored(names: ["Mary Smith-Jones"], dateOfBirth: born)
        #expect(stored.contains("d:1985-03-02"))
        #expect(stored.contains("n:MR|SM0:1985"))
        #expect(stored.contains("n:JNS|MR:1985"))
        #expect(stored.contains("n:MR|SM0JNS:1985"))
        let probes = MatchKeys.probes(
            name: "Smyth, Marie", dateOfBirth: try Day(parsing: "1986-03-02"))
        #expect(probes.contains("n:MR|SM0:1985"))
        #expect(!probes.isDisjoint(with: stored))
    }
}
