import MARACKit

/// One command of the `marac` tool: its name, its help and what it does.
///
/// Commands are values collected in `CommandTable.all`; the options and positional arguments a
/// command accepts are derived from `usage` (see `UsageSpec`), so the help text cannot drift
/// from what is parsed.
///
/// ```swift
/// Command(
///     path: ["agency", "list"], operation: .listAgencies, abstract: "List the agencies.", usage: "agency list",
///     mutates: false
/// ) { session, arguments in
///     Output.message("...")
/// }
/// ```
struct Command: Sendable {
    /// The words that name the command (`["action", "list"]`).
    var path: [String]
    /// The library operation the command runs, whose ``Operation/commandPath`` is `path`; `nil`
    /// for the commands that read no data (`help`, `version`, `whoami`).
    ///
    /// The library checks it: the tool itself checks no permission.
    let operation: Operation?
    /// One imperative sentence, starting with a capital and ending with ".".
    var abstract: String
    /// The command's synopsis, starting with its path (`action list [--agency CODE] [--overdue]`).
    var usage: String
    /// Optional longer help shown by `help COMMAND`.
    var discussion: String = ""
    /// Whether the command changes data; read-only commands set `false`.
    var mutates: Bool = true
    /// Does the work: reads `Arguments`, calls one `MARACKit` API, returns what to print.
    var run: @Sendable (inout Session, Arguments) throws -> Output

    /// The words of `path` joined by spaces (`action list`).
    var name: String { path.joined(separator: " ") }

    /// The options and positionals `usage` declares.
    var spec: UsageSpec { UsageSpec(usage, pathLength: path.count) }
}
