import MARACKit

/// `report`: figures for the SafeLives data return and for chasing actions.
enum ReportCommands {
    static let commands: [Command] = [
        Command(
            path: ["report", "data-return"],
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
            abstract: "List overdue actions grouped by the agency that owns them.",
            usage: "report overdue [--agency CODE]",
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let actions = try workbench.actions(
                ActionFilter(agencyCode: arguments.option("--agency"), overdue: true))
            let byAgency = Dictionary(grouping: actions, by: \.agencyCode).sorted { $0.key < $1.key }
            var lines: [String] = []
            for (agency, owned) in byAgency {
                lines.append("\(agency): \(owned.count) overdue")
                for action in owned {
                    lines.append(
                        "  #\(action.id) \(action.reference) due \(action.due) "
                            + "(\(action.due.days(until: workbench.today)) days late): \(Formatting.clip(action.text, 60))")
                }
            }
            if lines.isEmpty { lines = ["no overdue actions"] }
            return Output(
                text: lines.joined(separator: "\n"),
                json: .object(byAgency.map { ($0.key, JSONValue(encoding: $0.value)) }))
        },
    ]
}
