import MARACKit

/// `idva`: the IDVA (Independent Domestic Violence Adviser) service supporting each victim.
enum IDVACommands {
    static let commands: [Command] = [
        Command(
            path: ["idva", "allocate"],
            operation: .allocateIDVA,
            abstract: "Allocate a case to an IDVA service, naming the worker when known.",
            usage: "idva allocate REF --agency CODE [--worker NAME] [--date YYYY-MM-DD]",
            discussion: """
                The coordinator allocates any case to any registered agency providing the IDVA \
                service; a representative of that agency may then name or change the worker. \
                Allocating to another service clears the engagement recorded. The worker is a \
                professional and is named on agendas and in minutes; the victim never is.
                """
        ) { session, arguments in
            let allocation = try session.workbench().allocateIDVA(
                try arguments.positional("REF"), agency: try arguments.required("--agency"),
                worker: arguments.option("--worker"),
                on: try arguments.value("--date", as: Day.self))
            return Output.message(
                "case \(allocation.reference): IDVA \(allocation.summary)",
                json: JSONValue(encoding: allocation))
        },
        Command(
            path: ["idva", "engagement"],
            operation: .recordIDVAEngagement,
            abstract: "Record whether the victim engaged with the IDVA service allocated.",
            usage:
                "idva engagement REF --status \(choices: IDVAEngagement.self) [--date YYYY-MM-DD]",
            discussion: """
                The coordinator, or a representative of the IDVA service the case is allocated \
                to. The data return counts cases heard by engagement.
                """
        ) { session, arguments in
            let allocation = try session.workbench().recordIDVAEngagement(
                try arguments.positional("REF"),
                status: try arguments.required("--status", as: IDVAEngagement.self),
                on: try arguments.value("--date", as: Day.self))
            return Output.message(
                "case \(allocation.reference): IDVA \(allocation.summary)",
                json: JSONValue(encoding: allocation))
        },
    ]
}
