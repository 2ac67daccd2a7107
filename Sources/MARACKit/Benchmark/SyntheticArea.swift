/// A deterministic pseudo-random number generator (xorshift64*), for synthetic data.
///
/// The same seed gives the same sequence on every machine, so two runs of `bench seed` with the
/// same `--seed` build the same database, and the fuzz and kill tests repeat exactly. Not for
/// anything secret.
public struct SyntheticRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`; every seed, including 0, gives a usable sequence.
    public init(seed: UInt64) {
        // splitmix64 of the seed, so nearby seeds give unrelated sequences and 0 is not stuck.
        var z = seed &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        state = (z ^ (z >> 31)) | 1
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// A whole number in `range`, uniformly.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int((next() >> 11) % width)
    }

    /// `true` with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// One element of a non-empty array, uniformly.
    public mutating func pick<T>(_ elements: [T]) -> T {
        elements[int(0...(elements.count - 1))]
    }

    /// One element of a non-empty array of `(element, weight)`, in proportion to the weights.
    public mutating func pick<T>(weighted elements: [(T, Int)]) -> T {
        let total = elements.reduce(0) { $0 + $1.1 }
        var draw = int(0...(total - 1))
        for (element, weight) in elements {
            if draw < weight { return element }
            draw -= weight
        }
        return elements[elements.count - 1].0
    }
}

/// The proportions of a synthetic national MARAC dataset, for benchmarks.
///
/// The defaults follow the figures in the product brief and SafeLives' published national data:
/// meetings every fortnight per area hearing 20 to 30 cases, about 30 % of referrals repeats
/// within 12 months, 6 to 10 actions per case with about 12 % of those past due still pending.
/// The number of areas follows from the number of referrals: one area hears about 650 cases a
/// year, so 1,000,000 referrals over five years is about 300 areas (England and Wales have 276).
public struct SyntheticShape: Equatable, Sendable {
    /// How many referrals to create.
    public var referrals: Int
    /// The seed of the random sequence.
    public var seed: UInt64
    /// The day the data is "as of": meetings up to it are held, the next one is scheduled.
    public var today = Day(year: 2026, month: 11, day: 25)!
    /// How many years of history an area holds.
    public var years = 5
    /// Days between two meetings of one area.
    public var meetingIntervalDays = 14
    /// Cases heard at each meeting.
    public var casesPerMeeting = 20...30
    /// Cases waiting for an area's next meeting (the agenda builder's input).
    public var casesWaiting = 15...30
    /// Share of referrals that are repeats (same victim within 12 months).
    public var repeatShare = 0.30
    /// Actions agreed per case heard.
    public var actionsPerCase = 6...10
    /// Days from the meeting to an action's due date.
    public var actionDueDays = 7...42
    /// Share of actions past their due date that are still pending (overdue).
    public var overdueShare = 0.12
    /// Share of actions past their due date that were cancelled.
    public var cancelledShare = 0.03
    /// Risks recorded per case heard.
    public var risksPerCase = 1...3
    /// Sharing records (and decisions not to share) per case heard: about 100,000 per 10,000
    /// referrals, as product.md section 8 says.
    public var sharingPerCase = 7...13
    /// Share of sharing entries that are decisions not to share.
    public var declinedShare = 0.05
    /// Share of sharing records made between meetings rather than at the meeting.
    public var betweenMeetingsShare = 0.15
    /// Domestic Homicide Reviews per area over its history.
    public var reviewsPerArea = 1...3
    /// Recommendations per review (the first three are local, regional and national).
    public var recommendationsPerReview = 3...5
    /// Actions per recommendation.
    public var actionsPerRecommendation = 5...15

    /// A shape of `referrals` referrals from `seed`, with the default proportions.
    public init(referrals: Int, seed: UInt64 = 1) {
        self.referrals = referrals
        self.seed = seed
    }

    /// Cases one area hears over its history.
    var casesPerArea: Int {
        let meetings = years * 365 / meetingIntervalDays
        return meetings * (casesPerMeeting.lowerBound + casesPerMeeting.upperBound) / 2
    }

    /// How many MARAC areas the referrals are spread over.
    public var areas: Int { max(1, (referrals + casesPerArea - 1) / casesPerArea) }
}

/// A table the synthetic data generator fills.
///
/// Each generated row lists its values in the column order `Database.seedColumns` gives for
/// its table. A new record type (sharing records, DHR actions, users) is one case here, one
/// column list in `Database+Seed.swift` and the lines that generate its rows.
public enum SyntheticTable: Int, CaseIterable, Sendable {
    case agency, person, meeting, referral, agendaItem, attendance, risk, action, actionUpdate
    case sharing, sharingRecipient, sharingBasis
    case dhrReview, dhrPanelAgency, dhrStatusChange, dhrRecommendation, dhrAction
    case dhrActionUpdate, dhrReviewCase
    case auditLog
}

/// Where generated rows go: the storage layer's bulk writer, or a test's counter.
protocol SyntheticSink {
    /// Stores one row of `table`, its values in the table's column order.
    mutating func add(_ table: SyntheticTable, _ values: [any SQLValueConvertible]) throws
    /// Marks a point where the rows so far may be committed.
    mutating func checkpoint() throws
}

/// Generates a synthetic national MARAC dataset: agencies, victims, referrals (with repeats),
/// meetings with agendas and attendance, risks, actions with their updates, sharing records
/// (`SyntheticSharing.swift`), DHRs with their action plans (`SyntheticDHR.swift`), and the audit
/// log.
///
/// Everything is fictional and derived from the shape's seed. Rows are produced area by area,
/// oldest first, with explicit ids, so the writer never reads back what it wrote.
///
/// ```swift
/// var generator = SyntheticArea(shape: SyntheticShape(referrals: 10_000, seed: 7))
/// try generator.generate(into: &sink)
/// ```
struct SyntheticArea {
    let shape: SyntheticShape
    var random: SyntheticRandom
    var counts: [Int]
    private var previousHash: String
    /// Hashes each audit entry, one libcrypto context for the whole seed.
    private let hasher = SHA256.FieldHasher()
    /// Per victim: the latest referral (id, day, area), to tell repeats.
    private var latest: [Int: (referral: Int, day: Day)] = [:]

    /// What a generated dataset holds: rows per table.
    var rowCounts: [SyntheticTable: Int] {
        Dictionary(uniqueKeysWithValues: SyntheticTable.allCases.map { ($0, counts[$0.rawValue]) })
    }

    /// A generator of `shape`'s dataset whose audit entries continue the chain ending in
    /// `previousHash` (the enrolment of the user who seeds, in a new database).
    init(shape: SyntheticShape, chainedTo previousHash: String = AuditEntry.genesis) {
        self.shape = shape
        self.previousHash = previousHash
        self.random = SyntheticRandom(seed: shape.seed)
        self.counts = Array(repeating: 0, count: SyntheticTable.allCases.count)
    }

    /// The agencies every area shares: code, name, sector, public and competent authority, and
    /// how often each refers and owns actions (weights).
    static let agencies:
        [(code: String, name: String, sector: String, pa: Bool, ca: Bool, w: Int)] = [
            ("POL", "Police", "police", true, true, 60),
            ("IDVA", "IDVA service", "voluntary", false, false, 12),
            ("CSC", "Children's social care", "local-authority", true, false, 6),
            ("ASC", "Adult social care", "local-authority", true, false, 2),
            ("HEALTH-GP", "GP practices", "health", true, false, 3),
            ("HEALTH-AE", "Emergency department", "health", true, false, 3),
            ("HEALTH-MH", "Mental health trust", "health", true, false, 2),
            ("MIDWIFE", "Midwifery", "health", true, false, 1),
            ("HOUSING", "Housing", "local-authority", true, false, 4),
            ("PROBATION", "Probation service", "criminal-justice", true, true, 3),
            ("EDU", "Education", "education", true, false, 1),
            ("DRUGS", "Drug and alcohol service", "health", true, false, 1),
            ("REFUGE", "Refuge provider", "voluntary", false, false, 1),
            ("YOS", "Youth offending service", "criminal-justice", true, false, 1),
            ("FIRE", "Fire and rescue", "other-public", true, false, 1),
        ]

    static let risks = [
        "Threats to kill", "Strangulation reported", "Escalating frequency of incidents",
        "Separation in the last month", "Pregnancy", "Perpetrator has access to weapons",
        "Stalking and harassment", "Child contact handovers", "Isolation from family",
        "Financial control",
    ]

    static let actionTexts = [
        "Flag the address for an urgent police response",
        "IDVA to contact the victim and complete safety planning",
        "Share the case with the allocated social worker",
        "Install a target-hardening package at the property",
        "Arrange a joint visit with the health visitor",
        "Review housing options and a management transfer",
        "Check the perpetrator's licence conditions",
        "Place a marker on the GP record",
        "Refer the children to the school safeguarding lead",
        "Signpost to a specialist stalking service",
        "Consider a domestic violence protection notice",
        "Offer a referral to a refuge",
    ]

    static let genders = [("female", 90), ("male", 8), ("not recorded", 2)]
    static let ethnicities = [
        ("White British", 70), ("White other", 8), ("Asian or Asian British", 8),
        ("Black or Black British", 5), ("Mixed", 3), ("Other", 2), ("not recorded", 4),
    ]
    static let disabilities = [("no", 75), ("yes", 12), ("not recorded", 13)]
    static let orientations = [
        ("heterosexual", 80), ("lesbian, gay or bisexual", 3), ("not recorded", 17),
    ]

    mutating func add(
        _ table: SyntheticTable, _ values: [any SQLValueConvertible],
        into sink: inout some SyntheticSink
    ) throws {
        counts[table.rawValue] += 1
        try sink.add(table, values)
    }

    /// Appends an audit entry chained to the one before, as the workbench's `audit` would.
    mutating func audit(
        at: String, command: String, entity: String, id: String, summary: String,
        into sink: inout some SyntheticSink
    ) throws {
        let user = "synthetic"
        let hash = AuditEntry.hash(
            previous: previousHash, at: at, user: user, command: command, entity: entity,
            entityID: id, summary: summary, using: hasher)
        try add(
            .auditLog, [at, user, command, entity, id, summary, previousHash, hash], into: &sink)
        previousHash = hash
    }

    /// Generates the whole dataset into `sink`, checkpointing after every meeting.
    mutating func generate(into sink: inout some SyntheticSink) throws {
        let start = "\(try shape.today.adding(days: -shape.years * 365))T09:00:00Z"
        for (offset, agency) in Self.agencies.enumerated() {
            try add(
                .agency,
                [
                    offset + 1, agency.code, agency.name, agency.sector, agency.pa, agency.ca,
                    start, "synthetic",
                ],
                into: &sink)
        }
        let areas = shape.areas
        for area in 0..<areas {
            let quota = shape.referrals / areas + (area < shape.referrals % areas ? 1 : 0)
            try generateArea(area, quota: quota, into: &sink)
        }
        try sink.checkpoint()
    }

    /// One area: its meetings, oldest first, each hearing the cases referred since the one
    /// before; then the cases waiting for its next, scheduled meeting.
    private mutating func generateArea(
        _ index: Int, quota: Int, into sink: inout some SyntheticSink
    )
        throws
    {
        let name = "Area " + Self.padded(index + 1, 3)
        let firstReferral = counts[SyntheticTable.referral.rawValue] + 1
        let waiting = min(quota, random.int(shape.casesWaiting))
        var sizes: [Int] = []
        var remaining = quota - waiting
        while remaining > 0 {
            let size = min(remaining, random.int(shape.casesPerMeeting))
            sizes.append(size)
            remaining -= size
        }
        sizes.reverse()  // a short remainder is the area's oldest meeting, not its latest
        // The last meeting held is on or before today, staggered by area; earlier ones go back
        // a fortnight at a time.
        let interval = shape.meetingIntervalDays
        let lastHeld = try shape.today.adding(days: -(index % interval))
        var recent: [(victim: Int, day: Day)] = []
        var recentStart = 0
        for (number, size) in sizes.enumerated() {
            let date = try lastHeld.adding(days: -(sizes.count - 1 - number) * interval)
            try generateMeeting(
                area: name, date: date, cases: size, recent: &recent, recentStart: &recentStart,
                into: &sink)
        }
        // The waiting list (cases of the last fortnight not yet heard) and the next meeting,
        // scheduled and not yet held.
        let next = try lastHeld.adding(days: interval)
        var days: [Day] = try (0..<waiting).map { _ in
            try shape.today.adding(days: -random.int(0...(interval - 1)))
        }
        days.sort()
        for day in days {
            _ = try generateReferral(
                area: name, date: day, listedAt: nil, recent: &recent, recentStart: &recentStart,
                into: &sink)
        }
        _ = try insertMeeting(area: name, date: next, held: false, into: &sink)
        let lastReferral = counts[SyntheticTable.referral.rawValue]
        if lastReferral >= firstReferral {
            try generateReviews(
                area: name, referrals: firstReferral...lastReferral, into: &sink)
        }
        try sink.checkpoint()
    }

    private mutating func insertMeeting(
        area: String, date: Day, held: Bool, into sink: inout some SyntheticSink
    ) throws -> Int {
        let id = counts[SyntheticTable.meeting.rawValue] + 1
        let created = "\(try date.adding(days: -28))T09:00:00Z"
        let closed = held ? "\(date)T13:00:00Z" : nil
        let chair = "Chair " + Self.padded(random.int(1...40), 2)
        try add(
            .meeting,
            [
                id, area, date.description, "09:30", chair, 30, held ? "\(date)T09:35:00Z" : nil,
                held ? chair : nil, closed, held ? chair : nil, created, "synthetic",
            ], into: &sink)
        try audit(
            at: created, command: Operation.newMeeting.auditLabel, entity: "meeting",
            id: String(id),
            summary: "scheduled for \(date), capacity 30", into: &sink)
        return id
    }

    /// One held meeting: the referrals of the fortnight before it, its agenda, attendance,
    /// risks, actions and their updates.
    private mutating func generateMeeting(
        area: String, date: Day, cases: Int, recent: inout [(victim: Int, day: Day)],
        recentStart: inout Int, into sink: inout some SyntheticSink
    ) throws {
        let interval = shape.meetingIntervalDays
        var days: [Day] = try (0..<cases).map { _ in
            try date.adding(days: -random.int(1...interval))
        }
        days.sort()
        let meeting = try insertMeeting(area: area, date: date, held: true, into: &sink)
        var candidates: [AgendaCandidate] = []
        for day in days {
            let (id, children) = try generateReferral(
                area: area, date: day, listedAt: (meeting, date), recent: &recent,
                recentStart: &recentStart, into: &sink)
            candidates.append(AgendaCandidate(referralID: id, referredOn: day, children: children))
        }
        let ordered = AgendaRules.order(candidates, capacity: candidates.count)
        for (offset, (candidate, section)) in ordered.enumerated() {
            try add(
                .agendaItem, [meeting, candidate.referralID, offset + 1, section.rawValue, 0],
                into: &sink)
        }
        let recorded = "\(date)T09:40:00Z"
        for agency in 1...Self.agencies.count {
            let status = random.pick(weighted: [("present", 75), ("apologies", 15), ("absent", 10)])
            let representative =
                status == "present" ? "Representative " + Self.padded(agency, 2) : nil
            try add(
                .attendance, [meeting, agency, status, representative, recorded, "synthetic"],
                into: &sink)
        }
        let during = "\(date)T11:00:00Z"
        for candidate in candidates {
            for _ in 0..<random.int(shape.risksPerCase) {
                let id = counts[SyntheticTable.risk.rawValue] + 1
                try add(
                    .risk,
                    [
                        id, candidate.referralID, meeting, random.pick(Self.risks), during,
                        "synthetic",
                    ],
                    into: &sink)
            }
            for _ in 0..<random.int(shape.actionsPerCase) {
                try generateAction(
                    referral: candidate.referralID, meeting: meeting, date: date, into: &sink)
            }
            try generateSharing(
                referral: candidate.referralID, referredOn: candidate.referredOn, meeting: meeting,
                date: date, into: &sink)
        }
        try sink.checkpoint()
    }

    /// One action agreed at a meeting, with a status that fits its due date and the updates
    /// that led to it.
    private mutating func generateAction(
        referral: Int, meeting: Int, date: Day, into sink: inout some SyntheticSink
    ) throws {
        let id = counts[SyntheticTable.action.rawValue] + 1
        let agency = random.pick(
            weighted: Self.agencies.indices.map { ($0 + 1, Self.agencies[$0].w) })
        let due = try date.adding(days: random.int(shape.actionDueDays))
        let status: ActionStatus
        var completed: Day?
        if due < shape.today {
            let draw = Double(random.next() >> 11) / Double(1 << 53)
            if draw < shape.overdueShare {
                status = random.pick(weighted: [(.open, 50), (.inProgress, 35), (.blocked, 15)])
            } else if draw < shape.overdueShare + shape.cancelledShare {
                status = .cancelled
            } else {
                status = .done
                completed = min(
                    due, try date.adding(days: random.int(1...max(1, date.days(until: due)))))
            }
        } else {
            status = random.chance(0.4) ? .inProgress : .open
        }
        // The updates that brought the action to its status.
        var updates: [(status: ActionStatus?, note: String?, evidence: String?, day: Day)] = []
        switch status {
        case .done:
            if random.chance(0.5) {
                updates.append((.inProgress, "Work started", nil, try date.adding(days: 1)))
            }
            updates.append((.done, nil, "Completion recorded on the agency's system", completed!))
        case .inProgress:
            updates.append((.inProgress, "Work started", nil, try date.adding(days: 1)))
        case .blocked:
            updates.append(
                (.blocked, "Victim has moved out of the area", nil, try date.adding(days: 2)))
        case .cancelled:
            updates.append(
                (
                    .cancelled, "No longer needed after a change of circumstances", nil,
                    try date.adding(days: 3)
                ))
        case .open:
            if random.chance(0.3) {
                updates.append((nil, "Chased by the coordinator", nil, try date.adding(days: 5)))
            }
        }
        let owner: String? =
            random.chance(0.6) ? "Officer " + Self.padded(random.int(1...200), 3) : nil
        try add(
            .action,
            [
                id, referral, meeting, agency, owner, random.pick(Self.actionTexts),
                due.description,
                status.rawValue, completed?.description, 1 + updates.count, "\(date)T11:30:00Z",
                "synthetic",
            ], into: &sink)
        for update in updates {
            try add(
                .actionUpdate,
                [
                    id, "\(update.day)T10:00:00Z", "synthetic", update.status?.rawValue,
                    update.note,
                    update.evidence, String?.none,
                ], into: &sink)
        }
    }

    /// One referral on `date` in `area`, heard at `listing` when given; returns its id and its
    /// number of children.
    ///
    /// About 30 % of referrals are of a victim referred in the area in the last 11 months (a
    /// repeat); the others are of a new victim.
    private mutating func generateReferral(
        area: String, date: Day, listedAt listing: (meeting: Int, day: Day)?,
        recent: inout [(victim: Int, day: Day)], recentStart: inout Int,
        into sink: inout some SyntheticSink
    ) throws -> (Int, Int) {
        let id = counts[SyntheticTable.referral.rawValue] + 1
        let created = "\(date)T10:00:00Z"
        // Victims referred in this area in the last 11 months, a window that moves forward.
        let windowStart = try date.adding(days: -335)
        while recentStart < recent.count, recent[recentStart].day < windowStart { recentStart += 1 }
        var victim: Int
        var previous: (referral: Int, day: Day)?
        if recentStart < recent.count, random.chance(shape.repeatShare) {
            victim = recent[random.int(recentStart...(recent.count - 1))].victim
            previous = latest[victim]
        } else {
            victim = counts[SyntheticTable.person.rawValue] + 1
            let born = try date.adding(days: -random.int((16 * 366)...(75 * 365)))
            let name = "Synthetic Person " + Self.padded(victim, 7)
            try add(
                .person,
                [
                    victim, name, born.description, PersonMatch.key(name: name, dateOfBirth: born),
                    random.pick(weighted: Self.genders), random.pick(weighted: Self.ethnicities),
                    random.pick(weighted: Self.disabilities),
                    random.pick(weighted: Self.orientations),
                    created,
                ], into: &sink)
        }
        let isRepeat =
            previous.map {
                ReferralRules.isRepeat(previous: $0.day, date: date, windowMonths: 12)
            } ?? false
        let agencyIndex = random.pick(
            weighted: Self.agencies.indices.map { ($0, Self.agencies[$0].w) })
        var criteria: [Criterion] = []
        let dash: Int? = random.chance(0.85) ? random.int(8...24) : nil
        if let dash, dash >= 14 { criteria.append(.dash) }
        let visible: String? =
            random.chance(criteria.isEmpty ? 0.5 : 0.1)
            ? "Professional judgement: fear of escalation" : nil
        if visible != nil { criteria.append(.professionalJudgement) }
        let callouts = random.int(0...6)
        if callouts >= 3 { criteria.append(.escalation) }
        if isRepeat { criteria.append(.repeat) }
        let override: String? = criteria.isEmpty ? "Coordinator judgement recorded" : nil
        if criteria.isEmpty { criteria.append(.override) }
        let children = random.chance(0.55) ? random.int(1...4) : 0
        let age = random.int(16...75)
        try add(
            .referral,
            [
                id, Referral.reference(for: id), victim, agencyIndex + 1, area, date.description,
                dash,
                String?.none, visible, callouts, children,
                criteria.map(\.rawValue).joined(separator: ","),
                override, isRepeat, isRepeat ? previous?.referral : nil, PersonMatch.ageBand(age),
                listing?.meeting, listing?.day.description, created, "synthetic",
            ], into: &sink)
        try audit(
            at: created, command: Operation.referCase.auditLabel, entity: "referral",
            id: Referral.reference(for: id),
            summary: "referred by \(Self.agencies[agencyIndex].code); criteria "
                + criteria.map(\.rawValue).joined(separator: ",") + (isRepeat ? "; repeat" : ""),
            into: &sink)
        latest[victim] = (id, date)
        recent.append((victim, date))
        return (id, children)
    }

    /// `number` with leading zeros to `width` digits.
    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
