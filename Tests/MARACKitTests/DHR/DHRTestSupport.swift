@testable import MARACKit

extension TestWorkbench {
    /// A review decided on 2026-01-15 with recommendation 1 (local, with a finding).
    func reviewWithRecommendation() throws -> Review {
        let review = try workbench.newReview(
            NewReview(
                pseudonym: "Adult A", csp: "Example CSP", deathDate: day("2025-12-01"),
                decisionDate: day("2026-01-15"), chair: "Independent Chair"))
        _ = try workbench.addRecommendation(
            review: review.id, number: 1, scope: .local,
            text: "Agencies should record coercive control.",
            finding: "Controlling behaviour was seen but not named.")
        return review
    }

    /// Adds a SMART action under recommendation 1 of `review`.
    @discardableResult
    func addAction(
        _ review: Review, agency: String = "POL", target: String = "2027-01-31",
        text: String = "Publish a coercive control procedure for all response officers"
    ) throws -> DHRAction {
        try workbench.addDHRAction(
            NewDHRAction(
                review: review.id, recommendation: 1, agencyCode: agency, target: day(target),
                text: text, milestones: "draft by March", measure: "procedure published",
                owner: "DI Example")
        ).action
    }
}
