import Foundation
import Testing

@testable import MARACKit

/// Issue 12 item 10 through the `marac` binary: minutes show each lawful-basis tag with its
/// short title and the id unbroken, consent in words; a refused record's suggestions would pass
/// for that agency; a common-law tag in `--basis` records the common-law position.
@Suite("Lawful bases people can read, through the marac binary")
struct SharingPresentationBinaryTests {
    static let setUp = """
        agency add POL --name Police --sector police --public-authority --competent-authority
        agency add HEALTH --name "GP practice" --sector health --public-authority
        case refer --victim "Basis Victim" --dob 1990-04-01 --by POL --date 2026-11-02 --dash 16
        meeting new --date 2026-11-25 --area default --chair "DI Chair"
        agenda build 1
        meeting open 1

        """

    /// `share record` for case C-000001 at meeting 1, with the options given after the basics.
    static func share(_ agency: String, _ options: String) -> String {
        "share record C-000001 --by \(agency) --to MARAC --summary \"Bail conditions\" "
            + "--rationale \"High risk of serious harm\" --meeting 1 \(options)\n"
    }

    @Test("Minutes print short titles beside unbroken ids, and consent and common law in words")
    func readableBases() throws {
        let tool = DocumentBinary()
        try tool.script(
            Self.setUp
                + Self.share(
                    "POL",
                    "--categories criminal-offence --basis DPA2018-sec35-2-b --consent not-sought "
                        + "--consent-reason would-prejudice-purpose --common-law public-interest")
                + Self.share(
                    "HEALTH",
                    "--categories health --basis preset:public-body-unlawful-acts,CL-CONF-PUBINT "
                        + "--consent refused")
                + "export minutes 1 --to minutes.odt\nexport minutes 1 --to minutes.xml\n",
            today: "2026-11-25")
        let content = try tool.content("minutes.odt")
        #expect(content.contains("Law enforcement task (DPA2018\u{2011}sec35\u{2011}2\u{2011}b)"))
        #expect(content.contains("Public task (UKGDPR\u{2011}6\u{2011}1\u{2011}e)"))
        #expect(
            content.contains(
                "Preventing or detecting unlawful acts (DPA2018\u{2011}S1\u{2011}P10)"))
        #expect(content.contains("Consent: not sought: it would prejudice the purpose"))
        #expect(content.contains("Consent: refused"))
        #expect(content.contains("Common law: disclosure in the overriding public interest"))
        #expect(!content.contains("would-prejudice-purpose") && !content.contains("not-sought"))
        #expect(!content.contains("DPA2018-sec35-2-b"))
        let xml = try tool.text("minutes.xml")
        #expect(xml.contains(#"<lawful-basis title="Law enforcement task">DPA2018-sec35-2-b<"#))
        #expect(xml.contains(#"consent="not sought: it would prejudice the purpose""#))

        // Rendered by LibreOffice, every id sits whole on one line of the narrow column.
        let check = try ExportTestSupport.run(
            ExportTestSupport.odfCheck, ["--pdf", tool.directory.path, tool.file("minutes.odt")])
        #expect(check.status == 0, "\(check.output)")
        let text = try ExportTestSupport.run(
            "/usr/bin/pdftotext", ["-layout", tool.file("minutes.pdf"), "-"]
        ).output.replacing("\u{2011}", with: "-")
        for id in ["DPA2018-sec35-2-b", "UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P10"] {
            #expect(text.contains(id), "\(id) is split across lines")
        }
    }

    @Test("A refused Part 3 record is pointed to Schedule 8, and the suggestion passes")
    func suggestionPassesForPartThree() throws {
        let tool = DocumentBinary()
        try tool.script(Self.setUp, today: "2026-11-25")
        let refused = try tool.run(
            script: Self.share(
                "POL",
                "--categories health --basis DPA2018-sec35-2-b,DPA2018-S8-P4 --consent "
                    + "not-sought --consent-reason unsafe --common-law public-interest"),
            today: "2026-11-25")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("rule 5: DPA2018-S8-P4 for an adult"))
        #expect(refused.stderr.contains("such as DPA2018-S8-P1 (Statutory etc purposes)"))
        #expect(
            !refused.stderr.contains("DPA2018-S1-"), "a Part 3 record is not sent to Schedule 1")
        let suggested = try tool.run(
            script: Self.share(
                "POL",
                "--categories health --basis DPA2018-sec35-2-b,DPA2018-S8-P1 --consent "
                    + "not-sought --consent-reason unsafe --common-law public-interest"),
            today: "2026-11-25")
        #expect(suggested.status == 0, "\(suggested.stderr)")

        // Special category data with no condition: a Part 3 record is offered Schedule 8 only.
        let missing = try tool.run(
            script: Self.share(
                "POL",
                "--categories health --basis DPA2018-sec35-2-b --consent not-sought "
                    + "--consent-reason unsafe --common-law public-interest"),
            today: "2026-11-25")
        #expect(missing.stderr.contains("needs a DPA 2018 Schedule 8 condition"))
        #expect(missing.stderr.contains("such as DPA2018-S8-P1"))
        #expect(!missing.stderr.contains("DPA2018-S1-") && !missing.stderr.contains("UKGDPR-9"))

        // A UK GDPR record missing its Schedule 1 paragraph is offered one that passes.
        let paragraph = try tool.run(
            script: Self.share(
                "HEALTH",
                "--categories health --basis UKGDPR-6-1-e,UKGDPR-9-2-g --consent refused "
                    + "--common-law public-interest"),
            today: "2026-11-25")
        let suggestion = try #require(
            paragraph.stderr.firstMatch(of: #/such as (DPA2018-S1-P[0-9]+)/#)?.1)
        let fixed = try tool.run(
            script: Self.share(
                "HEALTH",
                "--categories health --basis UKGDPR-6-1-e,UKGDPR-9-2-g,\(suggestion) --consent "
                    + "refused --common-law public-interest"),
            today: "2026-11-25")
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }

    @Test("A common-law tag in --basis records the position; one that disagrees is refused")
    func commonLawTag() throws {
        let tool = DocumentBinary()
        try tool.script(Self.setUp, today: "2026-11-25")
        let recorded = try tool.run(
            script: Self.share(
                "HEALTH",
                "--categories housing --basis UKGDPR-6-1-e,CL-CONF-PUBINT --consent refused"),
            today: "2026-11-25")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("common law: public-interest"))
        let log = try tool.run(["--json", "share", "list"], today: "2026-11-25")
        #expect(log.stdout.contains(#""commonLawPosition": "public-interest""#))

        let conflict = try tool.run(
            script: Self.share(
                "HEALTH",
                "--categories housing --basis UKGDPR-6-1-e,CL-CONF-LAW --consent refused "
                    + "--common-law public-interest"),
            today: "2026-11-25")
        #expect(conflict.status != 0)
        #expect(
            conflict.stderr.contains(
                "rule 7: CL-CONF-LAW stands for law but the recorded common-law position is "
                    + "public-interest"))
        let two = try tool.run(
            script: Self.share(
                "HEALTH",
                "--categories housing --basis UKGDPR-6-1-e,CL-CONF-LAW,CL-CONF-PUBINT "
                    + "--consent refused"),
            today: "2026-11-25")
        #expect(two.stderr.contains("CL-CONF-LAW and CL-CONF-PUBINT stand for different"))
        let none = try tool.run(
            script: Self.share(
                "HEALTH", "--categories housing --basis UKGDPR-6-1-e --consent refused"),
            today: "2026-11-25")
        #expect(none.stderr.contains("or give a common-law tag (CL-CONF-CONSENT"))
        let stored = try tool.run(["--json", "share", "list"], today: "2026-11-25")
        #expect(stored.stdout.components(separatedBy: "\"caseReference\"").count == 2)
    }

    @Test("share record's usage shows what is required, the common-law position included")
    func usageShowsRequired() throws {
        let tool = DocumentBinary()
        try tool.script(Self.setUp, today: "2026-11-25")
        let missing = try tool.run(
            ["share", "record", "C-000001", "--by", "POL"], today: "2026-11-25")
        #expect(missing.status != 0)
        #expect(
            missing.stderr.contains(
                "--basis TAG,... --consent sought|given|refused|not-sought --rationale TEXT "
                    + "[--common-law consent|law|public-interest]"))
        let help = try tool.run(["help", "share", "record"], today: "2026-11-25")
        #expect(help.stdout.contains("Required: REF and every option outside brackets"))
        #expect(help.stdout.contains("CL-CONF-PUBINT"))
    }
}
