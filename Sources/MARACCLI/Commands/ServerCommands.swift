import MARACKit

/// `server init`, `copy` and the user commands that revoke: a PostgreSQL server for the whole
/// partnership, and moving a database between a file and a server.
enum ServerCommands {
    /// The commands that open their databases themselves and run no workbench operation: on a
    /// server the library lets only the database's owner run them.
    static let ownerCommands: Set<[String]> = [["server", "init"], ["copy"]]

    static let commands: [Command] = [
        Command(
            path: ["server", "init"],
            operation: nil,
            abstract: "Create or upgrade the schema, roles, grants and policies on a server.",
            usage: "server init",
            discussion: """
                Run by the database's owner with --db postgresql://…, once and after each \
                upgrade of marac (it is idempotent). It creates the group roles \
                marac_coordinator, marac_chair, marac_agency_rep, marac_dhr_chair and \
                marac_auditor if they are missing, the schema, the grants and the row-level \
                security policies. Then add the first coordinator with user add.
                """
        ) { session, _ in
            guard case .server(let uri) = DatabaseLocation(session.dbPath) else {
                throw ServerError.needsServer(command: "server init")
            }
            let result = try Workbench.initialiseServer(uri: uri)
            let applied =
                result.applied.isEmpty
                ? "schema already at version \(result.schemaVersion)"
                : "schema at version \(result.schemaVersion) (applied "
                    + result.applied.map(String.init).joined(separator: ", ") + ")"
            return Output.message(
                "server ready: \(applied); roles, grants and policies in place",
                json: JSONValue(encoding: result))
        },
        Command(
            path: ["copy"],
            operation: nil,
            abstract: "Copy a whole database between a file and a server, in one transaction.",
            usage: "copy --from DB --to DB",
            discussion: """
                DB is a SQLite file or a postgresql:// URI. The target must be empty: a new \
                file, or a server database (initialised by the copy, by its owner). Every \
                table is copied and the audit chain verified on both ends. A server end needs \
                the database's owner, so that row-level security hides nothing.
                """
        ) { _, arguments in
            let summary = try Workbench.copyDatabase(
                from: try arguments.required("--from"), to: try arguments.required("--to"))
            return Output.message(
                "copied \(summary.rows) rows in \(summary.tables) tables; the audit log is "
                    + "intact on the copy: \(summary.auditEntries) entries verified",
                json: JSONValue(encoding: summary))
        },
        Command(
            path: ["user", "remove"],
            operation: .removeUser,
            abstract: "Remove a user of this database; on a server, revoke its roles.",
            usage: "user remove NAME",
            discussion: """
                The removal is audited, and the user is refused from then on; the last \
                coordinator cannot be removed. On a server the login role stays (drop it with \
                dropuser); it can no longer connect to this database.
                """
        ) { session, arguments in
            let name = try arguments.positional("NAME")
            try session.workbench().removeUser(name: name)
            return Output.message("user \(name) removed", json: ["removed": .string(name)])
        },
        Command(
            path: ["user", "role"],
            operation: .changeUserRole,
            abstract: "Change the role of a user of this database.",
            usage: "user role NAME \(choices: Role.self) [--agency CODE]",
            discussion: """
                An agency-rep names its agency with --agency. The change is audited; the last \
                coordinator cannot stop being one.
                """
        ) { session, arguments in
            let role = try arguments.required(of: Role.self)
            let user = try session.workbench().changeRole(
                name: try arguments.positional("NAME"), to: role,
                agency: arguments.option("--agency"))
            return Output.message(
                "user \(user.name) is now \(user.role.rawValue)"
                    + (user.agencyCode.map { " for \($0)" } ?? ""),
                json: JSONValue(encoding: user))
        },
    ]
}
