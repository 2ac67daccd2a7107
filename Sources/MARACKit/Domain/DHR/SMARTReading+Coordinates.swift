extension SMARTReading {
    /// Whether a main clause joined by "and", with or without a subject of its own and then a
    /// modal or "to", produces something: "GP practices to code the record, and
    /// the ICB to issue a one-page practice note", "and should record those discussions".
    ///
    /// The first clause still decides *Specific*; a product of the second is the evidence the
    /// first clause's practice lacks.
    static func coordinateProduces(
        _ tokens: [Token], rules: SMARTRulesPolicy, lexicon: SMARTLexicon
    ) -> Bool {
        tokens.indices.contains { index in
            guard isWord(in: tokens, index, ["and"]) else { return false }
            // The subject: one to six words, then the modal or "to".
            var next = index + 1
            while next < tokens.count, next - index <= 7, case .word(let word) = tokens[next],
                !modals.contains(word), word != "to", word != "that"
            {
                next += 1
            }
            // With no subject of its own, the clause shares the first's and needs a modal
            // ("and should record those discussions on Mosaic") or the plan's "to" ("and to
            // record those discussions").
            let opensClause = isWord(in: tokens, next, modals.union(["to"]))
            guard opensClause else { return false }
            switch read(tokens, from: index + 1, rules: rules, lexicon: lexicon) {
            case .concrete(hasDeliverable: true), .deliverable: return true
            case .concrete(hasDeliverable: false), .vague, .review, .none: return false
            }
        }
    }
}
