import Testing

@testable import MARACKit

/// The digit-by-digit check of a mistyped date of birth must agree with the edit distance of
/// the dates as written, which it replaces on the import path.
@Suite("Dates of birth one slip apart")
struct DateSlipTests {
    @Test("Agrees with the Damerau-Levenshtein distance of the written dates")
    func agreesWithEditDistance() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // a fixed seed: the same dates every run
        func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
        var days: [Day] = [
            Day(year: 1985, month: 3, day: 12)!, Day(year: 1958, month: 3, day: 12)!,
            Day(year: 1985, month: 3, day: 21)!, Day(year: 1985, month: 12, day: 3)!,
            Day(year: 1985, month: 3, day: 13)!, Day(year: 1895, month: 3, day: 12)!,
            Day(year: 1985, month: 10, day: 3)!, Day(year: 1985, month: 1, day: 30)!,
            Day(year: 1986, month: 3, day: 12)!, Day(year: 999, month: 1, day: 1)!,
        ]
        for _ in 0..<150 {
            days.append(Day(year: next(1930...2010), month: next(1...12), day: next(1...28))!)
        }
        // Near neighbours, where the two checks could disagree.
        for base in days.prefix(60) {
            for (y, m, d) in [(0, 0, 1), (0, 0, 9), (1, 0, 0), (0, 1, 0), (9, 0, 0), (10, 0, 0)] {
                if let near = Day(year: base.year + y, month: base.month + m, day: base.day + d) {
                    days.append(near)
                }
            }
        }
        var disagreements: [String] = []
        for a in days {
            for b in days where a != b {
                let expected = DamerauLevenshtein.distance(a.description, b.description) <= 1
                if DateOfBirthAgreement.oneSlipApart(a, b) != expected {
                    disagreements.append("\(a) \(b)")
                }
            }
        }
        #expect(disagreements.isEmpty)
        #expect(days.count > 400)
    }
}
