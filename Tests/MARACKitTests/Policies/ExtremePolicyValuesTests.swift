import Foundation
import Testing

@testable import MARACKit

/// A value a policy schema accepts never crashes the workbench (issue 17 item 5).
///
/// Every numeric
/// field of every policy gets extreme values; the schema refuses those out of its bounds, and
/// with each value it accepts the workbench refers repeat cases, holds and closes a meeting,
/// tracks a review and reviews retention — succeeding or failing with an error, never a trap.
@Suite("Extreme values in every numeric policy field", .serialized)
struct ExtremePolicyValuesTests {
    /// A numeric attribute of a policy file and the bounds its schema gives it.
    struct Field: Sendable, CustomStringConvertible {
        var file: String
        var attribute: String
        var minimum: Int
        var maximum: Int
        /// Only the first occurrence is changed (each question's number is unique).
        var firstOnly = false
        /// Whether other fields constrain it, so that some in-bound values are refused too.
        var tied = false
        /// The element whose attribute it is, when the name is used by others too.
        var element: String? = nil
        var description: String { "\(file).xml \(attribute)" }
    }

    static let fields: [Field] = [
        Field(
            file: "referral-criteria", attribute: "questions", minimum: 1, maximum: 100,
            tied: true),
        Field(
            file: "referral-criteria", attribute: "number", minimum: 1, maximum: 100,
            firstOnly: true, tied: true),
        Field(
            file: "referral-criteria", attribute: "version", minimum: 1, maximum: 9999,
            firstOnly: true, element: "area"),
        Field(
            file: "referral-criteria", attribute: "dash-threshold", minimum: 1, maximum: 100,
            tied: true),
        Field(
            file: "referral-criteria", attribute: "escalation-threshold", minimum: 1,
            maximum: 1000),
        Field(
            file: "referral-criteria", attribute: "escalation-window-months", minimum: 1,
            maximum: 120),
        Field(
            file: "referral-criteria", attribute: "repeat-window-months", minimum: 1,
            maximum: 120),
        Field(file: "referral-criteria", attribute: "minimum-age", minimum: 1, maximum: 120),
        Field(
            file: "referral-criteria", attribute: "minutes-due-working-days", minimum: 1,
            maximum: 260),
        Field(file: "retention", attribute: "for", minimum: 1, maximum: 1200),
        Field(file: "smart-rules", attribute: "min-words", minimum: 1, maximum: 1000),
        Field(
            file: "smart-rules", attribute: "max-months", minimum: 1, maximum: 240, tied: true),
        Field(
            file: "smart-rules", attribute: "milestones-after-months", minimum: 1, maximum: 240,
            tied: true),
        Field(file: "rag-rules", attribute: "days", minimum: 0, maximum: 3660),
        Field(
            file: "data-return", attribute: "cases-per-10000-women", minimum: 1, maximum: 10000),
        Field(file: "data-return", attribute: "idva-cases-per-fte", minimum: 1, maximum: 10000),
        Field(
            file: "data-return", attribute: "administrator-cases-per-fte", minimum: 1,
            maximum: 100000),
        Field(file: "data-return", attribute: "at-or-below", minimum: 0, maximum: 1000),
        Field(
            file: "data-return", attribute: "adult-female-population", minimum: 1,
            maximum: 100_000_000),
    ]

    /// The values every field is given besides its own bounds and their neighbours.
    static let extremes = [
        "-1", "0", "1", "5000", "100000", "2147483648", "9223372036854775807",
        "9223372036854775808", "99999999999999999999999", "+7", "007",
    ]

    @Test("Every integer in every policy schema has a lower and an upper bound")
    func everyNumberBounded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.policies)
            .filter { $0.hasSuffix(".rng") }
        #expect(files.count == PolicySet.fileNames.count)
        var checked = 0
        for file in files {
            let schema = try String(
                contentsOfFile: "\(PackageRoot.policies)/\(file)", encoding: .utf8)
            for match in schema.matches(of: #/<data type="(\w*[iI]nteger)"(/?)>([^\n]*)/#) {
                checked += 1
                let type = match.output.1
                let rest = String(match.output.3)
                #expect(match.output.2 != "/", "\(file): \(type) has no bounds")
                #expect(
                    rest.contains(#"<param name="maxInclusive">"#),
                    "\(file): \(type) has no upper bound")
                #expect(
                    type == "positiveInteger" || type == "nonNegativeInteger"
                        || rest.contains(#"<param name="minInclusive">"#),
                    "\(file): \(type) has no lower bound")
            }
        }
        #expect(checked == Self.fields.count)
        // And every bounded attribute is one the property test below feeds.
        for field in Self.fields {
            let schema = try String(
                contentsOfFile: "\(PackageRoot.policies)/\(field.file).rng", encoding: .utf8)
            #expect(
                schema.contains(
                    #"name="\#(field.attribute)"><data type="\#(field.minimum == 0 ? "nonNegativeInteger" : "positiveInteger")"><param name="maxInclusive">\#(field.maximum)</param>"#
                ),
                "\(field)")
        }
    }

    /// The shipped policies with `field` set to `value`, in a folder of their own.
    static func policies(_ field: Field, _ value: String, in directory: TemporaryDirectory) throws
        -> String
    {
        let folder = directory.file("Policies")
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: PackageRoot.policies, toPath: folder)
        let path = "\(folder)/\(field.file).xml"
        let xml = try String(contentsOfFile: path, encoding: .utf8)
        let element = field.element.map { "<\($0)\\b[^>]*?" } ?? ""
        let pattern = try Regex("(\(element)\\b)\(field.attribute)=\"[^\"]*\"")
        let replacement = "\(field.attribute)=\"\(value)\""
        let changed = xml.replacing(pattern, maxReplacements: field.firstOnly ? 1 : .max) {
            match in (match.output[1].substring.map(String.init) ?? "") + replacement
        }
        precondition(changed != xml || xml.contains(replacement), "\(field) not found")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    /// Runs what reads each numeric field; every step may fail, none may trap.
    static func exercise(_ policies: PolicySet, in directory: TemporaryDirectory) -> Int {
        var failures = 0
        func step(_ body: () throws -> Void) {
            do { try body() } catch { failures += 1 }
        }
        let today = day("2026-12-02")
        guard
            let workbench = try? Workbench(
                location: DatabaseLocation(directory.file("marac-\(UUID().uuidString).sqlite")),
                user: "coord", today: today, policies: policies)
        else { return 1 }
        step { _ = try workbench.buildDemo() }
        step {
            for (offset, date) in ["2026-06-01", "2026-11-30"].enumerated() {
                _ = try workbench.referCase(
                    ReferralRequest(
                        victimName: "Extreme Value Person", dateOfBirth: day("1990-01-01"),
                        referringAgency: "POL", date: day(date), area: "", dashScore: 15 + offset,
                        callouts: 4, children: 0, overrideReason: "professional judgement"))
            }
        }
        step { _ = try workbench.cases(repeatOnly: true) }
        step { _ = try workbench.retentionDue() }
        step { _ = try workbench.smartCheck() }
        step { _ = try workbench.dhrProgress() }
        step { _ = try workbench.dhrDueSoon(agency: "POL") }
        step {
            for meeting in try workbench.meetings() { _ = try workbench.minutesDue(meeting) }
        }
        return failures
    }

    @Test(
        "Out-of-bounds values are refused naming the file; every accepted value runs without a crash",
        arguments: fields)
    func extremeValues(field: Field) throws {
        let directory = TemporaryDirectory()
        var values = Self.extremes
        values += [field.minimum - 1, field.minimum, field.maximum, field.maximum + 1].map(
            String.init)
        var accepted = 0
        for value in values {
            let folder = try Self.policies(field, value, in: directory)
            let number = Int(value)
            let inBounds = number.map { (field.minimum...field.maximum).contains($0) } ?? false
            do {
                let policies = try PolicySet.load(from: folder)
                // `+7` and `007` are integers to XML Schema too.
                #expect(inBounds, "\(field) = \(value) was accepted")
                accepted += 1
                _ = Self.exercise(policies, in: directory)
            } catch {
                #expect(error.description.contains("\(field.file).xml"), "\(error)")
                if case .failsSchema = error.reason {
                    #expect(!inBounds, "\(field) = \(value) fails the schema: \(error)")
                } else {
                    // Within bounds, a value may still contradict another field (a DASH
                    // threshold above the checklist's questions): refused, by the reader.
                    #expect(inBounds, "\(field) = \(value) passed the schema: \(error)")
                }
            }
        }
        // Most fields take both bounds; those tied to another field may take fewer values.
        #expect(accepted >= (field.tied ? 0 : 2), "\(field): accepted \(accepted) values")
    }

    @Test("On the shipped policies every step of the exercise succeeds, so each one is reached")
    func exerciseRunsCleanly() throws {
        let directory = TemporaryDirectory()
        #expect(Self.exercise(try PolicySet.load(from: PackageRoot.policies), in: directory) == 0)
    }

    @Test("Date arithmetic past the calendar throws a sentence, never traps")
    func dayArithmetic() throws {
        let start = day("2026-11-25")
        for months in [Int.max, Int.min, 100_000 * 12, -(2026 * 12), 7974 * 12 + 1] {
            #expect(throws: DayRangeError.self, "\(months) months") {
                try start.adding(months: months)
            }
        }
        for days in [Int.max, Int.min, 3_000_000, -740_000] {
            #expect(throws: DayRangeError.self, "\(days) days") { try start.adding(days: days) }
        }
        #expect(throws: DayRangeError.self) { try start.adding(workingDays: Int.max) }
        #expect(try start.adding(months: -(2025 * 12)) == day("0001-11-25"))
        #expect(try start.adding(days: start.days(until: Day.last)) == Day.last)
        #expect(try Day.last.adding(days: 0) == Day.last)
        let error = DayRangeError(from: start, adding: -100_000, .months)
        #expect(
            error.description
                == "the date 100000 months before 2026-11-25 falls outside the years 1 to 9999: "
                + "a period in the policy (or a date given) is too long")
        let retention = RetentionPolicy.Rule(
            record: .meeting, count: Int.max, unit: .years, trigger: .meeting, note: nil)
        #expect(throws: DayRangeError.self) { try retention.due(from: start) }
    }
}
