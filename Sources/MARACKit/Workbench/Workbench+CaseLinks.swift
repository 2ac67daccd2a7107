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

extension Workbench {
    /// Fills in a heard case's perpetrators and children as minutes show them: relationships
    /// in words from `Policies/relationships.xml`, ages, links; no names.
    func addPeople(to heard: inout MinutesData.Case, referralID: Int, on day: Day) throws {
        guard let state = try db.repeatState(referralID: referralID) else { return }
        let words = policies.relationships
        heard.perpetrators = try perpetrators(
            referralID: referralID, victimID: state.victimID, withNames: false
        ).map {
            MinutesData.PerpetratorSummary(
                number: $0.ordinal,
                relationship: words.title($0.relationship, in: .perpetratorToVictim),
                age: $0.ageAtReferral, alsoIn: $0.alsoIn.map(\.reference))
        }
        heard.householdChildren = try db.children(referralID: referralID, withNames: false).map {
            MinutesData.ChildSummary(
                number: $0.ordinal, age: $0.age(on: day),
                relationshipToVictim: words.title($0.relationshipToVictim, in: .childToVictim),
                relationshipToPerpetrator: words.title(
                    $0.relationshipToPerpetrator, in: .childToPerpetrator),
                livesWith: words.title($0.livesWith, in: .livesWith))
        }
        heard.victimIsPerpetratorIn = try db.victimAsPerpetrator(referralID: referralID)
    }
}
