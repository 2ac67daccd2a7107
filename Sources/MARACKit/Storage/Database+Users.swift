/// SQL for the users of the tool and their roles.
extension Database {
    static let userSelect = """
        SELECT u.name, u.role, a.code FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
        """

    static func appUser(_ row: Row) throws -> AppUser {
        let role: String = try row[1]
        return try AppUser(name: row[0], role: Role(rawValue: role) ?? .auditor, agencyCode: row[2])
    }

    /// The user with this name, if there is one.
    func appUser(name: String) throws -> AppUser? {
        try row(Self.userSelect + " WHERE u.name = ?", [name]).map(Self.appUser)
    }

    /// Every user, by name.
    func appUsers() throws -> [AppUser] {
        try rows(Self.userSelect + " ORDER BY u.name").map(Self.appUser)
    }

    /// Whether the database has any user yet.
    func hasUsers() throws -> Bool {
        try scalar("SELECT EXISTS(SELECT 1 FROM app_user)") ?? false
    }

    func insertUser(name: String, role: Role, agencyID: Int?, at time: String, by user: String)
        throws
    {
        try execute(
            """
            INSERT INTO app_user(name, role, agency_id, created_at, created_by)
            VALUES (?, ?, ?, ?, ?)
            """, [name, role.rawValue, agencyID, time, user])
    }

    /// Whether the agency with `agencyID` referred the case or owns an action in it.
    func agencyIsInvolved(agencyID: Int, referralID: Int) throws -> Bool {
        try scalar(
            """
            SELECT EXISTS(SELECT 1 FROM referral WHERE id = ?1 AND agency_id = ?2)
                OR EXISTS(SELECT 1 FROM action WHERE referral_id = ?1 AND agency_id = ?2)
            """, [referralID, agencyID]) ?? false
    }
}

extension Database {
    /// The role the server authenticated for this connection (`session_user`).
    ///
    /// Not `current_user`, which `SET ROLE` changes: the person who logged in is recorded.
    func sessionUser() throws -> String {
        guard let name: String = try scalar("SELECT session_user::text") else {
            throw StorageError(code: .misuse, message: "the server did not say who is connected")
        }
        return name
    }
}
