extension SyntheticArea {
    static let recommendationTexts: [(RecommendationScope, String, String)] = [
        (
            .local, "Front-line staff should recognise and record coercive control.",
            "Agencies saw controlling behaviour over years but none named it as abuse."
        ),
        (
            .regional, "Police and hospitals should share information about repeated injuries.",
            "Attendances with injuries were never shared with the police."
        ),
        (
            .national, "National guidance should cover domestic abuse of older adults.",
            "No national guidance addresses abuse of older adults by their adult children."
        ),
        (
            .local, "The MARAC should check that actions are completed before closing a case.",
            "Actions agreed at the MARAC were closed without evidence."
        ),
        (
            .local, "GP practices should ask about domestic abuse at antenatal appointments.",
            "The pregnancy was known but no one asked about abuse."
        ),
    ]

    /// SMART actions and vague ones, as action plans hold both.
    static let dhrActionTexts: [(text: String, measure: String?, owner: String?)] = [
        (
            "Deliver a half-day coercive control training session to 120 response officers",
            "120 officers trained, shown by the attendance register", "Training lead"
        ),
        (
            "Add a coercive control question to the GP safeguarding checklist",
            "checklist live in all practices", "Safeguarding GP"
        ),
        (
            "Publish a joint information-sharing protocol with the emergency department",
            "protocol signed by both organisations", "Information governance lead"
        ),
        (
            "Audit 50 closed MARAC cases for evidence of completed actions",
            "audit report presented to the MARAC steering group", "MARAC coordinator"
        ),
        ("Raise awareness of coercive control", nil, nil),
        ("Consider information sharing with health", nil, nil),
        (
            "Send a report of the findings to the Domestic Abuse Commissioner",
            "report sent and acknowledged", "CSP manager"
        ),
    ]

    /// The reviews of one area, each with its panel, status history and plan.
    ///
    /// Recommendations of every scope, and actions with progress updates: some overdue, some
    /// closed with evidence, some signed off. One MARAC case of the area is linked to each.
    mutating func generateReviews(
        area: String, referrals: ClosedRange<Int>, into sink: inout some SyntheticSink
    ) throws {
        let today = shape.today
        for _ in 0..<random.int(shape.reviewsPerArea) {
            let id = counts[SyntheticTable.dhrReview.rawValue] + 1
            let decision = try today.adding(days: -random.int(60...(shape.years * 365 - 60)))
            let death = try decision.adding(days: -random.int(20...90))
            let age = decision.days(until: today)
            // Reviews move on over time: in progress for about 6 months, then submitted,
            // approved, published, and closed once their plan is done.
            let path: [(ReviewStatus, Int)] = [
                (.inProgress, 7), (.submitted, 180), (.approved, 260), (.published, 320),
                (.closed, 1000),
            ]
            var status = ReviewStatus.commissioned
            var dates: [ReviewStatus: Day] = [:]
            var changes: [(ReviewStatus, ReviewStatus, Day)] = []
            for (next, after) in path where after < age {
                let on = try decision.adding(days: after)
                changes.append((status, next, on))
                dates[next] = on
                status = next
            }
            let created = "\(decision)T09:00:00Z"
            let type = random.chance(0.1) ? "DARDR" : "DHR"
            try add(
                .dhrReview,
                [
                    id, "Adult " + Self.padded(id, 4), area + " Community Safety Partnership",
                    type, status.rawValue, death.description, decision.description,
                    dates[.submitted]?.description, dates[.approved]?.description,
                    dates[.published]?.description, dates[.closed]?.description,
                    "Independent Chair " + Self.padded(random.int(1...30), 2), created,
                    "synthetic",
                ], into: &sink)
            try audit(
                at: created, command: Operation.newReview.auditLabel, entity: "dhr_review",
                id: String(id),
                summary: "\(type) commissioned", into: &sink)
            var panel = Set<Int>()
            while panel.count < 5 { panel.insert(random.int(1...Self.agencies.count)) }
            for agency in panel.sorted() {
                try add(.dhrPanelAgency, [id, agency], into: &sink)
            }
            for (from, to, on) in changes {
                try add(
                    .dhrStatusChange,
                    [
                        counts[SyntheticTable.dhrStatusChange.rawValue] + 1, id, from.rawValue,
                        to.rawValue, on.description, "\(on)T09:00:00Z", "synthetic",
                    ], into: &sink)
            }
            try add(
                .dhrReviewCase,
                [id, random.int(referrals), created, "synthetic"], into: &sink)
            for number in 1...random.int(shape.recommendationsPerReview) {
                let (scope, text, finding) =
                    number <= 3
                    ? Self.recommendationTexts[number - 1]
                    : random.pick(Self.recommendationTexts)
                let recommendation = counts[SyntheticTable.dhrRecommendation.rawValue] + 1
                try add(
                    .dhrRecommendation,
                    [
                        recommendation, id, number, text, scope.rawValue, finding, created,
                        "synthetic",
                    ],
                    into: &sink)
                for _ in 0..<random.int(shape.actionsPerRecommendation) {
                    try generateDHRAction(
                        review: id, recommendation: recommendation, panel: panel.sorted(),
                        decision: decision, closed: status == .closed, into: &sink)
                }
            }
        }
    }

    /// One action of a review's plan, with the updates that brought it to its status.
    private mutating func generateDHRAction(
        review: Int, recommendation: Int, panel: [Int], decision: Day, closed reviewClosed: Bool,
        into sink: inout some SyntheticSink
    ) throws {
        let today = shape.today
        let id = counts[SyntheticTable.dhrAction.rawValue] + 1
        let template = random.pick(Self.dhrActionTexts)
        let createdOn = try decision.adding(days: random.int(14...60))
        let target = try createdOn.adding(days: random.int(60...540))
        let status: DHRActionStatus
        if reviewClosed {
            status = random.chance(0.95) ? .closed : .cancelled
        } else if target < today {
            status = random.pick(
                weighted: [
                    (.closed, 65), (.open, 10), (.inProgress, 15), (.blocked, 5), (.cancelled, 5),
                ])
        } else {
            status = random.pick(weighted: [(.open, 40), (.inProgress, 45), (.closed, 15)])
        }
        // Updates: a start, sometimes a note, and the closing update with its evidence.
        var updates: [(day: Day, status: DHRActionStatus?, note: String?, evidence: String?)] = []
        let span = max(1, createdOn.days(until: min(today, try target.adding(days: 30))))
        var day = try createdOn.adding(days: random.int(1...max(1, span / 3)))
        if status != .open {
            updates.append((day, .inProgress, "Work started", nil))
        }
        if random.chance(0.5) {
            day = min(today, try day.adding(days: random.int(7...60)))
            updates.append((day, nil, "Progress reported to the CSP", nil))
        }
        var completed: Day?
        var hasEvidence = false
        switch status {
        case .closed:
            day = min(today, try day.adding(days: random.int(7...90)))
            completed = day
            hasEvidence = random.chance(0.85)
            updates.append(
                (day, .closed, nil, hasEvidence ? "Evidence filed with the CSP" : nil))
        case .blocked:
            day = min(today, try day.adding(days: random.int(7...60)))
            updates.append((day, .blocked, "Waiting for funding", nil))
        case .cancelled:
            day = min(today, try day.adding(days: random.int(7...60)))
            updates.append((day, .cancelled, "Superseded by a national change", nil))
        case .open, .inProgress:
            break
        }
        let signedOff = status == .closed && hasEvidence && random.chance(0.5)
        try add(
            .dhrAction,
            [
                id, review, recommendation, random.pick(panel), template.text, template.owner,
                template.measure, String?.none, target.description, status.rawValue,
                completed?.description, status == .closed ? "Completed as planned" : nil,
                signedOff ? completed!.description : nil, signedOff ? "CSP manager" : nil,
                createdOn.description, (updates.last?.day ?? createdOn).description,
                hasEvidence, 1 + updates.count + (signedOff ? 1 : 0),
                "\(createdOn)T10:00:00Z", "synthetic",
            ], into: &sink)
        for update in updates {
            try add(
                .dhrActionUpdate,
                [
                    id, update.day.description, "\(update.day)T10:00:00Z", "synthetic",
                    update.status?.rawValue, update.note, update.evidence, String?.none,
                    update.status == .closed ? "Completed as planned" : nil,
                ], into: &sink)
        }
    }
}
