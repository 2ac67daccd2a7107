/// A DHR action with its RAG rating and SMART check on the workbench's today.
public struct TrackedDHRAction: Equatable, Sendable, Codable {
    public var action: DHRAction
    public var rag: RAGAssessment
    public var smart: SMARTCheck
}

/// A review with its recommendations, actions and status history, for `dhr show`.
public struct ReviewDetail: Equatable, Sendable, Codable {
    public var review: Review
    public var recommendations: [Recommendation]
    public var actions: [TrackedDHRAction]
    public var history: [ReviewStatusChange]
    /// The references of the MARAC cases linked to the review (`dhr link`).
    public var linkedCases: [String] = []
}

/// One DHR action with its history of updates, for `dhr action show`.
public struct DHRActionDetail: Equatable, Sendable, Codable {
    public var tracked: TrackedDHRAction
    public var updates: [DHRActionUpdate]
}

extension Workbench {
    // MARK: - Reviews

    /// Records a review commissioned by a Community Safety Partnership (`dhr new`).
    ///
    /// ```swift
    /// let review = try workbench.newReview(NewReview(pseudonym: "Adult A", csp: "Demoshire CSP"))
    /// review.label   // "R1"
    /// ```
    public func newReview(_ request: NewReview) throws -> Review {
        try authorize(.newReview)
        guard !request.pseudonym.trimmingSpaces.isEmpty else {
            throw DHRError.invalid(
                field: "--pseudonym", expected: "a pseudonym for the victim, such as \"Adult A\"")
        }
        guard !request.csp.trimmingSpaces.isEmpty else {
            throw DHRError.invalid(
                field: "--csp", expected: "the name of the Community Safety Partnership")
        }
        if let death = request.deathDate, let decision = request.decisionDate, decision < death {
            throw DHRError.invalid(
                field: "--decision-date",
                expected: "a day on or after the death date \(death), got \(decision)")
        }
        if let death = request.deathDate, death > today {
            throw DHRError.invalid(field: "--death-date", expected: "a day on or before today")
        }
        return try change {
            let id = try db.insertReview(request, at: now, by: user)
            for code in request.panel {
                try db.insertPanelAgency(reviewID: id, agencyID: agencyID(code))
            }
            try audit(
                .newReview, "dhr-review", "R\(id)",
                "\(request.type.rawValue) commissioned"
                    + (request.panel.isEmpty
                        ? "" : "; panel \(request.panel.joined(separator: ","))"))
            return try db.review(id: id)!
        }
    }

    /// Every review, oldest first (`dhr list`).
    public func reviews() throws -> [Review] {
        try authorize(.listReviews)
        return try db.reviews()
    }

    /// A review with its recommendations, rated actions and history (`dhr show`).
    public func reviewDetail(_ id: Int) throws -> ReviewDetail {
        try authorize(.showReview)
        return try loadReviewDetail(id)
    }

    /// A review with its recommendations, rated actions and history, for the methods that
    /// have checked their own operation.
    func loadReviewDetail(_ id: Int) throws -> ReviewDetail {
        let review = try existingReview(id)
        let recommendations = try db.recommendations(reviewID: id)
        return ReviewDetail(
            review: review, recommendations: recommendations,
            actions: try db.dhrActions(reviewID: id).map {
                track($0, review: review, recommendations: recommendations)
            },
            history: try db.reviewStatusChanges(reviewID: id),
            linkedCases: try db.linkedCases(reviewID: id))
    }

    /// A review's status with its history of changes (`dhr status REVIEW`).
    public func reviewStatus(_ id: Int) throws -> ReviewDetail {
        try authorize(.reviewStatus)
        return try loadReviewDetail(id)
    }

    /// Moves a review along its lifecycle (`dhr status REVIEW --to STATUS`), recording the day
    /// (today by default) as its submission, approval, publication or closure date.
    ///
    /// A review closes only when none of its actions is pending.
    public func changeReviewStatus(_ id: Int, to next: ReviewStatus, on date: Day? = nil) throws
        -> Review
    {
        try authorize(.reviewStatus)
        return try change {
            let review = try existingReview(id)
            guard review.status.allowedNext.contains(next) else {
                throw DHRError.invalidReviewStatus(
                    from: review.status, to: next, allowed: review.status.allowedNext)
            }
            let day = date ?? today
            let earliest =
                ([review.decisionDate] + (try db.reviewStatusChanges(reviewID: id)).map(\.on))
                .compactMap { $0 }.max()
            if let earliest, day < earliest {
                throw DHRError.invalid(
                    field: "--date",
                    expected: "a day on or after \(earliest), the review's latest date, got \(day)")
            }
            if day > today {
                throw DHRError.invalid(
                    field: "--date", expected: "a day on or before today (\(today))")
            }
            if next == .closed {
                let pending = try db.dhrActions(reviewID: id).count { $0.status.isPending }
                if pending > 0 {
                    throw DHRError.invalid(
                        field: "--to",
                        expected: "no pending actions to close review R\(id); \(pending) are "
                            + "still open, in progress or blocked")
                }
            }
            try db.updateReviewStatus(id: id, to: next, on: day)
            try db.insertReviewStatusChange(
                reviewID: id, from: review.status, to: next, on: day, at: now, by: user)
            try audit(
                .reviewStatus, "dhr-review", "R\(id)",
                "status \(review.status.rawValue) → \(next.rawValue) on \(day)")
            return try db.review(id: id)!
        }
    }

    /// Adds a numbered recommendation to a review (`dhr rec add`).
    public func addRecommendation(
        review id: Int, number: Int, scope: RecommendationScope, text: String,
        finding: String? = nil
    ) throws -> Recommendation {
        try authorize(.addRecommendation)
        guard number > 0 else {
            throw DHRError.invalid(field: "--number", expected: "a whole number from 1")
        }
        guard !text.trimmingSpaces.isEmpty else {
            throw DHRError.invalid(field: "TEXT", expected: "the recommendation's text")
        }
        return try change {
            let review = try openReview(id)
            if try db.recommendation(reviewID: id, number: number) != nil {
                throw DHRError.duplicateRecommendation(review: id, number: number)
            }
            let recID = try db.insertRecommendation(
                reviewID: review.id, number: number, text: text, scope: scope,
                finding: Self.nonBlank(finding), at: now, by: user)
            try audit(
                .addRecommendation, "dhr-recommendation", recID,
                "recommendation \(number) of R\(id), \(scope.rawValue)")
            return try db.recommendation(reviewID: id, number: number)!
        }
    }

    // MARK: - Actions

    /// Adds an action to a review's plan under one of its recommendations (`dhr action add`).
    ///
    /// The action is SMART-checked; a failing check is returned as warnings, not refused, so the
    /// chair can record the plan as agreed and tighten it later.
    public func addDHRAction(_ request: NewDHRAction) throws -> TrackedDHRAction {
        try authorize(.addDHRAction)
        guard !request.text.trimmingSpaces.isEmpty else {
            throw DHRError.invalid(field: "TEXT", expected: "the action to take")
        }
        return try change {
            let review = try openReview(request.review)
            guard
                let recommendation = try db.recommendation(
                    reviewID: review.id, number: request.recommendation)
            else {
                throw DHRError.unknownRecommendation(
                    review: review.id, number: request.recommendation)
            }
            let id = try db.insertDHRAction(
                reviewID: review.id, recommendationID: recommendation.id,
                agencyID: try agencyID(request.agencyCode), text: request.text,
                owner: Self.nonBlank(request.owner), measure: Self.nonBlank(request.measure),
                milestones: Self.nonBlank(request.milestones), target: request.target,
                createdOn: today, at: now, by: user)
            let tracked = track(
                try db.dhrAction(id: id)!, review: review, recommendations: [recommendation])
            try audit(
                .addDHRAction, "dhr-action", "A\(id)",
                "R\(review.id) recommendation \(request.recommendation), lead \(request.agencyCode), "
                    + "target \(request.target), SMART \(tracked.smart.score)/5")
            return tracked
        }
    }

    /// Records progress on a DHR action (`dhr action update`): a status, a note, evidence, the
    /// milestones achieved or the outcome.
    ///
    /// Closing needs evidence of completion, given now or earlier, and records today as the
    /// date of completion. A signed-off action, or one of a closed review, cannot change.
    public func updateDHRAction(_ id: Int, _ change: DHRActionChange, expectedVersion: Int? = nil)
        throws -> DHRAction
    {
        try authorize(.updateDHRAction)
        guard !change.isEmpty else {
            throw DHRError.invalid(
                field: "dhr action update",
                expected: "at least one of --status, --note, --evidence, --milestones, --outcome")
        }
        if let evidence = change.evidence, evidence.trimmingSpaces.isEmpty {
            throw DHRError.invalid(field: "--evidence", expected: "a description of the evidence")
        }
        return try self.change {
            let action = try existingDHRAction(id)
            _ = try openReview(action.reviewID)
            if action.signedOffOn != nil { throw DHRError.signedOff(action: id) }
            if let expectedVersion, expectedVersion != action.version {
                throw MARACError.staleUpdate(
                    entity: "DHR action", id: id, expected: expectedVersion, found: action.version)
            }
            var status = action.status
            if let next = change.status, next != action.status {
                guard action.status.allowedNext.contains(next) else {
                    throw DHRError.invalidActionStatus(
                        from: action.status, to: next, allowed: action.status.allowedNext)
                }
                status = next
            }
            let hasEvidence = action.hasEvidence || change.evidence != nil
            if status == .closed, action.status != .closed, !hasEvidence {
                throw DHRError.evidenceRequired(action: id)
            }
            let completed: Day? = status == .closed ? (action.completedOn ?? today) : nil
            guard
                try db.updateDHRAction(
                    id: id, version: action.version, status: status,
                    milestones: change.milestones ?? action.milestones, completedOn: completed,
                    outcome: change.outcome ?? action.outcome, lastActivity: today,
                    hasEvidence: hasEvidence)
            else {
                throw MARACError.staleUpdate(
                    entity: "DHR action", id: id, expected: action.version,
                    found: try db.dhrAction(id: id)?.version ?? action.version)
            }
            var recorded = change
            if change.status == action.status { recorded.status = nil }
            try db.insertDHRActionUpdate(
                actionID: id, on: today, change: recorded, at: now, by: user)
            var summary: [String] = []
            if status != action.status {
                summary.append("status \(action.status.rawValue) → \(status.rawValue)")
            }
            if change.note != nil { summary.append("note added") }
            if change.evidence != nil { summary.append("evidence added") }
            if change.milestones != nil { summary.append("milestones updated") }
            if change.outcome != nil { summary.append("outcome recorded") }
            try audit(.updateDHRAction, "dhr-action", "A\(id)", summary.joined(separator: "; "))
            return try db.dhrAction(id: id)!
        }
    }

    /// Records the Community Safety Partnership's sign-off of a closed action with evidence
    /// (`dhr action signoff`); the action cannot change afterwards.
    public func signOffDHRAction(_ id: Int) throws -> DHRAction {
        try authorize(.signOffDHRAction)
        return try change {
            let action = try existingDHRAction(id)
            if action.signedOffOn != nil { throw DHRError.signedOff(action: id) }
            guard action.status == .closed, action.hasEvidence else {
                throw DHRError.signOffNeedsClosed(action: id, status: action.status)
            }
            guard try db.signOffDHRAction(id: id, version: action.version, on: today, by: user)
            else {
                throw MARACError.staleUpdate(
                    entity: "DHR action", id: id, expected: action.version,
                    found: try db.dhrAction(id: id)?.version ?? action.version)
            }
            try audit(.signOffDHRAction, "dhr-action", "A\(id)", "signed off on \(today)")
            return try db.dhrAction(id: id)!
        }
    }

    /// One DHR action with its rating, SMART check and history (`dhr action show`).
    public func dhrActionDetail(_ id: Int) throws -> DHRActionDetail {
        try authorize(.showDHRAction)
        return try loadDHRActionDetail(id)
    }

    /// One DHR action with its rating, SMART check and history, for the methods that have
    /// checked their own operation.
    func loadDHRActionDetail(_ id: Int) throws -> DHRActionDetail {
        let action = try existingDHRAction(id)
        let review = try existingReview(action.reviewID)
        return DHRActionDetail(
            tracked: track(
                action, review: review, recommendations: try db.recommendations(reviewID: review.id)
            ),
            updates: try db.dhrActionUpdates(actionID: id))
    }

    // MARK: - SMART check and tracking

    /// The SMART check of every action of every review (`smart check`), review by review.
    public func smartCheck() throws -> [TrackedDHRAction] {
        try authorize(.smartCheck)
        return try db.reviews().flatMap { try loadReviewDetail($0.id).actions }
    }

    /// The SMART check of every action of a review (`smart check R1`), in plan order.
    public func smartCheck(review id: Int) throws -> [TrackedDHRAction] {
        try authorize(.smartCheck)
        return try loadReviewDetail(id).actions
    }

    /// The SMART check of one action (`smart check A12`).
    public func smartCheck(action id: Int) throws -> TrackedDHRAction {
        try authorize(.smartCheck)
        return try loadDHRActionDetail(id).tracked
    }

    /// The progress report for the CSP (`report dhr-progress`), for one review, one lead agency,
    /// both, or everything.
    public func dhrProgress(review: Int? = nil, agency: String? = nil) throws
        -> DHRProgressReport
    {
        try authorize(.dhrProgress)
        if let review { _ = try existingReview(review) }
        if let agency { _ = try agencyID(agency) }
        let actions = try db.dhrActions(agencyCode: agency, reviewID: review)
        return DHRProgressReport(
            review: review, agency: agency, actions: actions,
            history: try db.dhrStatusHistory(agencyCode: agency, reviewID: review), today: today,
            rag: policies.rag)
    }

    /// Pending DHR actions of one lead agency due from today to `days` days ahead
    /// (`report due-soon`), soonest first.
    public func dhrDueSoon(agency: String, days: Int = 30) throws -> [TrackedDHRAction] {
        try authorize(.dhrDueSoon)
        guard days >= 0 else { throw DHRError.invalid(field: "--days", expected: "0 or more") }
        _ = try agencyID(agency)
        return try trackAll(
            try db.pendingDHRActions(agencyCode: agency, from: today, to: today.adding(days: days)))
    }

    /// Pending DHR actions past their target date, of one agency or all (`report overdue`).
    public func overdueDHRActions(agency: String? = nil) throws -> [DHRAction] {
        try authorize(.overdueReport)
        if let agency { _ = try agencyID(agency) }
        return try db.pendingDHRActions(agencyCode: agency, from: nil, to: today.adding(days: -1))
    }

    // MARK: - Helpers

    /// Rates and SMART-checks `action`, whose review and recommendations are given.
    func track(_ action: DHRAction, review: Review, recommendations: [Recommendation])
        -> TrackedDHRAction
    {
        let recommendation = recommendations.first { $0.number == action.recommendation }
        let subject = SMARTSubject(
            text: action.text, measure: action.measure, owner: action.owner,
            leadAgency: action.agencyCode, finding: recommendation?.finding,
            hasRecommendation: recommendation != nil,
            target: action.target, milestones: action.milestones,
            decisionDate: review.decisionDate, start: action.createdOn)
        return TrackedDHRAction(
            action: action, rag: policies.rag.rate(action, today: today),
            smart: SMARTCheck(subject, rules: policies.smartRules))
    }

    /// Tracks actions that may belong to several reviews.
    func trackAll(_ actions: [DHRAction]) throws -> [TrackedDHRAction] {
        var reviews: [Int: (Review, [Recommendation])] = [:]
        return try actions.map { action in
            if reviews[action.reviewID] == nil {
                reviews[action.reviewID] = (
                    try existingReview(action.reviewID),
                    try db.recommendations(reviewID: action.reviewID)
                )
            }
            let (review, recommendations) = reviews[action.reviewID]!
            return track(action, review: review, recommendations: recommendations)
        }
    }

    func existingReview(_ id: Int) throws -> Review {
        guard let review = try db.review(id: id) else { throw DHRError.unknownReview(id) }
        return review
    }

    /// The review, refused when closed: its action plan is frozen.
    func openReview(_ id: Int) throws -> Review {
        let review = try existingReview(id)
        if review.status == .closed { throw DHRError.reviewClosed(id) }
        return review
    }

    func existingDHRAction(_ id: Int) throws -> DHRAction {
        guard let action = try db.dhrAction(id: id) else { throw DHRError.unknownAction(id) }
        return action
    }

    /// `text` without surrounding spaces, or `nil` when blank.
    static func nonBlank(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
