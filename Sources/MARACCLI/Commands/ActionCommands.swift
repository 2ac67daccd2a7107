import MARACKit

/// `action`: what agencies agreed to do for a case, and their progress.
enum ActionCommands {
    static let commands: [Command] = [
        Command(
            path: ["action", "add"],
            operation: .addAction,
            abstract: "Record an action agreed for a case.",
            usage:
                "action add REF --agency CODE --due YYYY-MM-DD [--owner NAME] [--meeting MEETING] TEXT..."
        ) { session, arguments in
            let action = try session.workbench().addAction(
                reference: try arguments.positional("REF"),
                agency: try arguments.required("--agency"),
                due: try arguments.requiredDay("--due"), text: try arguments.text("TEXT"),
                owner: arguments.option("--owner"),
                meeting: try arguments.int("--meeting", in: 1...Int.max))
            return Output.message(
                "action \(action.id) for \(action.reference): \(action.agencyCode), due \(action.due)",
                json: JSONValue(encoding: action))
        },
        Command(
            path: ["action", "update"],
            operation: .updateAction,
            abstract: "Record progress on an action: status, a note, evidence or a new due date.",
            usage: """
                action update ID [--status STATUS] [--note TEXT] [--evidence TEXT] \
                [--due YYYY-MM-DD] [--if-version N]
                """,
            discussion: """
                STATUS is open, in-progress, done, blocked or cancelled. Marking an action done \
                needs --evidence (now or earlier). --if-version refuses the update if someone \
                changed the action since you looked at that version.
                """
        ) { session, arguments in
            let status = try arguments.choice("--status", ActionStatus.allCases.map(\.rawValue))
                .flatMap(ActionStatus.init(rawValue:))
            let action = try session.workbench().updateAction(
                try arguments.requiredInt("ID", in: 1...Int.max),
                ActionChange(
                    status: status, note: arguments.option("--note"),
                    evidence: arguments.option("--evidence"), due: try arguments.day("--due"),
                    expectedVersion: try arguments.int("--if-version", in: 1...Int.max)))
            return Output.message(
                "action \(action.id) is \(action.status.rawValue), due \(action.due) (version \(action.version))",
                json: JSONValue(encoding: action))
        },
        Command(
            path: ["action", "list"],
            operation: .listActions,
            abstract: "List pending actions, soonest due first; or one case's actions.",
            usage: "action list [--agency CODE] [--overdue] [--due-within DAYS] [--case REF]",
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let actions = try workbench.actions(
                ActionFilter(
                    agencyCode: arguments.option("--agency"), reference: arguments.option("--case"),
                    overdue: arguments.flag("--overdue"),
                    dueWithinDays: try arguments.int("--due-within", in: 0...3650)))
            return actionTable(actions, today: workbench.today)
        },
        Command(
            path: ["action", "show"],
            operation: .showAction,
            abstract: "Show one action with its history of updates and evidence.",
            usage: "action show ID",
            mutates: false
        ) { session, arguments in
            let detail = try session.workbench().actionDetail(
                try arguments.requiredInt("ID", in: 1...Int.max))
            return Output(text: Formatting.action(detail), json: JSONValue(encoding: detail))
        },
    ]

    /// Actions as a table, with the days overdue.
    static func actionTable(_ actions: [MARACAction], today: Day) -> Output {
        Output.table(
            headers: ["ID", "CASE", "AGENCY", "DUE", "STATUS", "OVERDUE", "ACTION"],
            rows: actions.map {
                [
                    String($0.id), $0.reference, $0.agencyCode, $0.due.description,
                    $0.status.rawValue,
                    $0.isOverdue(on: today) ? "\($0.due.days(until: today))d" : "",
                    Formatting.clip($0.text, 60),
                ]
            },
            json: JSONValue(encoding: actions))
    }
}
