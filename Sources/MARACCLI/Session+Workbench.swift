import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

extension Session {
    /// The workbench on the session's database, opened (and migrated) on first use and kept
    /// for the rest of the session; the acting user and today follow the current line.
    ///
    /// The policies come from the `Policies/` folder (`MARAC_POLICIES`, or beside the tool),
    /// validated against their schemas; a broken policy file stops the command with its file
    /// and line. Without the folder, the copy built into the library applies.
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
        let policies: PolicySet
        if let folder = ResourceDirectory.locate(
            "Policies", containing: "lawful-bases.xml", environmentVariable: "MARAC_POLICIES")
        {
            policies = try PolicySet.loadIfPresent(from: folder)
        } else {
            policies = .embedded
        }
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

/// What a session keeps open between lines: a reference, so copies of a session share it.
final class SessionCache {
    var workbench: Workbench?
    /// Whether opening the workbench created its database file (`init` says so).
    var createdDatabase = false
    /// Whether the user has been told that the database was created.
    var creationAnnounced = false
}
