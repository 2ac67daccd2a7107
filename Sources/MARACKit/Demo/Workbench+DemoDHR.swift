extension Workbench {
    /// The DHR part of the demo: the review of "Adult D" with recommendations of every scope and
    /// a mix of SMART and vague actions, some overdue, some closed with evidence, one signed off.
    ///
    /// The plan is played out over the past ten months by moving `today` back, so progress
    /// updates, the review's dates and the completion trend look as they would in a real area.
    func demoDHR(_ steps: inout [String]) throws {
        let t = today
        defer { today = t }
        today = try t.adding(days: -300)
        let review = try newReview(
            NewReview(
                pseudonym: "Adult D", csp: "Demoshire Community Safety Partnership (demo)",
                type: .dhr, deathDate: t.adding(days: -420), decisionDate: t.adding(days: -330),
                chair: "Demo Independent Chair", panel: ["POL", "IDVA", "HEALTH-GP", "HOUSING"]))
        _ = try changeReviewStatus(review.id, to: .inProgress)
        let recommendations: [(RecommendationScope, String, String)] = [
            (
                .local,
                "Front-line staff should recognise and record coercive control.",
                "Agencies saw controlling behaviour over three years but none named it as abuse."
            ),
            (
                .regional,
                "Police and hospitals should share information about repeated injuries.",
                "Adult D attended A&E four times with injuries that police never learnt of."
            ),
            (
                .national,
                "National guidance should cover domestic abuse of older adults.",
                "No national guidance addresses abuse of adults over 60 by their adult children."
            ),
        ]
        for (number, (scope, text, finding)) in recommendations.enumerated() {
            _ = try addRecommendation(
                review: review.id, number: number + 1, scope: scope, text: text, finding: finding)
        }
        func add(
            _ rec: Int, _ agency: String, _ days: Int, _ text: String, measure: String? = nil,
            owner: String? = nil, milestones: String? = nil
        ) throws -> Int {
            try addDHRAction(
                NewDHRAction(
                    review: review.id, recommendation: rec, agencyCode: agency,
                    target: t.adding(days: days), text: text, milestones: milestones,
                    measure: measure, owner: owner)
            ).action.id
        }
        let training = try add(
            1, "POL", -120,
            "Deliver a half-day coercive control training session to 120 response officers",
            measure: "120 officers trained, shown by the attendance register",
            owner: "DI Demo Trainer", milestones: "course written by month 2; 60 trained by month 4"
        )
        let awareness = try add(1, "IDVA", 20, "Raise awareness of coercive control")
        let checklist = try add(
            1, "HEALTH-GP", -30,
            "Add a coercive control question to the GP safeguarding checklist",
            measure: "checklist live in all 14 practices", owner: "Dr Demo")
        let consider = try add(2, "HOUSING", -10, "Consider information sharing with health")
        let sharingProtocol = try add(
            2, "POL", 200,
            "Publish a joint information-sharing protocol between police and the A&E department",
            measure: "protocol signed by both organisations", owner: "DS Demo Officer",
            milestones: "draft by month 3; signed by month 6")
        let letter = try add(
            3, "IDVA", 60,
            "Send a report of the national findings to the Domestic Abuse Commissioner",
            measure: "report sent and acknowledged", owner: "Demo IDVA Lead")
        let explore = try add(
            3, "EDU", 620, "Explore ways to improve teaching about healthy relationships")
        steps.append(
            "commissioned review R\(review.id) of \"Adult D\": 3 recommendations (local, regional, "
                + "national) and 7 actions, 3 of them vague")

        today = try t.adding(days: -200)
        _ = try updateDHRAction(
            training,
            DHRActionChange(
                status: .closed, evidence: "attendance register: 124 officers trained",
                outcome: "124 officers trained"))
        _ = try updateDHRAction(
            checklist, DHRActionChange(status: .inProgress, note: "draft question agreed"))
        today = try t.adding(days: -150)
        _ = try changeReviewStatus(review.id, to: .submitted)
        today = try t.adding(days: -120)
        _ = try signOffDHRAction(training)
        today = try t.adding(days: -100)
        _ = try changeReviewStatus(review.id, to: .approved)
        today = try t.adding(days: -60)
        _ = try changeReviewStatus(review.id, to: .published)
        today = try t.adding(days: -40)
        _ = try updateDHRAction(
            sharingProtocol,
            DHRActionChange(
                status: .closed, evidence: "protocol signed on behalf of both organisations",
                milestones: "draft agreed; protocol signed", outcome: "protocol in force"))
        today = try t.adding(days: -20)
        _ = try updateDHRAction(
            letter, DHRActionChange(status: .inProgress, note: "report drafted for the chair"))
        today = try t.adding(days: -10)
        _ = try updateDHRAction(
            explore, DHRActionChange(status: .blocked, note: "no lead identified in schools"))
        today = t
        _ = (awareness, consider)
        let progress = try dhrProgress(review: review.id)
        let overdue = progress.overall.overdue
        steps.append(
            "tracked it for ten months: published, \(progress.overall.closed) actions closed "
                + "with evidence (1 signed off), \(overdue) overdue, "
                + "\(Int(progress.overall.percentComplete.rounded()))% complete")
    }
}
