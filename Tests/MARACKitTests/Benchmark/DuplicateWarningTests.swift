import Testing

@testable import MARACKit

@Suite("Possible-duplicate warning, measured")
struct DuplicateWarningTests {
    /// The floors the warning must keep on a generated area (the figures at 10,000 and
    /// 100,000 people are in `benchmarks/RESULTS.md`): a change to the keys or the rule that
    /// loses true duplicates or shows coordinators more false warnings fails here.
    static let recallFloor = 0.90
    static let falseWarningsPer100Ceiling = 1.5

    @Test(
        "On 3,000 generated people, at least 90% of true duplicates are warned of, with under 1.5 false warnings per 100 referrals"
    )
    func floors() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("duplicates.sqlite"), user: "tester",
            today: Day(year: 2026, month: 11, day: 25))
        let report = try workbench.measureDuplicateWarnings(SyntheticPeople(people: 3_000, seed: 7))
        #expect(report.trueDuplicates > 300, "the generator made variants to find")
        let audited: Int? = try workbench.db.scalar(
            "SELECT count(*) FROM audit_log WHERE command = 'bench duplicates'")
        #expect(audited == 1)
        #expect(report.recall >= Self.recallFloor, "recall \(report.recall)")
        #expect(
            report.falseWarningsPer100 <= Self.falseWarningsPer100Ceiling,
            "\(report.falseWarningsPer100) false warnings per 100 referrals")
        // Every kind of variant is found most of the time.
        for variant in report.byVariant {
            let recall = Double(variant.warned) / Double(variant.trueDuplicates)
            #expect(recall >= 0.6, "\(variant.variant): \(recall)")
        }
    }

    @Test("The generator is deterministic and labels the truth")
    func deterministic() {
        let a = SyntheticPeople(people: 500, seed: 3).referrals()
        let b = SyntheticPeople(people: 500, seed: 3).referrals()
        #expect(a == b)
        #expect(Set(a.map(\.person)).count == 500)
        let later = a.filter { $0.variant != nil }
        #expect(later.count > 100)
        #expect(Set(later.compactMap(\.variant)).count == SyntheticPeople.Variant.allCases.count)
        // A variant is the person's name written another way: never another person's label.
        let first = Dictionary(a.filter { $0.variant == nil }.map { ($0.person, $0) }) { x, _ in x }
        for referral in later where referral.variant == .sameSpelling {
            #expect(first[referral.person]?.name == referral.name)
        }
    }

    @Test(
        "A stranger with the same date of birth is no warning"
    )
    func noWarningForStrangers() throws {
        let born = try Day(parsing: "1985-03-02")
        let known = KnownPerson(names: ["Mary Smith"], dateOfBirth: born)
        #expect(
            DuplicateRule.evidence(name: "Adaeze Okafor", dateOfBirth: born, against: known) == nil)
    }
}
