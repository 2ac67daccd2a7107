import MARACKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `case`: referrals of victims to the MARAC.
enum CaseCommands {
    static let commands: [Command] = [
        Command(
            path: ["case", "refer"],
            operation: .referCase,
            abstract: "Record a referral; print its case reference and whether it is a repeat.",
            usage: """
                case refer --victim NAME --dob YYYY-MM-DD --by AGENCY --date YYYY-MM-DD \
                [--area AREA] [--dash N] [--dash-answers ANSWERS] [--visible-high-risk REASON] \
                [--callouts N] [--children N] [--override REASON] [--gender G] [--ethnicity E] \
                [--disability D] [--sexual-orientation S] [--perpetrator NAME]... \
                [--perpetrator-dob YYYY-MM-DD]... [--perpetrator-age N]... \
                [--perpetrator-gender G]... [--relationship R]... [--perpetrator-alias A]...
                """,
            discussion: """
                A referral qualifies on a DASH score at the threshold (14 by default), \
                professional judgement (--visible-high-risk), potential escalation (3 call-outs \
                in 12 months by default) or as a repeat within 12 months. Thresholds come from \
                Policies/referral-criteria.xml for the area. --dash-answers takes one y or n per \
                checklist question. --area names a registered area ('area list'); without it, \
                the case belongs to the only registered area, and with several it must be given. \
                Each --perpetrator NAME starts one perpetrator; the --perpetrator-dob (or \
                --perpetrator-age when the date of birth is not known), --perpetrator-gender, \
                --relationship (to the victim: Policies/relationships.xml) and \
                --perpetrator-alias options after it, up to the next --perpetrator, are that \
                perpetrator's: --perpetrator "A B" --relationship ex-partner --perpetrator "C D" \
                --perpetrator-age 19 --relationship family-member. A perpetrator is a person \
                record, matched like the victim on name and date of birth. Under the area's \
                repeat definition (victim-and-perpetrator by default) a repeat is the same \
                victim with one of the same perpetrators within 12 months; the JSON's repeatOf \
                names the earlier case.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let area = try workbench.resolveArea(
                arguments.option("--area") ?? workbench.defaultArea())
            let answers = try arguments.option("--dash-answers").map {
                try ReferralRequest.parseAnswers(
                    $0,
                    questionCount: workbench.referralCriteria(area: area, on: workbench.today)
                        .questionCount)
            }
            let referral = try workbench.referCase(
                ReferralRequest(
                    victimName: try arguments.required("--victim"),
                    dateOfBirth: try arguments.requiredDay("--dob"),
                    referringAgency: try arguments.required("--by"),
                    date: try arguments.requiredDay("--date"), area: area,
                    dashScore: try arguments.int("--dash", in: 0...27), dashAnswers: answers,
                    visibleHighRisk: arguments.option("--visible-high-risk"),
                    callouts: try arguments.int("--callouts", in: 0...1000),
                    children: try arguments.int("--children", in: 0...30) ?? 0,
                    overrideReason: arguments.option("--override"),
                    diversity: Diversity(
                        gender: arguments.option("--gender"),
                        ethnicity: arguments.option("--ethnicity"),
                        disability: arguments.option("--disability"),
                        sexualOrientation: arguments.option("--sexual-orientation")),
                    perpetrators: try perpetrators(arguments)))
            var text =
                "case \(referral.reference) referred on \(referral.date) by \(referral.referringAgency)"
            text += "; criteria: " + referral.criteria.map(\.rawValue).joined(separator: ", ")
            if referral.isRepeat {
                text +=
                    "\nREPEAT: referred within 12 months of \(referral.previousReference ?? "an earlier referral")"
            }
            return Output.message(text, json: Formatting.referralJSON(referral))
        },
        Command(
            path: ["case", "show"],
            operation: .showCase,
            abstract: "Show one case with its related referrals, risks and actions.",
            usage: "case show REF",
            mutates: false
        ) { session, arguments in
            let workbench = try session.workbench()
            let detail = try workbench.caseDetail(try arguments.positional("REF"))
            let text =
                detail.isRestricted
                ? Formatting.restrictedCase(detail)
                : Formatting.caseDetail(detail, today: workbench.today)
            return Output(text: text, json: JSONValue(encoding: detail))
        },
        Command(
            path: ["case", "list"],
            operation: .listCases,
            abstract: "List referrals, newest first, or those not yet heard, oldest first.",
            usage: "case list [--unheard] [--repeat] [--limit N]",
            mutates: false
        ) { session, arguments in
            let cases = try session.workbench().cases(
                unheard: arguments.flag("--unheard"), repeatOnly: arguments.flag("--repeat"),
                limit: try arguments.int("--limit", in: 1...100_000) ?? 500)
            return Output.table(
                headers: [
                    "REF", "REFERRED", "BY", "AREA", "DASH", "CRITERIA", "REPEAT", "CHILDREN",
                    "HEARD",
                ],
                rows: cases.map {
                    [
                        $0.reference, $0.date.description, $0.referringAgency, $0.area,
                        $0.dashScore.map(String.init) ?? "-",
                        $0.criteria.map(\.rawValue).joined(separator: ","),
                        yesNo($0.isRepeat), String($0.children), $0.heardOn?.description ?? "-",
                    ]
                },
                json: JSONValue(encoding: cases))
        },
        Command(
            path: ["case", "move"],
            operation: .moveCase,
            abstract: "Move a case waiting to be heard to another area.",
            usage: "case move REF --area AREA",
            discussion: """
                A victim who moves area is the same person: the case keeps its reference and \
                repeats are counted across areas. A case already heard or on an agenda is not \
                moved ('agenda defer' takes it off an agenda first).
                """
        ) { session, arguments in
            let referral = try session.workbench().moveCase(
                try arguments.positional("REF"), toArea: try arguments.required("--area"))
            return Output.message(
                "case \(referral.reference) moved to \(referral.area)",
                json: JSONValue(encoding: referral))
        },
        Command(
            path: ["case", "import"],
            operation: .importCases,
            abstract: "Load referrals in bulk from a CSV file, all or nothing.",
            usage: "case import FILE [--skip-bad] [--area AREA]",
            discussion: """
                The header row names the columns: victim, dob, by, date (required) and area, dash, \
                dash_answers, visible_high_risk, callouts, children, override, gender, ethnicity, \
                disability, sexual_orientation, and one perpetrator per row: perpetrator, \
                perpetrator_dob (or perpetrator_age), perpetrator_gender, relationship (more with \
                'perpetrator add'). A row's area (else --area, else the only \
                registered area) must be a registered area. Every bad row is reported with its line; nothing \
                is imported unless all rows are good, or --skip-bad imports the good ones.
                """
        ) { session, arguments in
            let path = try arguments.positional("FILE")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError.invalidValue(
                    field: "FILE", expected: "a readable CSV file", got: path,
                    usage: arguments.usage)
            }
            let workbench = try session.workbench()
            let report = try workbench.importCases(
                csv: String(decoding: data, as: UTF8.self), skipBad: arguments.flag("--skip-bad"),
                area: arguments.option("--area"))
            var lines = ["imported \(report.imported) referrals (\(report.repeats) repeats)"]
            lines += report.rejected.map { "skipped line \($0.line): \($0.reason)" }
            return Output.message(lines.joined(separator: "\n"), json: JSONValue(encoding: report))
        },
    ]

    /// The options of one perpetrator of `case refer`, after the `--perpetrator` they follow.
    static let perpetratorOptions = [
        "--perpetrator-dob", "--perpetrator-age", "--perpetrator-gender", "--relationship",
        "--perpetrator-alias",
    ]

    /// The perpetrators of `case refer`, each from a `--perpetrator` and the options after it.
    static func perpetrators(_ arguments: Arguments) throws(CommandError) -> [PerpetratorRequest] {
        let leader = "--perpetrator"
        let usage = arguments.usage
        return try arguments.groups(of: leader, members: perpetratorOptions).map {
            (group) throws(CommandError) in
            func single(_ name: String) throws(CommandError) -> String? {
                try group.single(name, leader: leader, usage: usage)
            }
            let age = try single("--perpetrator-age").map { (text) throws(CommandError) in
                guard let value = Int(text) else {
                    throw .invalidValue(
                        field: "--perpetrator-age", expected: "expected a whole number", got: text,
                        usage: usage)
                }
                return value
            }
            return PerpetratorRequest(
                name: group.value,
                dateOfBirth: try single("--perpetrator-dob").map {
                    (text) throws(CommandError) in
                    try text.asDay(field: "--perpetrator-dob", usage: usage)
                },
                age: age, gender: try single("--perpetrator-gender"),
                relationship: try single("--relationship"),
                aliases: group.members["--perpetrator-alias"] ?? [])
        }
    }
}
