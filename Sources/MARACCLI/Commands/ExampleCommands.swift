import MARACKit

/// Harmless commands that need no database: they prove the machinery end to end.
enum ExampleCommands {
    /// The version printed by `marac version`.
    static let version = "0.1.0"

    static let commands: [Command] = [
        Command(
            path: ["version"],
            abstract: "Print the version of marac.",
            usage: "version",
            mutates: false
        ) { _, _ in
            Output.message(
                "marac \(version)", json: ["name": "marac", "version": .string(version)])
        },
        Command(
            path: ["whoami"],
            abstract: "Show the acting user, the database and the day taken as today.",
            usage: "whoami",
            discussion: """
                The user comes from --user, MARAC_USER or the login name (on a PostgreSQL \
                server, from the role connected); the database from --db, MARAC_DB or \
                ./marac.sqlite (a server's URI is shown without its password).
                """,
            mutates: false
        ) { session, _ in
            let location = DatabaseLocation(session.dbPath)
            let user = location.isServer ? try session.workbench().user : session.user
            let (today, database) = (session.currentDay, location.displayName)
            return Output.message(
                "user: \(user)\ndatabase: \(database)\ntoday: \(today)",
                json: ["user": .string(user), "database": .string(database), "today": today.json])
        },
    ]
}
