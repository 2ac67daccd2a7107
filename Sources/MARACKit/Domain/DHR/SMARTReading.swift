/// An action's text read as a reviewer reads it, for the SMART check.
///
/// The text becomes sentences of lower-case words and clause breaks (commas, semicolons,
/// colons). The first sentence is read for its main action: the framing ("It is recommended
/// that") is set aside, clauses opened by a subordinate marker ("to ensure", "in order to") are
/// skipped to their end, and the first verb phrase left decides. A vague verb ("remind",
/// "consider") fails; "review" passes only when a stated outcome follows; "ensure" is read on to
/// what is to be made true; a concrete verb passes unless a vague verb governs its object
/// ("widen and improve"); a verb that makes a product ("develop", "publish") names its own
/// evidence. With no verb phrase, a deliverable noun ("There should be mandatory
/// training ...") passes.
struct SMARTReading: Sendable {
    /// A word or a clause break.
    enum Token: Equatable, Sendable {
        case word(String)
        case clauseBreak
    }

    /// What the main action of the first sentence is.
    enum Main: Equatable, Sendable {
        /// Its main verb is vague.
        case vague(SMARTRulesPolicy.VagueRule)
        /// It is a review, with or without a stated outcome.
        case review(passes: Bool)
        /// Its main verb is concrete; whether its clause names a deliverable.
        case concrete(hasDeliverable: Bool)
        /// It names a deliverable but no verb from the lists.
        case deliverable
        /// It names no action.
        case none
    }

    let sentences: [[Token]]
    let main: Main

    /// The number of words in the whole text.
    var wordCount: Int { sentences.joined().filter { $0 != .clauseBreak }.count }

    init(_ text: String, rules: SMARTRulesPolicy) {
        sentences = Self.sentences(String(Self.withoutEnumerator(text)))
        let lexicon = rules.lexicon.isEmpty ? SMARTLexicon(rules) : rules.lexicon
        main = Self.read(sentences.first ?? [], rules: rules, lexicon: lexicon)
    }

    /// Whether any sentence contains one of `phrases` as consecutive words.
    func contains(anyOf phrases: [String]) -> Bool {
        contains(anyOf: SMARTPhrases(phrases.map(Self.words)))
    }

    /// Whether any sentence contains one of `phrases`.
    func contains(anyOf phrases: SMARTPhrases) -> Bool {
        sentences.contains { phrases.occurs(in: $0) }
    }

    /// Whether the first sentence, which holds the main action, contains one of `phrases`.
    func firstSentenceContains(anyOf phrases: SMARTPhrases) -> Bool {
        sentences.first.map { phrases.occurs(in: $0) } ?? false
    }

    /// Whether `lead` is one of the policy's placeholder lead agencies.
    static func isPlaceholder(_ lead: String, rules: SMARTRulesPolicy) -> Bool {
        let name = words(lead)
        guard !name.isEmpty else { return true }
        let lexicon = rules.lexicon.isEmpty ? SMARTLexicon(rules) : rules.lexicon
        return lexicon.placeholders.contains { placeholder in
            let phrase = placeholder.words
            return placeholder.atStart
                ? name.starts(with: phrase) && name.count > phrase.count || name == phrase
                : name == phrase
        }
    }

    // MARK: - Tokens

    /// `text` without the number or bullet a plan puts before an action ("1.", "3.2",
    /// "(a)", "ii)", "R4:", "Recommendation 2 -", "•"), which is not part of its wording.
    static func withoutEnumerator(_ text: String) -> Substring {
        var rest = text.drop(while: \.isWhitespace)
        if let first = rest.first, "•·*-–—".contains(first) {
            return rest.dropFirst().drop(while: \.isWhitespace)
        }
        // A label before the number: "Recommendation 2", "Rec 3", "Action 1.1", "R4".
        var labelled = false
        for label in ["recommendation", "rec", "action", "r"]
        where rest.lowercased().hasPrefix(label) {
            let number = rest.dropFirst(label.count).drop { $0 == " " }
            if number.first?.isNumber == true {
                rest = number
                labelled = true
                break
            }
        }
        let opened = rest.first == "("
        let body = opened ? rest.dropFirst() : rest
        let token = body.prefix { $0.isNumber || $0.isLetter || $0 == "." }
        var name = token.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        let after = body.dropFirst(token.count)
        let closer = after.first
        let closedByPunctuation =
            token.hasSuffix(".") || closer.map { ")-–:".contains($0) } ?? false
        let isNumber = name.first?.isNumber == true && name.allSatisfy { $0.isNumber || $0 == "." }
        let isLetter =
            name.count == 1 && name.first!.isLetter
            || (1...4).contains(name.count) && name.allSatisfy { "ivx".contains($0) }
        let isEnumerator =
            isNumber && (closedByPunctuation || name.contains(".") || labelled)
            || isLetter && (closedByPunctuation || opened)
        guard isEnumerator else { return rest }
        let remainder = after.drop { ".)-–:".contains($0) }
        guard remainder.first?.isWhitespace ?? true else { return rest }
        return remainder.drop(while: \.isWhitespace)
    }

    /// The lower-case words of `text`, punctuation dropped.
    static func words(_ text: String) -> [String] {
        sentences(text).joined().compactMap {
            if case .word(let word) = $0 { word } else { nil }
        }
    }

    /// Words a full stop follows without ending the sentence.
    static let abbreviations: Set<String> = [
        "e", "g", "i", "eg", "ie", "etc", "vs", "cf", "no", "nos", "approx", "incl", "inc", "para",
        "paras", "ref", "st", "dr", "mr", "mrs", "ms", "al", "ch", "sec", "s",
    ]

    /// The text as sentences of words and clause breaks.
    ///
    /// A full stop ends a sentence when a capital letter follows, or a space and a lower-case
    /// word, unless it ends an abbreviation: "i.e." and "etc. and" do not. "&" is "and".
    static func sentences(_ text: String) -> [[Token]] {
        var sentences: [[Token]] = []
        var current: [Token] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { current.append(.word(word)) }
            word = ""
        }
        func endSentence() {
            endWord()
            if !current.isEmpty { sentences.append(current) }
            current = []
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            // ASCII first: Unicode's letter properties are looked up only for other characters.
            if let ascii = character.asciiValue {
                switch ascii {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word.append(character)
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(Character(Unicode.Scalar(ascii + 32)))
                    continue
                default: break
                }
            } else if character.isLetter || character.isNumber {
                word += character.lowercased()
                continue
            }
            if character == "," || character == ";" || character == ":" {
                endWord()
                if current.last != .clauseBreak { current.append(.clauseBreak) }
            } else if character == "." || character == "?" || character == "!" {
                let next = characters[(index + 1)...].first { !$0.isWhitespace }
                // A lower-case sentence after a space ends one too, unless the full stop ends
                // an abbreviation ("e.g. the", "etc. and").
                let spaced =
                    characters.indices.contains(index + 1)
                    && characters[index + 1].isWhitespace
                let newSentence =
                    next.map {
                        $0.isUppercase || spaced && $0.isLetter && !abbreviations.contains(word)
                    }
                    ?? true
                if newSentence { endSentence() } else { endWord() }
            } else if character == "&" {
                endWord()
                current.append(.word("and"))
            } else {
                endWord()
            }
        }
        endSentence()
        return sentences
    }

    /// How many tokens `phrase` takes when it starts at `index`, or nil when it does not.
    ///
    /// Adverbs and auxiliaries inside the phrase in the text are read through: "consideration
    /// given" matches "consideration should also be given", "regularly reviewed" matches
    /// "regularly be reviewed". The phrase's first word must start it.
    static func span(of phrase: [String], in tokens: [Token], at index: Int) -> Int? {
        guard let first = phrase.first, tokens.indices.contains(index),
            tokens[index] == .word(first)
        else { return nil }
        var at = index + 1
        for word in phrase.dropFirst() {
            while tokens.indices.contains(at), tokens[at] != .word(word),
                case .word(let between) = tokens[at],
                isAdverb(between) || Self.readThrough.contains(between)
            {
                at += 1
            }
            guard tokens.indices.contains(at), tokens[at] == .word(word) else { return nil }
            at += 1
        }
        return at - index
    }

    /// Auxiliaries and modals a listed phrase is read through.
    static let readThrough: Set<String> = [
        "should", "must", "will", "shall", "would", "could", "may", "can", "be", "is", "are",
        "was", "were", "been", "being", "to", "need", "needs",
    ]

    /// Words ending in "-ly" that are not adverbs.
    static let notAdverbs: Set<String> = [
        "family", "early", "elderly", "apply", "supply", "reply", "assembly", "ally", "rely",
        "italy", "july",
    ]

    /// Whether `word` is an adverb that can sit inside a listed phrase.
    static func isAdverb(_ word: String) -> Bool {
        word == "also" || word.hasSuffix("ly") && !notAdverbs.contains(word)
    }

    /// Whether a deliverable noun starts at `index`, unless it begins a phrase that names
    /// people ("service user").
    static func isDeliverable(in tokens: [Token], at index: Int, lexicon: SMARTLexicon) -> Bool {
        lexicon.deliverables.longest(in: tokens, at: index) != nil
            && lexicon.notDeliverables.longest(in: tokens, at: index) == nil
    }

    // MARK: - The main action

    /// Words after which a past form is a verb ("is to be amended", "has been published",
    /// "reviewed and updated").
    static let auxiliaries: Set<String> = [
        "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "get", "gets",
        "got", "and", "or",
    ]

    /// Words that open a verb's object.
    static let objectStarts: Set<String> = [
        "a", "an", "the", "this", "these", "that", "their", "its", "his", "her", "our", "all",
        "any", "each", "every", "new",
    ]

    /// Words before "review" that make it a noun ("the final review", "this domestic homicide
    /// review"), not the verb; before a past form, they make it an adjective ("an improved").
    static let determiners: Set<String> = [
        "the", "this", "a", "an", "final", "each", "any", "its", "their", "his", "her", "our",
        "homicide", "case",
    ]

    /// The main action of the sentence `tokens`, after its framing.
    ///
    /// An action headed by a purpose ("To ensure that all staff are trained") with no main
    /// clause after it is that purpose: read again with "to" as its infinitive.
    static func read(_ tokens: [Token], rules: SMARTRulesPolicy, lexicon: SMARTLexicon) -> Main {
        var start = 0
        while let length = lexicon.frames.longest(in: tokens, at: start)
            ?? (tokens.indices.contains(start) && tokens[start] == .clauseBreak ? 1 : nil)
        {
            start += length
        }
        let main = read(tokens, from: start, rules: rules, lexicon: lexicon)
        guard main == .none, tokens.indices.contains(start), tokens[start] == .word("to"),
            lexicon.subordinates.longest(in: tokens, at: start) != nil
        else { return main }
        return read(tokens, from: start + 1, rules: rules, lexicon: lexicon)
    }

    /// The main action of `tokens` read from `start`, where the action's own words begin.
    private static func read(
        _ tokens: [Token], from start: Int, rules: SMARTRulesPolicy, lexicon: SMARTLexicon
    ) -> Main {
        let subordinates = lexicon.subordinates
        let relatives = lexicon.relatives
        let vague = zip(rules.vague, lexicon.vague).map { ($0, $1) }
        let review = lexicon.review
        let containers = lexicon.containers
        let concrete = lexicon.concrete

        func isWord(_ index: Int, in set: Set<String>) -> Bool {
            guard tokens.indices.contains(index), case .word(let word) = tokens[index] else {
                return false
            }
            return set.contains(word)
        }
        /// Whether an auxiliary comes before `index`, past any adverbs ("be regularly").
        func afterAuxiliary(_ index: Int) -> Bool {
            var before = index - 1
            while before >= 0, case .word(let word) = tokens[before], word.hasSuffix("ly") {
                before -= 1
            }
            return isWord(before, in: Self.auxiliaries)
        }
        /// The length of the longest verb phrase of `phrases` at `index`. A made past form is
        /// the verb after an auxiliary ("is to be amended") or before its object ("the CSP
        /// commissioned an advocate"), not an adjective ("an improved form", "the issues
        /// highlighted in this review").
        func verb(_ phrases: SMARTPhrases, at index: Int) -> Int? {
            guard let length = phrases.longest(in: tokens, at: index) else { return nil }
            guard isWord(index, in: lexicon.participles) else { return length }
            let isVerb =
                afterAuxiliary(index)
                || (!isWord(index - 1, in: determiners)
                    && isWord(index + length, in: Self.objectStarts))
            return isVerb ? length : nil
        }
        func vagueRule(at index: Int) -> (SMARTRulesPolicy.VagueRule, Int)? {
            vague.compactMap { rule, phrases in
                verb(phrases, at: index).map { (rule, $0) }
            }.max { $0.1 < $1.1 }
        }
        /// Whether a deliverable noun is in `range`.
        func hasDeliverable(_ range: Range<Int>) -> Bool {
            range.contains { isDeliverable(in: tokens, at: $0, lexicon: lexicon) }
        }
        /// The verdict of a concrete verb phrase ending at `end`, whose clause began at
        /// `clauseStart`.
        func object(from end: Int, clauseStart: Int) -> Main {
            var index = end
            while index < tokens.count, tokens[index] != .clauseBreak,
                subordinates.longest(in: tokens, at: index) == nil,
                relatives.longest(in: tokens, at: index) == nil
            {
                if let (rule, _) = vagueRule(at: index) {
                    // "to highlight ..." after the object is its purpose; "and improve" governs.
                    if isWord(index - 1, in: ["to"]) { break }
                    return .vague(rule)
                }
                if isDeliverable(in: tokens, at: index, lexicon: lexicon) {
                    return .concrete(hasDeliverable: true)
                }
                index += 1
            }
            // The verb phrase itself can name the deliverable ("have an action plan").
            return .concrete(hasDeliverable: hasDeliverable(clauseStart..<end))
        }
        /// Whether the review ending at `end` has a stated outcome.
        func reviewOutcome(from end: Int) -> Bool {
            let purposes = lexicon.purposes
            let empty = lexicon.emptyOutcomes
            /// The length of the purpose marker at `index`: a listed one, or "to" and a verb
            /// opening a clause (", to tighten up the criteria").
            func purpose(at index: Int) -> Int? {
                if let length = purposes.longest(in: tokens, at: index) { return length }
                guard tokens[index] == .clauseBreak, isWord(index + 1, in: ["to"]),
                    tokens.indices.contains(index + 2), case .word(let next) = tokens[index + 2],
                    !determiners.contains(next), !["all", "every", "staff"].contains(next)
                else { return nil }
                return 2
            }
            guard let at = (end..<tokens.count).first(where: { purpose(at: $0) != nil })
            else { return false }
            let outcome = Array(tokens[(at + purpose(at: at)!)...])
                .filter { $0 != .clauseBreak }
            if outcome.isEmpty { return false }
            let statesNothing = outcome.indices.contains { index in
                empty.longest(in: outcome, at: index) != nil
            }
            return !(statesNothing && outcome.count <= 8)
        }

        var index = start
        var clauseStart = start
        var inSubordinate = false
        var afterContainer = false
        while index < tokens.count {
            if tokens[index] == .clauseBreak {
                inSubordinate = false
                clauseStart = index + 1
                index += 1
                continue
            }
            if let length = subordinates.longest(in: tokens, at: index) {
                // "Refuge to ensure ...": after the subject and before any verb, "to" is the
                // infinitive of the main verb, so read on from the verb.
                if index > clauseStart, isWord(index, in: ["to"]) {
                    index += 1
                    continue
                }
                inSubordinate = true
                index += length
                continue
            }
            if inSubordinate {
                index += 1
                continue
            }
            let vagueMatch = vagueRule(at: index)
            let concreteLength = verb(concrete, at: index) ?? 0
            // "the final review" names the DHR itself; "a review of the MARAC protocol" is the
            // action, named as a noun.
            let isNoun =
                isWord(index - 1, in: determiners)
                && !(isWord(index - 1, in: ["a", "an"]) && isWord(index + 1, in: ["of"]))
            let reviewLength = isNoun ? 0 : verb(review, at: index) ?? 0
            if let (rule, length) = vagueMatch, length >= max(concreteLength, reviewLength) {
                return .vague(rule)
            }
            if reviewLength > concreteLength {
                return .review(passes: reviewOutcome(from: index + reviewLength))
            }
            if let length = verb(containers, at: index) {
                afterContainer = true
                index += length
                continue
            }
            if concreteLength > 0 {
                let main = object(from: index + concreteLength, clauseStart: clauseStart)
                // What is developed or published can be shown, whatever it is called.
                if main == .concrete(hasDeliverable: false),
                    verb(lexicon.products, at: index) == concreteLength
                {
                    return .concrete(hasDeliverable: true)
                }
                return main
            }
            if afterContainer, isDeliverable(in: tokens, at: index, lexicon: lexicon) {
                return .concrete(hasDeliverable: true)
            }
            index += 1
        }
        // No verb phrase: a deliverable named outside subordinate clauses still says what.
        inSubordinate = false
        index = start
        while index < tokens.count {
            if tokens[index] == .clauseBreak {
                inSubordinate = false
            } else if let length = subordinates.longest(in: tokens, at: index) {
                inSubordinate = true
                index += length
                continue
            } else if !inSubordinate, isDeliverable(in: tokens, at: index, lexicon: lexicon) {
                return .deliverable
            }
            index += 1
        }
        return .none
    }
}
