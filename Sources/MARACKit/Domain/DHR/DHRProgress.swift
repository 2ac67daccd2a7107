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
        self.label = label
        total = actions.count
        closed = actions.count { $0.status == .closed }
        cancelled = actions.count { $0.status == .cancelled }
        overdue = actions.count { $0.isOverdue(on: today) }
        closedWithoutEvidence = actions.count { $0.status == .closed && !$0.hasEvidence }
        signedOff = actions.count { $0.signedOffOn != nil }
        let ratings = actions.map { rag.rate($0, today: today).rating }
        red = ratings.count { $0 == .red }
        amber = ratings.count { $0 == .amber }
        green = ratings.count { $0 == .green }
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
    /// an action cancelled on a day leaves that day's total.
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
        // Each action's day added and status changes, looked up once rather than once a month
        // (with a copy of the whole action each time: 60 months of 6,000 actions at 1M).
        let timelines = actions.map { (added: $0.createdOn, changes: history[$0.id] ?? []) }
        return days.map { day in
            var total = 0
            var closed = 0
            for timeline in timelines where timeline.added <= day {
                let status = timeline.changes.last { $0.on <= day }?.status ?? .open
                if status == .cancelled { continue }
                total += 1
                if status == .closed { closed += 1 }
            }
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
        overall = DHRProgress(label: "all", actions: actions, today: today, rag: rag)
        byReview = Dictionary(grouping: actions, by: \.reviewID).sorted { $0.key < $1.key }
            .map { DHRProgress(label: "R\($0.key)", actions: $0.value, today: today, rag: rag) }
        byAgency = Dictionary(grouping: actions, by: \.agencyCode).sorted { $0.key < $1.key }
            .map { DHRProgress(label: $0.key, actions: $0.value, today: today, rag: rag) }
        trend = TrendPoint.trend(actions: actions, history: history, today: today)
    }
}
