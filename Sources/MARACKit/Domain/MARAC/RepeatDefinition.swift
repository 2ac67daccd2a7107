/// What makes a referral a repeat, per area (`repeat-definition` in
/// `Policies/referral-criteria.xml`).
///
/// SafeLives' current definition is "any instance of abuse between the same victim and
/// perpetrator(s), within 12 months of the last referral to Marac"; the victim-only rule counts
/// any referral of the same victim in the window, whoever the perpetrator.
public enum RepeatDefinition: String, Equatable, Sendable, Codable, CaseIterable {
    /// The same victim and at least one of the same perpetrators (the default).
    case victimAndPerpetrator = "victim-and-perpetrator"
    /// The same victim, whoever the perpetrator.
    case victim

    /// Whether a referral naming `perpetrators` (person ids) repeats an earlier referral of the
    /// same victim, in the window, naming `earlier`.
    ///
    /// Under the victim-and-perpetrator definition they must share a perpetrator; when either
    /// names none the perpetrator is not known, cannot be ruled out, and the victim decides.
    public func repeats(perpetrators: Set<Int>, earlier: Set<Int>) -> Bool {
        switch self {
        case .victim: true
        case .victimAndPerpetrator:
            perpetrators.isEmpty || earlier.isEmpty || !perpetrators.isDisjoint(with: earlier)
        }
    }
}
