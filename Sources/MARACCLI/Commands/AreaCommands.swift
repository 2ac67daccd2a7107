import MARACKit

/// `area`: the MARAC areas whose cases and meetings the database holds.
enum AreaCommands {
    static let commands: [Command] = [
        Command(
            path: ["area", "add"],
            operation: .addArea,
            abstract: "Register a MARAC area.",
            usage: "area add NAME...",
            discussion: """
                Cases and meetings belong to a registered area. A new database has one area, \
                "default", used while it is the only one; rename it with 'area rename default \
                NAME'. Names are compared ignoring case and spaces, and shown as registered.
                """
        ) { session, arguments in
            let area = try session.workbench().addArea(try arguments.text("NAME"))
            return Output.message(
                "area \"\(area.name)\" registered", json: JSONValue(encoding: area))
        },
        Command(
            path: ["area", "rename"],
            operation: .renameArea,
            abstract: "Give a registered area a new name, on its cases and meetings too.",
            usage: "area rename AREA NEW"
        ) { session, arguments in
            let area = try session.workbench().renameArea(
                try arguments.positional("AREA"), to: try arguments.positional("NEW"))
            return Output.message(
                "area renamed \"\(area.name)\" (\(area.waiting) cases waiting, "
                    + "\(area.meetings) meetings)", json: JSONValue(encoding: area))
        },
        Command(
            path: ["area", "list"],
            operation: .listAreas,
            abstract: "List the registered areas with their waiting cases and meetings.",
            usage: "area list",
            mutates: false
        ) { session, _ in
            let areas = try session.workbench().areas()
            return Output.table(
                headers: ["AREA", "WAITING", "MEETINGS"],
                rows: areas.map { [$0.name, String($0.waiting), String($0.meetings)] },
                json: JSONValue(encoding: areas))
        },
    ]
}
