extension Workbench {
    /// A review's action plan in the Home Office column layout, with status and RAG.
    public func actionPlanData(review id: Int) throws -> ActionPlanData {
        try authorize(.exportActionPlan)
        let detail = try loadReviewDetail(id)
        let review = detail.review
        let recommendations = Dictionary(
            uniqueKeysWithValues: detail.recommendations.map { ($0.number, $0) })
        let rows = detail.actions.sorted {
            ($0.action.recommendation, $0.action.id) < ($1.action.recommendation, $1.action.id)
        }.map { tracked -> ActionPlanData.Row in
            let action = tracked.action
            let recommendation = recommendations[action.recommendation]
            return ActionPlanData.Row(
                recommendationNumber: String(action.recommendation),
                recommendation: recommendation?.text ?? "", scope: action.scope.rawValue,
                actionID: action.id, action: action.text, leadAgency: action.agencyCode,
                owner: action.owner, milestones: action.milestones ?? "",
                targetDate: action.target, completedOn: action.completedOn,
                outcome: action.outcome ?? "", status: action.status.rawValue,
                rag: tracked.rag.rating)
        }
        return ActionPlanData(
            pseudonym: review.pseudonym, csp: review.csp,
            type: review.type, deathDate: review.deathDate, decisionDate: review.decisionDate,
            submissionDate: review.submittedDate, publicationDate: review.publishedDate,
            chair: review.chair, status: review.status.rawValue, asOf: today, rows: rows)
    }

    /// The progress report for the Community Safety Partnership: per review, per lead agency,
    /// and the trend of completion at each month end.
    public func progressReportData(review: Int? = nil) throws -> ProgressReportData {
        try authorize(.exportProgress)
        let report = try dhrProgress(review: review)
        let reviews = Dictionary(uniqueKeysWithValues: try db.reviews().map { ($0.label, $0) })
        func figures(_ progress: DHRProgress) -> ProgressReportData.Figures {
            ProgressReportData.Figures(
                total: progress.total - progress.cancelled, done: progress.closed,
                overdue: progress.overdue, withoutEvidence: progress.closedWithoutEvidence)
        }
        let partnerships = Set(reviews.values.map(\.csp))
        return ProgressReportData(
            csp: partnerships.count == 1 ? partnerships.first! : "All partnerships", asOf: today,
            reviews: report.byReview.compactMap { progress in
                guard let review = reviews[progress.label] else { return nil }
                return ProgressReportData.Review(
                    pseudonym: review.pseudonym,
                    type: review.type,
                    status: review.status.rawValue, figures: figures(progress))
            },
            agencies: report.byAgency.map {
                ProgressReportData.Agency(agency: $0.label, figures: figures($0))
            },
            trend: report.trend.map {
                ProgressReportData.TrendPoint(
                    period: $0.day.description,
                    figures: ProgressReportData.Figures(total: $0.total, done: $0.closed))
            })
    }

    /// Exports a review's action plan to `path` (`export action-plan`), recorded in the audit log.
    public func exportActionPlan(
        review id: Int, marking: String? = nil, to path: String,
        exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.exportActionPlan)
        return try export(
            { try actionPlanData(review: id) }, marking: marking, to: path, exporter: exporter,
            audit: (.exportActionPlan, "dhr-review", "R\(id)", "action plan")
        ) { plan in ("action-plan", 0, plan.rows.count) }
    }

    /// Exports the CSP progress report to `path` (`export progress`), recorded in the audit log.
    public func exportProgressReport(
        review id: Int? = nil, marking: String? = nil, to path: String,
        exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.exportProgress)
        return try export(
            { try progressReportData(review: id) }, marking: marking, to: path,
            exporter: exporter,
            audit: (
                .exportProgress, "dhr-review", id.map { "R\($0)" } ?? "all", "progress report"
            )
        ) { report in ("progress-report", 0, report.overall.total) }
    }
}
