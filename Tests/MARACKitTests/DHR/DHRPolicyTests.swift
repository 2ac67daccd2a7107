import Foundation
import Testing

@testable import MARACKit

@Suite("DHR policies")
struct DHRPolicyTests {
    @Test("The shipped SMART and RAG rules load with their defaults")
    func defaults() throws {
        let policies = try PolicySet.load(from: PackageRoot.policies)
        #expect(policies.smartRules.maximumMonths == 24)
        #expect(policies.smartRules.milestonesAfterMonths == 6)
        #expect(policies.smartRules.vague.count >= 8)
        #expect(policies.smartRules.deliverables.contains("protocol"))
        #expect(policies.rag.rules.contains { $0.condition == .dueWithin(days: 30) })
        #expect(policies.rag.otherwise.rating == .green)
    }

    @Test(
        "A broken SMART or RAG policy is refused, naming the file and line",
        arguments: [
            (
                "smart-rules", #"max-months="24" milestones-after-months="6""#,
                #"max-months="4" milestones-after-months="6""#
            ),
            ("smart-rules", #"<vague id="consider">"#, #"<vague id="raise-awareness">"#),
            ("rag-rules", #"<rule when="due-within" days="30""#, #"<rule when="due-within""#),
        ])
    func broken(file: String, find: String, replace: String) throws {
        let directory = TemporaryDirectory()
        for name in PolicySet.fileNames {
            for ext in ["xml", "rng"] {
                try FileManager.default.copyItem(
                    atPath: "\(PackageRoot.policies)/\(name).\(ext)",
                    toPath: directory.file("\(name).\(ext)"))
            }
        }
        let path = directory.file("\(file).xml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(find))
        // The error names the line of the broken element: the line the edit is on.
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains(find)
                }) + 1
        try text.replacingOccurrences(of: find, with: replace)
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: PolicyError.self) {
            try PolicySet.load(from: directory.path)
        }
        #expect(error.file == path)
        #expect(error.line == line, "\(error)")
    }

    @Test("The demo builds a published review of Adult D with a mixed action plan")
    func demo() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("demo.sqlite"), user: "demo", today: day("2026-11-25"))
        let report = try workbench.buildDemo()
        #expect(report.tryNext.contains("marac smart check"))
        #expect(workbench.today == day("2026-11-25"))
        let detail = try workbench.reviewDetail(1)
        #expect(detail.review.pseudonym == "Adult D")
        #expect(detail.review.status == .published)
        #expect(Set(detail.recommendations.map(\.scope)) == Set(RecommendationScope.allCases))
        #expect(detail.actions.contains { $0.smart.isSMART })
        #expect(detail.actions.contains { $0.smart.findings.contains { $0.letter == .specific } })
        #expect(detail.actions.contains { $0.action.isOverdue(on: workbench.today) })
        #expect(detail.actions.count { $0.action.status == .closed && $0.action.hasEvidence } >= 2)
        #expect(detail.actions.count { $0.action.signedOffOn != nil } == 1)
        #expect(try workbench.verifyAudit().isIntact)
    }
}
