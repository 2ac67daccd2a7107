/// Finding the main verb where the lists do not know it.
///
/// Vague verbs are a closed class: reminders, awareness, consideration and the rest can be
/// listed, and the policy lists them. Verbs that do something are an open class: a plan can
/// "designate", "configure", "install" or "pilot", and a list of them is never complete. So a
/// word where English puts the main verb, after a modal ("should designate"), after "to" in
/// the plan's "X to ..." form ("Probation to designate"), as a passive participle ("home
/// visits are carried out", "to be invited"), first as an imperative ("Speak to the victim
/// alone") or after the subject of a framing "that" ("That officers speak to the victim
/// alone"), is read as a verb that does something, and its object is judged as a listed
/// concrete verb's is. A verb any list names is matched first.
extension SMARTReading {
    /// Modals after which the next word is the verb ("should designate").
    static let modals: Set<String> = [
        "should", "must", "will", "shall", "would", "could", "can", "may",
    ]

    /// Verbs that with "to" stand for a modal ("needs to", "has to").
    static let modalsWithTo: Set<String> = ["need", "needs", "has", "have", "ought"]

    /// Words before "to" that make it a preposition ("access to", "in relation to").
    static let nounsBeforeTo: Set<String> = [
        "access", "referral", "referrals", "relation", "regard", "respect", "addition", "prior",
        "due", "according", "response", "responses", "contact", "up", "recourse", "right",
        "rights", "approach", "commitment", "attention", "exposure", "barrier", "barriers",
        "link", "links", "route", "routes", "pathway", "pathways",
    ]

    /// Forms of "be" after which a past participle is a passive verb ("are carried out").
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being"]

    /// Irregular past participles, which do not end in "-ed" ("to be shown", "is done").
    static let irregularParticiples: Set<String> = [
        "done", "seen", "shown", "known", "set", "put", "run", "told", "found", "drawn",
        "chosen", "met", "paid", "spoken", "sought", "sent", "given", "taken", "made", "held",
        "kept", "built", "brought", "written", "undertaken", "led", "begun", "read",
    ]

    /// Words that are never the main verb where they stand: articles and other determiners,
    /// pronouns, auxiliaries, prepositions, framing verbs, and "domestic" (after "to" it is
    /// always "domestic abuse").
    static let neverVerbs: Set<String> = [
        "a", "an", "the", "this", "these", "those", "that", "their", "its", "his", "her", "our",
        "all", "any", "each", "every", "new", "they", "it", "we", "he", "she", "there", "them",
        "not", "no", "also", "be", "been", "being", "have", "has", "had", "do", "does", "to",
        "and", "or", "of", "in", "on", "for", "with", "by", "at", "from", "as", "domestic",
        // A recommendation's own framing ("We recommend that it is recommended that ...").
        "recommend", "recommends", "recommended", "suggest", "suggests", "suggested",
    ]

    /// Words that, after the first word of an action, show it is an imperative verb before
    /// its object ("Check the PNC", "Establish whether").
    static let imperativeObjectStarts: Set<String> = objectStarts.subtracting(["that", "new"])
        .union(["whether"])

    /// Whether the word at `index`, the action's first word past up to three adverbs from
    /// `start`, is an imperative no list names: "Check the PNC before every bail decision",
    /// "Always check whether there is a history of domestic abuse", "Speak to the victim alone
    /// at every visit", "Routinely ask patients about domestic abuse".
    ///
    /// It must come before its object (a determiner or "whether"), or before "to" and the
    /// person or thing it is done to ("to the victim", "to victims"), or be a verb of asking;
    /// and it must not be an -s, -ing or past form, a noun that takes "to" ("Access to
    /// services"), or a deliverable's name, which there head a noun phrase ("Training for all
    /// staff", "Records of the calls", "Required standards for ..."). "Police to record" and
    /// "Police to focus on" are the plan's "X to", whose "to" a verb follows.
    static func isImperative(
        in tokens: [Token], at index: Int, start: Int, lexicon: SMARTLexicon
    ) -> Bool {
        // Only the first few words can be it, so the rest of the action costs one comparison.
        guard index - start <= 3, tokens.indices.contains(index),
            case .word(let word) = tokens[index],
            isPlainVerbForm(word, lexicon: lexicon),
            wordBefore(index, in: tokens, from: start) < start,
            isWord(in: tokens, index + 1, imperativeObjectStarts)
                || takesObjectAfterTo(in: tokens, at: index)
                || lexicon.asking.longest(in: tokens, at: index) != nil
        else { return false }
        return !isDeliverable(in: tokens, at: index, lexicon: lexicon)
    }

    /// Words that, after a finite verb no list names, open what it is done to: its object,
    /// "whether", or "about" ("ask about domestic abuse").
    static let finiteObjectStarts: Set<String> = imperativeObjectStarts.union(["about"])

    /// Whether the word at `index` is the verb of the clause that a framing "that" opens,
    /// though no list names it: "That officers always speak to the victim alone", "It is
    /// recommended that health visitors ask about domestic abuse at every contact".
    ///
    /// After "that" comes a subject and then its verb, which with no modal is in its plain
    /// form. So the word after a subject of one to six words is the verb when the subject
    /// ends in a plural and a bare object follows ("That agencies use professional
    /// interpreters"; not "That Magistrates' Court and HMCTS are asked", nor "That the
    /// Partnerships Board review ...", where a listed verb follows), or when its object,
    /// "about", or "to" and what it is done to follow it. A word that is not in that form
    /// (-s, -ing, past), or that follows a determiner, a preposition, "and" or a listed verb,
    /// or names a deliverable, is not the verb ("That staff training sessions ...", "That
    /// agencies involved with ...", "that ensure OASys risk assessments are updated").
    static func isVerbAfterThat(
        in tokens: [Token], at index: Int, start: Int, lexicon: SMARTLexicon
    ) -> Bool {
        guard start > 0, index - start >= 1, index - start <= 6,
            isWord(in: tokens, start - 1, ["that"]),
            case .word(let word) = tokens[index],
            isPlainVerbForm(word, lexicon: lexicon),
            !tokens[start..<index].contains(.clauseBreak),
            // A listed verb before it ("that ensure OASys risk assessments are ...") means the
            // clause has its verb, and this word is in its object.
            !(start..<index).contains(where: { lexicon.startsVerbPhrase(in: tokens, at: $0) }),
            case let before = wordBefore(index, in: tokens, from: start), before >= start,
            case .word(let previous) = tokens[before],
            !neverVerbs.contains(previous), !determiners.contains(previous),
            !prepositionsAndQuestionWords.contains(previous),
            (isPlural(previous) && startsObjectPhrase(in: tokens, at: index + 1)
                && !lexicon.startsVerbPhrase(in: tokens, at: index + 1))
                || isWord(in: tokens, index + 1, finiteObjectStarts)
                || takesObjectAfterTo(in: tokens, at: index)
        else { return false }
        return !isDeliverable(in: tokens, at: index, lexicon: lexicon)
    }

    /// Whether a bare object can start at `index`: a word that is no grammar word or
    /// preposition ("use professional interpreters"), so not "Magistrates' Court and ...".
    private static func startsObjectPhrase(in tokens: [Token], at index: Int) -> Bool {
        guard tokens.indices.contains(index), case .word(let word) = tokens[index] else {
            return false
        }
        return !isGrammarWord(word)
    }

    /// Nouns that are plural without an -s ("That staff use ...").
    static let pluralsWithoutS: Set<String> = ["staff", "police", "people", "personnel"]

    /// Whether `word` reads as a plural noun: a word of four letters or more in -s, but not
    /// -ss, -us or -is ("address", "Plus", "focus", "analysis").
    static func isPlural(_ word: String) -> Bool {
        pluralsWithoutS.contains(word)
            || (word.count >= 4 && word.hasSuffix("s")
                && !["ss", "us", "is"].contains { word.hasSuffix($0) })
    }

    /// Prepositions and question words, which open no verb phrase where a verb's plain form
    /// might stand ("between the GP and ...", "where the perpetrator is ...").
    static let prepositionsAndQuestionWords: Set<String> = [
        "about", "across", "after", "against", "along", "alongside", "among", "around", "before",
        "between", "beyond", "during", "including", "into", "onto", "over", "regarding",
        "through", "throughout", "towards", "toward", "under", "upon", "via", "within",
        "without", "where", "when", "which", "who", "whom", "whose", "what", "how", "why",
        "whether", "if", "than", "then", "so", "once", "while", "whilst", "unless", "until",
    ]

    /// Whether `word` is a grammar word: one of `neverVerbs`, a modal, an auxiliary, a
    /// preposition or a question word.
    private static func isGrammarWord(_ word: String) -> Bool {
        neverVerbs.contains(word) || modals.contains(word) || auxiliaries.contains(word)
            || prepositionsAndQuestionWords.contains(word)
    }

    /// Whether `word` can be a verb's plain form: not a grammar word or adverb, and not an -s,
    /// -ing or past form ("required", "involved", "sent"; "need" and "proceed" are plain).
    private static func isPlainVerbForm(_ word: String, lexicon: SMARTLexicon) -> Bool {
        let isPast =
            (word.hasSuffix("ed") && !word.hasSuffix("eed")) || lexicon.participles.contains(word)
            || irregularParticiples.contains(word)
        return !isGrammarWord(word) && !SMARTPhrases.isAdverb(word)
            && word.first?.isLetter == true && !word.hasSuffix("ing") && !isPast
            && !(word.hasSuffix("s") && !word.hasSuffix("ss"))
    }

    /// Whether "to" follows the word at `index` with what it is done to, a determiner or a
    /// plural ("speak to the victim", "write to all practices", "listen to victims"), which
    /// no plan's "X to" has; a noun that takes "to" ("access to", "referral to") is no verb.
    private static func takesObjectAfterTo(in tokens: [Token], at index: Int) -> Bool {
        guard isWord(in: tokens, index + 1, ["to"]), !isWord(in: tokens, index, nounsBeforeTo),
            tokens.indices.contains(index + 2), case .word(let next) = tokens[index + 2]
        else { return false }
        return objectStarts.contains(next) || isPlural(next)
    }

    /// Whether the word at `index` stands where the main verb goes, though no list names it.
    ///
    /// `clauseStart` is where its clause began. After "to", the word is the verb only when
    /// "to" comes early in the clause, after a subject of up to ten words ("Probation to
    /// designate", "The Safeguarding Adults Board and Eastvale CSP to agree"), and the
    /// word is not a plural, which after "to" is a noun ("access to services"; "to focus"
    /// and "to discuss" are verbs).
    static func isUnlistedVerb(in tokens: [Token], at index: Int, clauseStart: Int) -> Bool {
        guard tokens.indices.contains(index), case .word(let word) = tokens[index],
            !neverVerbs.contains(word),
            !modals.contains(word), !SMARTPhrases.isAdverb(word),
            word.first?.isLetter == true
        else { return false }
        let before = wordBefore(index, in: tokens, from: clauseStart)
        guard before >= clauseStart, case .word(let previous) = tokens[before] else {
            return false
        }
        // "will need to ask": "need to" stands for a modal; the verb comes after it.
        if modalsWithTo.contains(word), isWord(in: tokens, index + 1, ["to"]) { return false }
        if modals.contains(previous) { return true }
        if beForms.contains(previous) {
            return word.hasSuffix("ed") || irregularParticiples.contains(word)
        }
        if previous == "to" {
            // "face-to-face contact", "in relation to coercive control": "to" joins two nouns
            // or follows a preposition, and what follows it is no verb.
            if isWord(in: tokens, before - 1, [word])
                || isWord(in: tokens, before - 1, nounsBeforeTo)
            {
                return false
            }
            let isNoun = isPlural(word)
            // "needs to use", "have to ensure" stand for a modal, however long the subject.
            if isWord(in: tokens, before - 1, modalsWithTo) { return !isNoun }
            // "MARAC representatives must be sufficiently senior to make decisions": a modal,
            // "be" and no participle state what the subject must be, so this is no plan's
            // "X to"; the "to" is what the state is for. "will be asked to report" is passive.
            let statesBeing = (clauseStart..<before).contains { at in
                guard isWord(in: tokens, at, modals), isWord(in: tokens, at + 1, ["be"]) else {
                    return false
                }
                var next = at + 2
                while next < before, case .word(let word) = tokens[next],
                    SMARTPhrases.isAdverb(word)
                {
                    next += 1
                }
                guard case .word(let state) = tokens[next] else { return true }
                return !(state.hasSuffix("ed") || irregularParticiples.contains(state))
            }
            return before > clauseStart && before - clauseStart <= 10 && !isNoun
                && !statesBeing
        }
        return false
    }
}
