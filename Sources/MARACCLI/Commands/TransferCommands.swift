import MARACKit

/// `case transfer`, `case receive`: MARAC-to-MARAC transfers when a victim moves.
enum TransferCommands {
    static let commands: [Command] = [
        Command(
            path: ["case", "transfer"],
            operation: .transferCase,
            abstract: "Transfer a case to another MARAC: an area here, or a bundle for another.",
            usage: """
                case transfer REF --reason TEXT [--to-area AREA] [--to-file FILE.odt] \
                [--to-marac NAME] [--date YYYY-MM-DD] [--marking TEXT]
                """,
            discussion: """
                Give --to-area when the receiving MARAC is an area of this database: the case \
                moves there with its history and waits to be heard, recorded as transferred \
                out of one area and in to the other. Give --to-file and --to-marac when it \
                uses another database: the transfer bundle is written (OpenDocument text, mode \
                0600, with the protective marking, default OFFICIAL-SENSITIVE, or --marking) \
                for 'case receive' there, and the case is no longer listed here. The bundle \
                names the victim, so send it securely and delete it once received; it carries \
                the referral, hearings, risks, actions and IDVA engagement, never sharing \
                records or who recorded what.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let reference = try arguments.positional("REF")
            let reason = try arguments.required("--reason")
            let day = try arguments.value("--date", as: Day.self)
            switch (arguments.option("--to-area"), arguments.option("--to-file")) {
            case (let area?, nil):
                let transfers = try workbench.transferCase(
                    reference, toArea: area, reason: reason, on: day)
                return Output.message(
                    "case \(reference) transferred out of \(transfers[0].area) and in to "
                        + "\(transfers[1].area) on \(transfers[0].date)",
                    json: JSONValue(encoding: transfers))
            case (nil, let path?):
                guard let marac = arguments.option("--to-marac") else {
                    throw CommandError.invalidValue(
                        field: "--to-marac", expected: "the receiving MARAC's name with --to-file",
                        got: "nothing", usage: arguments.usage)
                }
                let receipt = try workbench.transferCase(
                    reference, toFile: path, toMARAC: marac, reason: reason, on: day,
                    marking: arguments.option("--marking"), exporter: DocumentExporter())
                return Output.message(
                    "case \(reference) transferred out to \(marac) on \(receipt.transfer.date); "
                        + "bundle written to \(receipt.path) (\(receipt.bytes) bytes, mode 0600)",
                    json: JSONValue(encoding: receipt))
            default:
                throw CommandError.invalidValue(
                    field: "--to-area", expected: "either --to-area AREA or --to-file FILE.odt",
                    got: arguments.option("--to-area") == nil ? "neither" : "both",
                    usage: arguments.usage)
            }
        },
        Command(
            path: ["case", "receive"],
            operation: .receiveCase,
            abstract: "Create a case transferred in from another MARAC's transfer bundle.",
            usage: "case receive FILE [--by AGENCY] [--area AREA] [--date YYYY-MM-DD]",
            discussion: """
                Reads a bundle written by 'case transfer --to-file'. The victim is matched as at \
                referral (a known victim may make the case a repeat); the case is referred by \
                --by (default: the bundle's referring agency, if registered here) on --date \
                (default today) in --area (default: the only area), and keeps the history the \
                bundle carried ('case show'). A bundle is received once.
                """
        ) { session, arguments in
            let received = try session.workbench().receiveCase(
                from: try arguments.positional("FILE"), by: arguments.option("--by"),
                area: arguments.option("--area"), on: try arguments.value("--date", as: Day.self))
            var text =
                "case \(received.referral.reference) received from \(received.transfer.otherMARAC) "
                + "(their \(received.transfer.theirReference ?? "?")) into "
                + "\(received.referral.area) on \(received.transfer.date)"
            if received.referral.isRepeat {
                text +=
                    "\nREPEAT: referred within 12 months of "
                    + (received.referral.previousReference ?? "an earlier referral")
            }
            return Output.message(text, json: JSONValue(encoding: received))
        },
    ]
}
