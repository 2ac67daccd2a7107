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
                dhr new --pseudonym P --csp NAME [--type TYPE] [--death-date YYYY-MM-DD] \
                [--decision-date YYYY-MM-DD] [--chair NAME] [--panel CODE,...]
                """,
            discussion: """
                TYPE is DHR (the default) or DARDR, the renamed Domestic Abuse Related Death \
                Review. The victim is recorded only by pseudonym ("Adult A"). --panel lists the \
                codes of the agencies on the review panel.
                """
        ) { session, arguments in
            let type = try arguments.choice("--type", ReviewType.allCases.map(\.rawValue))
                .flatMap(ReviewType.init(rawValue:))
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
            usage: "dhr status REVIEW [--to STATUS] [--date YYYY-MM-DD]",
            discussion: """
                STATUS runs commissioned, in-progress, submitted (to the Home Office), approved, \
                published, closed; a submitted review may go back to in-progress and an approved \
                one may close unpublished. --date (today by default) is recorded as the \
                submission, approval, publication or closure date. A review closes only when no \
                action is pending.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let id = try reviewID(arguments, "REVIEW")
            if let to = try arguments.choice("--to", ReviewStatus.spellings) {
                let review = try workbench.changeReviewStatus(
                    id, to: ReviewStatus(rawValue: to)!, on: try arguments.day("--date"))
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
                dhr rec add REVIEW --number N --scope local|regional|national [--finding TEXT] \
                TEXT...
                """
        ) { session, arguments in
            let recommendation = try session.workbench().addRecommendation(
                review: try reviewID(arguments, "REVIEW"),
                number: try arguments.requiredInt("--number", in: 1...999),
                scope: RecommendationScope(rawValue: try arguments.required("--scope"))!,
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
                dhr action update ID [--status STATUS] [--note TEXT] [--evidence TEXT] \
                [--milestones TEXT] [--outcome TEXT] [--if-version N]
                """,
            discussion: """
                STATUS is open, in-progress, blocked, closed or cancelled. Closing needs \
                --evidence (now or earlier) and records today as the date of completion. \
                --milestones replaces the key milestones achieved. A signed-off action cannot \
                change.
                """
        ) { session, arguments in
            let status = try arguments.choice(
                "--status", DHRActionStatus.allCases.map(\.rawValue)
            ).flatMap(DHRActionStatus.init(rawValue:))
            let action = try session.workbench().updateDHRAction(
                try actionID(arguments, "ID"),
                DHRActionChange(
                    status: status, note: arguments.option("--note"),
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
            usage: "dhr import REVIEW FILE",
            discussion: """
                The header row names the columns of the Home Office action plan: Recommendation \
                (its number, then its text for a new one), Scope, Action to take, Lead agency (a \
                code), Key milestones achieved, Target date, Date of completion and outcome (the \
                date then the outcome, empty while open); optionally owner, measure, evidence, \
                finding. Dates are YYYY-MM-DD or DD/MM/YYYY. Every bad row is reported with its \
                line and nothing is imported unless all rows are good.
                """
        ) { session, arguments in
            let path = try arguments.positional("FILE")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError.invalidValue(
                    field: "FILE", expected: "a readable CSV file", got: path,
                    usage: arguments.usage)
            }
            let report = try session.workbench().importActionPlan(
                review: try reviewID(arguments, "REVIEW"),
                csv: String(decoding: data, as: UTF8.self))
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

    /// The review id given as `R3` or `3`.
    static func reviewID(_ arguments: Arguments, _ name: String) throws -> Int {
        try prefixedID(arguments.positional(name), prefix: "R", field: name, arguments: arguments)
    }

    /// The DHR action id given as `A12` or `12`.
    static func actionID(_ arguments: Arguments, _ name: String) throws -> Int {
        try prefixedID(arguments.positional(name), prefix: "A", field: name, arguments: arguments)
    }

    /// `text` without its optional `prefix` (either case) as a positive whole number.
    static func prefixedID(_ text: String, prefix: Character, field: String, arguments: Arguments)
        throws -> Int
    {
        let digits = text.first?.uppercased() == String(prefix) ? text.dropFirst() : Substring(text)
        guard let id = Int(digits), id > 0 else {
            throw CommandError.invalidValue(
                field: field, expected: "expected \(prefix) and a number, such as \(prefix)1",
                got: text, usage: arguments.usage)
        }
        return id
    }
}
