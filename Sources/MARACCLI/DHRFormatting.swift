import MARACKit

/// Text layouts of DHR reviews, actions, SMART checks and progress reports.
enum DHRFormatting {
    static func review(_ detail: ReviewDetail) -> String {
        let review = detail.review
        var lines = [
            "review \(review.label): \(review.type.title) (\(review.type.rawValue))",
            "  pseudonym    \(review.pseudonym)",
            "  CSP          \(review.csp)",
            "  status       \(review.status.rawValue)",
        ]
        lines += dates(review).map { "  \($0.0.padding(12)) \($0.1)" }
        if let chair = review.chair { lines.append("  chair        \(chair)") }
        if !review.panel.isEmpty {
            lines.append("  panel        \(review.panel.joined(separator: ", "))")
        }
        if !detail.linkedCases.isEmpty {
            lines.append("  cases        \(detail.linkedCases.joined(separator: ", "))")
        }
        for recommendation in detail.recommendations {
            lines.append(
                "recommendation \(recommendation.number) (\(recommendation.scope.rawValue)): "
                    + recommendation.text)
            if let finding = recommendation.finding { lines.append("  finding: \(finding)") }
            for tracked in detail.actions
            where tracked.action.recommendation == recommendation.number {
                let action = tracked.action
                lines.append(
                    "  \(action.label) \(tracked.rag.rating.rawValue.uppercased().padding(5)) "
                        + "\(action.agencyCode.padding(10)) target \(action.target) "
                        + "\(action.status.rawValue.padding(11)) SMART \(tracked.smart.score)/5"
                        + (action.signedOffOn != nil ? " signed off" : ""))
                lines.append("      \(action.text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func status(_ detail: ReviewDetail) -> String {
        let review = detail.review
        var lines = ["review \(review.label) is \(review.status.rawValue)"]
        lines += dates(review).map { "  \($0.0.padding(12)) \($0.1)" }
        for change in detail.history {
            lines.append(
                "  \(change.on) \(change.from.rawValue) → \(change.to.rawValue) (\(change.by))")
        }
        let next = review.status.allowedNext.map(\.rawValue)
        lines.append("next: " + (next.isEmpty ? "none" : next.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    private static func dates(_ review: Review) -> [(String, Day)] {
        [
            ("death", review.deathDate), ("decision", review.decisionDate),
            ("submitted", review.submittedDate), ("approved", review.approvedDate),
            ("published", review.publishedDate), ("closed", review.closedDate),
        ].compactMap { label, day in day.map { (label, $0) } }
    }

    static func action(_ detail: DHRActionDetail) -> String {
        let tracked = detail.tracked
        let action = tracked.action
        var lines = [
            "action \(action.label) of R\(action.reviewID), recommendation "
                + "\(action.recommendation) (\(action.scope.rawValue)), version \(action.version)",
            "  action       \(action.text)",
            "  lead agency  \(action.agencyCode)" + (action.owner.map { ", owner \($0)" } ?? ""),
            "  target       \(action.target)",
            "  status       \(action.status.rawValue)",
            "  RAG          \(tracked.rag.rating.rawValue): \(tracked.rag.reason)",
        ]
        if let measure = action.measure { lines.append("  measure      \(measure)") }
        if let milestones = action.milestones { lines.append("  milestones   \(milestones)") }
        if let completed = action.completedOn {
            lines.append("  completed    \(completed)" + (action.outcome.map { ": \($0)" } ?? ""))
        }
        if let day = action.signedOffOn {
            lines.append("  signed off   \(day) by \(action.signedOffBy ?? "")")
        }
        lines.append(verdict(tracked.smart))
        lines += findings(tracked.smart, indent: "  ")
        lines += notes(tracked.smart, indent: "  ")
        if !detail.updates.isEmpty {
            lines.append("history")
            for update in detail.updates {
                var parts: [String] = []
                if let status = update.status { parts.append("status \(status.rawValue)") }
                if let note = update.note { parts.append("note: \(note)") }
                if let evidence = update.evidence { parts.append("evidence: \(evidence)") }
                if let milestones = update.milestones { parts.append("milestones: \(milestones)") }
                if let outcome = update.outcome { parts.append("outcome: \(outcome)") }
                lines.append("  \(update.on) \(update.by): " + parts.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One line per failure: `S (Specific): why Fix: fix`.
    static func findings(_ check: SMARTCheck, indent: String) -> [String] {
        check.findings.map {
            "\(indent)\($0.letter.rawValue) (\($0.letter.word)): \($0.why) Fix: \($0.fix)"
        }
    }

    /// One line per piece of advice, which fails no letter: `note on A (Achievable): why ...`.
    static func notes(_ check: SMARTCheck, indent: String) -> [String] {
        check.notes.map {
            "\(indent)note on \($0.letter.rawValue) (\($0.letter.word)): \($0.why) "
                + "Suggestion: \($0.fix)"
        }
    }

    /// The verdict in one phrase: `SMART 3/5, passes ART, fails SM`.
    static func verdict(_ check: SMARTCheck) -> String {
        var text = "SMART \(check.score)/5"
        if !check.passedLetters.isEmpty { text += ", passes \(check.passedLetters)" }
        if !check.failedLetters.isEmpty { text += ", fails \(check.failedLetters)" }
        return text
    }

    static func smartDetail(_ tracked: TrackedDHRAction) -> String {
        let action = tracked.action
        var lines = [
            "action \(action.label) of R\(action.reviewID): \(verdict(tracked.smart))",
            "  \(action.text)",
        ]
        if tracked.smart.isSMART { lines.append("  passes every rule") }
        lines += findings(tracked.smart, indent: "  ")
        lines += notes(tracked.smart, indent: "  ")
        return lines.joined(separator: "\n")
    }

    /// What the letters of the FAILS column stand for.
    static let smartLegend =
        "FAILS: S Specific, M Measurable, A Achievable (assigned), R Relevant, T Time-bound; "
        + "'smart check ACTION' gives the reason for each failure and a suggested rewrite."

    static func smartTable(_ checked: [TrackedDHRAction]) -> Output {
        let table = TextTable(
            headers: ["ACTION", "REVIEW", "REC", "AGENCY", "SCORE", "FAILS", "ACTION TO TAKE"],
            rows: checked.map {
                [
                    $0.action.label, "R\($0.action.reviewID)", String($0.action.recommendation),
                    $0.action.agencyCode, "\($0.smart.score)/5", $0.smart.failedLetters,
                    Formatting.clip($0.action.text, 50),
                ]
            })
        var lines = [table.rendered()]
        var reviews: [Int] = []
        for tracked in checked where !reviews.contains(tracked.action.reviewID) {
            reviews.append(tracked.action.reviewID)
        }
        for review in reviews {
            let actions = checked.filter { $0.action.reviewID == review }
            let smart = actions.filter(\.smart.isSMART).count
            lines.append("R\(review): \(smart) of \(actions.count) actions pass every letter")
        }
        lines.append(smartLegend)
        return Output(text: lines.joined(separator: "\n"), json: JSONValue(encoding: checked))
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func progress(_ report: DHRProgressReport) -> String {
        var title = "DHR action plan progress"
        if let review = report.review { title += " for R\(review)" }
        if let agency = report.agency { title += " for \(agency)" }
        var lines = [title]
        let table = TextTable(
            headers: [
                "", "TOTAL", "CLOSED", "CANCELLED", "OVERDUE", "NO EVIDENCE", "SIGNED OFF", "R/A/G",
                "COMPLETE",
            ],
            rows: ([report.overall] + report.byReview + report.byAgency).map {
                [
                    $0.label, String($0.total), String($0.closed), String($0.cancelled),
                    String($0.overdue), String($0.closedWithoutEvidence), String($0.signedOff),
                    "\($0.red)/\($0.amber)/\($0.green)", percent($0.percentComplete),
                ]
            })
        lines.append(table.rendered())
        if !report.trend.isEmpty {
            lines.append("trend (closed of actions not cancelled)")
            for point in report.trend {
                lines.append(
                    "  \(point.day)  \(point.closed)/\(point.total)  \(percent(point.percentComplete))"
                )
            }
        }
        return lines.joined(separator: "\n")
    }
}
