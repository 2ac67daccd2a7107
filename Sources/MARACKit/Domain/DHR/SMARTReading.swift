/// An action's text read as a reviewer reads it, for the SMART check.
///
/// The text becomes sentences of lower-case words and clause breaks (commas, semicolons,
/// colons). The action's sentence (the first, unless it only tells what the review found) is
/// read for its main action: the framing ("It is recommended that") is set aside, clauses
/// opened by a subordinate marker ("to ensure", "in order to") are skipped to their end, and
/// the first verb phrase left decides; a word in the main verb's place that no list names is a
/// verb that does something (`SMARTReading+VerbSlot.swift`). A vague verb ("remind",
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

    /// What the main action of the action's sentence is.
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
    /// The sentence that holds the action: the first, unless it only tells what the review
    /// found ("In this case the family were not told ...", "Background: ...") or is a heading
    /// ("Supervision.") and another follows.
    let actionSentence: Int
    let main: Main
    /// Whether an action that sets a practice has a second main clause that produces
    /// something ("GP practices to code the record, and the ICB to issue a practice note").
    let coordinateProduces: Bool

    /// The number of words in the whole text.
    var wordCount: Int { sentences.joined().filter { $0 != .clauseBreak }.count }

    /// Reads `text` with `rules`, whose phrase lists are `lexicon` (`rules.compiledLexicon`).
    init(_ text: String, rules: SMARTRulesPolicy, lexicon: SMARTLexicon) {
        sentences = Self.sentences(String(Self.withoutEnumerator(text)))
        let first = sentences.first ?? []
        let opening = first.dropFirst(Self.afterFraming(first, lexicon: lexicon)).prefix(8)
        let words = opening.compactMap { token -> String? in
            if case .word(let word) = token { word } else { nil }
        }
        // "Supervision. Line managers should ...": a first sentence of a few words and no verb
        // is a heading.
        let heading = Array(first.dropFirst(Self.afterFraming(first, lexicon: lexicon)))
        let isHeading =
            heading.filter { $0 != .clauseBreak }.count <= 3
            && !heading.indices.contains { lexicon.startsVerbPhrase(in: heading, at: $0) }
        actionSentence =
            sentences.count > 1
                && (isHeading || Self.opensFindings(words)) ? 1 : 0
        main =
            sentences.isEmpty
            ? .none : Self.read(sentences[actionSentence], rules: rules, lexicon: lexicon)
        coordinateProduces =
            main == .concrete(hasDeliverable: false)
            && Self.coordinateProduces(sentences[actionSentence], rules: rules, lexicon: lexicon)
    }

    /// Whether any sentence contains one of `phrases`.
    func contains(anyOf phrases: SMARTPhrases) -> Bool {
        sentences.contains { phrases.occurs(in: $0) }
    }

    /// Words that open an aside inside a verb's object (", including how to report concerns,").
    static let asideOpeners: Set<String> = ["including", "especially", "particularly"]

    /// Where the object goes on after an aside that opens at the clause break at `index`: an
    /// opener above, then up to ten words, then a clause break that a word other than "and"
    /// or "or" follows; nil when no such aside opens there.
    static func afterAside(in tokens: [Token], at index: Int) -> Int? {
        guard isWord(in: tokens, index + 1, asideOpeners),
            let close = tokens[(index + 2)...].prefix(11).firstIndex(of: .clauseBreak),
            tokens.indices.contains(close + 1), !isWord(in: tokens, close + 1, ["and", "or"])
        else { return nil }
        return close + 1
    }

    /// Whether `lead` is one of the policy's placeholder lead agencies.
    static func isPlaceholder(_ lead: String, lexicon: SMARTLexicon) -> Bool {
        let name = words(lead)
        guard !name.isEmpty else { return true }
        return lexicon.placeholders.contains { placeholder in
            let phrase = placeholder.words
            return placeholder.atStart
                ? name.starts(with: phrase) && name.count > phrase.count || name == phrase
                : name == phrase
        }
    }

    /// Whether a deliverable noun starts at `index`, unless it begins a phrase that names
    /// people ("service user") or is inside one that names an agency ("the ambulance service").
    static func isDeliverable(in tokens: [Token], at index: Int, lexicon: SMARTLexicon) -> Bool {
        guard lexicon.deliverables.longest(in: tokens, at: index) != nil else { return false }
        return !(max(0, index - 3)...index).contains { start in
            (lexicon.notDeliverables.longest(in: tokens, at: start) ?? 0) > index - start
        }
    }

    // MARK: - The main action

    /// Whether the token at `index` is one of `words`.
    static func isWord(in tokens: [Token], _ index: Int, _ words: Set<String>) -> Bool {
        guard tokens.indices.contains(index), case .word(let word) = tokens[index] else {
            return false
        }
        return words.contains(word)
    }

    /// The index of the word before `index`, past up to three adverbs ("should also routinely
    /// ask"), and not before `floor`; a longer run of adverbs is not read through, so it costs
    /// nothing.
    static func wordBefore(_ index: Int, in tokens: [Token], from floor: Int) -> Int {
        var before = index - 1
        while before >= floor, index - before <= 3, case .word(let word) = tokens[before],
            SMARTPhrases.isAdverb(word)
        {
            before -= 1
        }
        return before
    }

    /// Where the noun phrase starting at `index` ends, with any list it heads ("use of
    /// assessment tools, new birth protocols and policies"): at a subordinate marker, a relative
    /// word, or a clause break or "and" or "or" that a verb, "that" or "to" follows.
    static func nounPhraseEnd(in tokens: [Token], from index: Int, lexicon: SMARTLexicon) -> Int {
        var end = index
        while end < tokens.count, lexicon.subordinates.longest(in: tokens, at: end) == nil,
            lexicon.relatives.longest(in: tokens, at: end) == nil
        {
            if tokens[end] == .clauseBreak || isWord(in: tokens, end, ["and", "or"]) {
                var next = end + 1
                if isWord(in: tokens, next, ["and", "or"]) { next += 1 }
                guard next < tokens.count, tokens[next] != .clauseBreak,
                    !isWord(in: tokens, next, ["that", "to"]),
                    !lexicon.startsVerbPhrase(in: tokens, at: next)
                else { return end }
                end = next
                continue
            }
            end += 1
        }
        return end
    }

    /// Where the words of `tokens` begin after the framing ("It is recommended that").
    static func afterFraming(_ tokens: [Token], from start: Int = 0, lexicon: SMARTLexicon) -> Int {
        var start = start
        while let length = lexicon.frames.longest(in: tokens, at: start)
            ?? (tokens.indices.contains(start) && tokens[start] == .clauseBreak ? 1 : nil)
        {
            start += length
        }
        return start
    }

    /// The main action of the sentence `tokens`, after its framing.
    ///
    /// An action that is only a wished-for outcome ("To ensure that all staff are trained"),
    /// with no main clause after it, is read again with "to" as its infinitive.
    static func read(_ tokens: [Token], rules: SMARTRulesPolicy, lexicon: SMARTLexicon) -> Main {
        let start = afterFraming(tokens, lexicon: lexicon)
        // "Having regard to the guidance, the CSP will publish ...", "Given the victim's
        // attendance at A&E, the Trust should ...": an opening -ing or reason clause is not the
        // action when a main clause follows it.
        if tokens.indices.contains(start), case .word(let first) = tokens[start],
            (first.hasSuffix("ing") && lexicon.startsVerbPhrase(in: tokens, at: start))
                || Self.openers.contains(first),
            let comma = tokens[start...].firstIndex(of: .clauseBreak),
            // "Following the review the CSP will publish a protocol, to raise awareness": what
            // follows the comma has no subject of its own, so the comma did not close the
            // opening clause.
            !isWord(in: tokens, comma + 1, ["to", "and", "or"]),
            lexicon.subordinates.longest(in: tokens, at: comma + 1) == nil
        {
            // "..., the review recommends that the learning is shared": framing after the
            // opening clause is set aside as at the start.
            let rest = afterFraming(tokens, from: comma + 1, lexicon: lexicon)
            let main = read(tokens, from: rest, rules: rules, lexicon: lexicon)
            if main != .none { return main }
        }
        let main = read(tokens, from: start, rules: rules, lexicon: lexicon)
        guard main == .none, tokens.indices.contains(start), tokens[start] == .word("to"),
            lexicon.subordinates.longest(in: tokens, at: start) != nil,
            lexicon.containers.longest(in: tokens, at: start + 1) != nil
        else { return main }
        return read(tokens, from: start + 1, rules: rules, lexicon: lexicon)
    }

    /// The main action of `tokens` read from `start`, where the action's own words begin.
    static func read(
        _ tokens: [Token], from start: Int, rules: SMARTRulesPolicy, lexicon: SMARTLexicon
    ) -> Main {
        let subordinates = lexicon.subordinates
        let relatives = lexicon.relatives
        let vague = zip(rules.vague, lexicon.vague).map { ($0, $1) }
        let review = lexicon.review
        let containers = lexicon.containers
        let concrete = lexicon.concrete

        func isWord(_ index: Int, in set: Set<String>) -> Bool {
            Self.isWord(in: tokens, index, set)
        }
        /// Whether an auxiliary comes before `index`, past up to three adverbs ("be regularly").
        func afterAuxiliary(_ index: Int) -> Bool {
            isWord(Self.wordBefore(index, in: tokens, from: 0), in: Self.auxiliaries)
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
        /// Whether a deliverable noun is in `range`, other than at `unlistedVerb`.
        func hasDeliverable(_ range: Range<Int>, except unlistedVerb: Int? = nil) -> Bool {
            range.contains {
                $0 != unlistedVerb && isDeliverable(in: tokens, at: $0, lexicon: lexicon)
            }
        }
        /// The verdict of a concrete verb phrase ending at `end`, whose clause began at
        /// `clauseStart`; `unlistedVerb` is where an unlisted verb stands, which names no
        /// deliverable though it is spelt as one ("staff should report concerns").
        func object(from end: Int, clauseStart: Int, unlistedVerb: Int? = nil) -> Main {
            // "keep the domestic abuse strategy under review": a standing review, whatever is
            // kept under it.
            var clauseEnd = end
            while clauseEnd < tokens.count, tokens[clauseEnd] != .clauseBreak,
                subordinates.longest(in: tokens, at: clauseEnd) == nil
            {
                if lexicon.standingReview.longest(in: tokens, at: clauseEnd) != nil {
                    return .review(passes: false)
                }
                clauseEnd += 1
            }
            var index = end
            // "that" right after the verb opens what is required or confirmed ("require that
            // staff are aware"), not a relative clause.
            while index < tokens.count, subordinates.longest(in: tokens, at: index) == nil,
                relatives.longest(in: tokens, at: index) == nil || index == end
            {
                if tokens[index] == .clauseBreak {
                    // "includes domestic abuse awareness, including how to report concerns, in
                    // the driver training": an aside between commas is set aside, and the
                    // object goes on after it.
                    if let resume = Self.afterAside(in: tokens, at: index) {
                        index = resume
                        continue
                    }
                    // ", and add a field ...": a second listed verb shares the action; a vague
                    // one (", and update policies") governs it, as without the comma.
                    guard isWord(index + 1, in: ["and"]) else { break }
                    let concreteLength = verb(concrete, at: index + 2) ?? 0
                    if let (rule, length) = vagueRule(at: index + 2), length >= concreteLength {
                        return .vague(rule)
                    }
                    guard concreteLength > 0 else { break }
                    if verb(lexicon.products, at: index + 2) == concreteLength {
                        return .concrete(hasDeliverable: true)
                    }
                    index += 2 + concreteLength
                    continue
                }
                if let (rule, _) = vagueRule(at: index) {
                    // "to highlight ..." after the object is its purpose; "and improve" governs.
                    // "to be professionally curious" too: the purpose of training staff.
                    let before = isWord(index - 1, in: ["be"]) ? index - 2 : index - 1
                    if isWord(before, in: ["to"]) { break }
                    // "write to all practices reminding them of ...": what the product says.
                    if index > end, case .word(let word) = tokens[index], word.hasSuffix("ing"),
                        !isWord(index - 1, in: ["and", "or"])
                    {
                        break
                    }
                    return .vague(rule)
                }
                if let length = lexicon.followed.longest(in: tokens, at: index) {
                    // "make use of the home visit guidance", "in accordance with force
                    // policy": what is used or followed exists already; it is not produced.
                    index = Self.nounPhraseEnd(in: tokens, from: index + length, lexicon: lexicon)
                    continue
                }
                // "Map all community groups ... and publish the directory": a product verb
                // after "and" shares the action and makes what can be shown, as after ", and".
                if isWord(index - 1, in: ["and"]), verb(lexicon.products, at: index) != nil {
                    return .concrete(hasDeliverable: true)
                }
                // In the object, a deliverable's name after "to" is a verb ("confident to
                // report abuse"), unless it is the verb's own ("flag claimants").
                let isVerbAfterTo =
                    isWord(index - 1, in: ["to"])
                    && (concrete.longest(in: tokens, at: index) != nil
                        || lexicon.reportingVerbs.longest(in: tokens, at: index) != nil)
                if !isVerbAfterTo, isDeliverable(in: tokens, at: index, lexicon: lexicon) {
                    return .concrete(hasDeliverable: true)
                }
                index += 1
            }
            // The verb phrase itself can name the deliverable ("have an action plan").
            return .concrete(
                hasDeliverable: hasDeliverable(clauseStart..<end, except: unlistedVerb))
        }
        /// Where the act asked for begins when a verb of asking stands at `index`: after "to"
        /// in its clause, when a list names the verb there ("should ask the Crown Prosecution
        /// Service to remind prosecutors", "staff are required to familiarise themselves").
        func askedAct(at index: Int) -> Int? {
            guard lexicon.asking.longest(in: tokens, at: index) != nil,
                let to = (index + 1..<min(tokens.count, index + 12)).first(where: {
                    tokens[$0] == .clauseBreak || isWord($0, in: ["to"])
                }),
                isWord(to, in: ["to"])
            else { return nil }
            func named(_ act: Int) -> Bool {
                lexicon.startsVerbPhrase(in: tokens, at: act)
                    || lexicon.jointWork.longest(in: tokens, at: act) != nil
                    || lexicon.asking.longest(in: tokens, at: act) != nil
            }
            // "is required to", "are asked to": with no one between, the verb of asking
            // stands for a modal, and what follows is read as after one.
            if named(to + 1) || to == index + 1 { return to + 1 }
            // "required to be reminded": the passive's participle is the verb.
            return isWord(to + 1, in: ["be"]) && named(to + 2) ? to + 2 : nil
        }
        /// Whether the review ending at `end` has a stated outcome.
        func reviewOutcome(from end: Int) -> Bool {
            let purposes = lexicon.purposes
            let empty = lexicon.emptyOutcomes
            /// The length of the purpose marker at `index`: a listed one, or "to" and a verb
            /// opening a clause (", to tighten up the criteria").
            func purpose(at index: Int) -> Int? {
                if let length = purposes.longest(in: tokens, at: index) { return length }
                // "reviews the guidance to include ...": "to" and a concrete verb.
                if isWord(index, in: ["to"]), vagueRule(at: index + 1) == nil,
                    verb(concrete, at: index + 1) != nil
                {
                    return 1
                }
                guard tokens[index] == .clauseBreak, isWord(index + 1, in: ["to"]),
                    tokens.indices.contains(index + 2), case .word(let next) = tokens[index + 2],
                    !determiners.contains(next), !Self.notPurposes.contains(next)
                else { return nil }
                return 2
            }
            guard let at = (end..<tokens.count).first(where: { purpose(at: $0) != nil })
            else { return false }
            let purposeEnd = at + purpose(at: at)!
            let outcome = Array(tokens[purposeEnd...]).filter { $0 != .clauseBreak }
            // "is to be reviewed and updated": the update is itself the product.
            if outcome.isEmpty {
                return lexicon.products.longest(in: tokens, at: purposeEnd - 1) != nil
            }
            // "to consider whether ...": an outcome that is itself vague states nothing.
            if vagueRule(at: purposeEnd) != nil { return false }
            let statesNothing = outcome.indices.contains { index in
                empty.longest(in: outcome, at: index) != nil
            }
            return !(statesNothing && outcome.count <= 8)
        }

        var index = start
        var clauseStart = start
        var inSubordinate = false
        var afterContainer = false
        /// Where the first phrase of following stands ("make use of"), after the start.
        var followedAt: Int?
        /// Where the infinitive of joint work stands ("liaise in order to agree ...").
        var jointInfinitive: Int?
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
                && !(isWord(index - 1, in: ["a", "an"])
                    && isWord(index + 1, in: ["of", "by", "into"]))
            let reviewLength = isNoun ? 0 : verb(review, at: index) ?? 0
            if let (rule, length) = vagueMatch, length >= max(concreteLength, reviewLength) {
                // "improve its response by: (a) adding ...": the means say what changes.
                if let markers = lexicon.means[rule.id],
                    let (marker, markerLength) = (index + length..<tokens.count).lazy.compactMap({
                        at in markers.longest(in: tokens, at: at).map { (at, $0) }
                    }).first
                {
                    var next = marker + markerLength
                    while next < tokens.count, tokens[next] == .clauseBreak { next += 1 }
                    // A list's letter or number ("(a)") is not a word of the means.
                    if next < tokens.count, case .word(let item) = tokens[next],
                        item.count == 1 || item.allSatisfy(\.isNumber)
                    {
                        next += 1
                    }
                    if verb(concrete, at: next) != nil, vagueRule(at: next) == nil {
                        return read(tokens, from: next, rules: rules, lexicon: lexicon)
                    }
                }
                return .vague(rule)
            }
            if reviewLength > concreteLength {
                return .review(passes: reviewOutcome(from: index + reviewLength))
            }
            if let length = verb(lexicon.jointWork, at: index) {
                // Past the partner to the infinitive of what the joint work does.
                var next = index + length
                while next < tokens.count, tokens[next] != .clauseBreak,
                    !isWord(next, in: ["to"])
                {
                    next += 1
                }
                index = isWord(next, in: ["to"]) ? next + 1 : next
                jointInfinitive = index
                continue
            }
            if let length = verb(containers, at: index) {
                afterContainer = true
                index += length
                continue
            }
            if concreteLength > 0 {
                if let act = askedAct(at: index) {
                    index = act
                    continue
                }
                let main = object(from: index + concreteLength, clauseStart: clauseStart)
                // What is developed or published can be shown, whatever it is called.
                if main == .concrete(hasDeliverable: false),
                    verb(lexicon.products, at: index) == concreteLength
                {
                    return .concrete(hasDeliverable: true)
                }
                return main
            }
            // After joint work and its "to", the next word is the verb, however far the clause
            // began: read it as if "to" opened its clause.
            let verbStart = index == jointInfinitive ? index - 2 : clauseStart
            if Self.isUnlistedVerb(in: tokens, at: index, clauseStart: verbStart)
                || Self.isImperative(in: tokens, at: index, start: start, lexicon: lexicon)
                || Self.isVerbAfterThat(in: tokens, at: index, start: start, lexicon: lexicon)
            {
                if let act = askedAct(at: index) {
                    index = act
                    continue
                }
                // "are expected to remind", "efforts should be made to engage with": a listed
                // verb after "to" says what is done.
                let next = index + 2
                if isWord(index + 1, in: ["to"]),
                    vagueRule(at: next) != nil || verb(concrete, at: next) != nil
                        || verb(review, at: next) != nil || verb(lexicon.jointWork, at: next) != nil
                        || verb(containers, at: next) != nil
                {
                    index = next
                    continue
                }
                // The word in the verb's place is the verb ("staff should report concerns"),
                // not a deliverable noun.
                let main = object(from: index + 1, clauseStart: clauseStart, unlistedVerb: index)
                // "work together to meet the needs of ...": joint work for an outcome, with
                // nothing produced, names no action.
                if index == jointInfinitive, main == .concrete(hasDeliverable: false) {
                    return .none
                }
                return main
            }
            if let length = lexicon.followed.longest(in: tokens, at: index) {
                // "ensure staff make use of the guidance": what is followed is not produced, and
                // following it is a practice; "Oversight of cases ..." names no one doing it.
                if index > start, followedAt == nil { followedAt = index }
                index = Self.nounPhraseEnd(in: tokens, from: index + length, lexicon: lexicon)
                continue
            }
            if afterContainer, isDeliverable(in: tokens, at: index, lexicon: lexicon) {
                // "ensure that the new framework is fully embedded": what is said of the
                // deliverable decides, up to a subordinate clause or a purpose ("so that staff
                // are aware", "to raise awareness").
                // The subject's own list ("reports of shouting, banging or disputes") is read
                // through to what is said of it.
                let listEnd = Self.nounPhraseEnd(in: tokens, from: index, lexicon: lexicon)
                let clauseEnd = tokens[index...].firstIndex(of: .clauseBreak) ?? tokens.count
                var after = index + 1
                while after < max(listEnd, clauseEnd),
                    subordinates.longest(in: tokens, at: after) == nil
                {
                    if let (rule, _) = vagueRule(at: after) {
                        if isWord(after - 1, in: ["to"]) { break }
                        return .vague(rule)
                    }
                    after += 1
                }
                return .concrete(hasDeliverable: true)
            }
            index += 1
        }
        // No verb phrase: an action that opens with a vague form names no change ("Improved
        // communication between the GP and the mental health service").
        if let (rule, _) = vague.compactMap({ rule, phrases in
            phrases.longest(in: tokens, at: start).map { (rule, $0) }
        }).max(by: { $0.1 < $1.1 }) {
            return .vague(rule)
        }
        // "Clear guidance for staff on the use of DASH": what is followed is the subject of a
        // deliverable named before it, not a practice.
        if let followedAt, !hasDeliverable(start..<followedAt) {
            return .concrete(hasDeliverable: false)
        }
        // A deliverable named outside subordinate clauses still says what.
        inSubordinate = false
        index = start
        while index < tokens.count {
            if tokens[index] == .clauseBreak {
                inSubordinate = false
            } else if let length = subordinates.longest(in: tokens, at: index) {
                inSubordinate = true
                index += length
                continue
            } else if let length = lexicon.jointWork.longest(in: tokens, at: index) {
                // The partner of joint work ("the substance misuse service") is not a product,
                // nor is anything after it in the clause: no verb was found there.
                index += length
                while index < tokens.count, tokens[index] != .clauseBreak { index += 1 }
                continue
            } else if !inSubordinate, isDeliverable(in: tokens, at: index, lexicon: lexicon) {
                return .deliverable
            }
            index += 1
        }
        return .none
    }
}
