/// Repeats, computed from the area's definition (`repeat-definition` in
/// `Policies/referral-criteria.xml`), never typed in.
extension Workbench {
    /// The earlier referral that a referral of `victimID` on `date` repeats, if any: the
    /// latest one in the window that the area's definition counts.
    ///
    /// `referralID` is the referral's own id once stored (`nil` for one being referred);
    /// `perpetrators` its perpetrators' person ids (a perpetrator without a person record yet
    /// is any id no record has, such as a negative one: they are in no earlier case).
    func repeatedReferral(
        victimID: Int, referralID: Int?, on date: Day, perpetrators: Set<Int>,
        criteria: ReferralCriteria
    ) throws -> Int? {
        let from = ReferralRules.repeatWindowStart(
            for: date, windowMonths: criteria.repeatWindowMonths)
        for earlier in try db.earlierReferrals(
            victimID: victimID, before: referralID, on: date, from: from)
        {
            if criteria.repeatDefinition == .victim || perpetrators.isEmpty { return earlier }
            let theirs = try db.perpetratorPersonIDs(referralID: earlier)
            if criteria.repeatDefinition.repeats(perpetrators: perpetrators, earlier: theirs) {
                return earlier
            }
        }
        return nil
    }

    /// Works out again whether a stored referral is a repeat, and of which case, after its
    /// perpetrators changed or an earlier referral of its victim was recorded; stores and
    /// audits any change.
    ///
    /// A referral that qualified only as a repeat and is no longer one is refused
    /// (`CasePeopleError.noLongerQualifies`): the caller's transaction then writes nothing.
    func recomputeRepeat(_ referralID: Int, operation: Operation) throws {
        guard let state = try db.repeatState(referralID: referralID) else { return }
        let criteria = referralCriteria(area: state.area, on: state.date)
        let previous = try repeatedReferral(
            victimID: state.victimID, referralID: referralID, on: state.date,
            perpetrators: try db.perpetratorPersonIDs(referralID: referralID), criteria: criteria)
        guard previous != state.previousID else { return }
        let reference = Referral.reference(for: referralID)
        var met = Set(
            state.criteria.split(separator: ",").compactMap { Criterion(rawValue: String($0)) })
        met.remove(.repeat)
        if previous != nil { met.insert(.repeat) }
        guard !met.isEmpty else {
            throw CasePeopleError.noLongerQualifies(
                reference: reference,
                repeated: state.previousID.map(Referral.reference(for:)) ?? "")
        }
        try db.setRepeat(
            referralID: referralID, previousID: previous,
            criteria: Criterion.allCases.filter(met.contains).map(\.rawValue).joined(separator: ",")
        )
        let summary =
            previous.map { "now a repeat of \(Referral.reference(for: $0))" }
            ?? "no longer a repeat of "
            + (state.previousID.map(Referral.reference(for:)) ?? "an earlier case")
            + " (\(criteria.repeatDefinition.rawValue))"
        try audit(operation, "referral", reference, summary)
    }

    /// Works out again the repeats of the victim's referrals after `date`, within the longest
    /// repeat window of any area: a referral recorded late, or a case's perpetrators changed,
    /// can change what a later referral repeats.
    func recomputeLaterRepeats(victimID: Int, after date: Day, operation: Operation) throws {
        let months =
            policies.referralCriteria.entries.map(\.criteria.repeatWindowMonths).max() ?? 12
        for later in try db.laterReferrals(
            victimID: victimID, after: date, until: date.adding(months: max(months, 12)))
        {
            try recomputeRepeat(later, operation: operation)
        }
    }
}

/// Why a change to the people of a case was refused.
public enum CasePeopleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The case qualified only as a repeat, and with the change it repeats no earlier case.
    case noLongerQualifies(reference: String, repeated: String)

    public var description: String {
        switch self {
        case .noLongerQualifies(let reference, let repeated):
            "case \(reference) qualified only as a repeat of \(repeated); with this perpetrator "
                + "it is not a repeat under the area's definition (same victim and "
                + "perpetrator) and meets no other criterion: nothing was changed"
        }
    }
}
