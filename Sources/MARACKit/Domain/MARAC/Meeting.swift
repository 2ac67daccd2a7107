/// One sitting of the MARAC for an area: its date, chair and how many cases it can hear.
public struct Meeting: Equatable, Sendable, Codable {
    public var id: Int
    public var area: String
    public var date: Day
    /// When the first item starts, `HH:MM`.
    public var startsAt: String
    public var chair: String?
    /// How many cases the meeting can hear (meetings average about 16).
    public var capacity: Int
    /// When the confidentiality statement was read and the meeting opened, if it has been.
    public var openedAt: String?
    public var openedBy: String?
    /// When the minutes were frozen, if they have been.
    public var closedAt: String?
    /// Where the meeting is held, if recorded.
    public var venue: String? = nil
    /// Who takes the minutes, if recorded.
    public var minuteTaker: String? = nil
    /// The date of the area's next meeting, as the minutes announce it.
    public var nextMeetingOn: Day? = nil

    public var isOpen: Bool { openedAt != nil && closedAt == nil }
    public var isClosed: Bool { closedAt != nil }

    /// The day minutes are due: a number of working days after the meeting (the area's
    /// `minutes-due-working-days` in `Policies/referral-criteria.xml`, 3 by default), skipping
    /// the days `calendar` closes (bank holidays and the area's closures).
    public func minutesDue(workingDays: Int, calendar: WorkingCalendar) throws(DayRangeError)
        -> Day
    {
        try calendar.adding(workingDays: workingDays, to: date)
    }
}

/// Whether an agency came to a meeting.
public enum AttendanceStatus: String, Equatable, Sendable, Codable, CaseIterable {
    case present, apologies, absent
}

/// One agency's attendance at one meeting.
public struct Attendance: Equatable, Sendable, Codable {
    public var agencyCode: String
    public var agencyName: String
    public var status: AttendanceStatus
    public var representative: String?
    /// Whether the representative stood in for the agency's registered ones.
    public var isDeputy: Bool = false
}

/// A risk identified for a case at a meeting.
public struct Risk: Equatable, Sendable, Codable {
    public var id: Int
    public var reference: String
    public var meeting: Int?
    public var text: String
}

/// The statement read at the start of every MARAC, recorded in the minutes as read.
public enum ConfidentialityStatement {
    public static let text = """
        Information shared at this meeting is confidential. It is shared only to reduce the risk \
        of serious harm to victims and their children, and may not be used or passed on for any \
        other purpose without the agreement of the agency that shared it. Everyone present \
        agrees to keep it confidential and to record it securely.
        """
}
