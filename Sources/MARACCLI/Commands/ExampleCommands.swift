import MARACKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Harmless commands that change no data: they prove the machinery end to end.
enum ExampleCommands {
    /// The version printed by `marac version`.
    static let version = "0.1.0"

    static let commands: [Command] = [
        Command(
            path: ["version"],
            operation: nil,
            abstract: "Print the version of marac and the policy set in force.",
            usage: "version",
            discussion: """
                The policies are those of the folder given with --policies or MARAC_POLICIES, \
                else the set built into the tool; shown as the folder or "embedded", with the \
                SHA-256 of the set.
                """,
            mutates: false
        ) { session, _ in
            let origin = try session.policies().origin
            return Output.message(
                "marac \(version)\npolicies: \(origin)",
                json: ["name": "marac", "version": .string(version), "policies": origin.json])
        },
        Command(
            path: ["whoami"],
            operation: nil,
            abstract: "Show the acting user, their role, the database and the day taken as today.",
            usage: "whoami",
            discussion: """
                The user comes from --user, MARAC_USER or the login name (on a PostgreSQL \
                server, from the role connected); the database from --db, MARAC_DB or \
                ./marac.sqlite (a server's URI is shown without its password). The role is the \
                user's in that database; whoami neither creates the database nor enrols the user.
                """,
            mutates: false
        ) { session, _ in
            let location = DatabaseLocation(session.dbPath)
            let user = location.isServer ? try session.workbench().user : session.user
            let (today, database) = (session.currentDay, location.displayName)
            let role = try actingRole(&session)
            return Output.message(
                "user: \(user)\ndatabase: \(database)\ntoday: \(today)\nrole: \(role.text)",
                json: [
                    "user": .string(user), "role": role.json, "agency": role.agency,
                    "database": .string(database), "today": today.json,
                ])
        },
    ]

    /// The acting user's role in the database, for `whoami`: read only when the database
    /// exists (or is open, or in memory), so `whoami` never creates a file.
    static func actingRole(_ session: inout Session) throws
        -> (text: String, json: JSONValue, agency: JSONValue)
    {
        let exists =
            session.cache.workbench != nil || session.dbPath == ":memory:"
            || DatabaseLocation(session.dbPath).isServer
            || FileManager.default.fileExists(atPath: session.dbPath)
        guard exists else {
            return ("none (no database yet; its first user becomes coordinator)", .null, .null)
        }
        guard let acting = try session.workbench().currentUser() else {
            return ("none (not a user of this database)", .null, .null)
        }
        let agency = acting.agencyCode.map { " for \($0)" } ?? ""
        return (
            acting.role.rawValue + agency, .string(acting.role.rawValue),
            acting.agencyCode.map(JSONValue.string) ?? .null
        )
    }
}
