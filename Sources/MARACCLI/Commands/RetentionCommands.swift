import MARACKit

/// `retention`: records past the periods of `Policies/retention.xml`, and deleting them.
enum RetentionCommands {
    static let commands: [Command] = [
        Command(
            path: ["retention", "due"],
            operation: .retentionDue,
            abstract: "List records past their retention period, and those held beyond it.",
            usage: "retention due",
            discussion: """
                A victim's referrals (with their actions) are due once the period after the \
                victim's last referral has ended; sharing records once their own period has \
                ended; meetings once the period after the meeting has ended; DHR reviews once \
                the period after their closure has ended. Cases with pending actions, on an \
                open agenda or linked to an open DHR (with their sharing records), and meetings \
                not closed, are held.
                """,
            mutates: false
        ) { session, _ in
            let review = try session.workbench().retentionDue()
            let rows = (review.due + review.held).map {
                [
                    $0.record, $0.id, $0.from.description, $0.dueOn.description,
                    $0.heldBecause.map { "held: " + $0 } ?? "delete",
                    ($0.ofCase.map { "case \($0); " } ?? "") + $0.dependants.summary,
                ]
            }
            return Output.table(
                headers: ["RECORD", "ID", "FROM", "ENDED", "OUTCOME", "WITH"], rows: rows,
                json: JSONValue(encoding: review))
        },
        Command(
            path: ["retention", "purge"],
            operation: .retentionPurge,
            abstract: "Delete the records past their retention period, with their dependants.",
            usage: "retention purge [--confirm]",
            discussion: """
                Without --confirm nothing is deleted and the records that would be are named. \
                Everything is deleted in one transaction with an audit entry per record.
                """
        ) { session, arguments in
            let purge = try session.workbench().purgeExpiredRecords(
                confirmed: arguments.flag("--confirm"))
            var lines = [
                "deleted \(purge.deleted.count) records and \(purge.people) person records"
            ]
            lines += purge.deleted.map { "  \($0.record) \($0.id) with \($0.dependants.summary)" }
            return Output.message(lines.joined(separator: "\n"), json: JSONValue(encoding: purge))
        },
    ]
}
