import Testing

@testable import MARACKit

@Suite("Demo")
struct DemoTests {
    @Test("The demo builds a whole area with repeats, a refused referral and overdue actions")
    func demo() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("demo.sqlite"), user: "demo", today: day("2026-11-25"))
        let report = try workbench.buildDemo()
        #expect(!report.alreadyLoaded)
        #expect(report.steps.contains { $0.contains("refused a HOUSING referral") })
        // Twelve referrals, one overridden, one received transferred in from Northshire, and one
        // victim referred again under a misspelt name.
        #expect(try workbench.cases().count == 15)
        #expect(
            try workbench.caseDetail("C-000014").transfers.map(\.otherMARAC) == [
                "Northshire (demo)"
            ])
        #expect(try workbench.caseDetail("C-000001").idva?.engagement == .engaged)
        // A victim referred again under a misspelt name is warned of and left for review.
        #expect(
            report.steps.contains {
                $0.hasPrefix(
                    "referred C-000015 with the victim's name misspelt: warned it may be C-000003")
            })
        let pairs = try workbench.possibleDuplicatePairs()
        #expect(
            pairs.contains {
                $0.cases == ["C-000015"] && $0.otherCases == ["C-000003"] && $0.dateOfBirth == .same
            })
        #expect(try workbench.cases(repeatOnly: true).count == 1)
        #expect(try !workbench.actions(ActionFilter(overdue: true)).isEmpty)
        #expect(try workbench.meetingDetail(2).agenda.count == 6)
        #expect(try workbench.verifyAudit().isIntact)
        #expect(try workbench.buildDemo().alreadyLoaded)
    }
}
