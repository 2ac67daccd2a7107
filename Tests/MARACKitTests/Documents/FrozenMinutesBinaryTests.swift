import Foundation
import Testing

@testable import MARACKit

/// Issue 12 item 3 through the `marac` binary: the minutes of a closed meeting are frozen at
/// the close, whatever happens to its actions afterwards; where actions stand now is the action
/// status report; and every document says the day its content is as at.
@Suite("Frozen minutes and as-at dates, through the marac binary")
struct FrozenMinutesBinaryTests {
    /// A meeting on 25 November 2026, heard and closed the same day, with two actions.
    static let meeting = """
        agency add POL --name Police --sector police --public-authority --competent-authority
        agency add IDVA --name "IDVA Service" --sector voluntary
        rep add --agency POL --name "DS Rep"
        case refer --victim "Frozen Victim" --dob 1990-04-01 --by POL --date 2026-11-02 --dash 16 --children 1
        meeting new --date 2026-11-25 --area default --chair "DI Chair"
        agenda build 1
        attend 1 POL present --rep "DS Rep"
        attend 1 IDVA apologies
        meeting open 1
        risk add C-000001 --meeting 1 Threats made at the workplace
        action add C-000001 --agency POL --due 2026-12-01 --meeting 1 Flag the address
        action add C-000001 --agency IDVA --due 2026-12-01 --meeting 1 Agree a safety plan

        """

    @Test("Minutes exported before and after an action update have the same content")
    func frozenAtClose() throws {
        let tool = DocumentBinary()
        try tool.script(
            Self.meeting + """
                meeting close 1
                export minutes 1 --to first.odt
                export minutes 1 --to first.xml
                export minutes 1 --agency IDVA --to idva-first.xml

                """, today: "2026-11-25")
        let later = try tool.script(
            """
            action update 1 --status done --evidence "Flag confirmed on the police system"
            export minutes 1 --to second.odt
            export minutes 1 --to second.xml
            export minutes 1 --agency IDVA --to idva-second.xml
            export action-status 1 --to status.odt
            export action-status 1 --to status.xml

            """, today: "2026-12-03")
        #expect(later.stdout.contains("action status written to"))

        // The same bytes of content, a week and an action update later.
        #expect(try tool.content("first.odt") == tool.content("second.odt"))
        let first = try tool.text("first.xml")
        #expect(
            DocumentBinary.withoutCreated(first)
                == DocumentBinary.withoutCreated(try tool.text("second.xml")))
        #expect(
            DocumentBinary.withoutCreated(try tool.text("idva-first.xml"))
                == DocumentBinary.withoutCreated(try tool.text("idva-second.xml")))
        #expect(first.contains(#"as-at="2026-11-25""#) && first.contains(#"frozen="close""#))
        #expect(first.contains(#"<action id="1" reference="C-000001" agency="POL""#))
        #expect(first.contains(#"status="open">Flag the address"#))
        #expect(!first.contains(#"status="done""#))
        let minutes = try tool.content("second.odt")
        #expect(minutes.contains("Content as at Wednesday 25 November 2026"))
        #expect(minutes.contains("Final: frozen at the close of the meeting."))
        #expect(!minutes.contains("Overdue"))

        // The action status report is a separate document, as at its own day.
        let status = try tool.text("status.xml")
        #expect(status.contains("<action-status ") && status.contains(#"as-at="2026-12-03""#))
        #expect(status.contains(#"status="done" status-at-close="open" overdue="false""#))
        #expect(status.contains(#"status="open" status-at-close="open" overdue="true""#))
        let summary = try DocumentSchema.embedded.read(try tool.bytes("status.xml"))
        #expect(summary.kind == "action-status" && summary.actions == 2 && summary.cases == 1)
        let report = try tool.content("status.odt")
        #expect(report.contains("This is an action status report, not the minutes."))
        #expect(report.contains("as they stand on Thursday 3 December 2026"))
        #expect(report.contains("Open<text:line-break/>Overdue"))

        let check = try tool.odfCheck(["first.odt", "second.odt", "status.odt"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("Draft minutes follow the actions and say they may change")
    func draftFollowsActions() throws {
        let tool = DocumentBinary()
        try tool.script(Self.meeting + "export minutes 1 --to draft.xml\n", today: "2026-11-25")
        try tool.script(
            """
            action update 1 --status done --evidence "Flag confirmed"
            export minutes 1 --to later.xml
            export minutes 1 --to later.odt

            """, today: "2026-12-03")
        let draft = try tool.text("draft.xml")
        let later = try tool.text("later.xml")
        #expect(draft.contains(#"as-at="2026-11-25""#) && later.contains(#"as-at="2026-12-03""#))
        #expect(!draft.contains(#"status="done""#) && later.contains(#"status="done""#))
        #expect(!later.contains("frozen="))
        let text = try tool.content("later.odt")
        #expect(text.contains("DRAFT. The meeting has not been closed"))
        #expect(text.contains("Content as at Thursday 3 December 2026"))
        // The IDVA action, due on 1 December and still open, is marked overdue.
        #expect(text.contains("Open<text:line-break/>Overdue"))
    }

    @Test("A meeting closed before minutes were frozen at the close is frozen at its first export")
    func frozenAtFirstExport() throws {
        let tool = DocumentBinary()
        try tool.script(Self.meeting + "meeting close 1\n", today: "2026-11-25")
        // As a database closed before this version holds it: a closed meeting, no snapshot.
        do {
            let db = try Database(path: tool.database)
            try db.execute("DELETE FROM minutes_snapshot")
            try db.execute("DELETE FROM minutes_extract_snapshot")
        }
        try tool.script(
            """
            action update 1 --status done --evidence "Flag confirmed"
            export minutes 1 --to first.odt
            export minutes 1 --to first.xml

            """, today: "2026-12-02")
        try tool.script(
            """
            action update 2 --status done --evidence "Plan agreed"
            export minutes 1 --to second.odt
            export minutes 1 --to second.xml

            """, today: "2026-12-09")
        #expect(try tool.content("first.odt") == tool.content("second.odt"))
        let first = try tool.text("first.xml")
        #expect(
            DocumentBinary.withoutCreated(first)
                == DocumentBinary.withoutCreated(try tool.text("second.xml")))
        #expect(first.contains(#"as-at="2026-12-02""#) && first.contains(#"frozen="first-export""#))
        #expect(try tool.content("first.odt").contains("Final: frozen when first exported"))
        let log = try tool.run(["audit", "log"], today: "2026-12-09")
        #expect(log.stdout.contains("minutes frozen as at 2026-12-02"))
        // Each agency's extract was frozen with them.
        let db = try Database(path: tool.database)
        #expect(try db.scalar("SELECT count(*) FROM minutes_extract_snapshot", as: Int.self) == 2)
    }

    @Test(
        "Minutes frozen before agency extracts were: the first export freezes the extracts from them"
    )
    func extractsFrozenFromFrozenMinutes() throws {
        let tool = DocumentBinary()
        try tool.script(Self.meeting + "meeting close 1\n", today: "2026-11-25")
        // As a database frozen before extracts were: the minutes frozen, no extract.
        do {
            let db = try Database(path: tool.database)
            try db.execute("DELETE FROM minutes_extract_snapshot")
        }
        try tool.script(
            """
            action update 2 --status done --evidence "Plan agreed"
            export minutes 1 --agency IDVA --to idva.xml

            """, today: "2026-12-02")
        let db = try Database(path: tool.database)
        #expect(try db.scalar("SELECT count(*) FROM minutes_extract_snapshot", as: Int.self) == 2)
        let extract = try tool.text("idva.xml")
        // As at the close, not as at the export: the action is still open in it.
        #expect(extract.contains("Agree a safety plan") && !extract.contains("Flag the address"))
        #expect(extract.contains(#"as-at="2026-11-25""#) && !extract.contains(#"status="done""#))
        let log = try tool.run(["audit", "log"], today: "2026-12-02")
        #expect(log.stdout.contains("agency extracts frozen from the frozen minutes for IDVA, POL"))
    }

    @Test("Retention removes a deleted case from frozen minutes, and says so")
    func retentionRemovesFromFrozenMinutes() throws {
        let tool = DocumentBinary()
        try tool.script(
            """
            agency add POL --name Police --sector police --public-authority --competent-authority
            agency add IDVA --name "IDVA Service" --sector voluntary
            case refer --victim "Old Case" --dob 1990-04-01 --by POL --date 2026-03-02 --dash 16
            case refer --victim "New Case" --dob 1985-04-01 --by IDVA --date 2026-11-10 --dash 16
            meeting new --date 2026-11-25 --area default --chair "DI Chair"
            agenda build 1
            meeting open 1
            risk add C-000001 --meeting 1 "OLD-RISK threats"
            risk add C-000002 --meeting 1 "NEW-RISK threats"
            share record C-000001 --by POL --to MARAC --summary "OLD-SHARE bail" --categories criminal-offence --basis DPA2018-sec35-2-b --consent not-sought --consent-reason unsafe --common-law public-interest --rationale "High risk" --meeting 1
            action add C-000002 --agency IDVA --due 2026-12-01 --meeting 1 NEW-ACTION plan
            meeting close 1
            export minutes 1 --to before.xml

            """, today: "2026-11-25")
        // Six years after the old referral, before six years after the meeting. (The old case
        // has no action: an action agreed at the meeting would be kept six years from its
        // closure, Policies/retention.xml, and keep its case with it.)
        try tool.script(
            """
            retention purge --confirm
            export minutes 1 --to after.xml
            export minutes 1 --to after.odt

            """, today: "2032-06-01")
        let before = try tool.text("before.xml")
        let after = try tool.text("after.xml")
        for token in ["OLD-RISK", "OLD-SHARE", #"reference="C-000001""#] {
            #expect(before.contains(token) && !after.contains(token), "\(token)")
        }
        for token in ["NEW-RISK", "NEW-ACTION", "C-000002"] {
            #expect(after.contains(token), "\(token)")
        }
        #expect(
            try tool.content("after.odt").contains(
                "Case C-000001 was removed on 2032-06-01: its retention period ended."))
        let log = try tool.run(["audit", "log"], today: "2032-06-01")
        #expect(log.stdout.contains("frozen minutes: case C-000001 removed"))
        // Each agency's frozen extract is rewritten from the changed minutes, with the same note.
        let extracts = try Database(path: tool.database).rows(
            "SELECT content FROM minutes_extract_snapshot"
        ).map { try $0[0] as String }
        #expect(extracts.count == 2)
        for extract in extracts {
            #expect(extract.contains("Case C-000001 was removed on 2032-06-01"), "\(extract)")
        }
        let check = try tool.odfCheck(["after.odt"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("The agenda, action plan and progress report say the day their content is as at")
    func everyDocumentSaysItsDay() throws {
        let tool = DocumentBinary()
        try tool.script(
            Self.meeting + """
                dhr new --pseudonym "Adult Q" --csp "Test CSP" --decision-date 2026-01-10
                dhr rec add R1 --number 1 --scope local Train staff
                dhr action add R1 --rec 1 --agency POL --target 2026-12-31 --measure "100 staff trained" Deliver training to 100 staff
                export agenda 1 --to agenda.odt
                export agenda 1 --to agenda.xml
                export minutes 1 --agency POL --to extract.odt
                export action-plan R1 --to plan.odt
                export action-plan R1 --to plan.xml
                export progress --to progress.odt
                export progress --to progress.xml

                """, today: "2026-11-27")
        for name in ["agenda.xml", "plan.xml", "progress.xml"] {
            #expect(try tool.text(name).contains(#"as-at="2026-11-27""#), "\(name)")
        }
        // A fact row "Content as at | Friday 27 November 2026" (two cells), or a sentence.
        for name in ["agenda.odt", "plan.odt"] {
            let content = try tool.content(name)
            #expect(content.contains("Content as at"), "\(name)")
            #expect(content.contains("Friday 27 November 2026"), "\(name)")
        }
        #expect(try tool.content("extract.odt").contains("Content as at Friday 27 November 2026"))
        #expect(try tool.content("progress.odt").contains("Figures as at Friday 27 November 2026"))
        let check = try tool.odfCheck(["agenda.odt", "extract.odt", "plan.odt", "progress.odt"])
        #expect(check.status == 0, "\(check.output)")
    }
}
