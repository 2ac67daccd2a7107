import MARACKit

/// `audit`, `check` and `backup`: the trail of changes and the safety of the file.
enum AuditCommands {
    static let commands: [Command] = [
        Command(
            path: ["audit", "log"],
            operation: .auditLog,
            abstract: "Show the audit log of changes, oldest first.",
            usage: "audit log [--since YYYY-MM-DD] [--limit N]",
            mutates: false
        ) { session, arguments in
            let entries = try session.workbench().auditLog(
                since: try arguments.day("--since"),
                limit: try arguments.int("--limit", in: 1...1_000_000) ?? 1000)
            return Output.table(
                headers: ["ID", "AT", "USER", "COMMAND", "RECORD", "SUMMARY"],
                rows: entries.map {
                    [
                        String($0.id), $0.at, $0.user, $0.command, "\($0.entity) \($0.entityID)",
                        $0.summary,
                    ]
                },
                json: JSONValue(encoding: entries))
        },
        Command(
            path: ["audit", "verify"],
            operation: .auditVerify,
            abstract: "Check the audit log's hash chain for edited or deleted entries.",
            usage: "audit verify [--expect HEAD]... [--against FILE]...",
            discussion: """
                Prints the chain's length and head hash: note them somewhere else. A chain \
                inside the database cannot prove its own end, so --expect HEAD (a head printed \
                by an earlier verify, as ENTRIES:HASH or HASH) checks that it is still in the \
                chain, and --against FILE checks the length and head an exported document \
                (.odt, .fodt or .xml) carries in its metadata. Both may be repeated.
                """,
            mutates: false
        ) { session, arguments in
            var anchors: [(anchor: AuditAnchor, source: String)] = []
            for text in arguments.options("--expect") {
                anchors.append((try AuditAnchor(parsing: text), "--expect"))
            }
            for path in arguments.options("--against") {
                anchors.append((try AuditAnchor(documentAt: path), path))
            }
            let result = try session.workbench().verifyAudit(against: anchors)
            let head = "\(result.entries):\(result.head)"
            if let broken = result.firstBrokenID {
                throw CommandError.failed(
                    "the audit log is broken at entry \(broken): \(result.reason ?? "")")
            }
            if let failed = result.anchors.first(where: { !$0.holds }) {
                let what =
                    failed.source == "--expect" ? "the expected head" : "the document's anchor"
                throw CommandError.failed(
                    "the audit log does not hold \(what) "
                        + "(\(failed.anchor.description)): \(failed.reason ?? ""); "
                        + "the chain now ends at \(head)")
            }
            var text = "the audit log is intact: \(result.entries) entries verified; head \(head)"
            for check in result.anchors {
                text +=
                    "\n  holds \(check.anchor.description) ("
                    + (check.source == "--expect" ? "expected" : "from the document") + ")"
            }
            return Output.message(text, json: JSONValue(encoding: result))
        },
        Command(
            path: ["check"],
            operation: .check,
            abstract: "Run the database's integrity and foreign-key checks.",
            usage: "check",
            discussion: """
                On a SQLite file: SQLite's integrity and foreign-key checks. On a PostgreSQL \
                server: the schema version and the audit chain. Also names the policy set in \
                force (its folder or "embedded", and its SHA-256).
                """,
            mutates: false
        ) { session, _ in
            let workbench = try session.workbench()
            let problems = try workbench.check()
            guard problems.isEmpty else {
                throw CommandError.failed(
                    "the database failed its checks:\n"
                        + problems.map { "  " + $0 }.joined(separator: "\n"))
            }
            let origin = workbench.policies.origin
            let checked =
                workbench.isOnServer
                ? "schema version and audit chain" : "integrity and foreign keys"
            return Output.message(
                "\(checked): ok\npolicies: \(origin)", json: ["ok": true, "policies": origin.json])
        },
        Command(
            path: ["backup"],
            operation: .backup,
            abstract: "Copy the database, while in use, to a new private file.",
            usage: "backup --to FILE",
            mutates: false
        ) { session, arguments in
            let path = try arguments.required("--to")
            try session.workbench().backup(to: path)
            return Output.message("backed up to \(path)", json: ["backup": .string(path)])
        },
    ]
}
