import MARACKit

/// `meeting`, `attend` and `risk`: the MARAC meeting itself.
enum MeetingCommands {
    static let commands: [Command] = [
        Command(
            path: ["meeting", "new"],
            operation: .newMeeting,
            abstract: "Schedule a meeting; print its id.",
            usage: """
                meeting new --date YYYY-MM-DD [--area AREA] [--chair NAME] [--capacity N] \
                [--start HH:MM] [--venue TEXT] [--minute-taker NAME] [--next-date YYYY-MM-DD]
                """,
            discussion: """
                --area names a registered area ('area list'), matched ignoring case and spaces; \
                without it, the meeting is the only registered area's. --venue, --minute-taker \
                and --next-date (the date of the next meeting) are printed in the minutes; \
                'meeting edit' corrects them until the meeting closes.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let meeting = try workbench.newMeeting(
                date: try arguments.requiredDay("--date"),
                area: try arguments.option("--area") ?? workbench.defaultArea(),
                chair: arguments.option("--chair"),
                capacity: try arguments.int("--capacity", in: 1...100) ?? 20,
                startsAt: arguments.option("--start") ?? "09:30",
                record: try meetingRecord(arguments))
            return Output.message(
                "meeting \(meeting.id) scheduled for \(meeting.date) (\(meeting.area), up to \(meeting.capacity) cases)",
                json: JSONValue(encoding: meeting))
        },
        Command(
            path: ["meeting", "edit"],
            operation: .editMeeting,
            abstract: "Correct a meeting's chair, venue, minute-taker or next meeting date.",
            usage: """
                meeting edit MEETING [--chair NAME] [--venue TEXT] [--minute-taker NAME] \
                [--next-date YYYY-MM-DD]
                """,
            discussion: """
                Each option given replaces the recorded value; the others stay. A closed \
                meeting cannot be edited: its minutes are frozen.
                """
        ) { session, arguments in
            let meeting = try session.workbench().editMeeting(
                try meetingID(arguments), chair: arguments.option("--chair"),
                record: try meetingRecord(arguments))
            var text = "meeting \(meeting.id) on \(meeting.date): chair \(meeting.chair ?? "-")"
            text += ", venue \(meeting.venue ?? "-"), minute-taker \(meeting.minuteTaker ?? "-")"
            text += ", next meeting \(meeting.nextMeetingOn?.description ?? "-")"
            return Output.message(text, json: JSONValue(encoding: meeting))
        },
        Command(
            path: ["aob", "add"],
            operation: .addOtherBusiness,
            abstract: "Record an item of any other business raised at a meeting.",
            usage: "aob add MEETING TEXT...",
            discussion: "The minutes list each item under \"Any other business\"."
        ) { session, arguments in
            let id = try meetingID(arguments)
            let item = try session.workbench().addOtherBusiness(
                meeting: id, text: try arguments.text("TEXT"))
            return Output.message(
                "item \(item) of any other business recorded for meeting \(id)",
                json: ["meeting": .int(id), "item": .int(item)])
        },
        Command(
            path: ["meeting", "list"],
            operation: .listMeetings,
            abstract: "List meetings, optionally between two days.",
            usage: "meeting list [--from YYYY-MM-DD] [--to YYYY-MM-DD]",
            mutates: false
        ) { session, arguments in
            let meetings = try session.workbench().meetings(
                from: try arguments.day("--from"), to: try arguments.day("--to"))
            return Output.table(
                headers: ["ID", "DATE", "AREA", "CHAIR", "CAPACITY", "STATE"],
                rows: meetings.map {
                    [
                        String($0.id), $0.date.description, $0.area, $0.chair ?? "-",
                        String($0.capacity),
                        $0.isClosed ? "closed" : $0.isOpen ? "open" : "scheduled",
                    ]
                },
                json: JSONValue(encoding: meetings))
        },
        Command(
            path: ["meeting", "show"],
            operation: .showMeeting,
            abstract: "Show a meeting with its attendance and agenda.",
            usage: "meeting show MEETING",
            mutates: false
        ) { session, arguments in
            let detail = try session.workbench().meetingDetail(try meetingID(arguments))
            return Output(text: Formatting.meeting(detail), json: JSONValue(encoding: detail))
        },
        Command(
            path: ["meeting", "open"],
            operation: .openMeeting,
            abstract: "Open a meeting, recording the confidentiality statement as read.",
            usage: "meeting open MEETING",
            discussion: """
                A meeting cannot be opened before its date. Opened on a later day (minutes \
                typed up afterwards), the statement is recorded as read at the meeting's date \
                and start time.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let meeting = try workbench.openMeeting(try meetingID(arguments))
            // Opened on a later day, the statement is dated at the meeting (`DATE` `T` `HH:MM`).
            let at =
                meeting.openedAt.map {
                    $0.count > 16 ? "" : " at " + $0.split(separator: "T").joined(separator: " ")
                } ?? ""
            return Output.message(
                "meeting \(meeting.id) opened; confidentiality statement recorded as read"
                    + "\(at) by \(workbench.user)",
                json: JSONValue(encoding: meeting))
        },
        Command(
            path: ["meeting", "close"],
            operation: .closeMeeting,
            abstract: "Close a meeting: its cases count as heard and its minutes are frozen.",
            usage: "meeting close MEETING"
        ) { session, arguments in
            let workbench = try session.workbench()
            let meeting = try workbench.closeMeeting(try meetingID(arguments))
            return Output.message(
                "meeting \(meeting.id) closed; minutes due by \(try workbench.minutesDue(meeting))",
                json: JSONValue(encoding: meeting))
        },
        Command(
            path: ["attend"],
            operation: .recordAttendance,
            abstract: "Record an agency's attendance at a meeting.",
            usage:
                "attend MEETING AGENCY \(choices: AttendanceStatus.self) [--rep NAME] [--deputy NAME]",
            discussion: """
                --rep names a registered representative of the agency ('rep list --agency \
                CODE'); --deputy names someone standing in for them.
                """
        ) { session, arguments in
            let id = try meetingID(arguments)
            let agency = try arguments.positional("AGENCY")
            let status = try arguments.required(of: AttendanceStatus.self)
            let rep = arguments.option("--rep")
            let deputy = arguments.option("--deputy")
            if rep != nil, deputy != nil {
                throw CommandError.invalidValue(
                    field: "--deputy", expected: "either --rep or --deputy, not both",
                    got: "both", usage: arguments.usage)
            }
            try session.workbench().recordAttendance(
                meeting: id, agency: agency, status: status, representative: rep ?? deputy,
                isDeputy: deputy != nil)
            return Output.message(
                "\(agency) \(status.rawValue) at meeting \(id)",
                json: [
                    "meeting": .int(id), "agency": .string(agency),
                    "status": .string(status.rawValue),
                ])
        },
        Command(
            path: ["risk", "add"],
            operation: .addRisk,
            abstract: "Record a risk identified for a case.",
            usage: "risk add REF [--meeting MEETING] TEXT..."
        ) { session, arguments in
            let risk = try session.workbench().addRisk(
                reference: try arguments.positional("REF"),
                meeting: try arguments.value("--meeting", as: MeetingID.self)?.number,
                text: try arguments.text("TEXT"))
            return Output.message(
                "risk \(risk.id) recorded for \(risk.reference)", json: JSONValue(encoding: risk))
        },
    ]

    /// `--venue`, `--minute-taker` and `--next-date`, as given.
    static func meetingRecord(_ arguments: Arguments) throws -> MeetingRecord {
        MeetingRecord(
            venue: arguments.option("--venue"), minuteTaker: arguments.option("--minute-taker"),
            nextMeeting: try arguments.day("--next-date"))
    }

    /// The MEETING positional as a meeting id.
    static func meetingID(_ arguments: Arguments) throws(CommandError) -> Int {
        try arguments.required("MEETING", as: MeetingID.self).number
    }
}
