import Testing

@testable import MARACKit

@Suite("DHR action plan import")
struct ActionPlanImportTests {
    static let good = """
        Recommendation,Scope of recommendation,Action to take,Lead agency,Key milestones achieved,Target date,Date of completion and outcome,owner,measure
        "1. Agencies should record coercive control.",local,"Publish a coercive control procedure, with a checklist",POL,"draft agreed",31/03/2027,,DI Example,procedure published
        1,local,Deliver training to 40 officers,POL,,2026-06-30,"01/03/2026: 42 officers trained",DI Example,40 officers trained
        2 Hospitals should share injury data,regional,Consider information sharing,HEALTH,,2027-02-01,,,
        """

    @Test(
        "A Home Office style plan is imported with its recommendations and completions",
        arguments: Backend.all)
    func importsPlan(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.workbench.newReview(
            NewReview(pseudonym: "Adult E", csp: "CSP", decisionDate: day("2025-11-01")))
        let report = try test.workbench.importActionPlan(review: review.id, csv: Self.good)
        #expect(report.imported == 3)
        #expect(report.recommendationsAdded == 2)
        #expect(report.closed == 1)
        #expect(report.notSMART.map(\.line) == [2, 3, 4])
        let detail = try test.workbench.reviewDetail(review.id)
        #expect(detail.recommendations.map(\.number) == [1, 2])
        #expect(detail.recommendations.map(\.scope) == [.local, .regional])
        #expect(detail.recommendations[1].text == "Hospitals should share injury data")
        let trained = detail.actions[1].action
        #expect(trained.status == .closed)
        #expect(trained.completedOn == day("2026-03-01"))
        #expect(trained.outcome == "42 officers trained")
        #expect(detail.actions[0].action.target == day("2027-03-31"))
        #expect(
            detail.actions[0].action.text
                == "Publish a coercive control procedure, with a checklist")
        let progress = try test.workbench.dhrProgress(review: review.id)
        #expect(progress.overall.closedWithoutEvidence == 1)
        #expect(progress.trend.first?.day == day("2026-03-31"))
        #expect(progress.trend.first?.closed == 1)
        #expect(try test.workbench.auditLog().last?.command == "dhr import")
    }

    @Test("Every bad row is reported by line and nothing is imported", arguments: Backend.all)
    func badRowsRefuseAll(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.workbench.newReview(NewReview(pseudonym: "Adult E", csp: "CSP"))
        let csv = """
            recommendation,scope,action,lead agency,target date,date of completion and outcome
            1 Good recommendation,local,Publish a procedure for staff,POL,2027-01-01,
            2 Another,local,"A field spanning
            two lines",NOPE,2027-01-01,
            3 Third,county,Publish a policy,POL,2027-01-01,
            4 Fourth,local,Publish a policy,POL,31/02/2027,
            Fifth,local,Publish a policy,POL,2027-01-01,
            1,national,Publish a policy,POL,2027-01-01,
            6 Sixth,local,Publish a policy,POL,2027-01-01,2027-01-01: done
            7 Seventh,local,Publish a policy,POL,2027-01-01,finished
            8 Eighth,local,Publish a policy,POL
            """
        let error = #expect(throws: ActionPlanImportError.self) {
            try test.workbench.importActionPlan(review: review.id, csv: csv)
        }
        #expect(error?.rejected.map(\.line) == [3, 5, 6, 7, 8, 9, 10, 11])
        #expect(
            error?.rejected[0].reason
                == #"unknown agency "NOPE"; expected the code of a registered agency (see 'agency list')"#
        )
        #expect(error?.rejected[1].reason == "scope: local, regional or national")
        #expect(
            error?.rejected[2].reason.hasPrefix("target: a date as YYYY-MM-DD or DD/MM/YYYY")
                == true)
        #expect(
            error?.rejected[4].reason.hasPrefix("scope: local, the scope of recommendation 1")
                == true)
        #expect(error?.rejected[7].reason == "row: 6 fields, got 4")
        #expect(error?.description.contains("spanning") == false)
        let detail = try test.workbench.reviewDetail(review.id)
        #expect(detail.actions.isEmpty)
        #expect(detail.recommendations.isEmpty)
        #expect(try test.workbench.auditLog().last?.command == "dhr new")
    }

    @Test("An unknown or missing column is refused before any row is read", arguments: Backend.all)
    func header(backend: Backend) throws {
        let test = try TestWorkbench(backend)
        let review = try test.workbench.newReview(NewReview(pseudonym: "Adult E", csp: "CSP"))
        #expect(throws: DHRError.self) {
            try test.workbench.importActionPlan(
                review: review.id, csv: "recommendation,colour\n1,red\n")
        }
        let missing = #expect(throws: DHRError.self) {
            try test.workbench.importActionPlan(
                review: review.id, csv: "recommendation,scope,action,lead agency\n")
        }
        #expect(missing?.description.hasPrefix(#"header: a column named "target date""#) == true)
    }
}
