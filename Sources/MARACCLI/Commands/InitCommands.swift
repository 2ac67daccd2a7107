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
                that records something) does. The file is created with mode 0600.
                """
        ) { session, _ in
            let path = session.dbPath
            // The permission check may have opened (and so created) the database already.
            _ = try session.workbench()
            let existed = !session.cache.createdDatabase
            let text =
                existed
                ? "\(path) already holds a database; its schema is up to date"
                : "created an empty database at \(path)"
            return Output.message(
                text, json: ["database": .string(path), "created": .bool(!existed)])
        }
    ]
}
