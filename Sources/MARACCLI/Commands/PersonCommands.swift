import MARACKit

/// `person`: person records, and joining two that are one person.
enum PersonCommands {
    static let commands: [Command] = [
        Command(
            path: ["person", "list"],
            operation: .listPersons,
            abstract: "List victims' person records, or pairs that may be one person.",
            usage: "person list [--possible-duplicates] [--limit N]",
            discussion: """
                Without --possible-duplicates: each victim's person id (P12) and cases, newest \
                first. With it: the pairs a referral warned of and recorded as a new person \
                anyway, with the reasons and how the dates of birth agree, for review; 'person \
                merge' joins a pair. Names are not listed: look the cases up in your records.
                """,
            mutates: false
        ) { session, arguments in
            let limit = try arguments.int("--limit", in: 1...100_000) ?? 500
            let workbench = try session.workbench()
            if arguments.flag("--possible-duplicates") {
                let pairs = try workbench.possibleDuplicatePairs(limit: limit)
                return Output.table(
                    headers: ["PERSON", "CASES", "OTHER", "OTHER CASES", "WHY", "BORN", "FOUND"],
                    rows: pairs.map {
                        [
                            $0.person, $0.cases.joined(separator: ","), $0.other,
                            $0.otherCases.joined(separator: ","),
                            $0.reasons.map(\.explanation).joined(separator: "; "),
                            $0.dateOfBirth.rawValue, $0.found,
                        ]
                    },
                    json: JSONValue(encoding: pairs))
            }
            let people = try workbench.persons(limit: limit)
            return Output.table(
                headers: ["PERSON", "CASES"],
                rows: people.map { [$0.person, $0.cases.joined(separator: ",")] },
                json: JSONValue(encoding: people))
        },
        Command(
            path: ["person", "merge"],
            operation: .mergePersons,
            abstract: "Join two person records that are one person; repeats are worked out again.",
            usage: "person merge PERSON OTHER",
            discussion: """
                PERSON and OTHER are each a case reference (C-000014: that case's victim) or a \
                person id from 'person list' (P12). OTHER's cases, perpetrator links and \
                spelling join PERSON, OTHER's record is removed, and every case of the person is \
                checked again for repeats (the changes are listed). Audited.
                """
        ) { session, arguments in
            let result = try session.workbench().mergePersons(
                try PersonReference(parsing: arguments.positional("PERSON")),
                try PersonReference(parsing: arguments.positional("OTHER")))
            var text =
                "merged \(result.merged) into \(result.person): cases "
                + result.cases.joined(separator: ", ")
            text +=
                result.repeatsChanged.isEmpty
                ? "\nno repeat changed"
                : "\nrepeats recomputed: " + result.repeatsChanged.joined(separator: ", ")
            return Output.message(text, json: JSONValue(encoding: result))
        },
    ]
}
