import Foundation
import Testing

@testable import MARACKit

/// Issue 12's "done when": a whole cycle in the order a coordinator works (agencies,
/// referrals, then the meeting, attendance, sharing, actions, close, export), through the
/// `marac` binary, whose exported minutes hold every text exactly as it was typed.
@Suite("A coordinator's whole cycle, through the marac binary")
struct WholeCycleBinaryTests {
    /// Free text as coordinators type it: apostrophes, quotes, `<`, `&`, emoji, right-to-left.
    ///
    /// Each is typed inside double quotes in the script. An apostrophe inside an unquoted word
    /// (`risk add C-000002 Perpetrator's brother ...`) is still mangled by the tool's tokenizer
    /// on this branch; that is fixed on `i12-cli` (issue 12 item 2), after which the same
    /// texts can be typed bare.
    enum Typed {
        static let chair = "DI O'Neil"
        static let venue = "St Mary's Hall <Room 2> & annex"
        static let minuteTaker = "Siân D'Arcy"
        static let rep = "PC Ní Bhriain"
        static let risk = "Perpetrator's brother made threats at the victim's workplace"
        static let quoted = "Said \"I'll find you\" <again> & again 😡"
        static let summary = "O'Brien family: injuries seen at A&E <twice> 👩‍👧"
        static let rationale =
            "Risk of serious harm outweighs the refusal — “necessary” & proportionate"
        static let declined = "Can't share: the GP record isn't relevant & \"not proportionate\""
        static let action = "Arrange an interpreter: تقييم المخاطر للضحية"
        static let owner = "D'Souza"
        static let otherAction = "Call the victim's sister <safely> & record it 🛡️"
        static let business = "Translation for the family: הערכת סיכונים & a note"

        static let all = [
            chair, venue, minuteTaker, rep, risk, quoted, summary, rationale, declined, action,
            owner, otherAction, business,
        ]
    }

    /// `text` as a double-quoted word of the tool's script language.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }

    static var script: String {
        let q = quoted
        return """
            agency add POL --name Police --sector police --public-authority --competent-authority
            agency add IDVA --name "IDVA Service" --sector voluntary
            agency add HEALTH --name "GP practice" --sector health --public-authority
            rep add --agency POL --name \(q(Typed.rep))
            case refer --victim "Whole Cycle" --dob 1990-04-01 --by POL --date 2026-03-02 --dash 16 --children 1
            case refer --victim "Second Person" --dob 1985-06-01 --by IDVA --date 2026-11-10 --dash 15
            meeting new --date 2026-11-25 --area default --chair \(q(Typed.chair)) --venue \(q(Typed.venue)) --minute-taker \(q(Typed.minuteTaker)) --next-date 2026-12-09
            agenda build 1
            attend 1 POL present --rep \(q(Typed.rep))
            attend 1 IDVA present
            attend 1 HEALTH apologies
            meeting open 1
            risk add C-000001 --meeting 1 \(q(Typed.risk))
            risk add C-000001 --meeting 1 \(q(Typed.quoted))
            share record C-000001 --by HEALTH --to MARAC,IDVA --summary \(q(Typed.summary)) --categories health --basis preset:public-body-safeguarding --consent refused --common-law public-interest --adult-at-risk "care and support needs: early dementia; at risk; cannot protect herself because she relies on him for her medication" --rationale \(q(Typed.rationale)) --meeting 1
            share decline C-000002 --by HEALTH --reasons \(q(Typed.declined)) --categories health --requested-by MARAC --meeting 1
            action add C-000001 --agency IDVA --due 2026-12-04 --meeting 1 --owner \(q(Typed.owner)) \(q(Typed.action))
            action add C-000002 --agency POL --due 2026-12-02 --meeting 1 \(q(Typed.otherAction))
            aob add 1 \(q(Typed.business))
            meeting close 1
            export agenda 1 --to agenda.odt
            export minutes 1 --to minutes.odt
            export minutes 1 --to minutes.fodt
            export minutes 1 --to minutes.xml
            export minutes 1 --agency IDVA --to idva.odt

            """
    }

    @Test("Every text typed in the cycle is in the exported minutes exactly as given")
    func typedTextSurvives() throws {
        let tool = DocumentBinary()
        let result = try tool.script(Self.script, today: "2026-11-25")
        #expect(result.stdout.contains("minutes written to minutes.odt: 2 cases, 2 actions"))

        let xml = DocumentBinary.unescaped(try tool.text("minutes.xml"))
        let content = DocumentBinary.unescaped(try tool.content("minutes.odt"))
        let flat = DocumentBinary.unescaped(try tool.text("minutes.fodt"))
        for text in Typed.all {
            #expect(xml.contains(text), "XML lost \(text)")
            #expect(content.contains(text), ".odt lost \(text)")
            #expect(flat.contains(text), ".fodt lost \(text)")
        }
        for part in [xml, content, flat] {
            #expect(!part.contains("Whole Cycle") && !part.contains("Second Person"))
        }
        // The record a coordinator expects: cases in agenda order, sharing in
        // words, the decision not to share, the actions and the frozen status.
        #expect(xml.contains(#"frozen="close""#) && xml.contains(#"as-at="2026-11-25""#))
        for text in [
            "Case C-000001", "Case C-000002", "Cases involving children",
            "Consent: refused", "Common law: disclosure in the overriding public interest",
            "Decision not to share", "Final: frozen at the close of the meeting.",
            "Safeguarding children and individuals at risk (DPA2018\u{2011}S1\u{2011}P18)",
        ] {
            #expect(content.contains(text), "\(text)")
        }
        let extract = DocumentBinary.unescaped(try tool.content("idva.odt"))
        #expect(extract.contains(Typed.action) && extract.contains(Typed.owner))
        #expect(!extract.contains(Typed.otherAction) && !extract.contains(Typed.summary))

        let agenda = try tool.content("agenda.odt")
        #expect(agenda.contains("C-000001") && agenda.contains("C-000002"))

        let check = try tool.odfCheck(["minutes.odt", "minutes.fodt", "idva.odt", "agenda.odt"])
        #expect(check.status == 0, "\(check.output)")
    }
}
