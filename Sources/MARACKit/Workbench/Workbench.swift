/// The workbench: one open database, the acting user, today's date and the policies in force.
///
/// Every public method is one command: it runs in one transaction, records who made each change
/// in the audit log, and either completes or leaves the database as it was.
///
/// ```swift
/// let workbench = try Workbench(path: "marac.sqlite", user: "coordinator")
/// let referral = try workbench.referCase(request)
/// print(referral.reference, referral.isRepeat)
/// ```
public final class Workbench {
    let db: Database
    /// The acting user, recorded on every change.
    public var user: String
    /// The day the workbench treats as today (overdue, due soon, referral dates).
    public var today: Day
    /// The policies in force: lawful bases, presets, data categories, retention, thresholds.
    public let policies: PolicySet
    /// How meetings' time is divided into slots.
    public var agendaTiming = AgendaTiming()
    /// The time of the command being run, shared by all its changes.
    var now: String

    /// Opens (creating and migrating if needed) the database at `path`.
    ///
    /// - Parameters:
    ///   - policies: the policies in force; by default the copy built into the library. The tool
    ///     loads and validates `Policies/` and passes them here.
    public init(
        path: String, user: String, today: Day? = nil, policies: PolicySet = .embedded
    ) throws {
        self.db = try Database(path: path)
        try Migrator.migrate(db)
        // On a server the acting user is the one PostgreSQL authenticated.
        self.user = db.dialect == .postgreSQL ? try db.sessionUser() : user
        self.today = today ?? Clock.today()
        self.policies = policies
        self.now = Clock.timestamp()
    }

    /// The referral thresholds in force for an area on a day.
    public func referralCriteria(area: String, on day: Day) -> ReferralCriteria {
        policies.referralCriteria.criteria(forArea: area, on: day)
    }

    /// Runs `body` as one command: one transaction, and an audit entry for each change it records.
    func change<T>(_ body: () throws -> T) throws -> T {
        now = Clock.timestamp()
        return try db.transaction(body)
    }

    /// Appends an entry to the audit log, chained to the one before it.
    func audit(
        _ command: String, _ entity: String, _ id: CustomStringConvertible, _ summary: String
    )
        throws
    {
        let previous = try db.lastAuditHash()
        let entityID = id.description
        let hash = AuditEntry.hash(
            previous: previous, at: now, user: user, command: command, entity: entity,
            entityID: entityID, summary: summary)
        try db.insertAudit(
            AuditEntry(
                id: 0, at: now, user: user, command: command, entity: entity, entityID: entityID,
                summary: summary, previousHash: previous, hash: hash))
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
