import MARACKit

extension Formatting {
    /// The lines `case refer` adds about possible duplicates of the victim.
    ///
    /// Each existing person's latest case, person id and reasons, and what was done about
    /// them. No names.
    static func possibleDuplicates(_ outcome: ReferralOutcome, identity: VictimIdentity) -> String {
        if case .sameAs(let reference) = identity {
            return "\nvictim \(outcome.person): the same person as in \(reference)"
        }
        guard !outcome.possibleDuplicates.isEmpty else { return "" }
        var lines = [
            "WARNING: the victim may already be recorded under another spelling:"
        ]
        for duplicate in outcome.possibleDuplicates {
            let born =
                switch duplicate.dateOfBirth {
                case .same: "same date of birth"
                case .near: "date of birth nearly the same"
                case .unknown: "date of birth not recorded"
                case .different: "another date of birth"
                }
            lines.append(
                "  \(duplicate.reference) (\(duplicate.person)): "
                    + duplicate.reasons.map(\.explanation).joined(separator: ", ") + "; " + born)
        }
        if identity == .newPerson {
            lines.append("recorded as a new person \(outcome.person) (--new-person)")
        } else {
            lines.append(
                "recorded as a new person \(outcome.person); if it is the same person, run "
                    + "'person merge \(outcome.possibleDuplicates[0].reference) "
                    + "\(outcome.referral.reference)' (the pair is listed by 'person list "
                    + "--possible-duplicates'); next time refer with --same-as REF or --new-person")
        }
        return "\n" + lines.joined(separator: "\n")
    }
}
