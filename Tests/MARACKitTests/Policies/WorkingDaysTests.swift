import Testing

@testable import MARACKit

@Suite("Working days and bank holidays")
struct WorkingDaysTests {
    let policy = PolicySet.embedded.workingDays
    var englandAndWales: WorkingCalendar { policy.calendar(forArea: "Anywhere") }

    @Test(
        "Working days skip weekends and the bank holidays of England and Wales",
        arguments: [
            // Christmas 2026 is a Friday; Boxing Day's substitute is Monday 28 December.
            ("2026-12-23", 3, "2026-12-30"),
            ("2026-12-24", 1, "2026-12-29"),
            ("2026-12-23", 1, "2026-12-24"),
            // 2027: both Christmas days fall at the weekend, substitutes on 27 and 28 December.
            ("2027-12-24", 1, "2027-12-29"),
            // New Year's Day 2028 is a Saturday: Monday 3 January is the holiday.
            ("2027-12-31", 1, "2028-01-04"),
            // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
            ("2026-04-02", 1, "2026-04-07"),
            // Summer bank holiday 2026 is Monday 31 August.
            ("2026-08-28", 1, "2026-09-01"),
            ("2026-11-27", 3, "2026-12-02"),
        ])
    func adding(from: String, count: Int, expected: String) throws {
        #expect(try englandAndWales.adding(workingDays: count, to: day(from)) == day(expected))
    }

    @Test("Each year 2024 to 2030 lists eight bank holidays, all on weekdays, in the right places")
    func holidaysAreWellFormed() throws {
        let calendar = try #require(policy.calendars.first { $0.id == "england-and-wales" })
        for year in 2024...2030 {
            let days = calendar.holidays.keys.filter { $0.year == year }.sorted()
            #expect(days.count == 8, "\(year)")
            #expect(days.allSatisfy { $0.weekday <= 5 }, "\(year): a holiday at a weekend")
            // Good Friday is a Friday and Easter Monday the Monday after it.
            let goodFriday = try #require(
                calendar.holidays.first { $0.key.year == year && $0.value == "Good Friday" }?.key)
            #expect(goodFriday.weekday == 5)
            #expect(try calendar.holidays[goodFriday.adding(days: 3)] == "Easter Monday")
            // The May and August holidays are Mondays; Christmas comes last, in late December.
            #expect(days.dropFirst(3).prefix(3).allSatisfy { $0.weekday == 1 }, "\(year)")
            #expect(days.suffix(2).allSatisfy { $0.month == 12 && $0.day >= 25 }, "\(year)")
        }
    }

    @Test("An area adds its own closure days; others use area '*'")
    func areaClosures() throws {
        let borough = policy.calendar(forArea: "example  BOROUGH")
        #expect(!borough.isWorkingDay(day("2026-12-24")))
        #expect(englandAndWales.isWorkingDay(day("2026-12-24")))
        #expect(try borough.adding(workingDays: 5, to: day("2026-12-23")) == day("2027-01-08"))
    }

    @Test("The minutes of a meeting on 23 December 2026 are due on 30 December")
    func minutesDue() throws {
        let test = try TestWorkbench(today: day("2026-12-23"))
        let meeting = try test.workbench.newMeeting(date: day("2026-12-23"), area: "default")
        #expect(try test.workbench.minutesDue(meeting) == day("2026-12-30"))
    }

    @Test("An area naming a calendar that does not exist is refused with its line")
    func unknownCalendar() throws {
        let xml = """
            <working-days version="1">
              <calendar id="england-and-wales" name="E&amp;W"/>
              <area name="*" calendar="scotland"/>
            </working-days>
            """
        let schema = try #require(EmbeddedPolicies.files["working-days"]).schema
        let root = try PolicyLoader.load(
            xml: Array(xml.utf8), schema: Array(schema.utf8), file: "working-days.xml",
            schemaFile: "working-days.rng")
        #expect(throws: PolicyError.self) {
            try WorkingDaysPolicy.read(root, file: "working-days.xml")
        }
    }
}
