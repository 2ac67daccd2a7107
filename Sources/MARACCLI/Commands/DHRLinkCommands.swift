import MARACKit

/// `dhr link`, `dhr unlink`: the MARAC cases a Domestic Homicide Review panel looks at.
enum DHRLinkCommands {
    static let commands: [Command] = [
        Command(
            path: ["dhr", "link"],
            operation: .linkCase,
            abstract: "Link a MARAC case to a review, holding it from retention while it is open.",
            usage: "dhr link REVIEW REF",
            discussion: """
                The review panel sees the victim's MARAC history. Until the review is closed, \
                the case, the victim's other cases, their sharing records and actions are held \
                from retention ('retention due' shows them as linked to an open DHR).
                """
        ) { session, arguments in
            let links = try session.workbench().linkCase(
                review: try DHRCommands.reviewID(arguments, "REVIEW"),
                reference: try arguments.positional("REF"))
            return Output.message(
                "review \(links.review) links \(links.cases.joined(separator: ", "))",
                json: JSONValue(encoding: links))
        },
        Command(
            path: ["dhr", "unlink"],
            operation: .unlinkCase,
            abstract: "Remove the link between a MARAC case and a review.",
            usage: "dhr unlink REVIEW REF"
        ) { session, arguments in
            let links = try session.workbench().unlinkCase(
                review: try DHRCommands.reviewID(arguments, "REVIEW"),
                reference: try arguments.positional("REF"))
            let cases = links.cases.isEmpty ? "no case" : links.cases.joined(separator: ", ")
            return Output.message(
                "review \(links.review) links \(cases)", json: JSONValue(encoding: links))
        },
    ]
}
