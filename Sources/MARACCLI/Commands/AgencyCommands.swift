import MARACKit

/// `agency` and `rep`: the organisations at the MARAC and the people who represent them.
enum AgencyCommands {
    static let commands: [Command] = [
        Command(
            path: ["agency", "add"],
            operation: .addAgency,
            abstract: "Register an agency.",
            usage:
                "agency add CODE --name NAME --sector SECTOR [--public-authority] [--competent-authority]",
            discussion: """
                A public authority cannot rely on legitimate interests for its tasks; a competent \
                authority (police, probation) may share under DPA 2018 Part 3. SECTOR is one of \
                the sectors in Policies/agency-sectors.xml (police, probation, health, \
                local-authority, housing, education, voluntary, ...).
                """
        ) { session, arguments in
            let agency = Agency(
                code: try arguments.positional("CODE"), name: try arguments.required("--name"),
                sector: try arguments.required("--sector"),
                isPublicAuthority: arguments.flag("--public-authority"),
                isCompetentAuthority: arguments.flag("--competent-authority"))
            try session.workbench().addAgency(agency)
            return Output.message(
                "agency \(agency.code) registered", json: JSONValue(encoding: agency))
        },
        Command(
            path: ["agency", "edit"],
            operation: .editAgency,
            abstract: "Correct an agency's name, sector or authority flags.",
            usage: """
                agency edit CODE [--name NAME] [--sector SECTOR] \
                [--public-authority \(choices: YesNo.self)] \
                [--competent-authority \(choices: YesNo.self)]
                """,
            discussion: """
                The code never changes. The old values are kept in the audit log; the agency's \
                referrals, actions and sharing records are untouched.
                """
        ) { session, arguments in
            func yes(_ name: String) throws -> Bool? {
                try arguments.value(name, as: YesNo.self).map { $0 == .yes }
            }
            let agency = try session.workbench().editAgency(
                try arguments.positional("CODE"),
                AgencyChange(
                    name: arguments.option("--name"), sector: arguments.option("--sector"),
                    isPublicAuthority: try yes("--public-authority"),
                    isCompetentAuthority: try yes("--competent-authority")))
            return Output.message(
                "agency \(agency.code) corrected", json: JSONValue(encoding: agency))
        },
        Command(
            path: ["agency", "retire"],
            operation: .retireAgency,
            abstract: "Retire an agency: its history stays, it takes no new referrals or actions.",
            usage: "agency retire CODE"
        ) { session, arguments in
            let agency = try session.workbench().retireAgency(try arguments.positional("CODE"))
            return Output.message(
                "agency \(agency.code) retired on \(agency.retiredOn!); its history is kept",
                json: JSONValue(encoding: agency))
        },
        Command(
            path: ["agency", "list"],
            operation: .listAgencies,
            abstract: "List the registered agencies, retired ones last.",
            usage: "agency list",
            mutates: false
        ) { session, _ in
            let agencies = try session.workbench().agencies()
            let ordered =
                agencies.filter { $0.retiredOn == nil }
                + agencies.filter {
                    $0.retiredOn != nil
                }
            return Output.table(
                headers: ["CODE", "NAME", "SECTOR", "PUBLIC", "COMPETENT", "RETIRED"],
                rows: ordered.map {
                    [
                        $0.code, $0.name, $0.sector, yesNo($0.isPublicAuthority),
                        yesNo($0.isCompetentAuthority), $0.retiredOn?.description ?? "-",
                    ]
                },
                json: JSONValue(encoding: ordered))
        },
        Command(
            path: ["rep", "add"],
            operation: .addRepresentative,
            abstract: "Add a representative of an agency.",
            usage: "rep add --agency CODE --name NAME [--email EMAIL] [--role ROLE]"
        ) { session, arguments in
            let rep = try session.workbench().addRepresentative(
                agency: try arguments.required("--agency"), name: try arguments.required("--name"),
                email: arguments.option("--email"), role: arguments.option("--role"))
            return Output.message(
                "representative \(rep.id) added to \(rep.agencyCode)",
                json: JSONValue(encoding: rep))
        },
        Command(
            path: ["rep", "list"],
            operation: .listRepresentatives,
            abstract: "List representatives, of one agency or all.",
            usage: "rep list [--agency CODE]",
            mutates: false
        ) { session, arguments in
            let reps = try session.workbench().representatives(agency: arguments.option("--agency"))
            return Output.table(
                headers: ["ID", "AGENCY", "NAME", "ROLE", "EMAIL"],
                rows: reps.map {
                    [String($0.id), $0.agencyCode, $0.name, $0.role ?? "", $0.email ?? ""]
                },
                json: JSONValue(encoding: reps))
        },
    ]
}

/// `yes` or `no`, for table cells.
func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
