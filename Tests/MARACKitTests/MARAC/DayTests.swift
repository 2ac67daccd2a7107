import Testing

@testable import MARACKit

@Suite("Days")
struct DayTests {
    @Test(
        "Impossible and malformed dates are refused",
        arguments: [
            ("2026-02-30", DayError.impossible), ("2026-13-01", .impossible),
            ("2025-02-29", .impossible),
            ("2026-2-3", .malformed), ("26-02-03", .malformed), ("2026/02/03", .malformed),
            ("", .malformed),
        ])
    func refused(text: String, error: DayError) {
        #expect(throws: error) { try Day(parsing: text) }
    }

    @Test("Leap days and ordinals round-trip")
    func ordinals() throws {
        #expect(try Day(parsing: "2024-02-29").description == "2024-02-29")
        for text in ["1970-01-01", "2000-02-29", "2026-11-25", "1899-12-31"] {
            let parsed = try Day(parsing: text)
            #expect(Day(ordinal: parsed.ordinal) == parsed)
        }
        #expect(try Day(parsing: "1970-01-01").ordinal == 0)
    }

    @Test("Adding months clamps to the end of the month")
    func addingMonths() throws {
        #expect(try day("2026-01-31").adding(months: 1) == day("2026-02-28"))
        #expect(try day("2024-02-29").adding(months: -12) == day("2023-02-28"))
        #expect(try day("2026-03-10").adding(months: -12) == day("2025-03-10"))
    }

    @Test("Working days skip weekends")
    func workingDays() throws {
        #expect(day("2026-11-25").weekday == 3)  // a Wednesday
        #expect(try day("2026-11-27").adding(workingDays: 3) == day("2026-12-02"))
    }
}

@Suite("Times of day")
struct TimeOfDayTests {
    @Test("HH:MM parses; other shapes and impossible times do not")
    func parsing() {
        #expect(TimeOfDay(parsing: "09:30")?.minutes == 570)
        for text in ["9:30", "24:00", "12:60", "1230", "", "ab:cd"] {
            #expect(TimeOfDay(parsing: text) == nil)
        }
    }

    @Test("Adding minutes goes round the clock")
    func adding() {
        #expect(TimeOfDay(parsing: "23:50")!.adding(minutes: 20).description == "00:10")
        #expect(TimeOfDay.defaultStart.adding(minutes: 20).description == "09:50")
    }
}
