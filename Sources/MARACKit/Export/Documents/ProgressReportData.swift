/// Progress on DHR action plans for a Community Safety Partnership: per review, per agency,
/// and over time, as plain values.
public struct ProgressReportData: Equatable, Sendable {
    /// Counts of actions and how many are done, overdue, or closed without evidence.
    public struct Figures: Equatable, Sendable {
        public var total: Int
        public var done: Int
        public var overdue: Int
        /// Actions marked done with no evidence of completion.
        public var withoutEvidence: Int

        public init(total: Int, done: Int, overdue: Int = 0, withoutEvidence: Int = 0) {
            self.total = total
            self.done = done
            self.overdue = overdue
            self.withoutEvidence = withoutEvidence
        }

        /// The share of actions done, 0 to 100, or `nil` when there are none.
        public var percentComplete: Double? {
            total == 0 ? nil : Double(done) * 100 / Double(total)
        }
    }

    /// One review's progress.
    public struct Review: Equatable, Sendable {
        /// The pseudonym (`Adult D`).
        public var pseudonym: String
        public var type: ActionPlanData.ReviewType
        public var status: String
        public var figures: Figures

        public init(
            pseudonym: String, type: ActionPlanData.ReviewType = .dhr, status: String,
            figures: Figures
        ) {
            self.pseudonym = pseudonym
            self.type = type
            self.status = status
            self.figures = figures
        }
    }

    /// One agency's progress across all reviews.
    public struct Agency: Equatable, Sendable {
        /// The agency (name or code, as it should be printed).
        public var agency: String
        public var figures: Figures

        public init(agency: String, figures: Figures) {
            self.agency = agency
            self.figures = figures
        }
    }

    /// The figures at the end of one period (`2026-Q3`, or a date).
    public struct TrendPoint: Equatable, Sendable {
        public var period: String
        public var figures: Figures

        public init(period: String, figures: Figures) {
            self.period = period
            self.figures = figures
        }
    }

    /// The Community Safety Partnership reported to.
    public var csp: String
    /// The day the figures are as at.
    public var asOf: Day
    /// The organisation named in every page footer.
    public var organisation: String
    /// The protective marking in every page header and footer.
    public var marking: String
    public var reviews: [Review]
    public var agencies: [Agency]
    /// Earliest period first.
    public var trend: [TrendPoint]

    public init(
        csp: String, asOf: Day, organisation: String? = nil,
        marking: String = ODFDocument.defaultMarking, reviews: [Review] = [],
        agencies: [Agency] = [], trend: [TrendPoint] = []
    ) {
        self.csp = csp
        self.asOf = asOf
        self.organisation = organisation ?? csp
        self.marking = marking
        self.reviews = reviews
        self.agencies = agencies
        self.trend = trend
    }

    /// The figures over all reviews.
    public var overall: Figures {
        reviews.reduce(Figures(total: 0, done: 0)) { sum, review in
            Figures(
                total: sum.total + review.figures.total, done: sum.done + review.figures.done,
                overdue: sum.overdue + review.figures.overdue,
                withoutEvidence: sum.withoutEvidence + review.figures.withoutEvidence)
        }
    }
}
