import Testing

@testable import MARACKit

@Suite("DHR progress reports")
struct DHRProgressTests {
    /// Five actions added on 2026-01-10 and worked on until 2026-05-20, as hand-counted in
    /// each test below.
    static func scenario() throws -> (TestWorkbench, Review) {
        let test = try TestWorkbench(today: day("2026-01-10"))
        let wb = test.workbench
        let review = try wb.newReview(
            NewReview(pseudonym: "Adult C", csp: "Example CSP", decisionDate: day("2026-01-05")))
        _ = try wb.addRecommendation(review: review.id, number: 1, scope: .local, text: "One.")
        let targets = [
            ("POL", "2026-03-31"), ("POL", "2026-06-30"), ("IDVA", "2026-02-15"),
            ("IDVA", "2026-12-31"), ("CSC", "2026-04-30"),
        ]
        var ids: [Int] = []
        for (agency, target) in targets {
            ids.append(try test.addAction(review, agency: agency, target: target).id)
        }
        wb.today = day("2026-02-10")
        _ = try wb.updateDHRAction(ids[0], DHRActionChange(status: .closed, evidence: "published"))
        wb.today = day("2026-03-20")
        _ = try wb.updateDHRAction(ids[2], DHRActionChange(status: .cancelled))
        wb.today = day("2026-04-05")
        _ = try wb.updateDHRAction(ids[4], DHRActionChange(status: .closed, evidence: "audit done"))
        _ = try wb.updateDHRAction(ids[1], DHRActionChange(status: .inProgress, note: "started"))
        wb.today = day("2026-05-01")
        _ = try wb.updateDHRAction(
            ids[4], DHRActionChange(status: .inProgress, note: "audit redone"))
        wb.today = day("2026-05-20")
        _ = try wb.signOffDHRAction(ids[0])
        return (test, review)
    }

    @Test("Totals, overdue, sign-offs, RAG counts and % complete match the hand count")
    func overall() throws {
        let (test, review) = try Self.scenario()
        let report = try test.workbench.dhrProgress(review: review.id)
        let all = report.overall
        #expect(
            [
                all.total, all.closed, all.cancelled, all.overdue, all.closedWithoutEvidence,
                all.signedOff,
            ]
                == [5, 1, 1, 1, 0, 1])
        #expect([all.red, all.amber, all.green] == [1, 1, 3])
        #expect(all.percentComplete == 25)
        #expect(report.byReview.map(\.label) == ["R1"])
    }

    @Test("Per agency figures match the hand count")
    func perAgency() throws {
        let (test, _) = try Self.scenario()
        let report = try test.workbench.dhrProgress()
        #expect(report.byAgency.map(\.label) == ["CSC", "IDVA", "POL"])
        #expect(report.byAgency.map(\.total) == [1, 2, 2])
        #expect(report.byAgency.map(\.overdue) == [1, 0, 0])
        #expect(report.byAgency.map(\.percentComplete) == [0, 0, 50])
        let police = try test.workbench.dhrProgress(agency: "POL")
        #expect(police.overall.total == 2)
        #expect(police.trend.last?.percentComplete == 50)
    }

    @Test("The trend replays the update history at each month end")
    func trend() throws {
        let (test, review) = try Self.scenario()
        let trend = try test.workbench.dhrProgress(review: review.id).trend
        #expect(
            trend.map(\.day)
                == ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-20"].map(day))
        #expect(trend.map(\.total) == [5, 5, 4, 4, 4])
        #expect(trend.map(\.closed) == [0, 1, 1, 2, 1])
        #expect(trend.map(\.percentComplete) == [0, 20, 25, 50, 25])
    }

    @Test("An empty selection reports zeros and no trend", arguments: Backend.all)
    func empty(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let report = try test.workbench.dhrProgress()
        #expect(report.overall.total == 0 && report.overall.percentComplete == 0)
        #expect(report.trend.isEmpty)
        #expect(throws: DHRError.unknownReview(4)) { try test.workbench.dhrProgress(review: 4) }
    }
}
