/// A time of day to the minute, written `HH:MM` (24-hour): when a meeting or an agenda item
/// starts.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0 to 1439.
    public let minutes: Int

    /// The time `hour`:`minute`, or `nil` when there is no such time.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM`; `nil` when the text is not a time.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The time `count` minutes later, round the clock.
    public func adding(minutes count: Int) -> TimeOfDay {
        let total = ((minutes + count) % 1440 + 1440) % 1440
        return TimeOfDay(hour: total / 60, minute: total % 60)!
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    /// `HH:MM`.
    public var description: String {
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "")
            + String(minute)
    }

    /// Half past nine: when a MARAC starts unless the meeting says otherwise.
    public static let defaultStart = TimeOfDay(hour: 9, minute: 30)!
}
