/// A meeting with its attendance and agenda, for `meeting show` and `agenda show`.
public struct MeetingDetail: Equatable, Sendable, Codable {
    public var meeting: Meeting
    public var attendance: [Attendance]
    public var agenda: [AgendaItem]
    /// References of cases deferred to a later meeting.
    public var deferred: [String]
    /// Incomplete actions from earlier meetings of the area, reviewed first.
    public var earlierActions: [MARACAction]
    /// Cases whose 12 months since their last MARAC pass before this meeting: notified on the
    /// agenda (a new incident after that is a new referral, not a repeat).
    public var lapsed: [AgendaItem]
    /// The day the minutes are due.
    public var minutesDue: Day
    /// Cases of the area waiting for a meeting and not on this agenda (left off when the
    /// capacity was reached, or referred since it was built); empty once the meeting closed.
    public var waiting: [String] = []
    /// Cases waiting in other areas, per area, referred by this meeting's date.
    public var waitingElsewhere: [AreaCount] = []
}

/// A number of cases in one area.
public struct AreaCount: Equatable, Sendable, Codable {
    public var area: String
    public var count: Int
}

extension Workbench {
    /// Schedules a meeting (`meeting new`), with what its minutes record about it: the venue,
    /// the minute-taker and the date of the next meeting (`MeetingRecord`).
    public func newMeeting(
        date: Day, area: String, chair: String? = nil, capacity: Int = 20,
        startsAt: String = "09:30", record: MeetingRecord = MeetingRecord()
    ) throws -> Meeting {
        try authorize(.newMeeting)
        guard (1...100).contains(capacity) else {
            throw MARACError.invalid(
                field: "--capacity", expected: "a number of cases from 1 to 100")
        }
        guard TimeOfDay(parsing: startsAt) != nil else {
            throw MARACError.invalid(field: "--start", expected: "a time as HH:MM, such as 09:30")
        }
        try record.check(meetingDate: date)
        return try change {
            let area = try resolveArea(area)
            let id = try db.insertMeeting(
                area: area, date: date, startsAt: startsAt, chair: chair, capacity: capacity,
                at: now, by: user)
            if record != MeetingRecord() {
                try db.updateMeetingRecord(
                    id, chair: chair, venue: record.venue, minuteTaker: record.minuteTaker,
                    nextMeetingOn: record.nextMeeting)
            }
            try audit(.newMeeting, "meeting", id, "scheduled for \(date), capacity \(capacity)")
            return try db.meeting(id: id)!
        }
    }

    /// Meetings held between two days, inclusive (`meeting list`).
    public func meetings(from: Day? = nil, to: Day? = nil) throws -> [Meeting] {
        try authorize(.listMeetings)
        return try db.meetings(from: from, to: to)
    }

    /// A meeting with its attendance and agenda (`meeting show`, `agenda show`).
    public func meetingDetail(_ id: Int) throws -> MeetingDetail {
        try authorize(.showMeeting)
        return try loadMeetingDetail(id)
    }

    /// A meeting's agenda, with its attendance (`agenda show`).
    public func agenda(meeting id: Int) throws -> MeetingDetail {
        try authorize(.showAgenda)
        return try loadMeetingDetail(id)
    }

    /// A meeting with its attendance and agenda, for the methods that have checked their own
    /// operation.
    func loadMeetingDetail(_ id: Int) throws -> MeetingDetail {
        let meeting = try existingMeeting(id)
        let deferred = try db.deferredReferences(meetingID: id)
        var waiting: [String] = []
        var elsewhere: [AreaCount] = []
        if !meeting.isClosed {
            waiting = try db.agendaCandidates(
                area: meeting.area, onOrBefore: meeting.date, limit: 200
            ).map { Referral.reference(for: $0.referralID) }.filter { !deferred.contains($0) }
            elsewhere = try db.waitingElsewhere(than: meeting.area, onOrBefore: meeting.date).map {
                AreaCount(area: $0.0, count: $0.1)
            }
        }
        return MeetingDetail(
            meeting: meeting, attendance: try db.attendance(meetingID: id),
            agenda: try withCaseLinks(
                try db.agendaItems(
                    meetingID: id, timing: agendaTiming, startsAt: meeting.startsAt)),
            deferred: deferred,
            earlierActions: try db.pendingActions(area: meeting.area, before: meeting.date),
            lapsed: try lapsedCases(meeting), minutesDue: try minutesDue(meeting), waiting: waiting,
            waitingElsewhere: elsewhere)
    }

    /// Builds the agenda in SafeLives' order from the cases waiting (`agenda build`).
    ///
    /// One victim is one item (the latest referral, with the earlier ones heard with it);
    /// cases left off when the capacity is reached keep waiting. Rebuilding starts again from
    /// the waiting list, so manual moves are lost; deferred cases stay off this meeting's
    /// agenda. An open meeting's agenda is not rebuilt: its cases are being heard.
    public func buildAgenda(_ id: Int) throws -> MeetingDetail {
        try authorize(.buildAgenda)
        return try change {
            let meeting = try openForChanges(id)
            guard meeting.openedAt == nil else {
                throw MARACError.invalid(
                    field: "MEETING",
                    expected: "a meeting not yet opened: meeting \(id) is open, and rebuilding "
                        + "its agenda would undo the moves and deferrals made at it (use "
                        + "'agenda move' or 'agenda defer')")
            }
            try db.clearAgenda(meetingID: id)
            let candidates = try db.agendaCandidates(
                area: meeting.area, onOrBefore: meeting.date, limit: meeting.capacity * 4 + 200)
            let deferred = Set(try db.deferredReferences(meetingID: id))
            let eligible = candidates.filter {
                !deferred.contains(Referral.reference(for: $0.referralID))
            }
            let plan = AgendaRules.plan(eligible, capacity: meeting.capacity)
            for (offset, item) in plan.items.enumerated() {
                try db.insertAgendaItem(
                    meetingID: id, referralID: item.candidate.referralID, position: offset + 1,
                    section: item.section)
                for earlier in item.earlier {
                    try db.insertAgendaItem(
                        meetingID: id, referralID: earlier.referralID, position: nil,
                        section: item.section, heardWith: item.candidate.referralID)
                }
            }
            try audit(
                .buildAgenda, "meeting", id,
                "agenda built with \(plan.items.count) cases (capacity \(meeting.capacity)); "
                    + "\(plan.leftOff.count) left waiting")
            return try loadMeetingDetail(id)
        }
    }

    /// Moves a case to a new position on the agenda (`agenda move`).
    public func moveAgendaItem(meeting id: Int, reference: String, to position: Int) throws
        -> MeetingDetail
    {
        try authorize(.moveAgendaItem)
        return try change {
            _ = try openForChanges(id)
            let referralID = try referralID(reference)
            var order = try db.agendaReferralIDs(meetingID: id)
            guard let current = order.firstIndex(of: referralID) else {
                throw MARACError.notOnAgenda(reference: reference, meeting: id)
            }
            guard (1...order.count).contains(position) else {
                throw MARACError.invalid(
                    field: "POSITION", expected: "a position from 1 to \(order.count)")
            }
            order.remove(at: current)
            order.insert(referralID, at: position - 1)
            try db.reorderAgenda(meetingID: id, referralIDs: order)
            try audit(.moveAgendaItem, "meeting", id, "\(reference) moved to position \(position)")
            return try loadMeetingDetail(id)
        }
    }

    /// Takes a case off the agenda; it waits for the next meeting (`agenda defer`).
    public func deferAgendaItem(meeting id: Int, reference: String) throws -> MeetingDetail {
        try authorize(.deferAgendaItem)
        return try change {
            _ = try openForChanges(id)
            let referralID = try referralID(reference)
            var order = try db.agendaReferralIDs(meetingID: id)
            guard let index = order.firstIndex(of: referralID) else {
                throw MARACError.notOnAgenda(reference: reference, meeting: id)
            }
            order.remove(at: index)
            try db.deferAgendaItem(meetingID: id, referralID: referralID)
            try db.reorderAgenda(meetingID: id, referralIDs: order)
            try audit(.deferAgendaItem, "meeting", id, "\(reference) deferred")
            return try loadMeetingDetail(id)
        }
    }

    /// Records an agency's attendance at a meeting (`attend`).
    ///
    /// A `representative` must be one registered for the agency (`rep add`), matched ignoring
    /// case and spaces; someone standing in is recorded with `isDeputy`, and the minutes say so.
    public func recordAttendance(
        meeting id: Int, agency code: String, status: AttendanceStatus,
        representative: String? = nil, isDeputy: Bool = false
    ) throws {
        try authorize(.recordAttendance)
        if let representative, representative.trimmingSpaces.isEmpty {
            throw MARACError.invalid(field: isDeputy ? "--deputy" : "--rep", expected: "a name")
        }
        try change {
            _ = try openForChanges(id)
            let agencyID = try agencyID(code)
            var representative = representative
            if let typed = representative, !isDeputy {
                let registered = try db.representatives(agencyCode: code).map(\.name)
                // Matched as area names are, ignoring case and spaces; kept as registered.
                representative = Area.match(typed, among: registered)
                guard representative != nil else {
                    throw MARACError.invalid(
                        field: "--rep",
                        expected: "a registered representative of \(code) ("
                            + (registered.isEmpty
                                ? "none is registered: 'rep add --agency \(code) --name NAME'"
                                : "see 'rep list --agency \(code)'")
                            + "), or --deputy NAME for someone standing in")
                }
            }
            try db.upsertAttendance(
                meetingID: id, agencyID: agencyID, status: status,
                representative: representative, isDeputy: isDeputy, at: now, by: user)
            try audit(
                .recordAttendance, "meeting", id,
                "\(code) \(status.rawValue)" + (isDeputy ? " (deputy)" : ""))
        }
    }

    /// Opens the meeting, recording the confidentiality statement as read (`meeting open`).
    ///
    /// A meeting cannot be opened before its date. The statement is recorded as read at the
    /// meeting: now when opened on the day, else (a meeting recorded afterwards) at its date
    /// and start time, `YYYY-MM-DDTHH:MM` in local time.
    public func openMeeting(_ id: Int) throws -> Meeting {
        try authorize(.openMeeting)
        return try change {
            let meeting = try openForChanges(id)
            guard meeting.openedAt == nil else {
                throw MARACError.invalid(field: "MEETING", expected: "a meeting not yet opened")
            }
            guard today >= meeting.date else {
                throw MARACError.invalid(
                    field: "MEETING",
                    expected: "a meeting whose day has come: meeting \(id) is on "
                        + "\(meeting.date) and cannot be opened before then (today is \(today))")
            }
            let readAt = today == meeting.date ? now : "\(meeting.date)T\(meeting.startsAt)"
            try db.setMeetingOpened(id, at: readAt, by: user)
            try audit(.openMeeting, "meeting", id, "confidentiality statement read")
            return try db.meeting(id: id)!
        }
    }

    /// Closes the meeting: its cases count as heard and its minutes are frozen (`meeting close`).
    public func closeMeeting(_ id: Int) throws -> Meeting {
        try authorize(.closeMeeting)
        return try change {
            let meeting = try openForChanges(id)
            guard meeting.openedAt != nil else {
                throw MARACError.invalid(
                    field: "MEETING",
                    expected: "a meeting opened first ('meeting open \(id)' records the "
                        + "confidentiality statement as read)")
            }
            try db.setMeetingClosed(meeting, at: now, by: user)
            let closed = try db.meeting(id: id)!
            _ = try freezeMinutes(closed, origin: .close)
            try audit(.closeMeeting, "meeting", id, "closed; minutes frozen as at \(today)")
            return closed
        }
    }

    /// Records a risk identified for a case (`risk add`).
    public func addRisk(reference: String, meeting id: Int?, text: String) throws -> Risk {
        try authorize(.addRisk)
        guard !text.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(field: "TEXT", expected: "a description of the risk")
        }
        return try change {
            if let id { _ = try openForChanges(id) }
            let referralID = try referralID(reference)
            if let id, try !db.isHeard(referralID: referralID, atMeeting: id) {
                throw MARACError.notOnAgenda(reference: reference, meeting: id)
            }
            let riskID = try db.insertRisk(
                referralID: referralID, meetingID: id, text: text, at: now, by: user)
            try audit(.addRisk, "risk", riskID, "risk recorded for \(reference)")
            return Risk(id: riskID, reference: reference, meeting: id, text: text)
        }
    }

    /// Cases whose repeat window ends after the area's previous meeting and by this one (the
    /// SafeLives agenda item "cases where 12 months have passed"), after the listed cases.
    func lapsedCases(_ meeting: Meeting) throws -> [AgendaItem] {
        let window = referralCriteria(area: meeting.area, on: meeting.date).repeatWindowMonths
        let previous =
            try db.previousMeetingDay(area: meeting.area, before: meeting.date)
            ?? meeting.date.adding(days: -14)
        let listed = try db.agendaReferralIDs(meetingID: meeting.id).count
        let lapsed = try db.latestHeardReferrals(
            area: meeting.area, after: previous.adding(months: -window),
            through: meeting.date.adding(months: -window))
        return try lapsed.enumerated().compactMap { offset, candidate in
            guard
                let referral = try db.referral(
                    reference: Referral.reference(for: candidate.referralID))
            else { return nil }
            let position = listed + offset + 1
            return AgendaItem(
                position: position, reference: referral.reference, section: .review,
                referringAgency: referral.referringAgency, referredOn: referral.date,
                isRepeat: referral.isRepeat, children: referral.children,
                slot: agendaTiming.slot(position: position, start: meeting.startsAt))
        }
    }

    /// The day a meeting's minutes are due under its area's policy.
    ///
    /// Working days skip weekends, the bank holidays of the area's calendar and its closure
    /// days (`Policies/working-days.xml`).
    public func minutesDue(_ meeting: Meeting) throws -> Day {
        try meeting.minutesDue(
            workingDays: referralCriteria(area: meeting.area, on: meeting.date)
                .minutesDueWorkingDays,
            calendar: policies.workingDays.calendar(forArea: meeting.area))
    }

    /// The meeting, if it may still change: an error if unknown or closed.
    func openForChanges(_ id: Int) throws -> Meeting {
        let meeting = try existingMeeting(id)
        if meeting.isClosed { throw MARACError.meetingClosed(id) }
        return meeting
    }
}
