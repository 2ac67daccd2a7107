/// Who the acting user is could not be settled.
public enum IdentityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A user name was given for a PostgreSQL server, where the server says who the user is.
    case userGivenForServer
    /// No user was given for a SQLite file, and the system names no login for the process.
    case userMissing
    /// The role sees no workbench schema on the server (not set up, or not a user).
    case noSchemaForRole
    /// The server's schema is older than the tool and this role may not upgrade it.
    case schemaNeedsOwner(found: Int, needed: Int)

    public var description: String {
        switch self {
        case .userGivenForServer:
            "on a PostgreSQL server the acting user is the role you connect as; --user and "
                + "MARAC_USER apply only to SQLite files (connect as another role instead, "
                + "e.g. postgresql://NAME@host/db)"
        case .userMissing:
            "no acting user: this account has no login name the system knows, and none was "
                + "given; give --user NAME or set MARAC_USER (nothing was changed)"
        case .noSchemaForRole:
            "this role sees no MARAC & DHR schema on the server: the database owner runs marac "
                + "server init, and a coordinator adds you with marac user add"
        case .schemaNeedsOwner(let found, let needed):
            "the server's schema is at version \(found) and this tool needs version \(needed); "
                + "the database owner should run marac server init"
        }
    }
}
