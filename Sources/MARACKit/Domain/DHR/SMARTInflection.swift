/// The regular past and -ing forms of the verbs in the SMART rules' phrase lists, so a verb
/// listed once ("amend") is read however a plan puts it ("amended", "to be amended",
/// "amending").
///
/// Forms are generated, not looked up: a form that is not an English word ("auditted") matches
/// nothing and does no harm, so where spelling depends on stress (doubling the last consonant)
/// both spellings are made. The -s form is not made: it is too often a plural noun ("issues",
/// "records"), so the policy lists the -s forms it means. Nor are nouns put in the plural:
/// "the services available" and "responding to referrals" name no product.
enum SMARTInflection {
    /// Words that begin a phrase but are not its verb ("be aware", "there is an opportunity").
    static let functionWords: Set<String> = [
        "a", "an", "the", "be", "is", "are", "was", "were", "there", "it", "to", "for", "that",
        "this", "all", "any", "in", "on", "of", "with", "and", "or", "their", "its", "re",
    ]

    /// Irregular past forms of verbs the lists use.
    static let irregular: [String: [String]] = [
        "send": ["sent"], "give": ["gave", "given"], "take": ["took", "taken"],
        "undertake": ["undertook", "undertaken"], "make": ["made"], "seek": ["sought"],
        "write": ["wrote", "written"], "have": ["has", "had"], "build": ["built"],
        "hold": ["held"], "lead": ["led"], "keep": ["kept"], "bring": ["brought"],
    ]

    /// Whether `form` is a past form this type makes ("amended", "sent").
    static func isPast(_ form: String) -> Bool {
        form.hasSuffix("ed") || irregular.contains { $0.key != "have" && $0.value.contains(form) }
    }

    /// `phrase` and the phrases made by inflecting its first word as a verb, each also with
    /// the "-ize" spelling of an "-ise" verb ("recognize", "finalized").
    static func verbPhrases(_ phrase: [String]) -> [[String]] {
        guard let first = phrase.first else { return [phrase] }
        let forms = [first] + verbForms(first)
        return [phrase]
            + (forms.dropFirst() + forms.compactMap(zSpelling)).map { [$0] + phrase.dropFirst() }
    }

    /// The "-ize" spelling of an "-ise" word form, or nil.
    static func zSpelling(_ word: String) -> String? {
        for ending in ["ise", "ised", "ises", "ising"] where word.hasSuffix(ending) {
            return word.dropLast(ending.count) + "iz" + ending.dropFirst(2)
        }
        return nil
    }

    /// Made forms that are prepositions in use ("all agencies, including the police, ...").
    static let prepositions: Set<String> = ["including", "regarding", "concerning", "following"]

    /// Endings of words already inflected, so not a verb's base form.
    ///
    /// "-s" but not "-ss" is tested apart. Nouns are not told apart ("commission", "document"
    /// and "enhance" are verbs too); a made form of a noun matches nothing.
    static let notBaseEndings = ["ed", "ing"]

    /// The -ed and -ing forms of `verb`, and its irregular forms; none for a word that is not a
    /// base form or is a function word.
    static func verbForms(_ verb: String) -> [String] {
        guard verb.count >= 3, !functionWords.contains(verb),
            !notBaseEndings.contains(where: verb.hasSuffix),
            !verb.hasSuffix("s") || verb.hasSuffix("ss")
        else { return [] }
        var forms = irregular[verb] ?? []
        let letters = Array(verb)
        let last = letters[letters.count - 1]
        let beforeLast = letters[letters.count - 2]
        if last == "e" {
            forms += [verb + "d", verb.dropLast() + "ing"]
        } else if last == "y", !isVowel(beforeLast) {
            forms += [verb.dropLast() + "ied", verb + "ing"]
        } else {
            forms += [verb + "ed", verb + "ing"]
            // "refer", "audit": whether the consonant doubles depends on stress, so make both.
            let beforeThat = letters[letters.count - 3]
            if !isVowel(last), !"hswxy".contains(last), isVowel(beforeLast), !isVowel(beforeThat) {
                forms += [verb + String(last) + "ed", verb + String(last) + "ing"]
            }
        }
        return forms.filter { $0 != verb && !prepositions.contains($0) }
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }
}
