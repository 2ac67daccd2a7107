/// Which roles may run which commands: the one table the tool consults before every command.
///
/// Rules match a command by the longest prefix of its path (`action` covers `action add` and
/// any `action` command added later; `action list` narrows it), so new commands fall under
/// their noun's rule. A command no rule matches is for coordinators only. Rules marked
/// `everyone` need no user at all: they read no data (`help`, `version`, `whoami`).
///
/// ```swift
/// Permissions.access(for: ["case", "refer"])  // .only([.coordinator])
/// Permissions.access(for: ["help"])           // .everyone
/// ```
public enum Permissions {
    /// Who may run a command.
    public enum Access: Equatable, Sendable {
        /// Anyone, even someone who is not a user of the database.
        case everyone
        /// Users with one of these roles.
        case only([Role])

        /// Whether a user with `role` may run the command.
        public func allows(_ role: Role) -> Bool {
            switch self {
            case .everyone: true
            case .only(let roles): roles.contains(role)
            }
        }
    }

    private static let all = Role.allCases
    private static let marac: [Role] = [.coordinator, .chair]
    private static let maracAndReps: [Role] = [.coordinator, .chair, .agencyRep]
    private static let dhr: [Role] = [.coordinator, .dhrChair]
    private static let governance: [Role] = [.coordinator, .auditor]

    /// The rules, each a command path prefix and who may run what it covers.
    public static let rules: [(prefix: [String], access: Access)] = [
        (["help"], .everyone),
        (["version"], .everyone),
        (["whoami"], .everyone),
        (["agency"], .only([.coordinator])),
        (["agency", "list"], .only(all)),
        (["rep"], .only([.coordinator])),
        (["rep", "list"], .only(all)),
        (["user"], .only([.coordinator])),
        (["case"], .only([.coordinator])),
        (["case", "list"], .only(marac)),
        // Row-level rule in the workbench: a representative sees other agencies' cases by
        // reference and dates only.
        (["case", "show"], .only(maracAndReps)),
        (["meeting"], .only(marac)),
        (["attend"], .only(marac)),
        (["risk"], .only(marac)),
        (["agenda"], .only(marac)),
        (["action"], .only(marac)),
        // Row-level rule in the workbench: a representative lists, shows and updates only
        // their own agency's actions.
        (["action", "list"], .only(maracAndReps)),
        (["action", "show"], .only(maracAndReps)),
        (["action", "update"], .only(maracAndReps)),
        (["share"], .only(maracAndReps)),
        (["share", "list"], .only([.coordinator, .chair, .auditor])),
        (["share", "register"], .only(governance)),
        (["dhr"], .only(dhr)),
        (["smart"], .only(dhr)),
        (["export"], .only([.coordinator, .chair, .dhrChair])),
        (["report"], .only([.coordinator, .chair, .dhrChair])),
        (["retention"], .only([.coordinator])),
        (["retention", "due"], .only(governance)),
        (["audit"], .only(governance)),
        (["check"], .only(governance)),
        (["backup"], .only([.coordinator])),
        (["demo"], .only([.coordinator])),
        // No workbench user is needed: the library lets only the database's owner run them on
        // a server (and a file is only as protected as access to it).
        (["server"], .everyone),
        (["copy"], .everyone),
    ]

    /// Who may run the command at `path`: the rule with the longest matching prefix, or
    /// coordinators only when no rule matches.
    public static func access(for path: [String]) -> Access {
        var best: (length: Int, access: Access)?
        for rule in rules
        where path.starts(with: rule.prefix) && rule.prefix.count > (best?.length ?? 0) {
            best = (rule.prefix.count, rule.access)
        }
        return best?.access ?? .only([.coordinator])
    }
}
