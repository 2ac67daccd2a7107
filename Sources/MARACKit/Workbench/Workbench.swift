/// The workbench: one open database, the acting user, today's date and the policies in force.
///
/// Every public method is one command: it checks that the acting user's role may run its
/// ``Operation``, runs in one transaction, records who made each change in the audit log, and
/// either completes or leaves the database as it was.
///
/// ```swift
/// let workbench = try Workbench(path: "marac.sqlite", user: "coordinator")
/// let referral = try workbench.referCase(request)
/// print(referral.reference, referral.isRepeat)
/// ```
public final class Workbench {
    let db: Database
    /// The acting user recorded on every change, as given for a file.
    private var givenUser: String
    /// The PostgreSQL role this connection logged in as (`session_user`); `nil` for a file.
    private let serverUser: String?
    /// The acting user, recorded on every change and in the audit log.
    ///
    /// On a SQLite file it is whoever the caller says (`--user`, `MARAC_USER`, the login
    /// name): identity there is only as strong as access to the file. On a server it is the
    /// role PostgreSQL authenticated (`session_user`), and setting it changes nothing.
    public var user: String {
        get { serverUser ?? givenUser }
        set { givenUser = newValue }
    }
    /// The day the workbench treats as today (overdue, due soon, referral dates).
    public var today: Day
    /// The policies in force: lawful bases, presets, data categories, retention, thresholds.
    public let policies: PolicySet
    /// How meetings' time is divided into slots.
    public var agendaTiming = AgendaTiming()
    /// The time of the command being run, shared by all its changes.
    var now: String
    /// Parsed names and phonetic keys of the duplicate checks run so far (an import runs
    /// thousands against the same recorded people).
    let nameMemo = NameMemo()

    /// Opens (creating and migrating if needed) the database at `location`.
    ///
    /// - Parameters:
    ///   - user: the acting user on a file (required there); not used on a server, where the
    ///     acting user is the role PostgreSQL authenticated (`session_user`).
    ///   - policies: the policies in force; by default the copy built into the library. The tool
    ///     loads and validates `Policies/` and passes them here.
    ///   - create: whether a missing file is created; `false` throws `DatabaseMissingError`
    ///     instead and creates nothing (for commands that only read).
    public init(
        location: DatabaseLocation, user: String?, today: Day? = nil,
        policies: PolicySet = .embedded, create: Bool = true
    ) throws {
        if !create, case .file(let path) = location { try DatabaseMissingError.check(path) }
        self.db = try Database(location: location, forReading: !create)
        if db.dialect == .postgreSQL {
            // The server says who the user is; a name passed in is not used (the tool refuses
            // --user and MARAC_USER on a server before it gets here).
            let session = try db.sessionUser()
            self.serverUser = session
            self.givenUser = session
        } else {
            guard let user, !user.isEmpty else { throw IdentityError.userMissing }
            self.serverUser = nil
            self.givenUser = user
            // Someone else's SQLite file gains no tables by being named by mistake.
            if try Migrator.version(of: db) == 0, try db.holdsForeignTables(),
                case .file(let path) = location
            {
                throw ForeignDatabaseError(path: path)
            }
        }
        try Self.migrate(db)
        self.today = today ?? Clock.today()
        self.policies = policies
        self.now = Clock.timestamp()
    }

    /// Opens (creating and migrating if needed) the database at `path`: a SQLite file, or a
    /// PostgreSQL server named by a `postgresql://` URI.
    public convenience init(
        path: String, user: String, today: Day? = nil, policies: PolicySet = .embedded,
        create: Bool = true
    ) throws {
        try self.init(
            location: DatabaseLocation(path), user: user, today: today, policies: policies,
            create: create)
    }

    /// Migrates the schema; on a server, a role that may not change the schema is told who
    /// can.
    private static func migrate(_ db: Database) throws {
        if db.isReadOnly {
            // A file that cannot be written can be read only at the schema this tool knows.
            let found = try Migrator.version(of: db)
            let known = db.sql.migrations.last?.version ?? 0
            if found > known { throw SchemaTooNewError(found: found, known: known) }
            if found < known { throw ReadOnlyUpgradeError(found: found, needed: known) }
            return
        }
        do {
            try Migrator.migrate(db)
        } catch let error as StorageError where error.sqlState == SQLState.invalidSchemaName {
            // No schema on the role's search path to create the tables in: not set up for it.
            throw IdentityError.noSchemaForRole
        } catch let error as StorageError where error.isPermissionDenied {
            // A role that cannot even read the schema's version has no rights here at all.
            guard let found = try? Migrator.version(of: db) else { throw error }
            throw IdentityError.schemaNeedsOwner(
                found: found, needed: db.sql.migrations.last?.version ?? 0)
        }
    }

    /// Whether the database is a PostgreSQL server.
    public var isOnServer: Bool { db.dialect == .postgreSQL }

    /// The referral thresholds in force for an area on a day.
    public func referralCriteria(area: String, on day: Day) -> ReferralCriteria {
        policies.referralCriteria.criteria(forArea: area, on: day)
    }

    /// Runs `body` as one command: one transaction, and an audit entry for each change it records.
    func change<T>(_ body: () throws -> T) throws -> T {
        now = Clock.timestamp()
        return try db.transaction(body)
    }

    /// Appends an entry to the audit log, chained to the one before it, labelled with the
    /// operation that made the change.
    func audit(
        _ operation: Operation, _ entity: String, _ id: CustomStringConvertible, _ summary: String
    )
        throws
    {
        try db.insertAudit(
            nextAuditEntry(
                previous: try db.lastAuditHash(), operation, entity, id.description, summary))
    }

    /// The entry `audit` appends after `previous`: now, by the acting user, with its hash.
    func nextAuditEntry(
        previous: String, _ operation: Operation, _ entity: String, _ entityID: String,
        _ summary: String
    ) -> AuditEntry {
        let command = operation.auditLabel
        let hash = AuditEntry.hash(
            previous: previous, at: now, user: user, command: command, entity: entity,
            entityID: entityID, summary: summary)
        return AuditEntry(
            id: 0, at: now, user: user, command: command, entity: entity, entityID: entityID,
            summary: summary, previousHash: previous, hash: hash)
    }

    /// The agency's row id, or an error naming the unknown code.
    func agencyID(_ code: String) throws -> Int {
        guard let id = try db.agencyID(code: code) else { throw MARACError.unknownAgency(code) }
        return id
    }

    /// The referral's row id, or an error naming the unknown reference.
    func referralID(_ reference: String) throws -> Int {
        guard let id = try db.referralID(reference: reference) else {
            throw MARACError.unknownCase(reference)
        }
        return id
    }

    /// The meeting, or an error naming the unknown id.
    func existingMeeting(_ id: Int) throws -> Meeting {
        guard let meeting = try db.meeting(id: id) else { throw MARACError.unknownMeeting(id) }
        return meeting
    }
}
