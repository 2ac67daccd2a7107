/// Where the actions agreed at a past meeting stand today: the action status report
/// (`export action-status`), a separate document from the minutes, which stay as at the close.
///
/// Each action carries its status now and, when the minutes are frozen, its status at the
/// close, so a reader sees what changed since the meeting. With `agency` set it holds only
/// that agency's actions.
public struct ActionStatusData: Equatable, Sendable {
    /// One action agreed at the meeting, as it stands on `asAt`.
    public struct Row: Equatable, Sendable {
        public var action: MinutesData.Action
        /// Its status in the frozen minutes, when the meeting is closed.
        public var statusAtClose: ActionStatus?

        public init(action: MinutesData.Action, statusAtClose: ActionStatus? = nil) {
            self.action = action
            self.statusAtClose = statusAtClose
        }
    }

    /// The meeting's number in the workbench.
    public var meetingID: Int
    public var area: String
    /// The meeting's date.
    public var date: Day
    public var startsAt: String
    public var chair: String?
    public var organisation: String
    public var marking: String
    /// The day the statuses are as at (today when exported).
    public var asAt: Day
    /// The day the meeting closed, if it has.
    public var closedOn: Day?
    /// The agency code when the report is limited to one agency.
    public var agency: String?
    /// The agency's name when limited to one.
    public var agencyName: String?
    public var rows: [Row]

    public init(
        meetingID: Int, area: String, date: Day, startsAt: String = "09:30",
        chair: String? = nil, organisation: String,
        marking: String = ODFDocument.defaultMarking, asAt: Day, closedOn: Day? = nil,
        agency: String? = nil, agencyName: String? = nil, rows: [Row] = []
    ) {
        self.meetingID = meetingID
        self.area = area
        self.date = date
        self.startsAt = startsAt
        self.chair = chair
        self.organisation = organisation
        self.marking = marking
        self.asAt = asAt
        self.closedOn = closedOn
        self.agency = agency
        self.agencyName = agencyName
        self.rows = rows
    }
}
