/// The links between cases a meeting needs on its agenda: which case a repeat repeats, and
/// the other cases its people are in.
extension Workbench {
    /// `items` with each one's `repeatOf`, `perpetratorAlsoIn` and `victimIsPerpetratorIn`
    /// filled in, from the listed referral and the referrals heard with it.
    func withCaseLinks(_ items: [AgendaItem]) throws -> [AgendaItem] {
        try items.map { item in
            var item = item
            let own = Set([item.reference] + item.heardWith)
            var alsoIn: [String] = []
            var victimAs: [String] = []
            for reference in [item.reference] + item.heardWith {
                guard let id = try db.referralID(reference: reference) else { continue }
                if reference == item.reference {
                    item.repeatOf = try db.referral(reference: reference)?.previousReference
                }
                alsoIn += try db.perpetratorAlsoIn(referralID: id)
                victimAs += try db.victimAsPerpetrator(referralID: id)
            }
            item.perpetratorAlsoIn = Self.unique(alsoIn.filter { !own.contains($0) })
            item.victimIsPerpetratorIn = Self.unique(victimAs.filter { !own.contains($0) })
            return item
        }
    }

    /// `references` in their first order, each once.
    static func unique(_ references: [String]) -> [String] {
        var seen: Set<String> = []
        return references.filter { seen.insert($0).inserted }
    }
}
