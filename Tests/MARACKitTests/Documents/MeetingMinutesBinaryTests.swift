import Foundation
import Testing

@testable import MARACKit

/// Issue 12 item 11 through the `marac` binary: minutes agencies recognise (per case its
/// criteria, DASH score, repeat of which case and children; per meeting its venue, chair,
/// minute-taker, next meeting and any other business); the extract marks overdue actions; an
/// agency representative exports their own agency's extract and nothing else.
@Suite("Minutes agencies recognise, through the marac binary")
struct MeetingMinutesBinaryTests {
    static let cycle = """
        agency add POL --name Police --sector police --public-authority --competent-authority
        agency add IDVA --name "IDVA Service" --sector voluntary
        case refer --victim "Record Victim" --dob 1990-04-01 --by POL --date 2026-03-02 --dash 16 --children 2
        meeting new --date 2026-03-18 --area default --chair "DI Chair"
        agenda build 1
        meeting open 1
        action add C-000001 --agency IDVA --due 2026-04-01 --meeting 1 Refer to the refuge
        meeting close 1
        case refer --victim "record victim" --dob 1990-04-01 --by IDVA --date 2026-11-02 --dash 9 --visible-high-risk "threats to kill" --children 2
        meeting new --date 2026-11-25 --area default --chair "DI Chair" --venue "Town Hall, Room 2" --minute-taker "Sam Clerk" --next-date 2026-12-09
        meeting edit 2 --venue "Civic Centre, Room 4"
        agenda build 2
        attend 2 POL present --rep "DS Rep"
        meeting open 2
        action add C-000002 --agency POL --due 2026-12-01 --meeting 2 Flag the address
        action add C-000002 --agency IDVA --due 2026-12-04 --meeting 2 Agree a safety plan
        aob add 2 The January meeting moves to the Civic Centre

        """

    @Test("Minutes carry each case's criteria, DASH, repeat and children, and the meeting's record")
    func meetingRecord() throws {
        let tool = DocumentBinary()
        try tool.script(
            Self.cycle + "export minutes 2 --to minutes.odt\nexport minutes 2 --to minutes.xml\n",
            today: "2026-11-25")
        let content = try tool.content("minutes.odt")
        for text in [
            "Criteria: professional judgement (visible high risk); repeat referral",
            "DASH score 9", "Repeat of C-000001", "2 children in the household",
            "Civic Centre, Room 4", "Sam Clerk", "DI Chair", "Minute-taker", "Next meeting",
            "Wednesday 9 December 2026", "6. Any other business",
            "The January meeting moves to the Civic Centre", "7. Date of the next meeting",
            "The next meeting is on Wednesday 9 December 2026.",
        ] {
            #expect(content.contains(text), "\(text)")
        }
        #expect(!content.contains("Town Hall"), "the edited venue replaces the first")
        let xml = try tool.text("minutes.xml")
        #expect(xml.contains(#"venue="Civic Centre, Room 4""#))
        #expect(xml.contains(#"minute-taker="Sam Clerk" next-meeting="2026-12-09""#))
        #expect(xml.contains(#"dash="9" repeat-of="C-000001""#))
        #expect(xml.contains("<item>The January meeting moves to the Civic Centre</item>"))
        let check = try tool.odfCheck(["minutes.odt"])
        #expect(check.status == 0, "\(check.output)")

        // The first meeting's minutes name its DASH criterion with the checklist's length.
        try tool.script("export minutes 1 --to first.odt\n", today: "2026-11-25")
        #expect(try tool.content("first.odt").contains("Criteria: DASH score 16 of 24"))
    }

    @Test("meeting edit and aob add refuse bad values and closed meetings")
    func editRefused() throws {
        let tool = DocumentBinary()
        try tool.script(Self.cycle, today: "2026-11-25")
        let early = try tool.run(
            ["meeting", "edit", "2", "--next-date", "2026-11-20"], today: "2026-11-25")
        #expect(early.status != 0)
        #expect(early.stderr.contains("--next-date"))
        let closed = try tool.run(
            ["meeting", "edit", "1", "--venue", "Elsewhere"], today: "2026-11-25")
        #expect(closed.status != 0)
        let aob = try tool.run(["aob", "add", "1", "Too", "late"], today: "2026-11-25")
        #expect(aob.status != 0)
        let nothing = try tool.run(["meeting", "edit", "2"], today: "2026-11-25")
        #expect(nothing.status != 0 && nothing.stderr.contains("at least one of"))
    }

    @Test("The agency extract marks overdue actions, as at its day")
    func extractMarksOverdue() throws {
        let tool = DocumentBinary()
        try tool.script(
            Self.cycle + "export minutes 2 --agency IDVA --to idva.odt\n"
                + "export minutes 2 --agency POL --to pol.odt\n",
            today: "2026-11-25")
        let idva = try tool.content("idva.odt")
        // The refuge referral from March, due 1 April and still open, is overdue.
        #expect(
            idva.contains("Refer to the refuge") && idva.contains("Open<text:line-break/>Overdue"))
        #expect(idva.contains("Overdue: past its due date on 25 November 2026"))
        #expect(idva.contains("Agree a safety plan") && !idva.contains("Flag the address"))
        let pol = try tool.content("pol.odt")
        #expect(pol.contains("Flag the address") && !pol.contains("Overdue"))
        let check = try tool.odfCheck(["idva.odt", "pol.odt"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("An agency representative exports their own agency's extract and nothing else")
    func representativeExportsOwnExtract() throws {
        let tool = DocumentBinary()
        try tool.script(
            Self.cycle + "user add idva-rep --role agency-rep --agency IDVA\n", today: "2026-11-25")
        func asRep(_ arguments: [String]) throws -> DocumentBinary.Result {
            try tool.run(arguments, today: "2026-11-25", user: "idva-rep")
        }
        let own = try asRep(["export", "minutes", "2", "--agency", "IDVA", "--to", "own.xml"])
        #expect(own.status == 0, "\(own.stderr)")
        let xml = try tool.text("own.xml")
        #expect(xml.contains(#"extract-for="IDVA""#) && xml.contains("Agree a safety plan"))
        #expect(!xml.contains("Flag the address"))

        for (arguments, file) in [
            (["export", "minutes", "2", "--to", "full.odt"], "full.odt"),
            (["export", "minutes", "2", "--agency", "POL", "--to", "pol.odt"], "pol.odt"),
            (["export", "action-status", "2", "--to", "status.odt"], "status.odt"),
        ] {
            let refused = try asRep(arguments)
            #expect(refused.status != 0, "\(arguments)")
            #expect(
                refused.stderr.contains(
                    "may export only their own agency's extract (--agency IDVA)"),
                "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: tool.file(file)))
        }
        let agenda = try asRep(["export", "agenda", "2", "--to", "agenda.odt"])
        #expect(agenda.status != 0 && agenda.stderr.contains("needs one of the roles"))
        let status = try asRep([
            "export", "action-status", "2", "--agency", "IDVA", "--to", "s.xml",
        ])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!(try tool.text("s.xml")).contains("Flag the address"))
    }
}
