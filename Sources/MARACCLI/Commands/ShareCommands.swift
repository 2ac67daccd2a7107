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
                --categories C,... --basis TAG,... --consent \(choices: ConsentState.self) \
                --rationale TEXT [--common-law \(choices: CommonLawPosition.self)] \
                [--consent-reason \(choices: ConsentNotSoughtReason.self)] [--meeting M] \
                [--adult-at-risk TEXT] [--purpose TEXT] [--date YYYY-MM-DD] \
                [--about WHOM]
                """,
            discussion: """
                Required: REF and every option outside brackets; and the common-law \
                confidentiality position, either as --common-law or as a common-law tag in \
                --basis (CL-CONF-CONSENT, CL-CONF-LAW, CL-CONF-PUBINT: the same position, and \
                giving both that disagree is an error); --consent-reason when consent was not \
                sought. TAG is a lawful-basis tag from Policies/lawful-bases.xml (UKGDPR-6-1-e, \
                UKGDPR-9-2-g, DPA2018-S1-P10, DPA2018-sec35-2-b...) or preset:NAME from \
                Policies/sharing-presets.xml, expanded and then checked like any tag. C is a \
                category from Policies/data-categories.xml. --consent-reason says why consent \
                was not sought. --common-law records the \
                confidentiality position; --adult-at-risk the test DPA2018-S1-P18 needs for an \
                adult: statements (separated by ;) naming the care and support needs and why \
                the person cannot protect themselves as a result. --about says whom the \
                information is about, WHOM being victim (the default), perpetrator[:N], \
                child[:N] or other:TEXT: the victim, the case's perpetrator or \
                child (N, from 1, when it has several; see 'case show'), or someone else \
                described in words; a child under 18 on the day needs no adult-at-risk test. \
                A record breaking any rule is refused with every problem listed, and nothing \
                is stored. The record keeps the version of the lawful-basis catalogue in force.
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
                    commonLawPosition: try arguments.value(
                        "--common-law", as: CommonLawPosition.self),
                    rationale: try arguments.required("--rationale"),
                    purpose: arguments.option("--purpose"),
                    adultAtRiskTest: arguments.option("--adult-at-risk"),
                    meeting: try arguments.value("--meeting", as: MeetingID.self)?.number,
                    date: try arguments.day("--date"),
                    about: try arguments.value("--about", as: SharingSubject.Typed.self)
                        ?? .victim))
            var text = "sharing record \(entry.id) for \(entry.caseReference) on \(entry.date): "
            text += "\(entry.agencyCode) to \(entry.recipients.joined(separator: ", "))"
            text += "\nabout: \(entry.subject.words)"
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
                [--requested-by MARAC|AGENCY,...] [--meeting M] [--date YYYY-MM-DD] \
                [--about WHOM]
                """,
            discussion: """
                WHOM is whom the information withheld is about: victim (the default), \
                perpetrator[:N], child[:N] or other:TEXT, as for share record.
                """
        ) { session, arguments in
            let entry = try session.workbench().declineSharing(
                DeclineRequest(
                    caseReference: try arguments.positional("REF"),
                    agency: try arguments.required("--by"),
                    reasons: try arguments.required("--reasons"),
                    categories: arguments.list("--categories"),
                    requestedBy: arguments.list("--requested-by"),
                    meeting: try arguments.value("--meeting", as: MeetingID.self)?.number,
                    date: try arguments.day("--date"),
                    about: try arguments.value("--about", as: SharingSubject.Typed.self)
                        ?? .victim))
            return Output.message(
                "decision not to share \(entry.id) recorded for \(entry.caseReference) on "
                    + "\(entry.date): \(entry.agencyCode), about \(entry.subject.words)",
                json: JSONValue(encoding: entry))
        },
        Command(
            path: ["share", "list"],
            operation: .listSharing,
            abstract: "List the sharing log of a case, a meeting or a lawful basis, oldest first.",
            usage: """
                share list [--case REF] [--meeting M] [--basis TAG] [--about WHOM] [--limit N]
                """,
            discussion: """
                Without a filter, the most recent entries (500 unless --limit says). WHOM is \
                victim, perpetrator[:N], child[:N] or other[:TEXT]: --about child lists every \
                record about a child, --about child:2 those about child 2 \
                of each case, --about other those about someone else.
                """,
            mutates: false
        ) { session, arguments in
            let entries = try session.workbench().sharingLog(
                case: arguments.option("--case"),
                meeting: try arguments.value("--meeting", as: MeetingID.self)?.number,
                basis: arguments.option("--basis"),
                about: try arguments.value("--about", as: SharingSubject.Filter.self),
                limit: try arguments.int("--limit", in: 1...100_000) ?? 500)
            return Output.table(
                headers: [
                    "ID", "DATE", "CASE", "ABOUT", "BY", "TO", "BASIS", "CONSENT", "SHARED",
                ],
                rows: entries.map {
                    [
                        String($0.id), $0.date.description, $0.caseReference,
                        Formatting.clip($0.subject.description, 20), $0.agencyCode,
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
            path: ["share", "show"],
            operation: .showSharing,
            abstract: "Show one sharing record or decision not to share in full.",
            usage: "share show ID",
            discussion: """
                Everything the entry records: whom it is about, what was shared, by whom and \
                with whom, the lawful basis and the catalogue version it was checked against, \
                consent, the common-law position, the rationale and the adult-at-risk test.
                """,
            mutates: false
        ) { session, arguments in
            let entry = try session.workbench().sharingEntry(
                id: try arguments.required("ID", as: Int.self))
            return Output.message(showText(entry), json: JSONValue(encoding: entry))
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

    /// One entry, a field a line.
    static func showText(_ entry: SharingLogEntry) -> String {
        let shared = entry.kind == .shared
        var lines = [
            (shared ? "sharing record" : "decision not to share")
                + " \(entry.id) for \(entry.caseReference) on \(entry.date)",
            "about: \(entry.subject.words)",
            "by: \(entry.agencyCode)",
            (shared ? "to: " : "requested by: ")
                + (entry.recipients.isEmpty ? "-" : entry.recipients.joined(separator: ", ")),
        ]
        if let meeting = entry.meeting { lines.append("meeting: \(meeting)") }
        if let summary = entry.summary { lines.append("summary: \(summary)") }
        lines.append("categories: \(entry.categories.joined(separator: ", "))")
        if shared {
            lines.append("basis: \(entry.basisTags.joined(separator: ", "))")
            lines.append(
                "catalogue version: \(entry.catalogueVersion ?? "unknown (recorded before versions were kept)")"
            )
            lines.append("consent: \(consentText(entry.consent))")
            lines.append("common law: \(entry.commonLawPosition?.rawValue ?? "-")")
        }
        lines.append((shared ? "rationale: " : "reasons: ") + entry.rationale)
        if let purpose = entry.purpose { lines.append("purpose: \(purpose)") }
        if let test = entry.adultAtRiskTest { lines.append("adult-at-risk test: \(test)") }
        if let review = entry.reviewOn { lines.append("review or delete by: \(review)") }
        lines.append("recorded by \(entry.recordedBy) at \(entry.recordedAt)")
        return lines.joined(separator: "\n")
    }

    /// The consent state from `--consent` and `--consent-reason`.
    static func consentState(_ arguments: Arguments) throws(CommandError) -> ConsentState {
        let state = try arguments.required("--consent", as: ConsentState.self)
        guard let reason = try arguments.value("--consent-reason", as: ConsentNotSoughtReason.self)
        else { return state }
        guard case .notSought = state else {
            throw .invalidValue(
                field: "--consent-reason", expected: "a reason only with --consent not-sought",
                got: reason.rawValue, usage: arguments.usage)
        }
        return .notSought(reason)
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
