import MARACKit

/// `agenda`: the order in which a meeting hears its cases.
enum AgendaCommands {
    static let commands: [Command] = [
        Command(
            path: ["agenda", "build"],
            operation: .buildAgenda,
            abstract: "Build a meeting's agenda in SafeLives' order from the cases waiting.",
            usage: "agenda build MEETING",
            discussion: """
                Cases involving children come first, then other cases, oldest referral first, up \
                to the meeting's capacity. Incomplete actions from earlier meetings are listed \
                before the cases. Rebuilding starts again from the waiting list.
                """
        ) { session, arguments in
            let detail = try session.workbench().buildAgenda(
                try MeetingCommands.meetingID(arguments))
            return agenda(detail)
        },
        Command(
            path: ["agenda", "show"],
            operation: .showAgenda,
            abstract: "Show a meeting's agenda with time slots and flags.",
            usage: "agenda show MEETING",
            mutates: false
        ) { session, arguments in
            agenda(
                try session.workbench().agenda(meeting: try MeetingCommands.meetingID(arguments)))
        },
        Command(
            path: ["agenda", "move"],
            operation: .moveAgendaItem,
            abstract: "Move a case to another position on the agenda.",
            usage: "agenda move MEETING REF POSITION"
        ) { session, arguments in
            agenda(
                try session.workbench().moveAgendaItem(
                    meeting: try MeetingCommands.meetingID(arguments),
                    reference: try arguments.positional("REF"),
                    to: try arguments.requiredInt("POSITION", in: 1...1000)))
        },
        Command(
            path: ["agenda", "defer"],
            operation: .deferAgendaItem,
            abstract: "Take a case off the agenda so it waits for the next meeting.",
            usage: "agenda defer MEETING REF"
        ) { session, arguments in
            agenda(
                try session.workbench().deferAgendaItem(
                    meeting: try MeetingCommands.meetingID(arguments),
                    reference: try arguments.positional("REF")))
        },
    ]

    static func agenda(_ detail: MeetingDetail) -> Output {
        Output(text: Formatting.agenda(detail), json: JSONValue(encoding: detail))
    }
}
