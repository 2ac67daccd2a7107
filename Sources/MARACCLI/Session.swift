import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// The state of one `marac` process: the database, the acting user, the output form, the day.
///
/// A struct: commands get it `inout`, so what they cache (the workbench) persists between
/// REPL lines and script lines, and per-line options are undone after the line.
struct Session {
    /// The database: `--db`, else `MARAC_DB`, else `./marac.sqlite`; a path names a SQLite
    /// file, a `postgresql://` URI a server.
    var dbPath: String
    /// The acting user recorded on every change: `--user`, else `MARAC_USER`, else `USER`,
    /// else the account's login name from the system (`getpwuid(geteuid())`); empty when
    /// none of them names anyone, and then a file refuses to act (`IdentityError.userMissing`).
    var user: String
    /// The user given with `--user` or `MARAC_USER`, which a server refuses (it says itself who
    /// the user is); `nil` when the user comes from the login name.
    var explicitUser: String?
    /// Whether to print one JSON document instead of text (`--json`).
    var json: Bool
    /// A fixed "today" for tests and demos: `--today`, else `MARAC_TODAY`; `nil` means the clock.
    var today: Day?
    /// The open workbench, shared by every line of the session.
    let cache = SessionCache()
    /// Whether the line being run only reads: then a missing database is not created.
    var readOnlyLine = false
    /// The folder of policy files in force: `--policies`, else `MARAC_POLICIES`.
    ///
    /// `nil` means the set built into the tool. Never found by looking around (see
    /// `ResourceDirectory`).
    var policiesDirectory: String?

    /// The database used without `--db` or `MARAC_DB`.
    static let defaultDatabasePath = "./marac.sqlite"

    /// A session with everything given explicitly (for tests).
    init(
        dbPath: String = Session.defaultDatabasePath, user: String = "coordinator",
        json: Bool = false,
        today: Day? = nil
    ) {
        self.dbPath = dbPath
        self.user = user
        self.json = json
        self.today = today
    }

    /// A session from the environment (`MARAC_DB`, `MARAC_USER`, `USER`, `MARAC_TODAY`) with
    /// `globals` given on the command line taking precedence.
    init(environment: (String) -> String?, globals: GlobalOptions = GlobalOptions())
        throws(CommandError)
    {
        func nonEmpty(_ name: String) -> String? {
            guard let value = environment(name), !value.isEmpty else { return nil }
            return value
        }
        let explicitUser = globals.user ?? nonEmpty("MARAC_USER")
        self.init(
            dbPath: globals.db ?? nonEmpty("MARAC_DB") ?? Session.defaultDatabasePath,
            user: explicitUser ?? nonEmpty("USER") ?? Session.loginName() ?? "",
            json: globals.json,
            today: globals.today)
        self.explicitUser = explicitUser
        policiesDirectory = globals.policies ?? nonEmpty("MARAC_POLICIES")
        if today == nil, let text = nonEmpty("MARAC_TODAY") {
            today = try text.asDay(field: "MARAC_TODAY")
        }
    }

    /// The login name of the account running the process, from the password database
    /// (`getpwuid(3)` of the effective user id); `nil` when the system knows none.
    static func loginName() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }

    /// Reads a variable of this process's environment.
    static func processEnvironment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The day commands treat as today: the override if set, else the local date from the clock.
    var currentDay: Day {
        today ?? Session.localToday()
    }

    /// Today's date in the local time zone, from `time(2)` and `localtime_r(3)`.
    static func localToday() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(
            year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(ordinal: Int(now) / 86_400)
    }

    /// Applies one line's global options; `--db` only when `databaseMayChange` (one-shot runs).
    mutating func apply(_ globals: GlobalOptions, databaseMayChange: Bool) throws(CommandError) {
        if let db = globals.db {
            guard databaseMayChange || db == dbPath else { throw .onlyAtStartup("--db") }
            dbPath = db
        }
        if globals.json { json = true }
        if let user = globals.user {
            self.user = user
            explicitUser = user
        }
        if let today = globals.today { self.today = today }
    }
}
