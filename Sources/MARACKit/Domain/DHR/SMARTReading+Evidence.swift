/// What an action names as the evidence that it was done: a report to a governance body, a
/// phrase of the evidence list outside what the action is for, a named vehicle.
extension SMARTReading {
    /// Whether the action names its own evidence.
    ///
    /// Evidence is a phrase of the evidence list or a report to a governance body. When the
    /// action itself is vague or names none, evidence in what it is for ("explore a checklist,
    /// so that decisions are recorded") does not count.
    func namesEvidence(lexicon: SMARTLexicon) -> Bool {
        let names: Bool
        switch main {
        case .vague, .review(passes: false), .none:
            names = containsOutsideSubordinates(anyOf: lexicon.evidence, lexicon: lexicon)
        case .review(passes: true), .concrete, .deliverable:
            names = contains(anyOf: lexicon.evidence)
        }
        return names || reportsToGovernance(lexicon: lexicon)
    }

    /// Whether one of `phrases` occurs outside the subordinate clauses ("so that decisions are
    /// recorded"): what an action is for is not evidence that it was done.
    func containsOutsideSubordinates(anyOf phrases: SMARTPhrases, lexicon: SMARTLexicon) -> Bool {
        sentences.contains { tokens in
            var inSubordinate = false
            var index = 0
            while index < tokens.count {
                if tokens[index] == .clauseBreak {
                    inSubordinate = false
                } else if let length = lexicon.subordinates.longest(in: tokens, at: index) {
                    inSubordinate = true
                    index += length
                    continue
                } else if !inSubordinate, phrases.longest(in: tokens, at: index) != nil {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Words before "to" that make it no purpose: "needs to", "are to", "and to".
    static let notPurposeBeforeTo = modalsWithTo.union(beForms).union(["and", "or"])

    /// Whether the sentence that holds the main action names a vehicle ("a briefing",
    /// "supervision"), not one left unnamed ("relevant training") or only considered ("should
    /// consider including a case study in its training": a vehicle after a vague verb that no
    /// vehicle makes measurable, in its clause, unless the verb is a purpose after "to", as
    /// "needs to", "are to", "and to" and "is required to" are not).
    func namesVehicle(lexicon: SMARTLexicon) -> Bool {
        guard sentences.indices.contains(actionSentence) else { return false }
        let tokens = sentences[actionSentence]
        var considered = false
        for index in tokens.indices {
            if tokens[index] == .clauseBreak {
                considered = false
            } else if !considered,
                lexicon.vagueWithoutVehicle.longest(in: tokens, at: index) != nil,
                !Self.isWord(in: tokens, index - 1, ["to"])
                    || Self.isWord(in: tokens, index - 2, Self.notPurposeBeforeTo)
                    || lexicon.asking.longest(in: tokens, at: index - 2) != nil
            {
                considered = true
            } else if !considered, lexicon.vehicles.longest(in: tokens, at: index) != nil,
                !Self.isWord(in: tokens, index - 1, lexicon.unnamedVehicles)
            {
                return true
            }
        }
        return false
    }

    /// Whether the object of `rule`'s vague verb, in the action's sentence, names a deliverable.
    ///
    /// What is made or changed ("drive forward a multi-agency domestic abuse strategy", "amend
    /// policies and guidance") can be shown, though the action does not say what it must be.
    /// The object runs from the verb to a clause break, a subordinate marker or a relative word.
    func objectNamesDeliverable(
        of rule: SMARTRulesPolicy.VagueRule, rules: SMARTRulesPolicy, lexicon: SMARTLexicon
    ) -> Bool {
        guard sentences.indices.contains(actionSentence),
            // By id, which the policy keeps unique: comparing whole rules compares every phrase.
            let position = rules.vague.firstIndex(where: { $0.id == rule.id }),
            lexicon.vague.indices.contains(position)
        else { return false }
        let tokens = sentences[actionSentence]
        let phrases = lexicon.vague[position]
        guard let verb = tokens.indices.first(where: { phrases.longest(in: tokens, at: $0) != nil })
        else { return false }
        var index = verb
        while index < tokens.count, tokens[index] != .clauseBreak {
            if index > verb,
                lexicon.subordinates.longest(in: tokens, at: index) != nil
                    || lexicon.relatives.longest(in: tokens, at: index) != nil
            {
                return false
            }
            if Self.isDeliverable(in: tokens, at: index, lexicon: lexicon) { return true }
            index += 1
        }
        return false
    }

    /// Whether a clause of the text reports to a governance body: a reporting verb, then "to"
    /// and, within five words, a recipient the policy names ("attendance and evaluation are
    /// reported to the Board", "present a summary to the Health and Wellbeing Board").
    ///
    /// Such a report is evidence that the action was done. Reporting to anyone else ("report
    /// abuse to their employer", "incidents reported to police") is the practice itself.
    func reportsToGovernance(lexicon: SMARTLexicon) -> Bool {
        sentences.contains { tokens in
            tokens.indices.contains { index in
                guard let length = lexicon.reportingVerbs.longest(in: tokens, at: index) else {
                    return false
                }
                return Self.reportRecipient(in: tokens, after: index + length, lexicon: lexicon)
            }
        }
    }

    /// Whether "to" and a recipient follow `start` in its clause, the recipient at most five
    /// words after "to", "to" at most twelve words after `start`.
    private static func reportRecipient(
        in tokens: [Token], after start: Int, lexicon: SMARTLexicon
    ) -> Bool {
        var index = start
        while index < tokens.count, index - start <= 12, tokens[index] != .clauseBreak {
            if isWord(in: tokens, index, ["to"]) {
                var next = index + 1
                while next < tokens.count, next - index <= 5, tokens[next] != .clauseBreak {
                    if isWord(in: tokens, next, lexicon.reportRecipients) { return true }
                    next += 1
                }
            }
            index += 1
        }
        return false
    }
}
