extension Workbench {
    /// Refuses the command at `path` unless the acting user's role allows it (see
    /// ``Permissions``); the tool calls this once per command, before running it.
    ///
    /// The first user of a database with no users becomes its coordinator, with an audit
    /// entry. Once the database has users, anyone else is refused everything but the commands
    /// open to everyone (`help`, `version`, `whoami`).
    ///
    /// ```swift
    /// try workbench.authorize(command: ["case", "refer"])
    /// ```
    public func authorize(command path: [String]) throws {
        let access = Permissions.access(for: path)
        if access == .everyone { return }
        let name = path.joined(separator: " ")
        // On a server the database's owner manages users without being one (it adds the
        // first coordinator) and may fill an empty database for benchmarks; PostgreSQL's own
        // grants still decide what it may do.
        if path.first == "user" || path == ["bench", "seed"], try actingUserOwnsServer() {
            return
        }
        guard let acting = try actingUser(enrollingFirst: true) else {
            throw AccessError.unknownUser(command: name, user: user)
        }
        guard access.allows(acting.role) else {
            guard case .only(let needed) = access else { return }
            throw AccessError.roleRequired(
                command: name, needed: needed, user: acting.name, role: acting.role)
        }
    }

    /// The acting user's record, or `nil` if the database has users and this is not one.
    ///
    /// With `enrollingFirst`, the first user of a database without users is recorded as its
    /// coordinator in its own transaction.
    func actingUser(enrollingFirst: Bool = false) throws -> AppUser? {
        if let known = try db.appUser(name: user) { return known }
        // On a server nobody enrols by connecting first: the owner adds the first coordinator.
        guard enrollingFirst, !isServer, try !db.hasUsers() else { return nil }
        return try change {
            // Checked again under the write lock: another process may have enrolled first.
            if try db.hasUsers() { return try db.appUser(name: user) }
            try db.insertUser(name: user, role: .coordinator, agencyID: nil, at: now, by: user)
            try audit("user add", "user", user, "first user of the database; made coordinator")
            return AppUser(name: user, role: .coordinator)
        }
    }

    /// The agency the acting user represents, when they are an agency representative.
    ///
    /// The records they may see and change are limited to it. `nil` for every other user.
    func representedAgency() throws -> (code: String, id: Int)? {
        guard let acting = try db.appUser(name: user), acting.role == .agencyRep,
            let code = acting.agencyCode
        else { return nil }
        return (code, try agencyID(code))
    }

    /// Adds a user with a role (`user add`); an agency representative names their agency.
    @discardableResult
    public func addUser(name: String, role: Role, agency code: String? = nil) throws -> AppUser {
        guard !name.trimmingSpaces.isEmpty, name.trimmingSpaces.count == name.count else {
            throw MARACError.invalid(
                field: "NAME", expected: "the user's name, without leading or trailing spaces")
        }
        guard (role == .agencyRep) == (code != nil) else {
            throw AccessError.agencyMismatch(role: role)
        }
        if isServer { return try addServerUser(name: name, role: role, agency: code) }
        return try change {
            if try db.appUser(name: name) != nil { throw AccessError.duplicateUser(name) }
            let agency = try code.map { try self.agencyID($0) }
            try db.insertUser(name: name, role: role, agencyID: agency, at: now, by: user)
            try audit(
                "user add", "user", name,
                "role \(role.rawValue)" + (code.map { " for \($0)" } ?? ""))
            return AppUser(name: name, role: role, agencyCode: code)
        }
    }

    /// Every user of the database with their role (`user list`).
    public func users() throws -> [AppUser] { try db.appUsers() }

    /// The acting user's record, if they are a user of the database.
    public func currentUser() throws -> AppUser? { try db.appUser(name: user) }
}
