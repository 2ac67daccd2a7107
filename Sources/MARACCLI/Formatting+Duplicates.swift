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

extension Formatting {
    /// The figures of `bench duplicates`.
    static func duplicateWarningReport(_ report: DuplicateWarningReport) -> String {
        func percent(_ value: Double) -> String {
            let tenths = Int((value * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)%"
        }
        func hundredths(_ value: Double) -> String {
            let scaled = Int((value * 100).rounded())
            return "\(scaled / 100).\(String(scaled % 100).leftPadded(to: 2))"
        }
        var lines = [
            "\(report.referrals) referrals of \(report.people) people (seed \(report.seed)):",
            "  later referrals matched exactly: \(report.matchedExactly)",
            "  true duplicates (written another way): \(report.trueDuplicates), warned of: "
                + "\(report.warned), recall \(percent(report.recall))",
            "  false warnings: \(report.falseWarnings), "
                + "\(hundredths(report.falseWarningsPer100)) per 100 referrals "
                + "(\(hundredths(report.referralsWithFalseWarningPer100)) referrals in 100 with one)",
            "  \(report.microsecondsPerReferral) µs per referral (check and insert)",
            "  recall by variant:",
        ]
        for variant in report.byVariant {
            let recall = Double(variant.warned) / Double(max(1, variant.trueDuplicates))
            lines.append(
                "    \(variant.variant): \(variant.warned) of \(variant.trueDuplicates) "
                    + "(\(percent(recall)))")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
