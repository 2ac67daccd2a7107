import MARACKit

/// `report dhr-progress` and `report due-soon`: DHR action plan tracking for the CSP.
enum DHRReportCommands {
    static let commands: [Command] = [
        Command(
            path: ["report", "dhr-progress"],
            operation: .dhrProgress,
            abstract:
                "Report DHR action plan completion per review and per agency, with its trend.",
            usage: "report dhr-progress [--review REVIEW] [--agency CODE]",
            discussion: """
                Counts total, closed, overdue and closed-without-evidence actions, their RAG \
                ratings and the percentage complete (closed of those not cancelled), then the \
                percentage complete at each month end from the update history.
                """,
            mutates: false
        ) { session, arguments in
            var review: Int?
            if let text = arguments.option("--review") {
                review = try DHRCommands.prefixedID(
                    text, prefix: "R", field: "--review", arguments: arguments)
            }
            let report = try session.workbench().dhrProgress(
                review: review, agency: arguments.option("--agency"))
            return Output(text: DHRFormatting.progress(report), json: JSONValue(encoding: report))
        },
        Command(
            path: ["report", "due-soon"],
            operation: .dhrDueSoon,
            abstract: "List one agency's pending DHR actions due within some days.",
            usage: "report due-soon --agency CODE [--days N]",
            discussion: "N is 30 by default; today counts as due soon.",
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let actions = try workbench.dhrDueSoon(
                agency: try arguments.required("--agency"),
                days: try arguments.int("--days", in: 0...3650) ?? 30)
            return Output.table(
                headers: [
                    "ACTION", "REVIEW", "REC", "TARGET", "DAYS", "STATUS", "RAG", "ACTION TO TAKE",
                ],
                rows: actions.map {
                    [
                        $0.action.label, "R\($0.action.reviewID)", String($0.action.recommendation),
                        $0.action.target.description,
                        String(workbench.today.days(until: $0.action.target)),
                        $0.action.status.rawValue, $0.rag.rating.rawValue,
                        Formatting.clip($0.action.text, 50),
                    ]
                },
                json: JSONValue(encoding: actions))
        },
    ]
}
