import MARACKit

/// `person disclose`: everything held about one person, for a subject access request or a
/// disclosure, with the items that concern someone else marked for review.
enum DisclosureCommands {
    static let commands: [Command] = [
        Command(
            path: ["person", "disclose"],
            operation: .discloseRecords,
            abstract: "Write everything held about a case's victim or perpetrator to a file.",
            usage: """
                person disclose REF --to FILE.odt|FILE.fodt|FILE.xml [--perpetrator] \
                [--number N] [--marking TEXT] \(ExportCommands.encryption)
                """,
            discussion: """
                For a subject access request or a disclosure: the victim of case REF (or with \
                --perpetrator its perpetrator; --number N picks one when it has several), with \
                every case of that person, their risks and actions, the sharing records and \
                decisions not to share about them, and the audit entries on those records. Each \
                item that also concerns a third party (another person named, another agency's \
                information, the victim's case) is marked Review for the reviewer's redaction \
                decision. The disclosure is recorded in the audit log. Only the coordinator and \
                the auditor may run it. The file is created with mode 0600. \
                \(ExportCommands.encryptionHelp)
                """
        ) { session, arguments in
            let number = try arguments.int("--number", in: 1...99)
            let perpetrator = arguments.flag("--perpetrator")
            if number != nil, !perpetrator {
                throw CommandError.invalidValue(
                    field: "--number", expected: "expected it only with --perpetrator",
                    got: String(number!), usage: arguments.usage)
            }
            let reference: String = try arguments.positional("REF")
            let receipt = try session.workbench().exportDisclosure(
                case: reference, about: perpetrator ? .perpetrator(number) : .victim,
                marking: arguments.option("--marking"), to: try arguments.required("--to"),
                exporter: try ExportCommands.exporter(arguments))
            return Output.message(
                "disclosure bundle written to \(receipt.path): \(receipt.cases) cases, "
                    + "\(receipt.bytes) bytes; review the items marked Review before release",
                json: JSONValue(encoding: receipt))
        }
    ]
}
