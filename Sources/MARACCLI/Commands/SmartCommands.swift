import MARACKit

/// `smart`: the SMART check of DHR actions, explained.
enum SmartCommands {
    static let commands: [Command] = [
        Command(
            path: ["smart", "check"],
            operation: .smartCheck,
            abstract: "Check DHR actions against the SMART rules and explain each failure.",
            usage: "smart check [REVIEW|ACTION]",
            discussion: """
                REVIEW is R and a review's number (R3): every action of that review. ACTION is \
                A and an action's number (A12): that action alone, with the fix for each \
                failure. Without either, every review is checked. The rules are in \
                Policies/smart-rules.xml.
                """,
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            guard let target = arguments.optionalPositional("REVIEW|ACTION") else {
                return DHRFormatting.smartTable(try workbench.smartCheck())
            }
            switch target.first?.uppercased() {
            case "A":
                let tracked = try workbench.smartCheck(
                    action: try DHRCommands.prefixedID(
                        target, prefix: "A", field: "ACTION", arguments: arguments))
                return Output(
                    text: DHRFormatting.smartDetail(tracked), json: JSONValue(encoding: tracked))
            case "R":
                return DHRFormatting.smartTable(
                    try workbench.smartCheck(
                        review: try DHRCommands.prefixedID(
                            target, prefix: "R", field: "REVIEW", arguments: arguments)))
            default:
                throw CommandError.invalidValue(
                    field: "REVIEW|ACTION",
                    expected: "expected R and a review number (R3) or "
                        + "A and an action number (A12)", got: target, usage: arguments.usage)
            }
        }
    ]
}
