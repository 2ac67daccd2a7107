/// SQL for setting up a PostgreSQL server and managing its users (`server init`, `user …`).
extension Database {
    /// Creates or upgrades the schema, then applies the server's roles, grants and policies.
    ///
    /// Each migration step is its own transaction (an interrupted upgrade resumes); the
    /// security script is one transaction, so a failure leaves the previous grants in force.
    /// - Returns: the migration versions applied.
    func initialiseServer() throws -> [Int] {
        try requireServer("server init")
        guard try sessionUserOwnsDatabase() else {
            throw ServerError.notOwner(command: "server init", user: try sessionUser())
        }
        let applied = try Migrator.migrate(self)
        try transaction { try executeScript(PostgreSQLSecurity.script) }
        return applied
    }

    /// Refuses `command` unless the database is a PostgreSQL server.
    func requireServer(_ command: String) throws {
        guard dialect == .postgreSQL else { throw ServerError.needsServer(command: command) }
    }

    /// Whether the connected user owns the database (or is a superuser), so that row-level
    /// security hides nothing from it.
    func sessionUserOwnsDatabase() throws -> Bool {
        try scalar(
            """
            SELECT pg_has_role(session_user, datdba, 'MEMBER') FROM pg_database
            WHERE datname = current_database()
            """, as: Bool.self) ?? false
    }

    /// The workbench's group roles present on the server, by name.
    func serverGroupRoles() throws -> [String] {
        try rows(
            """
            SELECT rolname::text FROM pg_roles
            WHERE rolname IN ('marac_coordinator', 'marac_chair', 'marac_agency_rep',
                              'marac_dhr_chair', 'marac_auditor')
            ORDER BY rolname
            """
        ).map { try $0.decode(String.self, at: 0) }
    }

    /// Grants `role`'s group role to the existing login role `name` (and no other of the
    /// workbench's), and records the user with its agency, through `marac_set_user`.
    func setServerUser(name: String, role: Role, agencyCode: String?, at time: String) throws {
        try execute(
            "SELECT marac_set_user(?, ?, ?, ?)", [name, role.rawValue, agencyCode, time])
    }

    /// Revokes the workbench's group roles from `name` and forgets the user.
    ///
    /// The login role itself stays (it is PostgreSQL's). Returns whether `name` was a user.
    func removeServerUser(name: String) throws -> Bool {
        try scalar("SELECT marac_remove_user(?)", [name], as: Bool.self) ?? false
    }

    /// Whether a login role called `name` exists on the server.
    func loginRoleExists(_ name: String) throws -> Bool {
        try scalar(
            "SELECT EXISTS(SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin)", [name],
            as: Bool.self) ?? false
    }

    /// Every user with the group roles its login role holds on the server (`user list`).
    func serverUsers() throws -> [(name: String, role: String, agency: String?, granted: String)] {
        try rows(
            """
            SELECT u.name, u.role, a.code,
                   coalesce((SELECT string_agg(g.rolname::text, ',' ORDER BY g.rolname)
                             FROM pg_auth_members m
                             JOIN pg_roles g ON g.oid = m.roleid
                             JOIN pg_roles l ON l.oid = m.member
                             WHERE l.rolname = u.name AND g.rolname LIKE 'marac\\_%'), '')
            FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
            ORDER BY u.name
            """
        ).map { row in
            (
                try row.decode(String.self, at: 0), try row.decode(String.self, at: 1),
                try row.decode(String?.self, at: 2), try row.decode(String.self, at: 3)
            )
        }
    }

    /// Forgets the user `name` on a SQLite file; returns whether there was one.
    func deleteFileUser(name: String) throws -> Bool {
        try execute("DELETE FROM app_user WHERE name = ?", [name])
        return changes == 1
    }

    /// Changes the role (and agency) of the user `name` on a SQLite file.
    func updateFileUser(name: String, role: Role, agencyID: Int?) throws -> Bool {
        try execute(
            "UPDATE app_user SET role = ?, agency_id = ? WHERE name = ?",
            [role.rawValue, agencyID, name])
        return changes == 1
    }

    /// The head of the audit chain (entries and last hash), from `audit_head`.
    func auditHead() throws -> (entries: Int, hash: String)? {
        try row("SELECT entries, hash FROM audit_head").map {
            (try $0.decode(Int.self, at: 0), try $0.decode(String.self, at: 1))
        }
    }
}

/// A server-only command on a file, or a server command by someone without the rights.
public enum ServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The command works only on a PostgreSQL server.
    case needsServer(command: String)
    /// The command needs the database's owner.
    case notOwner(command: String, user: String)
    /// No PostgreSQL login role of that name.
    case noLoginRole(String)
    /// No user of that name on this database.
    case notAUser(String)
    /// The copy's target already holds records.
    case targetNotEmpty(table: String)
    /// The copy's source audit chain is broken.
    case brokenSource(entry: Int, reason: String)

    public var description: String {
        switch self {
        case .needsServer(let command):
            "\(command) works on a PostgreSQL server: give --db a postgresql:// URI"
        case .notOwner(let command, let user):
            "\(command) must be run by the database's owner; \(user) does not own it"
        case .noLoginRole(let name):
            "there is no PostgreSQL login role \"\(name)\": create it first (createuser \(name)), "
                + "then add it"
        case .notAUser(let name):
            "\(name) is not a user of this database (see user list)"
        case .targetNotEmpty(let table):
            "the copy's target already holds records (\(table)): copy needs an empty database"
        case .brokenSource(let entry, let reason):
            "the source's audit log is broken at entry \(entry) (\(reason)): nothing was copied"
        }
    }
}
