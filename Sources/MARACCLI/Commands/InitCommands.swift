import MARACKit

/// `init`: an empty database, created and migrated on purpose.
enum InitCommands {
    static let commands: [Command] = [
        Command(
            path: ["init"],
            operation: nil,
            abstract: "Create an empty database at the --db path, or bring one up to date.",
            usage: "init",
            discussion: """
                Commands that only read never create a database; init (or demo, or any command \
                that records something) does, and makes you its coordinator. The file is created \
                with mode 0600. A SQLite file of another program is refused, never migrated.
                """
        ) { session, _ in
            let path = session.dbPath
            // The permission check may have opened (and so created) the database already.
            let workbench = try session.workbench()
            let existed = !session.cache.createdDatabase
            let user = workbench.user
            if !existed, !workbench.isServer {
                // The first user of a new file is its coordinator: enrolled now, by the check
                // of a coordinator's operation, so init says who it is.
                try workbench.authorize(.addUser)
            }
            let text =
                existed
                ? "\(path) already holds a database; its schema is up to date"
                : "created an empty database at \(path); you are its coordinator "
                    + "(\(user))"
            return Output.message(
                text,
                json: [
                    "database": .string(path), "created": .bool(!existed),
                    "coordinator": existed ? .null : .string(user),
                ])
        }
    ]
}
