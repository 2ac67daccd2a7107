/// Why a choice about a person record was refused: one sentence per case, naming the option
/// and the case references involved, never a name or a date of birth.
public enum PersonMatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--same-as` names a case whose victim is not the person this name and date of birth
    /// are already recorded as.
    case sameAsConflict(sameAs: String, recordedAs: String)
    /// `--new-person` for a name and date of birth recorded exactly as an existing victim's.
    case newPersonExactMatch(recordedAs: String)
    /// Both `--same-as` and `--new-person` were given.
    case bothChoices
    /// A PERSON argument names no person.
    case unknownPerson(String)
    /// `person merge` was given the same person twice.
    case mergeSamePerson(String)

    public var description: String {
        switch self {
        case .sameAsConflict(let sameAs, let recordedAs):
            "--same-as \(sameAs): this name and date of birth are already recorded as the victim "
                + "of \(recordedAs), another person; to join the two, use 'person merge "
                + "\(sameAs) \(recordedAs)'"
        case .newPersonExactMatch(let recordedAs):
            "--new-person: this name and date of birth are recorded exactly as the victim of "
                + "\(recordedAs); two person records cannot share both (add a middle name or "
                + "refer without --new-person)"
        case .bothChoices:
            "--same-as and --new-person: give one, not both"
        case .unknownPerson:
            "PERSON: no such person (expected a case reference such as C-000014, whose "
                + "victim is meant, or a person id such as P12 from 'person list "
                + "--possible-duplicates')"
        case .mergeSamePerson(let given):
            "person merge: both arguments are the same person (\(given))"
        }
    }
}

/// Whom a referral's victim is, as the coordinator confirmed after a possible-duplicate
/// warning.
public enum VictimIdentity: Equatable, Sendable {
    /// No choice made: an exact match of name and date of birth is the same person; otherwise
    /// a new person, with any possible duplicates warned of and kept for review.
    case unconfirmed
    /// The victim of this case (`--same-as REF`): the spelling used becomes theirs too.
    case sameAs(String)
    /// A new person despite the warnings (`--new-person`): the pairs are not kept for review.
    case newPerson
}
