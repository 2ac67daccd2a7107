/// An action's status from a given day, as its update history records it.
public struct StatusAt: Equatable, Sendable, Codable {
    public var on: Day
    public var status: DHRActionStatus

    public init(on: Day, status: DHRActionStatus) {
        self.on = on
        self.status = status
    }
}

/// Completion figures for a set of DHR actions (one review, one agency, or all), for the
/// Community Safety Partnership's progress report.
public struct DHRProgress: Equatable, Sendable, Codable {
    /// What the figures cover: a review (`R1`), an agency code, or `all`.
    public var label: String
    public var total: Int
    public var closed: Int
    public var cancelled: Int
    /// Pending and past their target date.
    public var overdue: Int
    /// Closed with no evidence recorded (possible only for imported plans).
    public var closedWithoutEvidence: Int
    public var signedOff: Int
    public var red: Int
    public var amber: Int
    public var green: Int
    /// Closed actions as a percentage of those not cancelled (0 when there are none).
    public var percentComplete: Double

    /// The figures for `actions` on `today`, rating each with `rag`.
    public init(label: String, actions: [DHRAction], today: Day, rag: RAGPolicy) {
        self.init(label: label)
        for action in actions { add(Counted(action, today: today, rag: rag)) }
    }

    /// Figures of no actions yet, which `add` counts into one action at a time.
    init(label: String) {
        self.label = label
        (total, closed, cancelled, overdue, closedWithoutEvidence, signedOff) = (0, 0, 0, 0, 0, 0)
        (red, amber, green, percentComplete) = (0, 0, 0, 0)
    }

    /// What one action adds to the figures of every group it belongs to, worked out once: its
    /// status, whether it is overdue, and its rating.
    struct Counted {
        var status: DHRActionStatus
        var isOverdue: Bool
        var hasEvidence: Bool
        var isSignedOff: Bool
        var rating: RAGRating

        init(_ action: DHRAction, today: Day, rag: RAGPolicy) {
            status = action.status
            isOverdue = action.isOverdue(on: today)
            hasEvidence = action.hasEvidence
            isSignedOff = action.signedOffOn != nil
            rating = rag.rate(action, today: today).rating
        }
    }

    /// Counts one more action in.
    mutating func add(_ action: Counted) {
        total += 1
        if action.status == .closed { closed += 1 }
        if action.status == .cancelled { cancelled += 1 }
        if action.isOverdue { overdue += 1 }
        if action.status == .closed && !action.hasEvidence { closedWithoutEvidence += 1 }
        if action.isSignedOff { signedOff += 1 }
        switch action.rating {
        case .red: red += 1
        case .amber: amber += 1
        case .green: green += 1
        }
        percentComplete = Self.percent(closed, of: total - cancelled)
    }

    /// `part` as a percentage of `whole`, 0 when `whole` is 0.
    static func percent(_ part: Int, of whole: Int) -> Double {
        whole > 0 ? Double(part) * 100 / Double(whole) : 0
    }
}

/// Completion on one day of a trend: how many actions existed, how many were closed.
public struct TrendPoint: Equatable, Sendable, Codable {
    public var day: Day
    /// Actions added on or before `day` and not cancelled on it.
    public var total: Int
    public var closed: Int
    public var percentComplete: Double

    /// Completion at each month end from the month of the first action to the one before
    /// `today`, then on `today`, replaying each action's status history.
    ///
    /// An action counts from the day it was added, as `open` until its first status update;
    /// an action cancelled on a day leaves that day's total. `history` holds each action's
    /// status changes in the order they took effect (`Database.dhrStatusHistory`'s order).
    public static func trend(
        actions: [DHRAction], history: [Int: [StatusAt]], today: Day
    ) -> [TrendPoint] {
        guard let first = actions.map(\.createdOn).min(), first <= today else { return [] }
        var days: [Day] = []
        var monthEnd = Day(
            year: first.year, month: first.month,
            day: Day.daysIn(month: first.month, year: first.year))!
        while monthEnd < today {
            days.append(monthEnd)
            // Never past the calendar's end: monthEnd is before today.
            let next = Day(ordinal: monthEnd.ordinal + 1)
            monthEnd = Day(
                year: next.year, month: next.month,
                day: Day.daysIn(month: next.month, year: next.year))!
        }
        days.append(today)
        // Each action walks the days once, applying its status changes (in date order, as
        // `dhrStatusHistory` gives them) as the days pass them: days x actions steps, not days x
        // actions x changes.
        var totals = [Int](repeating: 0, count: days.count)
        var closedCounts = [Int](repeating: 0, count: days.count)
        for action in actions {
            let changes = history[action.id] ?? []
            var applied = 0
            var status = DHRActionStatus.open
            for (index, day) in days.enumerated() where action.createdOn <= day {
                while applied < changes.count, changes[applied].on <= day {
                    status = changes[applied].status
                    applied += 1
                }
                if status == .cancelled { continue }
                totals[index] += 1
                if status == .closed { closedCounts[index] += 1 }
            }
        }
        return days.indices.map { index in
            let (day, total, closed) = (days[index], totals[index], closedCounts[index])
            return TrendPoint(
                day: day, total: total, closed: closed,
                percentComplete: DHRProgress.percent(closed, of: total))
        }
    }
}

/// The progress report for the CSP (`report dhr-progress`): the whole selection, then per
/// review and per lead agency, and completion over time.
public struct DHRProgressReport: Equatable, Sendable, Codable {
    /// The review the report is limited to, if any.
    public var review: Int?
    /// The agency the report is limited to, if any.
    public var agency: String?
    public var overall: DHRProgress
    public var byReview: [DHRProgress]
    public var byAgency: [DHRProgress]
    public var trend: [TrendPoint]

    public init(
        review: Int?, agency: String?, actions: [DHRAction], history: [Int: [StatusAt]],
        today: Day, rag: RAGPolicy
    ) {
        self.review = review
        self.agency = agency
        // One pass: each action rated once and counted into its three groups (grouping the
        // actions first copied every action twice and rated each three times).
        var overall = DHRProgress(label: "all")
        var reviews: [Int: DHRProgress] = [:]
        var agencies: [String: DHRProgress] = [:]
        for action in actions {
            let counted = DHRProgress.Counted(action, today: today, rag: rag)
            overall.add(counted)
            reviews[action.reviewID, default: DHRProgress(label: "R\(action.reviewID)")]
                .add(counted)
            agencies[action.agencyCode, default: DHRProgress(label: action.agencyCode)]
                .add(counted)
        }
        self.overall = overall
        byReview = reviews.sorted { $0.key < $1.key }.map(\.value)
        byAgency = agencies.sorted { $0.key < $1.key }.map(\.value)
        trend = TrendPoint.trend(actions: actions, history: history, today: today)
    }
}
