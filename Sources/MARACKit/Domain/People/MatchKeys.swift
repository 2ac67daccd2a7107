/// The keys a person record is found by when a referral may be of them under another
/// spelling: computed when the person (or an alias) is recorded and stored with an index, so
/// a referral looks up a handful of keys instead of reading every person.
///
/// - `d:1985-03-02`: the date of birth, for any name with the same date of birth.
/// - `n:MR|SM0:1985`: the Metaphone keys of the forename and a surname (or surname part),
///   sorted so the order the names were written in does not matter, with the year of birth
///   (`?` when not known) so a common name's bucket stays small at national scale. A lookup
///   asks for the near years too (``DateOfBirthAgreement/nearYears(_:)``).
/// - `f:MR|S:1985` and `s:SM0|M:1985`: the forename's key with the surname's first letter,
///   and the surname's key with the forename's first letter, with the year of birth: a
///   typing slip that changes one name's sound, with a mistyped date of birth, is still found
///   by the other name.
/// - `x:…`: an exact spelling confirmed as this person (`case refer --same-as`, `person
///   merge`), in the form of ``PersonMatch/key(name:dateOfBirth:)``.
///
/// The keys are personal data (they are derived from names) and never leave the database.
public enum MatchKeys {
    /// The keys stored for a person with these names (recorded name and aliases).
    ///
    /// `nameKeys` gives a name's keys without the year (`MatchKeys.nameKeys`, or a memo of it
    /// during an import, where the same names come back row after row).
    public static func stored(
        names: [String], dateOfBirth: Day?, nameKeys: (String) -> [String] = nameKeys
    ) -> Set<String> {
        var keys = Set<String>()
        if let dateOfBirth { keys.insert("d:" + dateOfBirth.description) }
        let year = dateOfBirth.map { String($0.year) } ?? "?"
        for name in names {
            for pair in nameKeys(name) { keys.insert(pair + ":" + year) }
        }
        return keys
    }

    /// The keys to look up for a referral of `name` born on `dateOfBirth` (`nameKeys` as for
    /// ``stored(names:dateOfBirth:nameKeys:)``).
    public static func probes(
        name: String, dateOfBirth: Day?, nameKeys: (String) -> [String] = nameKeys
    ) -> Set<String> {
        var keys = Set<String>()
        var years = ["?"]
        if let dateOfBirth {
            keys.insert("d:" + dateOfBirth.description)
            // The same day and month the other way round keeps the year: already covered.
            years += DateOfBirthAgreement.nearYears(dateOfBirth.year).map(String.init)
        }
        for pair in nameKeys(name) {
            for year in years { keys.insert(pair + ":" + year) }
        }
        return keys
    }

    /// A name's keys without the year: its Metaphone pairs (`n:`) and half keys (`f:`, `s:`),
    /// the name parsed once.
    public static func nameKeys(_ name: String) -> [String] {
        let parsed = PersonName(name)
        return namePairs(parsed) + halfKeys(parsed)
    }

    /// The key of an exact spelling confirmed as a person's.
    public static func exact(name: String, dateOfBirth: Day?) -> String {
        "x:" + PersonMatch.key(name: name, dateOfBirth: dateOfBirth)
    }

    /// The sorted Metaphone pairs of a name: its forename with the whole surname and with
    /// each possible part of a double-barrelled one.
    static func namePairs(_ name: PersonName) -> [String] {
        guard !name.isEmpty else { return [] }
        let forename = Metaphone.key(name.forename)
        guard !name.surname.isEmpty else { return ["n:" + forename] }
        var surnames = [name.surname] + name.possibleSurnameParts
        if name.surnameParts.count > 1 { surnames.append(name.surnameParts.joined()) }
        return Set(
            surnames.map { surname in
                "n:" + [forename, Metaphone.key(surname)].sorted().joined(separator: "|")
            }
        ).sorted()
    }

    /// The forename's key with the surname's initial, and the surname's key with the
    /// forename's initial, when the name has both.
    static func halfKeys(_ name: PersonName) -> [String] {
        guard let forenameInitial = name.forename.first, let surnameInitial = name.surname.first
        else { return [] }
        return [
            "f:" + Metaphone.key(name.forename) + "|" + String(surnameInitial),
            "s:" + Metaphone.key(name.surname) + "|" + String(forenameInitial),
        ]
    }
}
