extension Workbench {
    /// Refuses `operation` unless the acting user's role allows it (see ``Permissions``).
    ///
    /// Every public method that reads or changes the database calls this first, so every front
    /// end gets the same refusals. The first user of a database with no users becomes its
    /// coordinator, with an audit entry; once the database has users, anyone else is refused.
    ///
    /// ```swift
    /// try workbench.authorize(.referCase)
    /// ```
    public func authorize(_ operation: Operation) throws {
        // On a server the database's owner manages users without being one (it adds the
        // first coordinator) and may fill an empty database for benchmarks; PostgreSQL's own
        // grants still decide what it may do.
        if Self.ownerOperations.contains(operation), try actingUserOwnsServer() { return }
        guard let acting = try actingUser(enrollingFirst: true) else {
            throw AccessError.unknownUser(operation, user: user)
        }
        guard operation.allows(acting.role) else {
            throw AccessError.roleRequired(operation, user: acting.name, role: acting.role)
        }
    }

    /// What a server's owner may do without being a user of the workbench.
    static let ownerOperations: Set<Operation> = [
        .addUser, .listUsers, .removeUser, .changeUserRole, .benchSeed,
    ]

    /// The acting user's record, or `nil` if the database has users and this is not one.
    ///
    /// With `enrollingFirst`, the first user of a database without users is recorded as its
    /// coordinator in its own transaction.
    func actingUser(enrollingFirst: Bool = false) throws -> AppUser? {
        if let known = try db.appUser(name: user) { return known }
        // On a server nobody enrols by connecting first but the database's owner.
        guard enrollingFirst, try !isServer || actingUserOwnsServer() else { return nil }
        // Another process opening the same new file may have enrolled this user meanwhile.
        guard try !db.hasUsers() else { return try db.appUser(name: user) }
        return try change {
            // Checked again under the write lock: another process may have enrolled first.
            if try db.hasUsers() { return try db.appUser(name: user) }
            try db.insertUser(name: user, role: .coordinator, agencyID: nil, at: now, by: user)
            try audit(.addUser, "user", user, "first user of the database; made coordinator")
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
        try authorize(.addUser)
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
                .addUser, "user", name,
                "role \(role.rawValue)" + (code.map { " for \($0)" } ?? ""))
            return AppUser(name: name, role: role, agencyCode: code)
        }
    }

    /// Every user of the database with their role (`user list`).
    public func users() throws -> [AppUser] {
        try authorize(.listUsers)
        return try db.appUsers()
    }

    /// The acting user's record, if they are a user of the database (`whoami`).
    ///
    /// Open to anyone: it reads only the acting user's own role, and enrols nobody.
    public func currentUser() throws -> AppUser? { try db.appUser(name: user) }
}
