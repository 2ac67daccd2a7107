/// How long each kind of record is kept before it is due for review or deletion, from
/// `Policies/retention.xml` (product.md section 7).
///
/// No national retention period exists for MARAC or DHR records; the shipped defaults follow
/// one council's schedule and each area sets its own.
///
/// ```swift
/// let rule = policies.retention[.meeting]!      // 6 years from the meeting
/// rule.due(from: try Day(parsing: "2026-11-27")) // 2032-11-27
/// ```
public struct RetentionPolicy: Equatable, Sendable {
    /// The kinds of record with a retention period.
    public enum RecordType: String, Equatable, Sendable, CaseIterable {
        case referral
        case action
        /// Sharing records and decisions not to share.
        case sharingRecord = "sharing-record"
        /// A meeting and its minutes.
        case meeting
        case dhrReview = "dhr-review"
        case audit
    }

    /// The event the period runs from.
    public enum Trigger: String, Equatable, Sendable, CaseIterable {
        /// The victim's most recent referral.
        case lastReferral = "last-referral"
        /// The record's closure (action done or cancelled, review closed).
        case closure
        /// The meeting's date.
        case meeting
        /// The record's creation.
        case creation
        /// The review's publication.
        case publication
    }

    /// The unit of a retention period.
    public enum Unit: String, Equatable, Sendable {
        case months
        case years
    }

    /// The retention period of one record type.
    public struct Rule: Equatable, Sendable {
        /// The record type.
        public var record: RecordType
        /// The length of the period, in `unit`s.
        public var count: Int
        /// Months or years.
        public var unit: Unit
        /// The event the period runs from.
        public var trigger: Trigger
        /// Where the default comes from.
        public var note: String?

        public init(
            record: RecordType, count: Int, unit: Unit, trigger: Trigger, note: String? = nil
        ) {
            self.record = record
            self.count = count
            self.unit = unit
            self.trigger = trigger
            self.note = note
        }

        /// The period in months.
        public var months: Int {
            unit == .years ? count.multipliedReportingOverflow(by: 12).partialValue : count
        }

        /// The day the record is due for review or deletion, when the trigger fell on `day`;
        /// `DayRangeError` when the period runs past the year 9999.
        public func due(from day: Day) throws(DayRangeError) -> Day {
            let (total, overflow) = count.multipliedReportingOverflow(by: unit == .years ? 12 : 1)
            guard !overflow else { throw DayRangeError(from: day, adding: count, .years) }
            return try day.adding(months: total)
        }
    }

    /// Every rule, in file order.
    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    /// The rule for `record`, if the policy has one.
    public subscript(record: RecordType) -> Rule? { rules.first { $0.record == record } }

    /// The file name inside the policy directory.
    static let fileName = "retention"

    /// The policy from the validated root element of `retention.xml`.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> RetentionPolicy {
        let reader = PolicyReader(file: file)
        let nodes = root.children(named: "keep")
        try reader.requireUnique(nodes) { $0.attribute("record") }
        var rules: [Rule] = []
        for node in nodes {
            rules.append(
                Rule(
                    record: try reader.value("record", of: node),
                    count: try reader.integer("for", of: node),
                    unit: try reader.value("unit", of: node),
                    trigger: try reader.value("from", of: node),
                    note: node.childText("note")))
        }
        return RetentionPolicy(rules: rules)
    }
}
