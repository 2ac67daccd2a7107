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
        // Twelve referrals, one overridden, and one received transferred in from Northshire.
        #expect(try workbench.cases().count == 14)
        #expect(
            try workbench.caseDetail("C-000014").transfers.map(\.otherMARAC) == [
                "Northshire (demo)"
            ])
        #expect(try workbench.caseDetail("C-000001").idva?.engagement == .engaged)
        #expect(try workbench.cases(repeatOnly: true).count == 1)
        #expect(try !workbench.actions(ActionFilter(overdue: true)).isEmpty)
        #expect(try workbench.meetingDetail(2).agenda.count == 6)
        #expect(try workbench.verifyAudit().isIntact)
        #expect(try workbench.buildDemo().alreadyLoaded)
    }
}
