import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

extension Session {
    /// The workbench on the session's database, opened (and migrated) on first use and kept
    /// for the rest of the session; the acting user and today follow the current line.
    ///
    /// The policies are `policies()`: a broken policy file stops the command with its file
    /// and line.
    ///
    /// On a line that only reads (`readOnlyLine`), a missing database file is not created:
    /// `CommandError.noDatabase` says so and how to make one. On a PostgreSQL server the
    /// acting user is the role connected; `--user` and `MARAC_USER` are refused there.
    mutating func workbench() throws -> Workbench {
        let location = DatabaseLocation(dbPath)
        if location.isServer, explicitUser != nil { throw IdentityError.userGivenForServer }
        if let open = cache.workbench {
            // On a server the user is the login role PostgreSQL authenticated, whatever the line says.
            if !open.isServer { open.user = user }
            open.today = currentDay
            return open
        }
        let policies = try self.policies()
        let workbench: Workbench
        cache.createdDatabase =
            !location.isServer && dbPath != ":memory:" && access(dbPath, F_OK) != 0
        do {
            workbench = try Workbench(
                location: location, user: location.isServer ? nil : user, today: currentDay,
                policies: policies, create: !readOnlyLine)
        } catch is DatabaseMissingError {
            throw CommandError.noDatabase(path: dbPath)
        }
        cache.workbench = workbench
        return workbench
    }
}

extension Session {
    /// The policies in force, loaded once per session.
    ///
    /// The folder `policiesDirectory` names (`--policies`, `MARAC_POLICIES`; every file must be
    /// there, each validated against the schema built into the tool unless it is the built-in
    /// file byte for byte), else the set built into the tool. Never a folder found by looking
    /// around.
    func policies() throws -> PolicySet {
        if let loaded = cache.policies { return loaded }
        let loaded =
            try policiesDirectory.map { directory throws(PolicyError) in
                try PolicySet.load(from: directory)
            } ?? .embedded
        cache.policies = loaded
        return loaded
    }
}

/// What a session keeps open between lines: a reference, so copies of a session share it.
final class SessionCache {
    var workbench: Workbench?
    /// The policies in force, once loaded.
    var policies: PolicySet?
    /// Whether opening the workbench created its database file (`init` says so).
    var createdDatabase = false
    /// Whether the user has been told that the database was created.
    var creationAnnounced = false
}
