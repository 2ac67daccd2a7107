import MARACKit

extension Formatting {
    /// A case an agency representative sees by reference only: its reference and dates.
    static func restrictedCase(_ detail: CaseDetail) -> String {
        let referral = detail.referral
        return [
            "case \(referral.reference)",
            "  referred     \(referral.date)",
            "  heard        \(referral.heardOn?.description ?? "not yet")",
            "  (details are shown only to the referring agency and agencies with actions in it)",
        ].joined(separator: "\n")
    }
}
