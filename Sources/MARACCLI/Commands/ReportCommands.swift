import MARACKit

/// `report`: figures for the SafeLives data return and for chasing actions.
enum ReportCommands {
    static let commands: [Command] = [
        Command(
            path: ["report", "data-return"],
            operation: .dataReturn,
            abstract: "Produce the MARAC data return for meetings held between two days.",
            usage: "report data-return --from YYYY-MM-DD --to YYYY-MM-DD",
            mutates: false
        ) { session, arguments in
            let report = try session.workbench().dataReturn(
                from: try arguments.requiredDay("--from"), to: try arguments.requiredDay("--to"))
            return Output(text: Formatting.dataReturn(report), json: JSONValue(encoding: report))
        },
        Command(
            path: ["report", "overdue"],
            operation: .overdueReport,
            abstract: "List overdue MARAC and DHR actions grouped by the agency that owns them.",
            usage: "report overdue [--agency CODE]",
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let agency = arguments.option("--agency")
            let overdue = try workbench.overdueActions(agency: agency)
            let marac = Dictionary(grouping: overdue.marac, by: \.agencyCode)
            let dhrByAgency = Dictionary(grouping: overdue.dhr, by: \.agencyCode)
            let agencies = Set(marac.keys).union(dhrByAgency.keys).sorted()
            let today = workbench.today
            var lines: [String] = []
            for agency in agencies {
                let owned = marac[agency] ?? []
                let reviews = dhrByAgency[agency] ?? []
                lines.append("\(agency): \(owned.count + reviews.count) overdue")
                for action in owned {
                    lines.append(
                        "  #\(action.id) \(action.reference) due \(action.due) "
                            + "(\(action.due.days(until: today)) days late): "
                            + Formatting.clip(action.text, 60))
                }
                for action in reviews {
                    lines.append(
                        "  \(action.label) DHR R\(action.reviewID) target \(action.target) "
                            + "(\(action.target.days(until: today)) days late): "
                            + Formatting.clip(action.text, 60))
                }
            }
            if lines.isEmpty { lines = ["no overdue actions"] }
            return Output(
                text: lines.joined(separator: "\n"),
                json: .object(
                    agencies.map { agency in
                        (
                            agency,
                            [
                                "marac": JSONValue(encoding: marac[agency] ?? []),
                                "dhr": JSONValue(encoding: dhrByAgency[agency] ?? []),
                            ]
                        )
                    }))
        },
    ]
}
