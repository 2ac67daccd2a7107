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
                failure. A bare number (3) is the review or the action that has it; when both \
                do, you are asked to write R3 or A3. Without either, every review is checked. \
                The rules are in Policies/smart-rules.xml.
                """,
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let review: ReviewID
            switch try arguments.value("REVIEW|ACTION", as: SmartTarget.self) {
            case nil:
                return DHRFormatting.smartTable(try workbench.smartCheck())
            case .review(let id):
                review = id
            case .action(let id):
                return detail(try workbench.smartCheck(action: id.number))
            case .either(let number):
                // A bare number: whichever of review R<n> and action A<n> exists.
                let actions = try found { try workbench.smartCheck(review: number) }
                let action = try found { try workbench.smartCheck(action: number) }
                switch (actions, action) {
                case (let actions?, nil): return DHRFormatting.smartTable(actions)
                case (nil, let action?): return detail(action)
                case (.some, .some):
                    throw CommandError.invalidValue(
                        field: "REVIEW|ACTION",
                        expected: "expected R\(number) for the review or A\(number) for the "
                            + "action: both have the number \(number)", got: String(number),
                        usage: arguments.usage)
                case (nil, nil):
                    throw CommandError.failed(
                        "there is no review R\(number) and no DHR action A\(number)")
                }
            }
            return DHRFormatting.smartTable(try workbench.smartCheck(review: review.number))
        }
    ]

    /// One action's check, with the fix for each failure.
    static func detail(_ tracked: TrackedDHRAction) -> Output {
        Output(text: DHRFormatting.smartDetail(tracked), json: JSONValue(encoding: tracked))
    }

    /// What `body` finds, or `nil` when it throws that the review or action is unknown; any
    /// other error is passed on.
    private static func found<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch DHRError.unknownReview, DHRError.unknownAction {
            return nil
        }
    }
}
