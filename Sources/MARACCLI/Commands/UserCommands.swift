import MARACKit

/// `user`: who may use the tool on this database, and in which role.
enum UserCommands {
    static let commands: [Command] = [
        Command(
            path: ["user", "add"],
            operation: .addUser,
            abstract: "Add a user of this database with a role.",
            usage: "user add NAME --role \(choices: Role.self) [--agency CODE]",
            discussion: """
                An agency-rep \
                names the agency they represent with --agency and sees only its actions. The \
                first user of a new database becomes its coordinator automatically.
                """
        ) { session, arguments in
            let role = try arguments.required("--role", as: Role.self)
            let user = try session.workbench().addUser(
                name: try arguments.positional("NAME"), role: role,
                agency: arguments.option("--agency"))
            return Output.message(
                "user \(user.name) added as \(user.role.rawValue)"
                    + (user.agencyCode.map { " for \($0)" } ?? ""),
                json: JSONValue(encoding: user))
        },
        Command(
            path: ["user", "list"],
            operation: .listUsers,
            abstract: "List the users of this database and their roles.",
            usage: "user list",
            mutates: false
        ) { session, _ in
            let workbench = try session.workbench()
            if workbench.isServer {
                let users = try workbench.serverUsers()
                return Output.table(
                    headers: ["USER", "ROLE", "AGENCY", "SERVER ROLES"],
                    rows: users.map {
                        [
                            $0.name, $0.role, $0.agencyCode ?? "-",
                            $0.grantedRoles.isEmpty ? "-" : $0.grantedRoles,
                        ]
                    },
                    json: JSONValue(encoding: users))
            }
            let users = try workbench.users()
            return Output.table(
                headers: ["USER", "ROLE", "AGENCY"],
                rows: users.map { [$0.name, $0.role.rawValue, $0.agencyCode ?? "-"] },
                json: JSONValue(encoding: users))
        },
    ]
}
