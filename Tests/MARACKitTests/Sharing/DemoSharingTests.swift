import Testing

@testable import MARACKit

@Suite("Demo sharing")
struct DemoSharingTests {
    @Test("The demo records sharing by each kind of agency, a decision not to share and a refusal")
    func demoSharing() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("demo.sqlite"), user: "demo", today: day("2026-11-25"))
        let report = try workbench.buildDemo()
        #expect(
            report.steps.contains {
                $0.hasPrefix(
                    "refused a HOUSING sharing record: rule 4: UKGDPR-6-1-f cannot be used")
            })
        #expect(report.tryNext.contains("marac share register"))
        let log = try workbench.sharingLog()
        #expect(log.filter { $0.kind == .shared }.count == 6)
        // One of them about a child, under para 18 without the adult-at-risk test.
        let child = try #require(log.first { $0.subject == .child(1) })
        #expect(child.agencyCode == "CSC" && child.basisTags.contains("DPA2018-S1-P18"))
        #expect(child.adultAtRiskTest == nil)
        #expect(log.filter { $0.kind == .declined }.map(\.agencyCode) == ["HEALTH-GP"])
        let police = try #require(log.first { $0.agencyCode == "POL" })
        #expect(police.basisTags.contains("DPA2018-sec35-2-b"))
        let health = try #require(log.first { $0.agencyCode == "HEALTH-GP" && $0.kind == .shared })
        #expect(health.basisTags.starts(with: ["UKGDPR-6-1-e", "UKGDPR-9-2-h", "DPA2018-S1-P2"]))
        let register = try workbench.sharingRegister()
        #expect(register.totalRecords == 6)
        #expect(register.withoutConsent.count == 4)
        #expect(try workbench.sharingLog(meeting: 1).count == 6)
        #expect(try workbench.verifyAudit().isIntact)
    }
}
