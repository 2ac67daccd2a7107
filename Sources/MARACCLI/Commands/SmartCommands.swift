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
            guard let target = try arguments.value("REVIEW|ACTION", as: SmartTarget.self) else {
                return DHRFormatting.smartTable(try workbench.smartCheck())
            }
            switch try resolve(target, in: workbench, usage: arguments.usage) {
            case .review(let id):
                return DHRFormatting.smartTable(try workbench.smartCheck(review: id.number))
            case .action(let id):
                let tracked = try workbench.smartCheck(action: id.number)
                return Output(
                    text: DHRFormatting.smartDetail(tracked), json: JSONValue(encoding: tracked))
            }
        }
    ]

    /// What `smart check` checks once a bare number is settled.
    enum Checked {
        case review(ReviewID)
        case action(DHRActionID)
    }

    /// The review or action `target` names: a bare number is the review or the DHR action that
    /// has it; an error when both or neither do.
    static func resolve(_ target: SmartTarget, in workbench: Workbench, usage: String) throws
        -> Checked
    {
        let number: Int
        switch target {
        case .review(let id): return .review(id)
        case .action(let id): return .action(id)
        case .either(let bare): number = bare
        }
        let review = ReviewID(number: number)
        let action = DHRActionID(number: number)
        let isReview = try exists { _ = try workbench.reviewDetail(number) }
        let isAction = try exists { _ = try workbench.dhrActionDetail(number) }
        switch (isReview, isAction) {
        case (true, false): return .review(review)
        case (false, true): return .action(action)
        case (true, true):
            throw CommandError.invalidValue(
                field: "REVIEW|ACTION",
                expected: "expected \(review) for the review or \(action) for the action: "
                    + "both have the number \(number)", got: String(number), usage: usage)
        case (false, false):
            throw CommandError.failed("there is no review \(review) and no DHR action \(action)")
        }
    }

    /// Whether `body` finds its record: false when it throws that the review or action is
    /// unknown, and any other error passed on.
    private static func exists(_ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch DHRError.unknownReview, DHRError.unknownAction {
            return false
        }
    }
}
