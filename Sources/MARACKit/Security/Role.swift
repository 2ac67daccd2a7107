/// What a user of the workbench may do: one role per user (product.md section 7).
///
/// An agency representative is bound to one agency and sees only that agency's actions; the
/// other roles see every agency's records that their commands show.
public enum Role: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
    /// The MARAC coordinator: registers agencies, records referrals, runs the cycle, adds users.
    case coordinator
    /// The MARAC chair: runs the meeting from the agenda and confirms actions.
    case chair
    /// A representative of one agency: sees and updates that agency's actions.
    case agencyRep = "agency-rep"
    /// The chair of a Domestic Homicide Review (DHR), or the Community Safety Partnership officer.
    case dhrChair = "dhr-chair"
    /// The information governance lead or data protection officer: reads the audit and sharing
    /// logs and reviews retention.
    case auditor

    /// The accepted spellings, for error messages.
    public static var spellings: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A person who may use the tool on this database, with their role.
public struct AppUser: Equatable, Sendable, Codable {
    /// The name given with `--user` or `MARAC_USER`.
    public var name: String
    public var role: Role
    /// The agency an agency representative acts for; `nil` for every other role.
    public var agencyCode: String?

    public init(name: String, role: Role, agencyCode: String? = nil) {
        self.name = name
        self.role = role
        self.agencyCode = agencyCode
    }
}

/// Why the acting user may not do what they asked: one sentence per case, naming the command,
/// the role needed and the user's own; never a victim's name or what was shared.
public enum AccessError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operation needs one of its ``Operation/allowedRoles``; the user has `role`.
    case roleRequired(Operation, user: String, role: Role)
    /// The database has users and the acting user is not one of them.
    case unknownUser(Operation, user: String)
    /// An agency representative asked for a record of another agency.
    case otherAgency(record: String, user: String, agency: String)
    /// A user with this name already exists.
    case duplicateUser(String)
    /// An agency representative needs `--agency`; other roles must not have one.
    case agencyMismatch(role: Role)
    /// An agency representative asked for minutes other than their own agency's extract.
    case ownExtractOnly(user: String, agency: String)

    public var description: String {
        switch self {
        case .roleRequired(let operation, let user, let role):
            let roles = operation.allowedRoles.map(\.rawValue)
            let wanted =
                roles.count == 1
                ? "the role \(roles[0])" : "one of the roles " + roles.joined(separator: ", ")
            return "'\(operation.commandName)' needs \(wanted); you (\(user)) are \(role.rawValue)"
        case .unknownUser(let operation, let user):
            return
                "'\(operation.commandName)' needs a user of this database, and \(user) is not one; "
                + "a coordinator can add you with 'user add \(user) --role ROLE'"
        case .otherAgency(let record, let user, let agency):
            return "\(record) belongs to another agency; you (\(user)) represent \(agency)"
        case .duplicateUser(let name):
            return "NAME: a user named \"\(name)\" already exists"
        case .ownExtractOnly(let user, let agency):
            return "an agency representative may export only their own agency's extract "
                + "(--agency \(agency)); you (\(user)) represent \(agency)"
        case .agencyMismatch(let role):
            return role == .agencyRep
                ? "--agency: an agency-rep needs the code of the agency they represent"
                : "--agency: only an agency-rep is bound to an agency, not a \(role.rawValue)"
        }
    }
}
