import Foundation

@testable import MARACKit

/// A MARAC meeting built through the workbench, and constructed DHR documents, all carrying
/// adversarial text, for the document tests.
enum DocumentFixtures {
    /// A victim's name no document may contain.
    static let victimName = "Zephyrine Quillfeather"
    /// The creation time stamped on every test export.
    static let created = Date(timeIntervalSince1970: 1_795_000_000)
    /// The lawful-basis tags on the constructed sharing records.
    static let lawfulBases = ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P18", "UKGDPR-10-DL"]

    /// Adversarial text: the shared list (markup, `]]>`, quotes, emoji, Arabic, Hebrew, control
    /// characters, a form feed, a 10,000-character note).
    static var adversarial: [String] { ExportTestSupport.adversarial }

    /// A meeting on 25 November 2026 with three cases heard (one involving children, one a
    /// repeat of the named victim), one deferred, attendance, risks and actions by three
    /// agencies, and incomplete actions from an earlier meeting (one blocked).
    struct Meeting {
        let test: TestWorkbench
        let id: Int
        /// The references of the cases heard, in agenda order.
        let references: [String]
        /// A unique word starting each action's text (pandoc wraps text but not words).
        let actionTokens: [String]
        /// The full text of each action agreed at the meeting, by agency code.
        let actionTexts: [(agency: String, text: String)]

        var workbench: Workbench { test.workbench }
    }

    static func meeting(_ backend: Backend = .sqlite) throws -> Meeting {
        let test = try TestWorkbench(backend)
        // PostgreSQL's text cannot hold a NUL character (the server refuses it, see
        // PostgreSQLDriverTests); the rest of the adversarial text goes to both backends.
        let adversarial =
            backend == .sqlite
            ? Self.adversarial : Self.adversarial.map { $0.filter { $0 != "\u{0}" } }
        let workbench = test.workbench
        try workbench.addAgency(
            Agency(
                code: "HOUSING", name: "Housing <Options> & \"Advice\" \u{0C}", sector: "housing",
                isPublicAuthority: true, isCompetentAuthority: false))

        // An earlier meeting whose actions are still incomplete.
        let first = try test.refer(victimName, on: "2026-06-01", children: 2)
        let earlier = try workbench.newMeeting(
            date: day("2026-06-10"), area: "default", chair: "DI Earlier")
        _ = try workbench.buildAgenda(earlier.id)
        let blocked = try workbench.addAction(
            reference: first.reference, agency: "HOUSING", due: day("2026-07-01"),
            text: "EARLIER-BLOCKED move to a refuge out of area", meeting: earlier.id)
        _ = try workbench.addAction(
            reference: first.reference, agency: "POL", due: day("2026-07-01"),
            text: "EARLIER-NOTDONE fit a panic alarm", owner: "PC Late", meeting: earlier.id)
        _ = try workbench.updateAction(
            blocked.id, ActionChange(status: .blocked, note: "victim moved"))
        _ = try workbench.openMeeting(earlier.id)
        _ = try workbench.closeMeeting(earlier.id)

        // This meeting: the repeat, a case with children, one without, one to be deferred.
        let repeatCase = try test.refer(victimName, on: "2026-11-01")
        let withChildren = try test.refer("Another Person", on: "2026-11-02", children: 3)
        let plain = try test.refer("Third Person", on: "2026-11-03")
        let deferred = try test.refer("Fourth Person", on: "2026-11-04")
        let meeting = try workbench.newMeeting(
            date: day("2026-11-25"), area: "default", chair: "Chair \(adversarial[5])")
        _ = try workbench.buildAgenda(meeting.id)
        _ = try workbench.deferAgendaItem(meeting: meeting.id, reference: deferred.reference)
        _ = try workbench.openMeeting(meeting.id)
        try workbench.addRepresentative(agency: "POL", name: "DS Smith")
        try workbench.addRepresentative(agency: "IDVA", name: adversarial[7])
        try workbench.recordAttendance(
            meeting: meeting.id, agency: "POL", status: .present, representative: "DS Smith")
        try workbench.recordAttendance(
            meeting: meeting.id, agency: "IDVA", status: .present,
            representative: adversarial[7])
        try workbench.recordAttendance(
            meeting: meeting.id, agency: "CSC", status: .apologies, representative: "A Manager",
            isDeputy: true)
        try workbench.recordAttendance(meeting: meeting.id, agency: "HOUSING", status: .absent)

        let references = try workbench.meetingDetail(meeting.id).agenda.map(\.reference)
        var tokens: [String] = []
        var texts: [(String, String)] = []
        let agencies = ["POL", "IDVA", "HOUSING"]
        for (index, reference) in [withChildren, repeatCase, plain].map(\.reference).enumerated() {
            _ = try workbench.addRisk(
                reference: reference, meeting: meeting.id,
                text: "Risk \(index): " + adversarial[(index * 3) % adversarial.count])
            _ = try workbench.addRisk(
                reference: reference, meeting: meeting.id, text: adversarial[12])
            for (offset, agency) in agencies.enumerated() where (index + offset) % 3 != 2 {
                let token = "ACTION-\(index)-\(agency)"
                // Storage ends text at a NUL character (it binds C strings), so leave NUL out
                // of the texts compared after a round trip through the database.
                let text =
                    "\(token) "
                    + adversarial[(index * 4 + offset) % adversarial.count]
                    .replacing("\u{0}", with: "")
                _ = try workbench.addAction(
                    reference: reference, agency: agency, due: day("2026-12-0\(offset + 1)"),
                    text: text, owner: offset == 0 ? "DS Smith" : nil, meeting: meeting.id)
                tokens.append(token)
                texts.append((agency, text))
            }
        }
        return Meeting(
            test: test, id: meeting.id, references: references, actionTokens: tokens,
            actionTexts: texts)
    }

    /// Two sharing records for a case, as the sharing adapter will provide them.
    static func sharing(_ reference: String) -> [SharedInformation] {
        [
            SharedInformation(
                agency: "POL", recipients: ["MARAC"],
                summary: "SUMMARY-\(reference) " + adversarial[3] + " " + adversarial[12],
                categories: ["criminal-offence", "health"], lawfulBases: lawfulBases,
                consent: "not sought: unsafe",
                commonLaw: "overriding public interest " + adversarial[8],
                rationale: "necessary to reduce the risk of serious harm " + adversarial[6]),
            SharedInformation(
                agency: "HEALTH", recipients: ["IDVA", "CSC"], summary: adversarial[1],
                categories: ["children"], lawfulBases: ["CL-CONF-PUBINT", "CDA1998-s115"],
                consent: "given", commonLaw: "consent"),
        ]
    }

    /// The meeting's minutes with constructed sharing records on every case.
    static func minutes(_ meeting: Meeting, marking: String? = nil) throws -> MinutesData {
        var minutes = try meeting.workbench.minutesData(meeting: meeting.id)
        for index in minutes.cases.indices {
            minutes.cases[index].sharing = sharing(minutes.cases[index].reference)
        }
        if let marking { minutes.marking = marking }
        return minutes
    }

    /// A DHR action plan with adversarial text in every column.
    static func actionPlan() -> ActionPlanData {
        ActionPlanData(
            pseudonym: "Adult D", csp: "Anytown Community Safety Partnership", type: .dhr,
            deathDate: day("2025-03-14"), decisionDate: day("2025-05-02"),
            submissionDate: day("2026-04-30"), chair: "Independent Chair " + adversarial[6],
            status: "in-progress", asOf: day("2026-11-25"),
            rows: [
                .init(
                    recommendationNumber: "1",
                    recommendation: "Agencies should share DASH risk assessments at first contact. "
                        + adversarial[3],
                    scope: "local", actionID: 1,
                    action: "Write and publish a DASH sharing protocol " + adversarial[4],
                    leadAgency: "Police", owner: "DCI Lead",
                    milestones: "Draft circulated "
                        + adversarial[2], targetDate: day("2026-06-30"),
                    completedOn: day("2026-06-20"), outcome: "Protocol published " + adversarial[5],
                    status: "done", rag: .green),
                .init(
                    recommendationNumber: "1", recommendation: "", scope: "local", actionID: 2,
                    action: "Train 200 front-line staff on the protocol " + adversarial[12],
                    leadAgency: "Health " + adversarial[7], milestones: adversarial[0],
                    targetDate: day("2026-10-31"), status: "in-progress", rag: .red),
                .init(
                    recommendationNumber: "2",
                    recommendation: "GP practices should flag MARAC cases. " + adversarial[8],
                    scope: "national", actionID: 3,
                    action: "Add a MARAC flag to GP records "
                        + adversarial[9], leadAgency: "Health", milestones: adversarial[10],
                    targetDate: day("2027-03-31"), status: "open", rag: .amber),
            ])
    }

    /// A progress report with adversarial names.
    static func progressReport() -> ProgressReportData {
        ProgressReportData(
            csp: "Anytown CSP " + adversarial[3], asOf: day("2026-11-25"),
            reviews: [
                .init(
                    pseudonym: "Adult D", status: "in-progress",
                    figures: .init(total: 12, done: 5, overdue: 3, withoutEvidence: 1)),
                .init(
                    pseudonym: "Adult E " + adversarial[6], type: .dardr, status: "approved",
                    figures: .init(total: 0, done: 0)),
            ],
            agencies: [
                .init(agency: "Police", figures: .init(total: 7, done: 4, overdue: 1)),
                .init(agency: adversarial[7], figures: .init(total: 5, done: 1, overdue: 2)),
            ],
            trend: [
                .init(period: "2026-Q2", figures: .init(total: 10, done: 1)),
                .init(period: "2026-Q3", figures: .init(total: 12, done: 3, overdue: 2)),
                .init(period: "2026-Q4 " + adversarial[1], figures: .init(total: 12, done: 5)),
            ])
    }

    /// Runs `odf-check` on `files`; the exit status and output.
    static func odfCheck(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ExportTestSupport.run(ExportTestSupport.odfCheck, arguments)
    }
}
