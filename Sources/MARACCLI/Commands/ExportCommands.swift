import MARACKit

/// `export`: minutes, agency extracts and agendas as OpenDocument text or XML.
enum ExportCommands {
    static let commands: [Command] = [
        Command(
            path: ["export", "minutes"],
            operation: .exportMinutes,
            abstract: "Export a meeting's minutes, or one agency's extract, to a file.",
            usage:
                "export minutes MEETING --to FILE.odt|FILE.fodt|FILE.xml [--agency CODE] [--for CODE] [--marking TEXT] \(encryption)",
            discussion: """
                The format follows the file's extension: .odt (OpenDocument text), .fodt (flat \
                OpenDocument) or .xml (the workbench's own vocabulary, validated against \
                Templates/marac-documents.rng). The file is created with mode 0600. With \
                --agency the file holds only the actions that agency owns, overdue ones \
                marked; an agency representative may export only their own agency's extract. \
                With --for the full minutes as that agency may see them: each record shared \
                only with named agencies other than it reads "[withheld: shared with named \
                agencies only]" (the coordinator and chair for any agency; a representative for \
                their own, on a file). \
                --marking replaces the protective marking (default OFFICIAL-SENSITIVE) in \
                every header and footer. \(encryptionHelp) A closed meeting's minutes are frozen at the close \
                and say the day their content is as at; for where its actions stand today, \
                use 'export action-status'.
                """
        ) { session, arguments in
            let receipt = try session.workbench().exportMinutes(
                meeting: try MeetingCommands.meetingID(arguments),
                agency: arguments.option("--agency"), redactedFor: arguments.option("--for"),
                marking: arguments.option("--marking"), to: try arguments.required("--to"),
                exporter: exporter(arguments))
            let what =
                switch receipt.document {
                case "minutes": "minutes"
                case "minutes-for-agency": "minutes for \(arguments.option("--for") ?? "")"
                default: "extract"
                }
            return Output.message(
                "\(what) written to \(receipt.path): \(receipt.cases) cases, "
                    + "\(receipt.actions) actions, \(receipt.bytes) bytes",
                json: JSONValue(encoding: receipt))
        },
        Command(
            path: ["export", "action-status"],
            operation: .exportActionStatus,
            abstract: "Export where a meeting's actions stand today: the action status report.",
            usage:
                "export action-status MEETING --to FILE.odt|FILE.fodt|FILE.xml [--agency CODE] [--marking TEXT] \(encryption)",
            discussion: """
                Not the minutes: a separate report, titled with the day it is as at, of every \
                action agreed at the meeting with its status at the close (from the frozen \
                minutes) and today, overdue ones marked. With --agency only that agency's \
                actions; an agency representative may export only their own agency's. \
                \(encryptionHelp)
                """
        ) { session, arguments in
            let receipt = try session.workbench().exportActionStatus(
                meeting: try MeetingCommands.meetingID(arguments),
                agency: arguments.option("--agency"), marking: arguments.option("--marking"),
                to: try arguments.required("--to"), exporter: exporter(arguments))
            return Output.message(
                "action status written to \(receipt.path): \(receipt.actions) actions, "
                    + "\(receipt.bytes) bytes",
                json: JSONValue(encoding: receipt))
        },
        Command(
            path: ["export", "agenda"],
            operation: .exportAgenda,
            abstract: "Export a meeting's agenda to a file.",
            usage:
                "export agenda MEETING --to FILE.odt|FILE.fodt|FILE.xml [--marking TEXT] \(encryption)",
            discussion: """
                The format follows the file's extension (.odt, .fodt or .xml); the file is \
                created with mode 0600. \(encryptionHelp)
                """
        ) { session, arguments in
            let receipt = try session.workbench().exportAgenda(
                meeting: try MeetingCommands.meetingID(arguments),
                marking: arguments.option("--marking"), to: try arguments.required("--to"),
                exporter: exporter(arguments))
            return Output.message(
                "agenda written to \(receipt.path): \(receipt.cases) cases, \(receipt.bytes) bytes",
                json: JSONValue(encoding: receipt))
        },
        Command(
            path: ["export", "action-plan"],
            operation: .exportActionPlan,
            abstract: "Export a DHR's action plan in the Home Office column layout to a file.",
            usage:
                "export action-plan REVIEW --to FILE.odt|FILE.fodt|FILE.xml [--marking TEXT] \(encryption)",
            discussion: """
                A landscape table: recommendation, scope, action to take, lead agency, key \
                milestones achieved, target date, date of completion and outcome, with status \
                and RAG. REVIEW is written R1 (or 1). The file is created with mode 0600. \(encryptionHelp)
                """
        ) { session, arguments in
            let receipt = try session.workbench().exportActionPlan(
                review: try DHRCommands.reviewID(arguments, "REVIEW"),
                marking: arguments.option("--marking"), to: try arguments.required("--to"),
                exporter: exporter(arguments))
            return Output.message(
                "action plan written to \(receipt.path): \(receipt.actions) actions, "
                    + "\(receipt.bytes) bytes",
                json: JSONValue(encoding: receipt))
        },
        Command(
            path: ["export", "progress"],
            operation: .exportProgress,
            abstract: "Export the DHR progress report for the Community Safety Partnership.",
            usage: """
                export progress [REVIEW] --to FILE.odt|FILE.fodt|FILE.xml [--review REVIEW] \
                [--marking TEXT] \(encryption)
                """,
            discussion: """
                REVIEW (R1, or 1; --review R1 says the same) limits the report to one review, \
                as export action-plan takes it. Per review and per lead agency: actions, done, overdue, closed without evidence \
                and % complete, with the trend at each month end. The file is created with mode \
                0600. \(encryptionHelp)
                """
        ) { session, arguments in
            let positional = try arguments.value("REVIEW", as: ReviewID.self)
            let option = try arguments.value("--review", as: ReviewID.self)
            if let positional, let option, positional != option {
                throw CommandError.invalidValue(
                    field: "--review", expected: "expected the same review as \(positional)",
                    got: option.description, usage: arguments.usage)
            }
            let receipt = try session.workbench().exportProgressReport(
                review: (positional ?? option)?.number,
                marking: arguments.option("--marking"),
                to: try arguments.required("--to"), exporter: exporter(arguments))
            return Output.message(
                "progress report written to \(receipt.path): \(receipt.actions) actions, "
                    + "\(receipt.bytes) bytes",
                json: JSONValue(encoding: receipt))
        },
    ]

    /// The encryption options every export takes.
    static let encryption = "[--password-file FILE] [--encrypt]"

    /// What the encryption options do, for each export's help.
    static let encryptionHelp = """
        --password-file FILE encrypts the .odt package (AES-256, as LibreOffice encrypts \
        documents: it asks for the password on opening) with the password on the first line \
        of FILE, which must be readable by its owner only (mode 0600 or 0400); --encrypt \
        without it asks for the password twice on the terminal, without echo. A password is \
        never taken on the command line. A .fodt or .xml file cannot be encrypted and is \
        refused. Send the password by another channel than the document.
        """

    /// An exporter using the template folder beside the tool (or `MARAC_TEMPLATES`), which
    /// encrypts with the password `--password-file` names, or one typed at the prompt when
    /// `--encrypt` is given alone.
    static func exporter(_ arguments: Arguments) throws -> DocumentExporter {
        var password: DocumentPassword?
        if let file = arguments.option("--password-file") {
            password = try DocumentPassword(contentsOfFile: file)
        } else if arguments.flag("--encrypt") {
            // Refused before the prompt: a password typed for a .fodt file would be wasted.
            try DocumentExporter.requireEncryptable(
                try DocumentFormat(path: try arguments.required("--to")))
            password = try PasswordPrompt.ask()
        }
        return DocumentExporter(
            templates: TemplateLoader(directory: TemplateLoader.locateDirectory()),
            password: password)
    }
}
