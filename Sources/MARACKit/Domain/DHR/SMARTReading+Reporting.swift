extension SMARTReading {
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
