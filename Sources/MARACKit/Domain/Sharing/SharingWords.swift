/// Consent and the common-law position in the words minutes print, rather than the values
/// the tool stores and accepts (`not sought: it would prejudice the purpose`, not
/// `not-sought: would-prejudice-purpose`).
extension ConsentState {
    /// The consent position as a sentence fragment: `given`, `not sought: it would be unsafe
    /// to ask`.
    public var words: String {
        switch self {
        case .sought: "sought, no answer yet"
        case .given: "given"
        case .refused: "refused"
        case .notSought(let reason?): "not sought: \(reason.words)"
        case .notSought(nil): "not sought, no reason recorded"
        }
    }
}

extension ConsentNotSoughtReason {
    /// Why consent was not sought, in words.
    public var words: String {
        switch self {
        case .unsafe: "it would be unsafe to ask"
        case .wouldPrejudicePurpose: "it would prejudice the purpose"
        case .cannotBeGiven: "consent cannot be given"
        }
    }
}

extension CommonLawPosition {
    /// The common-law confidentiality position, in words.
    public var words: String {
        switch self {
        case .consent: "disclosure with consent"
        case .law: "disclosure required or permitted by law"
        case .publicInterest: "disclosure in the overriding public interest"
        }
    }
}
