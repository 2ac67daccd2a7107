#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// What `server init` did: the schema version the server is now at and the steps applied.
public struct ServerInitialisation: Equatable, Sendable, Codable {
    /// The schema version after init.
    public var schemaVersion: Int
    /// The migration steps this run applied (none when the schema was already current).
    public var applied: [Int]
    /// The workbench's group roles present on the server.
    public var groupRoles: [String]
}

/// What `copy` moved: how many tables and rows, and the audit chain's length on the copy.
public struct DatabaseCopySummary: Equatable, Sendable, Codable {
    /// Tables copied (empty ones included).
    public var tables: Int
    /// Rows copied over all tables.
    public var rows: Int
    /// Entries of the audit chain on the copy, verified.
    public var auditEntries: Int
}

/// One user as a server sees it: the workbench's record and the group roles PostgreSQL grants.
public struct ServerUser: Equatable, Sendable, Codable {
    public var name: String
    public var role: String
    public var agencyCode: String?
    /// The `marac_…` group roles the login role holds, comma-separated.
    public var grantedRoles: String
}

extension Workbench {
    /// Whether the workbench's database is a PostgreSQL server.
    public var isServer: Bool { db.dialect == .postgreSQL }

    /// Creates or upgrades the schema on the server at `uri` and applies its roles, grants and
    /// row-level security policies (`server init`); run by the database's owner, any number of
    /// times.
    public static func initialiseServer(uri: String) throws -> ServerInitialisation {
        let db = try Database(location: .server(uri))
        let applied = try db.initialiseServer()
        return ServerInitialisation(
            schemaVersion: try Migrator.version(of: db), applied: applied,
            groupRoles: try db.serverGroupRoles())
    }

    /// Whether the acting user may manage users without being one: on a server, the
    /// database's owner (who adds the first coordinator).
    func actingUserOwnsServer() throws -> Bool {
        db.dialect == .postgreSQL ? try db.sessionUserOwnsDatabase() : false
    }

    /// Grants the group role to an existing login role and records the user (`user add` on a
    /// server).
    func addServerUser(name: String, role: Role, agency code: String?) throws -> AppUser {
        try change {
            guard try db.loginRoleExists(name) else { throw ServerError.noLoginRole(name) }
            if try db.appUser(name: name) != nil { throw AccessError.duplicateUser(name) }
            if let code { _ = try agencyID(code) }
            try db.setServerUser(name: name, role: role, agencyCode: code, at: now)
            try audit(
                .addUser, "user", name,
                "role \(role.rawValue)" + (code.map { " for \($0)" } ?? "")
                    + " (granted \(role.groupRole))")
            return AppUser(name: name, role: role, agencyCode: code)
        }
    }

    /// Removes a user (`user remove`): on a server, the group roles are revoked from the login
    /// role, which itself stays PostgreSQL's.
    public func removeUser(name: String) throws {
        try authorize(.removeUser)
        try change {
            guard let before = try db.appUser(name: name) else { throw ServerError.notAUser(name) }
            try keepsACoordinator(without: before)
            if db.dialect == .postgreSQL {
                _ = try db.removeServerUser(name: name)
            } else {
                _ = try db.deleteFileUser(name: name)
            }
            try audit(.removeUser, "user", name, "removed; its roles revoked")
        }
    }

    /// Changes a user's role (`user role`); an agency representative names its agency.
    @discardableResult
    public func changeRole(name: String, to role: Role, agency code: String? = nil) throws
        -> AppUser
    {
        try authorize(.changeUserRole)
        guard (role == .agencyRep) == (code != nil) else {
            throw AccessError.agencyMismatch(role: role)
        }
        return try change {
            guard let before = try db.appUser(name: name) else {
                throw ServerError.notAUser(name)
            }
            if role != .coordinator { try keepsACoordinator(without: before) }
            let agency = try code.map { try self.agencyID($0) }
            if db.dialect == .postgreSQL {
                try db.setServerUser(name: name, role: role, agencyCode: code, at: now)
            } else {
                _ = try db.updateFileUser(name: name, role: role, agencyID: agency)
            }
            try audit(
                .changeUserRole, "user", name,
                "role \(before.role.rawValue) to \(role.rawValue)"
                    + (code.map { " for \($0)" } ?? ""))
            return AppUser(name: name, role: role, agencyCode: code)
        }
    }

    /// Refuses to remove or demote `user` when they are the database's only coordinator: no
    /// one could add users, change roles or run the coordinator's commands afterwards.
    private func keepsACoordinator(without user: AppUser) throws {
        guard user.role == .coordinator,
            try db.appUsers().filter({ $0.role == .coordinator }).count <= 1
        else { return }
        throw MARACError.invalid(
            field: "NAME",
            expected: "another coordinator first: this is the database's only coordinator, "
                + "and without one nobody could manage its users")
    }

    /// Every user with the group roles the server grants its login role (`user list` on a
    /// server).
    public func serverUsers() throws -> [ServerUser] {
        try authorize(.listUsers)
        try db.requireServer("user list")
        return try db.serverUsers().map {
            ServerUser(
                name: $0.name, role: $0.role, agencyCode: $0.agency, grantedRoles: $0.granted)
        }
    }

    /// Copies a whole database into an empty one on the other backend, or the same
    /// (`copy --from A --to B`): every table, in one transaction, with the audit chain checked
    /// on both ends.
    ///
    /// A server end must be opened by the database's owner, so row-level security hides
    /// nothing; a server target is initialised (`server init`) first. A file target must not
    /// exist yet.
    public static func copyDatabase(from source: String, to target: String) throws
        -> DatabaseCopySummary
    {
        let sourceLocation = DatabaseLocation(source)
        let targetLocation = DatabaseLocation(target)
        if case .file(let path) = sourceLocation, access(path, F_OK) != 0 {
            throw MARACError.invalid(field: "--from", expected: "an existing database file")
        }
        if case .file(let path) = targetLocation, access(path, F_OK) == 0 {
            throw MARACError.invalid(
                field: "--to", expected: "a new file (\(path) exists) or a postgresql:// URI")
        }
        let from = try Database(location: sourceLocation)
        if from.dialect == .postgreSQL, try !from.sessionUserOwnsDatabase() {
            throw ServerError.notOwner(command: "copy --from", user: try from.sessionUser())
        }
        try Migrator.migrate(from)
        let sourceChain = try verifyChain(of: from)
        if let id = sourceChain.firstBrokenID {
            throw ServerError.brokenSource(entry: id, reason: sourceChain.reason ?? "")
        }
        do {
            let to = try Database(location: targetLocation)
            if to.dialect == .postgreSQL {
                _ = try to.initialiseServer()
            } else {
                try Migrator.migrate(to)
            }
            return try to.transaction {
                let tables = try from.copyableTables()
                // A new database registers one area of its own; the source's areas replace it.
                try to.removeAreasRegisteredByMigration()
                if let full = try to.firstNonEmptyTable(try to.copyableTables()) {
                    throw ServerError.targetNotEmpty(table: full)
                }
                var rows = 0
                for table in tables { rows += try to.copyRows(of: table, from: from) }
                let copied = try verifyChain(of: to)
                guard copied.isIntact, copied.entries == sourceChain.entries else {
                    throw ServerError.brokenSource(
                        entry: copied.firstBrokenID ?? copied.entries,
                        reason:
                            "the copy's chain did not verify: \(copied.reason ?? "entries differ")")
                }
                return DatabaseCopySummary(
                    tables: tables.count, rows: rows, auditEntries: copied.entries)
            }
        } catch {
            if case .file(let path) = targetLocation { unlink(path) }
            throw error
        }
    }
}
