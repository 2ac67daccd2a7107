import MARACKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `dhr`: Domestic Homicide Reviews, their recommendations and SMART action plans.
///
/// Reviews are shown as `R` and a number (`R3`), their actions as `A` and a number (`A12`);
/// commands accept either form or the bare number.
enum DHRCommands {
    static let commands: [Command] = [
        Command(
            path: ["dhr", "new"],
            operation: .newReview,
            abstract: "Record a review commissioned by a Community Safety Partnership.",
            usage: """
                dhr new --pseudonym P --csp NAME [--type \(choices: ReviewType.self)] \
                [--death-date YYYY-MM-DD] [--decision-date YYYY-MM-DD] [--chair NAME] \
                [--panel CODE,...]
                """,
            discussion: """
                The type is DHR by default; DARDR is the renamed Domestic Abuse Related Death \
                Review. The victim is recorded only by pseudonym ("Adult A"). --panel lists the \
                codes of the agencies on the review panel.
                """
        ) { session, arguments in
            let type = try arguments.value("--type", as: ReviewType.self)
            let review = try session.workbench().newReview(
                NewReview(
                    pseudonym: try arguments.required("--pseudonym"),
                    csp: try arguments.required("--csp"), type: type ?? .dhr,
                    deathDate: try arguments.day("--death-date"),
                    decisionDate: try arguments.day("--decision-date"),
                    chair: arguments.option("--chair"), panel: arguments.list("--panel")))
            return Output.message(
                "review \(review.label): \(review.type.rawValue) of \(review.pseudonym), "
                    + "\(review.status.rawValue)",
                json: JSONValue(encoding: review))
        },
        Command(
            path: ["dhr", "list"],
            operation: .listReviews,
            abstract: "List the reviews with their status.",
            usage: "dhr list",
            mutates: false
        ) { session, _ in
            let reviews = try session.workbench().reviews()
            return Output.table(
                headers: ["REVIEW", "TYPE", "PSEUDONYM", "CSP", "STATUS", "DECISION", "CHAIR"],
                rows: reviews.map {
                    [
                        $0.label, $0.type.rawValue, $0.pseudonym, $0.csp, $0.status.rawValue,
                        $0.decisionDate?.description ?? "", $0.chair ?? "",
                    ]
                },
                json: JSONValue(encoding: reviews))
        },
        Command(
            path: ["dhr", "show"],
            operation: .showReview,
            abstract: "Show a review with its recommendations and rated actions.",
            usage: "dhr show REVIEW",
            mutates: false
        ) { session, arguments in
            let detail = try session.workbench().reviewDetail(try reviewID(arguments, "REVIEW"))
            return Output(text: DHRFormatting.review(detail), json: JSONValue(encoding: detail))
        },
        Command(
            path: ["dhr", "status"],
            operation: .reviewStatus,
            abstract: "Show a review's status and history, or move it to the next status.",
            usage: "dhr status REVIEW [--to \(choices: ReviewStatus.self)] [--date YYYY-MM-DD]",
            discussion: """
                A review runs commissioned, in-progress, submitted (to the Home Office), \
                approved, published, closed; a submitted review may go back to in-progress and an approved \
                one may close unpublished. --date (today by default) is recorded as the \
                submission, approval, publication or closure date. A review closes only when no \
                action is pending.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let id = try reviewID(arguments, "REVIEW")
            if let to = try arguments.value("--to", as: ReviewStatus.self) {
                let review = try workbench.changeReviewStatus(
                    id, to: to, on: try arguments.day("--date"))
                return Output.message(
                    "review \(review.label) is \(review.status.rawValue)",
                    json: JSONValue(encoding: review))
            }
            if arguments.option("--date") != nil {
                throw CommandError.invalidValue(
                    field: "--date", expected: "expected --to STATUS with it", got: "",
                    usage: arguments.usage)
            }
            let detail = try workbench.reviewStatus(id)
            return Output(text: DHRFormatting.status(detail), json: JSONValue(encoding: detail))
        },
        Command(
            path: ["dhr", "rec", "add"],
            operation: .addRecommendation,
            abstract: "Add a numbered recommendation to a review.",
            usage: """
                dhr rec add REVIEW --number N --scope \(choices: RecommendationScope.self) \
                [--finding TEXT] TEXT...
                """
        ) { session, arguments in
            let recommendation = try session.workbench().addRecommendation(
                review: try reviewID(arguments, "REVIEW"),
                number: try arguments.requiredInt("--number", in: 1...999),
                scope: try arguments.required("--scope", as: RecommendationScope.self),
                text: try arguments.text("TEXT"), finding: arguments.option("--finding"))
            return Output.message(
                "recommendation \(recommendation.number) of R\(recommendation.reviewID) "
                    + "(\(recommendation.scope.rawValue))",
                json: JSONValue(encoding: recommendation))
        },
        Command(
            path: ["dhr", "action", "add"],
            operation: .addDHRAction,
            abstract: "Add an action under a recommendation and print its SMART check.",
            usage: """
                dhr action add REVIEW --rec N --agency CODE --target YYYY-MM-DD \
                [--milestones TEXT] [--measure TEXT] [--owner NAME] TEXT...
                """,
            discussion: """
                The action is checked against Policies/smart-rules.xml; failures are printed as \
                warnings with a suggested fix, advice that fails no letter as notes, and the \
                action is recorded all the same.
                """
        ) { session, arguments in
            let tracked = try session.workbench().addDHRAction(
                NewDHRAction(
                    review: try reviewID(arguments, "REVIEW"),
                    recommendation: try arguments.requiredInt("--rec", in: 1...999),
                    agencyCode: try arguments.required("--agency"),
                    target: try arguments.requiredDay("--target"), text: try arguments.text("TEXT"),
                    milestones: arguments.option("--milestones"),
                    measure: arguments.option("--measure"), owner: arguments.option("--owner")))
            let action = tracked.action
            var lines = [
                "action \(action.label) for R\(action.reviewID) recommendation "
                    + "\(action.recommendation): \(action.agencyCode), target \(action.target), "
                    + DHRFormatting.verdict(tracked.smart)
            ]
            lines += DHRFormatting.findings(tracked.smart, indent: "  warning: ")
            lines += DHRFormatting.notes(tracked.smart, indent: "  ")
            return Output.message(lines.joined(separator: "\n"), json: JSONValue(encoding: tracked))
        },
        Command(
            path: ["dhr", "action", "update"],
            operation: .updateDHRAction,
            abstract: "Record progress on a DHR action: status, a note, evidence or the outcome.",
            usage: """
                dhr action update ID [--status \(choices: DHRActionStatus.self)] [--note TEXT] \
                [--evidence TEXT] [--milestones TEXT] [--outcome TEXT] [--if-version N]
                """,
            discussion: """
                Closing needs \
                --evidence (now or earlier) and records today as the date of completion. \
                --milestones replaces the key milestones achieved. A signed-off action cannot \
                change.
                """
        ) { session, arguments in
            let action = try session.workbench().updateDHRAction(
                try actionID(arguments, "ID"),
                DHRActionChange(
                    status: try arguments.value("--status", as: DHRActionStatus.self),
                    note: arguments.option("--note"),
                    evidence: arguments.option("--evidence"),
                    milestones: arguments.option("--milestones"),
                    outcome: arguments.option("--outcome")),
                expectedVersion: try arguments.int("--if-version", in: 1...Int.max))
            return Output.message(
                "action \(action.label) is \(action.status.rawValue), target \(action.target)"
                    + (action.completedOn.map { ", completed \($0)" } ?? "")
                    + " (version \(action.version))",
                json: JSONValue(encoding: action))
        },
        Command(
            path: ["dhr", "action", "signoff"],
            operation: .signOffDHRAction,
            abstract: "Record the CSP's sign-off of a closed action with evidence.",
            usage: "dhr action signoff ID"
        ) { session, arguments in
            let action = try session.workbench().signOffDHRAction(try actionID(arguments, "ID"))
            return Output.message(
                "action \(action.label) signed off on \(action.signedOffOn!) by \(action.signedOffBy!)",
                json: JSONValue(encoding: action))
        },
        Command(
            path: ["dhr", "action", "show"],
            operation: .showDHRAction,
            abstract: "Show one DHR action with its rating, SMART check and history.",
            usage: "dhr action show ID",
            mutates: false
        ) { session, arguments in
            let detail = try session.workbench().dhrActionDetail(try actionID(arguments, "ID"))
            return Output(text: DHRFormatting.action(detail), json: JSONValue(encoding: detail))
        },
        Command(
            path: ["dhr", "import"],
            operation: .importActionPlan,
            abstract: "Load a review's action plan from a CSV file, all or nothing.",
            usage: "dhr import REVIEW FILE \(CSVInput.encodingUsage)",
            discussion: """
                The header row names the columns of the Home Office action plan: Recommendation \
                (its number, then its text for a new one), Scope, Action to take, Lead agency (a \
                code), Key milestones achieved, Target date, Date of completion and outcome (the \
                date then the outcome, empty while open); optionally owner, measure, evidence, \
                finding. Dates are YYYY-MM-DD or DD/MM/YYYY. Every bad row is reported with its \
                line and nothing is imported unless all rows are good. The file is UTF-8 (a \
                byte-order mark is fine) unless --encoding says latin1 or windows-1252.
                """
        ) { session, arguments in
            let csv = try CSVInput.text(arguments)
            let report = try session.workbench().importActionPlan(
                review: try reviewID(arguments, "REVIEW"), csv: csv)
            var lines = [
                "imported \(report.imported) actions (\(report.closed) closed) and "
                    + "\(report.recommendationsAdded) new recommendations"
            ]
            lines += report.notSMART.map {
                "  warning: \($0.action) (line \($0.line)) fails SMART \($0.failed); "
                    + "see 'smart check \($0.action)'"
            }
            return Output.message(lines.joined(separator: "\n"), json: JSONValue(encoding: report))
        },
    ]

    /// The review id given as `R3` or `3` (see `ReviewID`).
    static func reviewID(_ arguments: Arguments, _ name: String) throws(CommandError) -> Int {
        try arguments.required(name, as: ReviewID.self).number
    }

    /// The DHR action id given as `A12` or `12` (see `DHRActionID`).
    static func actionID(_ arguments: Arguments, _ name: String) throws(CommandError) -> Int {
        try arguments.required(name, as: DHRActionID.self).number
    }
}
