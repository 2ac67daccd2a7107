import MARACKit

/// `demo`: a fictional area to explore every feature in a minute.
enum DemoCommands {
    static let commands: [Command] = [
        Command(
            path: ["demo"],
            operation: .demo,
            abstract: "Build a clearly fictional demo area in the database and say what to try.",
            usage: "demo",
            discussion: """
                Agencies, a dozen referrals (repeats among them, one refused then overridden), a \
                held meeting with attendance, risks and actions (some overdue), and the next \
                meeting's agenda. Running it again leaves the demo as it is.
                """
        ) { session, _ in
            var built = try session.workbench().buildDemo()
            // The hints name the database as shown (a server's password left out).
            let database = DatabaseLocation(session.dbPath).displayName
            built.tryNext = built.tryNext.map { hint(for: $0, database: database) }
            let report = built
            var lines: [String] = []
            if report.alreadyLoaded {
                lines.append("The demo area is already in \(database).")
            } else {
                lines.append("Built the fictional Demoshire MARAC in \(database):")
                lines += report.steps.map { "  - " + $0 }
            }
            lines.append("")
            lines.append("Try next:")
            lines += report.tryNext.map { "  " + $0 }
            return Output(text: lines.joined(separator: "\n"), json: JSONValue(encoding: report))
        }
    ]

    /// A "try next" command line that runs on `database`: `marac --db PATH ...` unless it is
    /// the default database, so that running it as printed reads the demo just built.
    static func hint(for line: String, database: String) -> String {
        guard database != Session.defaultDatabasePath, line.hasPrefix("marac ") else {
            return line
        }
        return "marac --db \(shellQuoted(database)) " + line.dropFirst("marac ".count)
    }
}
