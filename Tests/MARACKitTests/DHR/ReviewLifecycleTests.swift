import Testing

@testable import MARACKit

@Suite("DHR review lifecycle")
struct ReviewLifecycleTests {
    /// The path from commissioned to each status, through allowed moves only.
    static let paths: [(ReviewStatus, [ReviewStatus])] = [
        (.commissioned, []),
        (.inProgress, [.inProgress]),
        (.submitted, [.inProgress, .submitted]),
        (.approved, [.inProgress, .submitted, .approved]),
        (.published, [.inProgress, .submitted, .approved, .published]),
        (.closed, [.inProgress, .submitted, .approved, .published, .closed]),
    ]

    static func reach(_ status: ReviewStatus, _ workbench: Workbench, _ id: Int) throws {
        for step in paths.first(where: { $0.0 == status })!.1 {
            _ = try workbench.changeReviewStatus(id, to: step, on: day("2026-11-01"))
        }
    }

    static let allowed: [(ReviewStatus, ReviewStatus)] = ReviewStatus.allCases.flatMap { from in
        from.allowedNext.map { (from, $0) }
    }

    static let refused: [(ReviewStatus, ReviewStatus)] = ReviewStatus.allCases.flatMap { from in
        ReviewStatus.allCases.filter { $0 != from && !from.allowedNext.contains($0) }
            .map { (from, $0) }
    }

    @Test(
        "Every allowed move is made, dated and recorded in the history", arguments: Backend.all,
        allowed)
    func allowedMove(backend: Backend, move: (ReviewStatus, ReviewStatus)) throws {
        let (from, to) = move
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        try Self.reach(from, test.workbench, review.id)
        let moved = try test.workbench.changeReviewStatus(review.id, to: to, on: day("2026-11-20"))
        #expect(moved.status == to)
        let history = try test.workbench.reviewDetail(review.id).history
        #expect(
            history.last
                == .init(
                    from: from, to: to, on: day("2026-11-20"), at: history.last!.at,
                    by: test.workbench.user))
        switch to {
        case .submitted: #expect(moved.submittedDate == day("2026-11-20"))
        case .approved: #expect(moved.approvedDate == day("2026-11-20"))
        case .published: #expect(moved.publishedDate == day("2026-11-20"))
        case .closed: #expect(moved.closedDate == day("2026-11-20"))
        default: break
        }
    }

    @Test(
        "Every other move is refused, naming the statuses allowed", arguments: Backend.all, refused)
    func refusedMove(backend: Backend, move: (ReviewStatus, ReviewStatus)) throws {
        let (from, to) = move
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        try Self.reach(from, test.workbench, review.id)
        let error = #expect(throws: DHRError.self) {
            try test.workbench.changeReviewStatus(review.id, to: to)
        }
        #expect(error == .invalidReviewStatus(from: from, to: to, allowed: from.allowedNext))
        let allowed =
            from.allowedNext.isEmpty
            ? "none" : from.allowedNext.map(\.rawValue).joined(separator: ", ")
        #expect(error?.description.hasSuffix("allowed from \(from.rawValue): \(allowed)") == true)
        #expect(try test.workbench.reviewDetail(review.id).review.status == from)
    }

    @Test(
        "A status date before the review's latest date, or after today, is refused",
        arguments: Backend.all)
    func dateBeforeDecision(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let error = #expect(throws: DHRError.self) {
            try test.workbench.changeReviewStatus(review.id, to: .inProgress, on: day("2026-01-14"))
        }
        #expect(error?.description.hasPrefix("--date: a day on or after 2026-01-15") == true)
        _ = try test.workbench.changeReviewStatus(review.id, to: .inProgress, on: day("2026-01-15"))
        #expect(throws: DHRError.self) {
            try test.workbench.changeReviewStatus(review.id, to: .submitted, on: day("2026-11-26"))
        }
    }

    @Test(
        "A review closes only when no action is pending, and is then frozen", arguments: Backend.all
    )
    func closeNeedsNoPending(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.reviewWithRecommendation()
        let action = try test.addAction(review)
        try Self.reach(.published, test.workbench, review.id)
        #expect(throws: DHRError.self) {
            try test.workbench.changeReviewStatus(review.id, to: .closed)
        }
        _ = try test.workbench.updateDHRAction(action.id, DHRActionChange(status: .cancelled))
        _ = try test.workbench.changeReviewStatus(review.id, to: .closed)
        #expect(throws: DHRError.reviewClosed(review.id)) {
            try test.workbench.addRecommendation(
                review: review.id, number: 2, scope: .local, text: "More.")
        }
    }

    @Test(
        "A review needs a pseudonym and a CSP, and never prints the pseudonym in errors",
        arguments: Backend.all)
    func newReviewValidation(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        #expect(throws: DHRError.self) {
            try test.workbench.newReview(NewReview(pseudonym: " ", csp: "CSP"))
        }
        #expect(throws: DHRError.self) {
            try test.workbench.newReview(NewReview(pseudonym: "Adult B", csp: ""))
        }
        let error = #expect(throws: DHRError.self) {
            try test.workbench.newReview(
                NewReview(
                    pseudonym: "Adult B", csp: "CSP", deathDate: day("2026-02-01"),
                    decisionDate: day("2026-01-01")))
        }
        #expect(error?.description.contains("Adult B") == false)
        #expect(throws: MARACError.unknownAgency("NOPE")) {
            try test.workbench.newReview(
                NewReview(pseudonym: "Adult B", csp: "CSP", panel: ["NOPE"]))
        }
        #expect(try test.workbench.reviews().isEmpty)
        let review = try test.workbench.newReview(
            NewReview(pseudonym: "Adult B", csp: "CSP", type: .dardr, panel: ["POL", "IDVA"]))
        #expect(review.label == "R1")
        #expect(review.panel == ["IDVA", "POL"])
        #expect(review.status == .commissioned)
        #expect(try test.workbench.auditLog().last?.command == "dhr new")
    }
}
