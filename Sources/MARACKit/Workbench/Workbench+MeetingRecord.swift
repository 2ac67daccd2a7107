/// What the minutes say about a meeting beyond its cases: where it was held, who took the
/// minutes and when the next meeting is (`meeting new`, `meeting edit`).
public struct MeetingRecord: Equatable, Sendable {
    /// Where the meeting is held.
    public var venue: String?
    /// Who takes the minutes.
    public var minuteTaker: String?
    /// The date of the area's next meeting.
    public var nextMeeting: Day?

    public init(venue: String? = nil, minuteTaker: String? = nil, nextMeeting: Day? = nil) {
        self.venue = venue
        self.minuteTaker = minuteTaker
        self.nextMeeting = nextMeeting
    }

    /// Refuses blank text and a next meeting not after this one.
    func check(meetingDate: Day) throws {
        if let venue, venue.trimmingSpaces.isEmpty {
            throw MARACError.invalid(field: "--venue", expected: "where the meeting is held")
        }
        if let minuteTaker, minuteTaker.trimmingSpaces.isEmpty {
            throw MARACError.invalid(
                field: "--minute-taker", expected: "the name of who takes the minutes")
        }
        if let nextMeeting, nextMeeting <= meetingDate {
            throw MARACError.invalid(
                field: "--next-date",
                expected: "the next meeting's date, after this meeting (\(meetingDate))")
        }
    }
}

extension Workbench {
    /// Corrects what the minutes record about a meeting that is not closed (`meeting edit`).
    ///
    /// Each value given replaces the recorded one; the others stay. Audited.
    public func editMeeting(_ id: Int, chair: String? = nil, record: MeetingRecord) throws
        -> Meeting
    {
        try authorize(.editMeeting)
        if let chair, chair.trimmingSpaces.isEmpty {
            throw MARACError.invalid(field: "--chair", expected: "the chair's name")
        }
        guard chair != nil || record != MeetingRecord() else {
            throw MARACError.invalid(
                field: "meeting edit",
                expected: "at least one of --chair, --venue, --minute-taker, --next-date")
        }
        return try change {
            let meeting = try openForChanges(id)
            try record.check(meetingDate: meeting.date)
            try db.updateMeetingRecord(
                id, chair: chair ?? meeting.chair, venue: record.venue ?? meeting.venue,
                minuteTaker: record.minuteTaker ?? meeting.minuteTaker,
                nextMeetingOn: record.nextMeeting ?? meeting.nextMeetingOn)
            var changed: [String] = []
            if chair != nil { changed.append("chair") }
            if record.venue != nil { changed.append("venue") }
            if record.minuteTaker != nil { changed.append("minute-taker") }
            if let next = record.nextMeeting { changed.append("next meeting \(next)") }
            try audit(.editMeeting, "meeting", id, changed.joined(separator: ", ") + " set")
            return try db.meeting(id: id)!
        }
    }

    /// Records an item of any other business raised at a meeting that is not closed (`aob add`).
    ///
    /// The minutes list it under "Any other business". Returns its number.
    @discardableResult
    public func addOtherBusiness(meeting id: Int, text: String) throws -> Int {
        try authorize(.addOtherBusiness)
        guard !text.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(field: "TEXT", expected: "the item of business raised")
        }
        return try change {
            _ = try openForChanges(id)
            let item = try db.insertOtherBusiness(meetingID: id, text: text, at: now, by: user)
            try audit(.addOtherBusiness, "meeting", id, "item of any other business recorded")
            return item
        }
    }
}
