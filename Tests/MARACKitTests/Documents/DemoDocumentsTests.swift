import Foundation
import Testing

@testable import MARACKit

/// The documents of the demo area, end to end: the Workbench assembles them from the database
/// (minutes with their sharing records, the DHR action plan, the CSP progress report).
@Suite("Documents of the demo area")
struct DemoDocumentsTests {
    static func demo() throws -> (TemporaryDirectory, Workbench) {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("demo.sqlite"), user: "coordinator", today: day("2026-11-25"))
        _ = try workbench.buildDemo()
        return (directory, workbench)
    }

    @Test("The minutes carry every sharing record of the meeting with its lawful-basis tags")
    func minutesCarrySharing() throws {
        let (directory, workbench) = try Self.demo()
        let minutes = try workbench.minutesData(meeting: 1)
        let recorded = try workbench.sharingLog(meeting: 1)
        #expect(minutes.cases.flatMap(\.sharing).count == recorded.count)
        let tags = Set(minutes.cases.flatMap(\.sharing).flatMap(\.lawfulBases))
        #expect(tags.isSuperset(of: Set(recorded.flatMap(\.basisTags))))
        #expect(tags.contains("DPA2018-sec35-2-b"))

        let path = directory.file("minutes.xml")
        _ = try workbench.exportMinutes(meeting: 1, to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let summary = try DocumentSchema.embedded.read(bytes)
        #expect(summary.sharing == recorded.filter { $0.kind == .shared }.count)
        #expect(summary.cases == minutes.cases.count)

        let extract = try workbench.minutesData(meeting: 1, agency: "POL")
        #expect(extract.cases.allSatisfy { $0.sharing.isEmpty })
    }

    @Test("The action plan lists every action of the review with its recommendation and RAG")
    func actionPlan() throws {
        let (_, workbench) = try Self.demo()
        let plan = try workbench.actionPlanData(review: 1)
        let detail = try workbench.reviewDetail(1)
        #expect(plan.pseudonym == "Adult D")
        #expect(plan.rows.count == detail.actions.count)
        #expect(Set(plan.rows.map(\.scope)) == ["local", "regional", "national"])
        #expect(plan.rows.allSatisfy { $0.rag != nil })
        #expect(
            plan.rows.map(\.recommendationNumber) == plan.rows.map(\.recommendationNumber).sorted())
    }

    @Test("The progress report's figures match the DHR progress figures")
    func progressReport() throws {
        let (_, workbench) = try Self.demo()
        let report = try workbench.progressReportData()
        let progress = try workbench.dhrProgress()
        #expect(report.overall.done == progress.overall.closed)
        #expect(report.overall.total == progress.overall.total - progress.overall.cancelled)
        #expect(report.reviews.map(\.pseudonym) == ["Adult D"])
        #expect(!report.trend.isEmpty)
    }

    @Test(
        "Every document of the demo passes odf-check in every format",
        .enabled(if: ExportTestSupport.canCheckODF))
    func odfCheck() throws {
        let (directory, workbench) = try Self.demo()
        var files: [String] = []
        for format in ["odt", "fodt"] {
            let minutes = directory.file("minutes.\(format)")
            let extract = directory.file("extract.\(format)")
            let agenda = directory.file("agenda.\(format)")
            let plan = directory.file("plan.\(format)")
            let progress = directory.file("progress.\(format)")
            _ = try workbench.exportMinutes(meeting: 1, to: minutes)
            _ = try workbench.exportMinutes(meeting: 1, agency: "IDVA", to: extract)
            _ = try workbench.exportAgenda(meeting: 2, to: agenda)
            _ = try workbench.exportActionPlan(review: 1, to: plan)
            _ = try workbench.exportProgressReport(to: progress)
            files += [minutes, extract, agenda, plan, progress]
        }
        for xml in ["plan.xml", "progress.xml", "agenda.xml"] {
            let path = directory.file(xml)
            switch xml {
            case "plan.xml": _ = try workbench.exportActionPlan(review: 1, to: path)
            case "progress.xml": _ = try workbench.exportProgressReport(to: path)
            default: _ = try workbench.exportAgenda(meeting: 2, to: path)
            }
        }
        let result = try ExportTestSupport.run(
            ExportTestSupport.odfCheck, ["--no-render"] + files)
        #expect(result.status == 0, "\(result.output)")
    }
}
