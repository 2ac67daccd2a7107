/// Which days are working days in each area, from `Policies/working-days.xml`: Monday to
/// Friday, less the bank holidays of the area's calendar (England and Wales share theirs) and
/// the area's own closure days.
///
/// ```swift
/// let calendar = policies.workingDays.calendar(forArea: "Example Borough")
/// calendar.adding(workingDays: 3, to: try Day(parsing: "2026-12-23"))  // 2026-12-30
/// ```
public struct WorkingDaysPolicy: Equatable, Sendable {
    /// A named list of bank holidays.
    public struct Calendar: Equatable, Sendable {
        public var id: String
        public var name: String
        public var holidays: [Day: String]
    }

    /// An area's calendar and its local closure days.
    public struct AreaEntry: Equatable, Sendable {
        /// The area's name, or `*` for every area without its own entry.
        public var area: String
        public var calendar: String
        public var closures: [Day: String]
    }

    public var calendars: [Calendar]
    public var areas: [AreaEntry]

    public init(calendars: [Calendar], areas: [AreaEntry]) {
        self.calendars = calendars
        self.areas = areas
    }

    /// The days that are not working days in `area` (its entry's, else area `*`'s), beyond
    /// weekends: bank holidays and closures, each with what it is.
    public func calendar(forArea area: String) -> WorkingCalendar {
        let key = Area.key(area)
        guard
            let entry = areas.first(where: { Area.key($0.area) == key })
                ?? areas.first(where: { $0.area == "*" })
        else { return WorkingCalendar(closed: [:]) }
        let holidays = calendars.first { $0.id == entry.calendar }?.holidays ?? [:]
        return WorkingCalendar(closed: holidays.merging(entry.closures) { holiday, _ in holiday })
    }

    /// The file name inside the policy directory.
    static let fileName = "working-days"

    /// The policy from the validated root element of `working-days.xml`.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> WorkingDaysPolicy {
        let reader = PolicyReader(file: file)
        func days(_ nodes: [PolicyNode]) throws(PolicyError) -> [Day: String] {
            try reader.requireUnique(nodes) { $0.attribute("date") }
            var result: [Day: String] = [:]
            for node in nodes {
                guard let day = try reader.day("date", of: node) else {
                    throw reader.error(node, .invalidValue("<\(node.name)> has no date"))
                }
                result[day] = node.trimmedText
            }
            return result
        }
        let calendarNodes = root.children(named: "calendar")
        try reader.requireUnique(calendarNodes) { $0.attribute("id") }
        var calendars: [Calendar] = []
        for node in calendarNodes {
            calendars.append(
                Calendar(
                    id: try reader.attribute("id", of: node),
                    name: try reader.attribute("name", of: node),
                    holidays: try days(node.children(named: "holiday"))))
        }
        let areaNodes = root.children(named: "area")
        try reader.requireUnique(areaNodes) { $0.attribute("name").map(Area.key) }
        var areas: [AreaEntry] = []
        for node in areaNodes {
            let calendar = try reader.attribute("calendar", of: node)
            guard calendars.contains(where: { $0.id == calendar }) else {
                throw reader.error(node, .unknownReference(what: "calendar", id: calendar))
            }
            areas.append(
                AreaEntry(
                    area: try reader.attribute("name", of: node), calendar: calendar,
                    closures: try days(node.children(named: "closure"))))
        }
        if !areas.contains(where: { $0.area == "*" }) {
            throw PolicyError(
                file: file, line: root.line, reason: .invalidValue("no default area \"*\""))
        }
        return WorkingDaysPolicy(calendars: calendars, areas: areas)
    }
}

/// The days one area does not work beyond weekends, for counting working days.
public struct WorkingCalendar: Equatable, Sendable {
    /// Bank holidays and closure days, each with what it is.
    public var closed: [Day: String]

    public init(closed: [Day: String]) { self.closed = closed }

    /// Whether `day` is a working day: Monday to Friday and not closed.
    public func isWorkingDay(_ day: Day) -> Bool { day.weekday <= 5 && closed[day] == nil }

    /// The day `count` working days after `day`; `DayRangeError` past the year 9999.
    public func adding(workingDays count: Int, to day: Day) throws(DayRangeError) -> Day {
        // Working days are never more than calendar days: refuse at once what cannot fit.
        guard count <= day.days(until: Day.last) else {
            throw DayRangeError(from: day, adding: count, .workingDays)
        }
        var result = day
        var remaining = count
        while remaining > 0 {
            result = try result.adding(days: 1)
            if isWorkingDay(result) { remaining -= 1 }
        }
        return result
    }
}
