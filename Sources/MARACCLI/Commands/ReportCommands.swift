import MARACKit

/// `report`: figures for the SafeLives data return and for chasing actions.
enum ReportCommands {
    static let commands: [Command] = [
        Command(
            path: ["report", "data-return"],
            operation: .dataReturn,
            abstract: "Produce the MARAC data return for meetings held between two days.",
            usage: """
                report data-return --from YYYY-MM-DD --to YYYY-MM-DD [--area AREA] \
                [--out FILE.csv|FILE.odt] [--marking TEXT]
                """,
            discussion: """
                SafeLives' return: each meeting held (closed) in the period and their sum: cases \
                heard, repeats, referrals by agency and police versus partner agencies, \
                children, victims Black, Asian or racially minoritised, LGBT+, disabled, male \
                and aged 16-17, perpetrators aged 17 or under, IDVA engagement and transfers, \
                with the expected volume and IDVA and administrator capacity beside them \
                (population and FTEs per area in Policies/data-return.xml). --area limits it to \
                one area. --out FILE.csv writes the data grid (one row per meeting, exact \
                counts, as SafeLives collects them); --out FILE.odt writes a board report in \
                which counts from 1 to 5 read "5 or under", as SafeLives' publications do.
                """,
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let from = try arguments.requiredDay("--from")
            let to = try arguments.requiredDay("--to")
            let area = arguments.option("--area")
            guard let path = arguments.option("--out") else {
                let report = try workbench.dataReturn(from: from, to: to, area: area)
                return Output(
                    text: Formatting.dataReturn(report), json: JSONValue(encoding: report))
            }
            let (report, receipt) = try workbench.exportDataReturn(
                from: from, to: to, area: area, path: path, marking: arguments.option("--marking"),
                exporter: DocumentExporter())
            let what = receipt.format == "csv" ? "data grid" : "board report"
            return Output.message(
                "\(what) written to \(receipt.path): \(report.meetings) meetings, "
                    + "\(report.casesHeard) cases heard, \(receipt.bytes) bytes",
                json: JSONValue(encoding: receipt))
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
