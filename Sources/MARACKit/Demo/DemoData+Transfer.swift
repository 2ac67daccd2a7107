extension DemoData {
    /// The IDVA named on the demo's allocated case (a fictional professional).
    static let idvaWorker = "Demo IDVA Worker"

    /// A transfer bundle from a fictional neighbouring MARAC, as `case transfer --to-file`
    /// there would have written it: the demo receives it as a case transferred in.
    static func transferBundle(today t: Day) throws -> TransferBundle {
        try TransferBundle(
            marking: "OFFICIAL-SENSITIVE", fromMARAC: "Northshire (demo)", toMARAC: area,
            date: try t.adding(days: -2), reason: "The victim moved to a refuge in Demoshire",
            reference: "N-000417",
            victim: TransferBundle.Victim(
                name: "Demo Person Fourteen", dateOfBirth: try t.adding(days: -365 * 33 - 90),
                diversity: Diversity(gender: "female", ethnicity: "Black British")),
            history: TransferBundle.History(
                referredOn: try t.adding(days: -50), referringAgencyCode: "POL",
                referringAgency: "Northshire Police (demo)", criteria: ["dash"], dashScore: 18,
                visibleHighRisk: nil, callouts: 2, children: 1, ageBand: "25-34",
                wasRepeat: false, earlierReferrals: [],
                hearings: [
                    TransferBundle.Hearing(area: "Northshire (demo)", day: try t.adding(days: -35))
                ],
                risks: ["Perpetrator has found the victim's new workplace"],
                actions: [
                    TransferBundle.Action(
                        agency: "Northshire IDVA (demo)",
                        text: "Hand over to the IDVA service in the receiving area",
                        due: try t.adding(days: 5), status: "open")
                ], idva: nil, transfers: []))
    }
}
