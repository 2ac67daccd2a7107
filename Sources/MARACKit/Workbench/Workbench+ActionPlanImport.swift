/// The outcome of `dhr import`: what was added and which actions fail the SMART check.
public struct ActionPlanImportReport: Equatable, Sendable, Codable {
    /// How many actions were added.
    public var imported: Int
    /// How many recommendations the file added to the review.
    public var recommendationsAdded: Int
    /// How many of the actions were imported as already closed.
    public var closed: Int
    /// Imported actions that fail the SMART check, with the letters they fail (`"SM"`).
    public var notSMART: [NotSMART]

    /// An imported action that fails the SMART check.
    public struct NotSMART: Equatable, Sendable, Codable {
        public var action: String
        public var line: Int
        public var failed: String
    }
}

/// A `dhr import` refused as a whole: every bad row with its line, and nothing imported.
public struct ActionPlanImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var rejected: [ImportReport.RejectedRow]
    public var description: String {
        let shown = rejected.prefix(20).map { "  line \($0.line): \($0.reason)" }
        let more = rejected.count > 20 ? ["  ... and \(rejected.count - 20) more"] : []
        return (["\(rejected.count) bad rows; nothing was imported:"] + shown + more)
            .joined(separator: "\n")
    }
}

extension Workbench {
    /// The columns `dhr import` reads, each with the names it accepts: the Home Office action
    /// plan headings as published DHRs use them, and short names.
    public static let actionPlanColumns: [(column: String, names: [String])] = [
        ("recommendation", ["recommendation"]),
        ("scope", ["scope", "scope of recommendation"]),
        ("action", ["action", "action to take"]),
        ("agency", ["lead agency", "lead_agency", "agency"]),
        (
            "milestones",
            [
                "key milestones achieved", "key milestones achieved in enacting recommendation",
                "milestones",
            ]
        ),
        ("target", ["target date", "target_date", "target"]),
        ("completion", ["date of completion and outcome", "completion"]),
        ("owner", ["owner"]),
        ("measure", ["measure", "measure of success"]),
        ("evidence", ["evidence"]),
        ("finding", ["finding"]),
    ]

    /// Loads a review's action plan from CSV text (`dhr import`), all or nothing.
    ///
    /// One row per action, with the columns of the Home Office action plan: *Recommendation*
    /// (its number, then its text for a new one), *Scope*, *Action to take*, *Lead agency* (a
    /// registered code), *Key milestones achieved*, *Target date* and *Date of completion and
    /// outcome* (empty while open, else the date then the outcome); optionally *owner*,
    /// *measure*, *evidence* and *finding*. Dates are `YYYY-MM-DD` or `DD/MM/YYYY`. Completed
    /// rows are imported as closed, flagged in reports when they have no evidence. Every bad
    /// row is reported with its line and nothing is imported unless all rows are good.
    public func importActionPlan(review id: Int, csv text: String) throws
        -> ActionPlanImportReport
    {
        try authorize(.importActionPlan)
        let table: CSVTable
        do { table = try CSVTable(parsing: text) } catch {
            throw ActionPlanImportError(rejected: [.init(line: error.line, reason: error.reason)])
        }
        var columns: [String: Int] = [:]
        for (index, name) in table.header.enumerated() {
            guard let known = Self.actionPlanColumns.first(where: { $0.names.contains(name) })
            else {
                throw DHRError.invalid(
                    field: "header",
                    expected: "known column names; column \(index + 1) of the header is not one of "
                        + Self.actionPlanColumns.flatMap(\.names).joined(separator: ", "))
            }
            columns[known.column] = index
        }
        for required in ["recommendation", "scope", "action", "agency", "target"]
        where columns[required] == nil {
            let names = Self.actionPlanColumns.first { $0.column == required }!.names
            throw DHRError.invalid(
                field: "header",
                expected:
                    "a column named \"\(names[0])\" (or \(names.dropFirst().joined(separator: ", ")))"
            )
        }
        return try change {
            let review = try openReview(id)
            var report = ActionPlanImportReport(
                imported: 0, recommendationsAdded: 0, closed: 0, notSMART: [])
            var rejected: [ImportReport.RejectedRow] = []
            for record in table.records {
                do {
                    let row = try actionPlanRow(record.fields, columns: columns, table: table)
                    let tracked = try insertImported(row, review: review, report: &report)
                    if !tracked.smart.isSMART {
                        report.notSMART.append(
                            .init(
                                action: tracked.action.label, line: record.line,
                                failed: tracked.smart.failedLetters))
                    }
                } catch let error as DHRError {
                    rejected.append(.init(line: record.line, reason: error.description))
                } catch let error as MARACError {
                    rejected.append(.init(line: record.line, reason: error.description))
                }
            }
            if !rejected.isEmpty { throw ActionPlanImportError(rejected: rejected) }
            try audit(
                .importActionPlan, "dhr-review", "R\(id)",
                "imported \(report.imported) actions (\(report.closed) closed), "
                    + "\(report.recommendationsAdded) new recommendations")
            return report
        }
    }

    /// One row of an action plan, read and checked.
    struct ActionPlanRow {
        var number: Int
        var recommendationText: String?
        var scope: RecommendationScope
        var text: String
        var agency: String
        var milestones: String?
        var target: Day
        var completed: (day: Day, outcome: String)?
        var owner: String?
        var measure: String?
        var evidence: String?
        var finding: String?
    }

    /// Adds one checked row: its recommendation if new, the action, and its completion.
    private func insertImported(
        _ row: ActionPlanRow, review: Review, report: inout ActionPlanImportReport
    ) throws -> TrackedDHRAction {
        var recommendation = try db.recommendation(reviewID: review.id, number: row.number)
        if let existing = recommendation, existing.scope != row.scope {
            throw DHRError.invalid(
                field: "scope",
                expected: "\(existing.scope.rawValue), the scope of recommendation \(row.number), "
                    + "got \(row.scope.rawValue)")
        }
        if recommendation == nil {
            guard let text = row.recommendationText else {
                throw DHRError.invalid(
                    field: "recommendation",
                    expected: "the text of new recommendation \(row.number) after its number")
            }
            _ = try db.insertRecommendation(
                reviewID: review.id, number: row.number, text: text, scope: row.scope,
                finding: row.finding, at: now, by: user)
            recommendation = try db.recommendation(reviewID: review.id, number: row.number)
            report.recommendationsAdded += 1
        }
        // A completed action is history and may name an agency retired since; an open one is
        // a new action, which a retired agency does not take.
        let agencyID = try row.completed == nil ? activeAgencyID(row.agency) : agencyID(row.agency)
        let created = min(today, row.completed?.day ?? today)
        let id = try db.insertDHRAction(
            reviewID: review.id, recommendationID: recommendation!.id, agencyID: agencyID,
            text: row.text, owner: row.owner, measure: row.measure, milestones: row.milestones,
            target: row.target, status: row.completed == nil ? .open : .closed,
            completedOn: row.completed?.day, outcome: row.completed?.outcome,
            hasEvidence: row.evidence != nil, createdOn: created, at: now, by: user)
        if let completed = row.completed {
            try db.insertDHRActionUpdate(
                actionID: id, on: completed.day,
                change: DHRActionChange(
                    status: .closed, note: "imported as completed", evidence: row.evidence,
                    outcome: completed.outcome), at: now, by: user)
            report.closed += 1
        }
        report.imported += 1
        return track(try db.dhrAction(id: id)!, review: review, recommendations: [recommendation!])
    }

    /// Reads one CSV record into a row, or throws the first problem with it.
    private func actionPlanRow(_ fields: [String], columns: [String: Int], table: CSVTable)
        throws(DHRError) -> ActionPlanRow
    {
        guard fields.count == table.header.count else {
            throw .invalid(
                field: "row", expected: "\(table.header.count) fields, got \(fields.count)")
        }
        // What arrives from other systems: no control characters, no megabyte cells; the
        // owner is a person's name.
        for (column, index) in columns {
            do {
                if column == "owner" {
                    try TextField.checkName(fields[index], field: column)
                } else {
                    try TextField.checkText(fields[index], field: column)
                }
            } catch {
                if case .invalid(let field, let expected) = error {
                    throw .invalid(field: field, expected: expected)
                }
            }
        }
        func value(_ column: String) -> String? {
            columns[column].flatMap { Self.nonBlank(fields[$0]) }
        }
        func required(_ column: String, _ expected: String) throws(DHRError) -> String {
            guard let text = value(column) else {
                throw .invalid(field: column, expected: expected)
            }
            return text
        }
        let recommendation = try required(
            "recommendation", "the recommendation's number, then its text")
        guard let (number, recommendationText) = Self.numbered(recommendation) else {
            throw .invalid(
                field: "recommendation",
                expected: "the recommendation's number first, such as \"3\"")
        }
        let scopeText = try required("scope", "local, regional or national")
        guard let scope = RecommendationScope(rawValue: scopeText.lowercased()) else {
            throw .invalid(field: "scope", expected: "local, regional or national")
        }
        let targetText = try required("target", "a target date as YYYY-MM-DD or DD/MM/YYYY")
        guard let target = Self.importDay(targetText) else {
            throw .invalid(
                field: "target",
                expected: "a date as YYYY-MM-DD or DD/MM/YYYY, got \(targetText.echoedSafely)")
        }
        var completed: (Day, String)?
        if let completion = value("completion") {
            guard let (day, outcome) = Self.completion(completion) else {
                throw .invalid(
                    field: "completion",
                    expected: "the date of completion (YYYY-MM-DD or DD/MM/YYYY) then the outcome, "
                        + "or nothing while the action is open")
            }
            if day > today {
                throw .invalid(
                    field: "completion", expected: "a date of completion on or before today")
            }
            completed = (day, outcome)
        }
        return ActionPlanRow(
            number: number, recommendationText: recommendationText, scope: scope,
            text: try required("action", "the action to take"),
            agency: try required("agency", "the lead agency's code"),
            milestones: value("milestones"), target: target, completed: completed,
            owner: value("owner"), measure: value("measure"), evidence: value("evidence"),
            finding: value("finding"))
    }

    /// `"3. Text"`, `"3"`, `"Recommendation 3: Text"` → (3, text or nil).
    static func numbered(_ text: String) -> (Int, String?)? {
        var rest = Substring(text)
        if rest.lowercased().hasPrefix("recommendation") {
            rest = rest.dropFirst("recommendation".count).drop { $0 == " " }
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits), number > 0 else { return nil }
        let after = rest.dropFirst(digits.count).drop { ".:)- \t".contains($0) }
        return (number, after.isEmpty ? nil : String(after))
    }

    /// A day written `YYYY-MM-DD` or `DD/MM/YYYY`.
    static func importDay(_ text: String) -> Day? {
        if let day = try? Day(parsing: text) { return day }
        let parts = text.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
            let y = Int(parts[2])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `"2026-03-01: Policy published"` → (2026-03-01, "Policy published"); the outcome is needed.
    static func completion(_ text: String) -> (Day, String)? {
        let dateText = text.prefix { !" :,;\t".contains($0) }
        let candidates = [String(text.prefix(10)), String(dateText)]
        for candidate in candidates {
            guard let day = importDay(candidate) else { continue }
            let outcome = text.dropFirst(candidate.count).drop { " :,;-–—\t".contains($0) }
            return outcome.isEmpty ? nil : (day, String(outcome))
        }
        return nil
    }
}
