/// A calendar day in the proleptic Gregorian calendar, written `YYYY-MM-DD` (ISO 8601).
///
/// Dates in MARAC and DHR work are days, not instants: a referral is made *on* a day, an action
/// is due *on* a day. `Day` has no time zone, compares in calendar order and sorts as text.
///
/// ```swift
/// let due = try Day(parsing: "2026-11-27")
/// due.adding(days: 14)          // 2026-12-11
/// Day(parsing: "2026-02-30")    // throws DayError.impossible
/// ```
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day from its parts, or `nil` when no such day exists (`2026-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, naming what was wrong when it cannot.
    public init(parsing text: String) throws(DayError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .malformed
        }
        func number(_ range: Range<Int>) throws(DayError) -> Int {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                    throw .malformed
                }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard
            let parsed = Day(
                year: try number(0..<4), month: try number(5..<7), day: try number(8..<10))
        else { throw .impossible }
        self = parsed
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Day(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `ordinal` days after 1970-01-01, by Howard Hinnant's `civil_from_days`.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The first day the workbench keeps: 0001-01-01.
    public static let first = Day(year: 1, month: 1, day: 1)!
    /// The last day the workbench keeps: 9999-12-31.
    public static let last = Day(year: 9999, month: 12, day: 31)!

    /// The day `days` later (earlier when negative); `DayRangeError` when it would fall
    /// outside the years 1 to 9999 (a policy's period can be large, never a trap).
    public func adding(days: Int) throws(DayRangeError) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        guard !overflow, (Day.first.ordinal...Day.last.ordinal).contains(sum) else {
            throw DayRangeError(from: self, adding: days, .days)
        }
        return Day(ordinal: sum)
    }

    /// The same day `months` later (earlier when negative), clamped to the end of a shorter
    /// month (31 Jan + 1 = 28/29 Feb); `DayRangeError` outside the years 1 to 9999.
    public func adding(months: Int) throws(DayRangeError) -> Day {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, total >= 12, total / 12 <= 9999 else {
            throw DayRangeError(from: self, adding: months, .months)
        }
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, Day.daysIn(month: newMonth, year: newYear))
        return Day(year: newYear, month: newMonth, day: newDay)!
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// Monday is 1, Sunday is 7 (ISO 8601).
    public var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

    /// The day `count` working days (Monday to Friday) later; `DayRangeError` past 9999.
    public func adding(workingDays count: Int) throws(DayRangeError) -> Day {
        // Working days are never more than calendar days: refuse at once what cannot fit.
        guard count <= days(until: Day.last) else {
            throw DayRangeError(from: self, adding: count, .workingDays)
        }
        var result = self
        var remaining = count
        while remaining > 0 {
            result = try result.adding(days: 1)
            if result.weekday <= 5 { remaining -= 1 }
        }
        return result
    }

    /// Earlier first: year, then month, then day (the same order as `ordinal`, which every
    /// `Day` has a valid one of, without its divisions: reports compare days by the million).
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Date arithmetic that would leave the calendar the workbench keeps (years 1 to 9999): a
/// policy's period too long for the day it starts from, never a crash.
public struct DayRangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was added: days, months or working days.
    public enum Unit: String, Sendable {
        case days
        case months
        case years
        case workingDays = "working days"
    }

    /// The day the arithmetic started from.
    public var start: Day
    /// The amount added (negative: subtracted).
    public var amount: Int
    public var unit: Unit

    public init(from start: Day, adding amount: Int, _ unit: Unit) {
        self.start = start
        self.amount = amount
        self.unit = unit
    }

    public var description: String {
        let change =
            amount < 0
            ? "\(amount.magnitude) \(unit.rawValue) before" : "\(amount) \(unit.rawValue) after"
        return "the date \(change) \(start) falls outside the years 1 to 9999: "
            + "a period in the policy (or a date given) is too long"
    }
}

/// Why a piece of text is not a day.
public enum DayError: Error, Equatable, Sendable {
    /// Not of the form `YYYY-MM-DD`.
    case malformed
    /// Of the right form, but no such day exists (`2026-02-30`).
    case impossible

    /// The sentence to show after the field name.
    public var expectation: String {
        switch self {
        case .malformed: "expected a date as YYYY-MM-DD"
        case .impossible: "is not a day in the calendar"
        }
    }
}
