import MARACKit

/// `share`: what agencies shared about a case, on which lawful basis, and the decisions not to.
enum ShareCommands {
    static let commands: [Command] = [
        Command(
            path: ["share", "record"],
            operation: .recordSharing,
            abstract: "Record information an agency shared about a case, with its lawful basis.",
            usage: """
                share record REF --by AGENCY --to MARAC|AGENCY,... --summary TEXT \
                --categories C,... --basis TAG,... --consent sought|given|refused|not-sought \
                --rationale TEXT [--common-law consent|law|public-interest] \
                [--consent-reason R] [--meeting M] [--adult-at-risk TEXT] [--purpose TEXT] \
                [--date YYYY-MM-DD]
                """,
            discussion: """
                Required: REF and every option outside brackets; and the common-law \
                confidentiality position, either as --common-law or as a common-law tag in \
                --basis (CL-CONF-CONSENT, CL-CONF-LAW, CL-CONF-PUBINT: the same position, and \
                giving both that disagree is an error); --consent-reason when consent was not \
                sought. TAG is a lawful-basis tag from Policies/lawful-bases.xml (UKGDPR-6-1-e, \
                UKGDPR-9-2-g, DPA2018-S1-P10, DPA2018-sec35-2-b...) or preset:NAME from \
                Policies/sharing-presets.xml, expanded and then checked like any tag. C is a \
                category from Policies/data-categories.xml. R, when consent was not sought, is \
                unsafe, would-prejudice-purpose or cannot-be-given. --common-law records the \
                confidentiality position; --adult-at-risk the test DPA2018-S1-P18 needs for an \
                adult. A record breaking any rule is refused with every problem listed, and \
                nothing is stored.
                """
        ) { session, arguments in
            let consent = try consentState(arguments)
            let entry = try session.workbench().recordSharing(
                SharingRequest(
                    caseReference: try arguments.positional("REF"),
                    agency: try arguments.required("--by"), recipients: try list("--to", arguments),
                    summary: try arguments.required("--summary"),
                    categories: try list("--categories", arguments),
                    basisTags: try list("--basis", arguments), consent: consent,
                    commonLawPosition: try arguments.choice(
                        "--common-law", CommonLawPosition.allCases.map(\.rawValue)
                    ).flatMap(CommonLawPosition.init(rawValue:)),
                    rationale: try arguments.required("--rationale"),
                    purpose: arguments.option("--purpose"),
                    adultAtRiskTest: arguments.option("--adult-at-risk"),
                    meeting: try arguments.int("--meeting", in: 1...Int.max),
                    date: try arguments.day("--date")))
            var text = "sharing record \(entry.id) for \(entry.caseReference) on \(entry.date): "
            text += "\(entry.agencyCode) to \(entry.recipients.joined(separator: ", "))"
            text += "\nbasis: \(entry.basisTags.joined(separator: ", "))"
            text += "\nconsent: \(consentText(entry.consent))"
            text += "; common law: \(entry.commonLawPosition?.rawValue ?? "-")"
            if let review = entry.reviewOn { text += "\nreview or delete by \(review)" }
            return Output.message(text, json: JSONValue(encoding: entry))
        },
        Command(
            path: ["share", "decline"],
            operation: .declineSharing,
            abstract: "Record a decision not to share, with its reasons.",
            usage: """
                share decline REF --by AGENCY --reasons TEXT [--categories C,...] \
                [--requested-by MARAC|AGENCY,...] [--meeting M] [--date YYYY-MM-DD]
                """
        ) { session, arguments in
            let entry = try session.workbench().declineSharing(
                DeclineRequest(
                    caseReference: try arguments.positional("REF"),
                    agency: try arguments.required("--by"),
                    reasons: try arguments.required("--reasons"),
                    categories: arguments.list("--categories"),
                    requestedBy: arguments.list("--requested-by"),
                    meeting: try arguments.int("--meeting", in: 1...Int.max),
                    date: try arguments.day("--date")))
            return Output.message(
                "decision not to share \(entry.id) recorded for \(entry.caseReference) on "
                    + "\(entry.date): \(entry.agencyCode)",
                json: JSONValue(encoding: entry))
        },
        Command(
            path: ["share", "list"],
            operation: .listSharing,
            abstract: "List the sharing log of a case, a meeting or a lawful basis, oldest first.",
            usage: "share list [--case REF] [--meeting M] [--basis TAG] [--limit N]",
            discussion: "Without a filter, the most recent entries (500 unless --limit says).",
            mutates: false
        ) { session, arguments in
            let entries = try session.workbench().sharingLog(
                case: arguments.option("--case"),
                meeting: try arguments.int("--meeting", in: 1...Int.max),
                basis: arguments.option("--basis"),
                limit: try arguments.int("--limit", in: 1...100_000) ?? 500)
            return Output.table(
                headers: ["ID", "DATE", "CASE", "BY", "TO", "BASIS", "CONSENT", "SHARED"],
                rows: entries.map {
                    [
                        String($0.id), $0.date.description, $0.caseReference, $0.agencyCode,
                        $0.recipients.joined(separator: ","),
                        $0.basisTags.joined(separator: ","),
                        $0.kind == .declined ? "-" : consentText($0.consent),
                        $0.kind == .declined
                            ? "NOT SHARED: " + Formatting.clip($0.rationale, 40)
                            : Formatting.clip($0.summary ?? "", 40),
                    ]
                },
                json: JSONValue(encoding: entries))
        },
        Command(
            path: ["share", "register"],
            operation: .sharingRegister,
            abstract:
                "Count sharing by agency, lawful basis and consent; list sharing without consent.",
            usage: "share register [--from YYYY-MM-DD] [--to YYYY-MM-DD]",
            discussion: """
                For the information-governance lead: a record counts once per agency and consent \
                state, and once under each of its tags. Records shared with consent refused or \
                not sought are listed with their rationale.
                """,
            mutates: false
        ) { session, arguments in
            let register = try session.workbench().sharingRegister(
                from: try arguments.day("--from"), to: try arguments.day("--to"))
            return Output(text: registerText(register), json: JSONValue(encoding: register))
        },
    ]

    /// The consent state from `--consent` and `--consent-reason`.
    static func consentState(_ arguments: Arguments) throws -> ConsentState {
        _ = try arguments.required("--consent")
        let name = try arguments.choice("--consent", ConsentState.names) ?? "not-sought"
        let reasons = ConsentNotSoughtReason.allCases.map(\.rawValue)
        let reason = try arguments.choice("--consent-reason", reasons)
        if let reason, name != "not-sought" {
            throw CommandError.invalidValue(
                field: "--consent-reason", expected: "a reason only with --consent not-sought",
                got: reason, usage: arguments.usage)
        }
        guard
            let state = ConsentState(
                name: name, reason: reason.flatMap(ConsentNotSoughtReason.init(rawValue:)))
        else { preconditionFailure("choice() admitted an unknown consent state") }
        return state
    }

    /// A required comma-separated option as a list.
    static func list(_ name: String, _ arguments: Arguments) throws -> [String] {
        _ = try arguments.required(name)
        return arguments.list(name)
    }

    /// `not-sought (unsafe)`, `given`, or `-`.
    static func consentText(_ consent: ConsentState?) -> String {
        guard let consent else { return "-" }
        return consent.notSoughtReason.map { "\(consent.name) (\($0.rawValue))" } ?? consent.name
    }

    /// The register as a heading and four tables.
    static func registerText(_ register: SharingRegister) -> String {
        let period =
            switch (register.from, register.to) {
            case (nil, nil): "all dates"
            case (let from?, nil): "from \(from)"
            case (nil, let to?): "up to \(to)"
            case (let from?, let to?): "\(from) to \(to)"
            }
        let declined = register.declined.reduce(0) { $0 + $1.decisions }
        var parts = [
            "sharing register, \(period): \(count(register.totalRecords, "record")) shared, "
                + "\(count(declined, "decision")) not to share",
            TextTable(
                headers: ["AGENCY", "CONSENT", "RECORDS"],
                rows: register.byAgency.map { [$0.agencyCode, $0.consent, String($0.records)] }
            ).rendered(),
            TextTable(
                headers: ["AGENCY", "BASIS", "CONSENT", "RECORDS"],
                rows: register.byBasis.map {
                    [$0.agencyCode, $0.tag, $0.consent, String($0.records)]
                }
            ).rendered(),
            TextTable(
                headers: ["AGENCY", "NOT SHARED"],
                rows: register.declined.map { [$0.agencyCode, String($0.decisions)] }
            ).rendered(),
        ]
        parts.append(
            "shared without consent (\(register.withoutConsent.count)):\n"
                + TextTable(
                    headers: ["ID", "DATE", "CASE", "BY", "CONSENT", "RATIONALE"],
                    rows: register.withoutConsent.map {
                        [
                            String($0.id), $0.date.description, $0.caseReference, $0.agencyCode,
                            consentText($0.consent), $0.rationale,
                        ]
                    }
                ).rendered())
        return parts.joined(separator: "\n\n")
    }

    /// `1 record`, `2 records`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
