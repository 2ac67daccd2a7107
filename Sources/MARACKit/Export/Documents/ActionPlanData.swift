/// The action plan of one Domestic Homicide Review (DHR), as plain values, in the column layout
/// published reviews use.
///
/// The columns are *Recommendation · Scope · Action to take · Lead agency · Key milestones
/// achieved · Target date · Date of completion and outcome*, plus the workbench's status and
/// RAG (red, amber, green) rating. The victim appears by pseudonym only ("Adult D"). The DHR
/// adapter fills this from the review, its recommendations and their actions.
public struct ActionPlanData: Equatable, Sendable {
    /// The kind of review: a Domestic Homicide Review, or a Domestic Abuse Related Death Review.
    public typealias ReviewType = MARACKit.ReviewType

    /// A red, amber or green progress rating.
    public typealias RAG = RAGRating

    /// One action of the plan, under its recommendation.
    public struct Row: Equatable, Sendable {
        /// The recommendation's number (`1`, `2.3`).
        public var recommendationNumber: String
        /// The recommendation's text.
        public var recommendation: String
        /// `local`, `regional` or `national`.
        public var scope: String
        /// The action's number in the workbench, if it has one.
        public var actionID: Int?
        /// Action to take.
        public var action: String
        /// The lead agency (name or code, as it should be printed).
        public var leadAgency: String
        /// The person in the lead agency who owns it, if named.
        public var owner: String?
        /// Key milestones achieved so far.
        public var milestones: String
        public var targetDate: Day?
        /// The date of completion, when complete.
        public var completedOn: Day?
        /// The outcome, with the evidence of completion.
        public var outcome: String
        /// The action's status (`open`, `in-progress`, `done`...).
        public var status: String
        public var rag: RAG?

        public init(
            recommendationNumber: String, recommendation: String, scope: String,
            actionID: Int? = nil, action: String, leadAgency: String, owner: String? = nil,
            milestones: String = "", targetDate: Day? = nil, completedOn: Day? = nil,
            outcome: String = "", status: String, rag: RAG? = nil
        ) {
            self.recommendationNumber = recommendationNumber
            self.recommendation = recommendation
            self.scope = scope
            self.actionID = actionID
            self.action = action
            self.leadAgency = leadAgency
            self.owner = owner
            self.milestones = milestones
            self.targetDate = targetDate
            self.completedOn = completedOn
            self.outcome = outcome
            self.status = status
            self.rag = rag
        }
    }

    /// The victim's pseudonym (`Adult D`); the real name is never needed.
    public var pseudonym: String
    /// The Community Safety Partnership that commissioned the review.
    public var csp: String
    public var type: ReviewType
    public var deathDate: Day?
    public var decisionDate: Day?
    /// When the report went to the Home Office.
    public var submissionDate: Day?
    public var publicationDate: Day?
    /// The independent chair.
    public var chair: String?
    /// The review's status (`commissioned`, `in-progress`, `submitted`...).
    public var status: String
    /// The organisation named in every page footer (usually the CSP).
    public var organisation: String
    /// The protective marking in every page header and footer.
    public var marking: String
    /// The day the plan's status and RAG ratings are reported as at.
    public var asOf: Day?
    /// The actions, grouped by recommendation in order.
    public var rows: [Row]

    public init(
        pseudonym: String, csp: String, type: ReviewType = .dhr, deathDate: Day? = nil,
        decisionDate: Day? = nil, submissionDate: Day? = nil, publicationDate: Day? = nil,
        chair: String? = nil, status: String, organisation: String? = nil,
        marking: String = ODFDocument.defaultMarking, asOf: Day? = nil, rows: [Row] = []
    ) {
        self.pseudonym = pseudonym
        self.csp = csp
        self.type = type
        self.deathDate = deathDate
        self.decisionDate = decisionDate
        self.submissionDate = submissionDate
        self.publicationDate = publicationDate
        self.chair = chair
        self.status = status
        self.organisation = organisation ?? csp
        self.marking = marking
        self.asOf = asOf
        self.rows = rows
    }
}

extension RAGRating {
    /// The rating as printed (`Red`).
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
