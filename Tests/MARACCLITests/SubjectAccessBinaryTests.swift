import Foundation
import MARACTestSupport
import Testing

/// Issue 14 items 1 to 3 through the `marac` binary, on a file and on a server: whom a sharing
/// record is about, subject access bundles, and minutes redacted for one agency.
@Suite("Subjects, subject access and redacted minutes, through the marac binary")
struct SubjectAccessBinaryTests {
    /// One user of a test database: where `marac --db` points for them and their environment.
    struct Actor {
        var database: BinaryDatabase
        var location: String
        var environment: [String: String]

        /// Runs `marac --db LOCATION words...` as this user on `today`.
        @discardableResult
        func run(_ words: [String], today: String = "2026-11-25") throws -> BinaryTests.Result {
            var environment = self.environment
            environment["MARAC_TODAY"] = today
            return try BinaryTests.run(["--db", location] + words, environment: environment)
        }

        /// Runs `words` and records an issue unless it succeeds.
        @discardableResult
        func must(_ words: [String], today: String = "2026-11-25") throws -> BinaryTests.Result {
            let result = try run(words, today: today)
            #expect(result.status == 0, "\(words.joined(separator: " ")): \(result.stderr)")
            return result
        }

        /// A file in the test's folder.
        func file(_ name: String) -> String {
            database.folder.appendingPathComponent(name).path
        }
    }

    /// The coordinator of a fresh database.
    static func coordinator(_ backend: Backend) throws -> Actor {
        let database = try BinaryDatabase(backend)
        return Actor(
            database: database, location: database.location,
            environment: database.environment(user: "coord"))
    }

    /// A user with `role` (and `agency`), added by the coordinator `coordinator`.
    static func user(
        _ name: String, role: String, agency: String? = nil, by coordinator: Actor
    ) throws -> Actor {
        let database = coordinator.database
        var login = name
        var location = database.location
        if let server = database.server {
            login = try server.createLogin(name)
            location = server.uri(as: login)
        }
        try coordinator.must(
            ["user", "add", login, "--role", role] + (agency.map { ["--agency", $0] } ?? []))
        return Actor(
            database: database, location: location,
            environment: database.environment(user: login))
    }

    /// Two agencies and one case heard at an open meeting.
    static let setUp: [[String]] = [
        [
            "agency", "add", "POL", "--name", "Police", "--sector", "police", "--public-authority",
            "--competent-authority",
        ],
        [
            "agency", "add", "CSC", "--name", "Children's social care", "--sector",
            "local-authority", "--public-authority",
        ],
        [
            "agency", "add", "HOUSING", "--name", "Housing", "--sector", "housing",
            "--public-authority",
        ],
        [
            "agency", "add", "EDU", "--name", "Education", "--sector", "education",
            "--public-authority",
        ],
        [
            "case", "refer", "--victim", "Ada Subject", "--dob", "1990-04-01", "--by", "POL",
            "--date", "2026-11-02", "--dash", "16", "--children", "1",
        ],
        ["meeting", "new", "--date", "2026-11-25", "--area", "default"],
        ["agenda", "build", "1"],
        ["meeting", "open", "1"],
    ]

    /// `share record` at meeting 1 by CSC with the safeguarding preset and `extra` options.
    static func safeguarding(_ extra: [String]) -> [String] {
        [
            "share", "record", "C-000001", "--by", "CSC", "--to", "MARAC", "--summary",
            "Concerns at school", "--categories", "health", "--basis",
            "UKGDPR-6-1-e,UKGDPR-9-2-g,DPA2018-S1-P18", "--consent", "not-sought",
            "--consent-reason", "unsafe", "--common-law", "public-interest", "--rationale",
            "Risk of harm", "--meeting", "1",
        ] + extra
    }

    @Test(
        "An adult-at-risk test that says nothing is refused, naming what is missing",
        arguments: Backend.all)
    func adultAtRiskTestMustSaySomething(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        for words in Self.setUp { try coord.must(words) }
        let refused = try coord.run(Self.safeguarding(["--adult-at-risk", "x"]))
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains(
                "rule 5: DPA2018-S1-P18 for an adult needs the adult-at-risk test to say something real"
            ))
        #expect(refused.stderr.contains("what the care and support needs are"))
        #expect(refused.stderr.contains("why the person cannot protect themselves"))
        let restated = try coord.run(
            Self.safeguarding(["--adult-at-risk", "care and support needs; cannot protect herself"])
        )
        #expect(restated.status != 0)
        #expect(restated.stderr.contains("what the care and support needs are"))
        #expect(try coord.run(["share", "list"]).stdout.contains("Concerns at school") == false)
        let real = try coord.must(
            Self.safeguarding([
                "--adult-at-risk",
                "Care and support needs: early dementia; cannot protect herself because she "
                    + "relies on him for her medication",
            ]))
        #expect(real.stdout.contains("about: the victim"))
    }

    @Test(
        "--about is checked against the case, stored, shown and filtered on", arguments: Backend.all
    )
    func aboutStoredShownFiltered(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        for words in Self.setUp { try coord.must(words) }
        let noPerpetrator = try coord.run(
            Self.safeguarding(["--about", "perpetrator", "--adult-at-risk", "x"]))
        #expect(noPerpetrator.status != 0)
        #expect(noPerpetrator.stderr.contains("--about: C-000001 has no perpetrator recorded"))
        let malformed = try coord.run(Self.safeguarding(["--about", "child:0"]))
        #expect(malformed.status == 64)
        #expect(
            malformed.stderr.contains(
                "--about: expected victim|perpetrator[:N]|child[:N]|other:TEXT"))
        let secret = try coord.run(Self.safeguarding(["--about", "nephew:Jo Secretname"]))
        #expect(secret.status == 64)
        let other = try coord.run(Self.safeguarding(["--about", "other:"]))
        #expect(other.stderr.contains("other needs a description"))
        #expect(!secret.stderr.contains("Secretname") || secret.stderr.contains("nephew"))

        let neighbour = try coord.must(
            [
                "share", "record", "C-000001", "--by", "POL", "--to", "MARAC", "--summary",
                "Neighbour called police", "--categories", "criminal-offence", "--basis",
                "DPA2018-sec35-2-b", "--consent", "not-sought", "--consent-reason",
                "would-prejudice-purpose", "--common-law", "public-interest", "--rationale",
                "Witness safety", "--meeting", "1", "--about", "other:a neighbour",
            ])
        #expect(neighbour.stdout.contains("about: other: a neighbour"))
        try coord.must(
            Self.safeguarding([
                "--adult-at-risk",
                "Care and support needs: early dementia; cannot protect herself because she "
                    + "relies on him for her medication",
            ]))
        let all = try coord.must(["share", "list"]).stdout
        #expect(
            all.contains("ABOUT") && all.contains("other:a neighbour") && all.contains("victim"))
        let others = try coord.must(["share", "list", "--about", "other"]).stdout
        #expect(others.contains("Neighbour called") && !others.contains("Concerns at school"))
        let victims = try coord.must(["share", "list", "--about", "victim"]).stdout
        #expect(!victims.contains("Neighbour called") && victims.contains("Concerns at school"))
        #expect(
            try coord.must(["share", "list", "--about", "child"]).stdout.contains("Neighbour")
                == false)

        let shown = try coord.must(["share", "show", "1"]).stdout
        #expect(shown.contains("about: other: a neighbour"))
        #expect(shown.contains("catalogue version: 2025.1"))
        let json = try coord.must(["--json", "share", "show", "1"]).stdout
        #expect(
            json.contains(#""subject" : "other:a neighbour""#)
                || json.contains(#""subject": "other:a neighbour""#))
        #expect(json.contains("2025.1"))
        // The audit log says whom, but not the description (it may name someone).
        let audit = try coord.must(["audit", "log"]).stdout
        #expect(audit.contains("about other; catalogue 2025.1"))
        #expect(!audit.contains("a neighbour"))
    }

    @Test(
        "A record about a child under 18 uses para 18 without the adult-at-risk test; an 18-year-old needs it",
        arguments: Backend.all)
    func aboutAChild(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        for words in Self.setUp { try coord.must(words) }
        try coord.must(["child", "add", "C-000001", "--name", "Kit Subject", "--dob", "2016-05-01"])
        // 18 on 2026-11-24: an adult on the day of sharing.
        try coord.must(["child", "add", "C-000001", "--name", "Lee Subject", "--dob", "2008-11-24"])
        let child = try coord.must(Self.safeguarding(["--about", "child:1"]))
        #expect(child.stdout.contains("about: child 1"), "\(child.stdout)")
        let ambiguous = try coord.run(Self.safeguarding(["--about", "child"]))
        #expect(ambiguous.status != 0)
        #expect(
            ambiguous.stderr.contains("C-000001 has 2 children: say which, as child:N (1 to 2)"))
        let missing = try coord.run(Self.safeguarding(["--about", "child:3"]))
        #expect(missing.stderr.contains("C-000001 has no child 3; it records 2 (1 to 2)"))
        let adult = try coord.run(Self.safeguarding(["--about", "child:2"]))
        #expect(adult.status != 0)
        #expect(
            adult.stderr.contains(
                "rule 5: DPA2018-S1-P18 for an adult needs the adult-at-risk test"))
        let victim = try coord.run(Self.safeguarding([]))
        #expect(victim.stderr.contains("rule 5: DPA2018-S1-P18 for an adult"))
        let listed = try coord.must(["share", "list", "--about", "child:1"]).stdout
        #expect(listed.contains("child:1") && listed.contains("Concerns at school"))
        #expect(
            try coord.must(["share", "list", "--about", "child:2"]).stdout.contains("Concerns")
                == false)
        // A representative records sharing as its agency about the case's child too (on a
        // server, reading the child's date of birth under row-level security).
        let rep = try Self.user("csc_worker", role: "agency-rep", agency: "CSC", by: coord)
        let byRep = try rep.run(Self.safeguarding(["--about", "child:1"]))
        #expect(byRep.status == 0, "\(byRep.stderr)")
        #expect(byRep.stdout.contains("about: child 1"))
        try coord.must(["export", "minutes", "1", "--to", coord.file("child.xml")])
        let xml = try String(contentsOfFile: coord.file("child.xml"), encoding: .utf8)
        #expect(xml.contains(#"about="child 1""#))
    }

    @Test(
        "A perpetrator's bundle holds the records about him, marks his victim's case, and not her sharing",
        arguments: Backend.all)
    func perpetratorBundle(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        for words in Self.setUp { try coord.must(words) }
        try coord.must(
            ["perpetrator", "add", "C-000001", "--name", "Pat Perpetrator", "--dob", "1985-03-03"])
        try coord.must(["risk", "add", "C-000001", "--meeting", "1", "Pat threatens Ada at work"])
        try coord.must(
            [
                "share", "record", "C-000001", "--by", "POL", "--to", "MARAC", "--summary",
                "HIS-RECORD on bail for assault", "--categories", "criminal-offence", "--basis",
                "DPA2018-sec35-2-b", "--consent", "not-sought", "--consent-reason",
                "would-prejudice-purpose", "--common-law", "public-interest", "--rationale",
                "Risk to the victim", "--meeting", "1", "--about", "perpetrator",
            ])
        try coord.must(
            [
                "share", "record", "C-000001", "--by", "POL", "--to", "MARAC", "--summary",
                "HER-RECORD her new address", "--categories", "criminal-offence", "--basis",
                "DPA2018-sec35-2-b", "--consent", "given", "--common-law", "consent",
                "--rationale", "Safety", "--meeting", "1",
            ])
        #expect(try coord.must(["share", "show", "1"]).stdout.contains("about: perpetrator 1"))
        try coord.must(
            ["person", "disclose", "C-000001", "--perpetrator", "--to", coord.file("perp.xml")])
        try coord.must(
            [
                "person", "disclose", "C-000001", "--perpetrator", "--number", "1", "--to",
                coord.file("perp.odt"),
            ])
        let xml = try String(contentsOfFile: coord.file("perp.xml"), encoding: .utf8)
        #expect(xml.contains(#"subject="perpetrator""#))
        #expect(xml.contains(#"name="Pat Perpetrator""#))
        #expect(xml.contains("HIS-RECORD") && !xml.contains("HER-RECORD"))
        #expect(xml.contains("concerns the victim of C-000001"))
        #expect(xml.contains("names another person (the victim of C-000001)"))
        #expect(!xml.contains("Ada Subject"))
        let victims = try String(
            contentsOfFile: {
                try? coord.must(["person", "disclose", "C-000001", "--to", coord.file("her.xml")])
                return coord.file("her.xml")
            }(), encoding: .utf8)
        #expect(victims.contains("HER-RECORD") && !victims.contains("HIS-RECORD"))
        #expect(victims.contains("names another person (perpetrator 1 of C-000001)"))
        #expect(!victims.contains(#"name="Pat Perpetrator""#))
        let none = try coord.run(
            [
                "person", "disclose", "C-000001", "--perpetrator", "--number", "2", "--to",
                coord.file("none.odt"),
            ])
        #expect(none.status != 0 && none.stderr.contains("has no perpetrator 2"))
        let check = try ExportTestSupportCLI.odfCheck([coord.file("perp.odt")])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(
        "Redacted minutes withhold what was shared only with named agencies", arguments: Backend.all
    )
    func redactedMinutes(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        for words in Self.setUp { try coord.must(words) }
        let named = "NAMED-ONLY tenancy arrears and a new address"
        try coord.must(
            [
                "share", "record", "C-000001", "--by", "POL", "--to", "HOUSING,EDU", "--summary",
                named, "--categories", "criminal-offence", "--basis", "DPA2018-sec35-2-b",
                "--consent", "not-sought", "--consent-reason", "would-prejudice-purpose",
                "--common-law", "public-interest", "--rationale", "NAMED-RATIONALE housing risk",
                "--meeting", "1",
            ])
        try coord.must(
            [
                "share", "record", "C-000001", "--by", "POL", "--to", "MARAC", "--summary",
                "EVERYONE bail conditions", "--categories", "criminal-offence", "--basis",
                "DPA2018-sec35-2-b", "--consent", "not-sought", "--consent-reason",
                "would-prejudice-purpose", "--common-law", "public-interest", "--rationale",
                "High risk", "--meeting", "1",
            ])
        for format in ["odt", "xml"] {
            try coord.must(
                ["export", "minutes", "1", "--for", "CSC", "--to", coord.file("csc.\(format)")])
            try coord.must(
                [
                    "export", "minutes", "1", "--for", "HOUSING", "--to",
                    coord.file("housing.\(format)"),
                ])
        }
        let csc = try Self.content(coord.file("csc.odt"))
        #expect(!csc.contains("NAMED-ONLY") && !csc.contains("NAMED-RATIONALE"))
        // The notice says what the mark means; the withheld record carries the mark itself.
        let mark = "[withheld: shared with named agencies only]"
        #expect(csc.components(separatedBy: mark).count - 1 == 2)
        #expect(csc.contains("EVERYONE bail conditions"))
        #expect(csc.contains("MARAC minutes for Children"))
        let cscXML = try String(contentsOfFile: coord.file("csc.xml"), encoding: .utf8)
        #expect(!cscXML.contains("NAMED-ONLY") && !cscXML.contains("NAMED-RATIONALE"))
        #expect(cscXML.contains(#"redacted-for="CSC""#))
        #expect(cscXML.contains("<notice>[withheld: shared with named agencies only]</notice>"))
        let housing = try Self.content(coord.file("housing.odt"))
        #expect(housing.contains("NAMED-ONLY") && housing.contains("NAMED-RATIONALE"))
        #expect(housing.components(separatedBy: mark).count - 1 == 1)
        let check = try ExportTestSupportCLI.odfCheck([
            coord.file("csc.odt"), coord.file("housing.odt"),
        ])
        #expect(check.status == 0, "\(check.output)")

        // --agency stays the agency's own actions; --for with --agency is refused.
        let both = try coord.run(
            [
                "export", "minutes", "1", "--for", "CSC", "--agency", "CSC", "--to",
                coord.file("x.odt"),
            ])
        #expect(both.status != 0 && both.stderr.contains("--for"))
        // A representative: its own agency only (and on a server, not at all).
        let rep = try Self.user("csc_rep", role: "agency-rep", agency: "CSC", by: coord)
        let other = try rep.run(
            ["export", "minutes", "1", "--for", "HOUSING", "--to", coord.file("r.odt")])
        #expect(other.status != 0 && other.stderr.contains("represent CSC"))
        let own = try rep.run([
            "export", "minutes", "1", "--for", "CSC", "--to", coord.file("r.odt"),
        ])
        if backend == .sqlite {
            #expect(own.status == 0, "\(own.stderr)")
            #expect(!(try Self.content(coord.file("r.odt"))).contains("NAMED-ONLY"))
        } else {
            #expect(own.status != 0 && own.stderr.contains("coordinator or the chair on a server"))
        }
        let chair = try Self.user("chair1", role: "chair", by: coord)
        try chair.must(["export", "minutes", "1", "--for", "EDU", "--to", coord.file("edu.odt")])
        #expect((try Self.content(coord.file("edu.odt"))).contains("NAMED-ONLY"))
    }

    @Test(
        "Only the coordinator and the auditor may write a disclosure bundle", arguments: Backend.all
    )
    func disclosureRoles(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        for words in Self.setUp { try coord.must(words) }
        let refused = [
            try Self.user("chair2", role: "chair", by: coord),
            try Self.user("pol_rep", role: "agency-rep", agency: "POL", by: coord),
            try Self.user("dhr2", role: "dhr-chair", by: coord),
        ]
        for actor in refused {
            let result = try actor.run(
                ["person", "disclose", "C-000001", "--to", coord.file("refused.odt")])
            #expect(result.status != 0)
            #expect(
                result.stderr.contains(
                    "'person disclose' needs one of the roles coordinator, auditor"),
                "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: coord.file("refused.odt")))
        }
        let auditor = try Self.user("ig_lead", role: "auditor", by: coord)
        try auditor.must(["person", "disclose", "C-000001", "--to", coord.file("ig.odt")])
        try coord.must(["person", "disclose", "C-000001", "--to", coord.file("coord.xml")])
        let log = try coord.must(["audit", "log"]).stdout
        #expect(log.contains("person disclose"))
        #expect(log.contains("disclosure bundle for the victim of C-000001 exported as .odt"))
        #expect(!log.contains("Ada Subject"))
        let check = try ExportTestSupportCLI.odfCheck([coord.file("ig.odt")])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(
        "The demo's repeat victim's bundle holds every record about her and nothing about another victim",
        arguments: Backend.all)
    func repeatVictimBundle(backend: Backend) throws {
        let coord = try Self.coordinator(backend)
        try coord.must(["demo"], today: "2026-12-02")
        // Canaries: another victim's records, and a record about someone else in her case.
        let referred = try coord.must(
            [
                "case", "refer", "--victim", "Canary Othervictim", "--dob", "1980-01-01", "--by",
                "POL", "--date", "2026-11-30", "--dash", "18",
            ], today: "2026-12-02")
        let other = try #require(try Self.references(in: referred.stdout).first)
        let canary: [[String]] = [
            ["risk", "add", other, "CANARY-RISK threats to the other victim"],
            [
                "action", "add", other, "--agency", "POL", "--due", "2026-12-20",
                "CANARY-ACTION visit the other victim",
            ],
            [
                "share", "record", other, "--by", "POL", "--to", "MARAC", "--summary",
                "CANARY-SHARED other victim's bail", "--categories", "criminal-offence", "--basis",
                "DPA2018-sec35-2-b", "--consent", "not-sought", "--consent-reason",
                "would-prejudice-purpose", "--common-law", "public-interest", "--rationale",
                "CANARY-RATIONALE", "--date", "2026-12-01",
            ],
            ["risk", "add", "C-000009", "HERS-RISK her partner's new threats"],
            [
                "share", "record", "C-000009", "--by", "POL", "--to", "MARAC", "--summary",
                "ABOUT-SOMEONE-ELSE a neighbour's statement", "--categories", "criminal-offence",
                "--basis", "DPA2018-sec35-2-b", "--consent", "not-sought", "--consent-reason",
                "would-prejudice-purpose", "--common-law", "public-interest", "--rationale",
                "Witness", "--date", "2026-12-01", "--about", "other:the neighbour",
            ],
        ]
        for words in canary { try coord.must(words, today: "2026-12-02") }

        try coord.must(
            ["person", "disclose", "C-000009", "--to", coord.file("bundle.xml")],
            today: "2026-12-02")
        try coord.must(
            ["person", "disclose", "C-000009", "--to", coord.file("bundle.odt")],
            today: "2026-12-02")
        let xml = try String(contentsOfFile: coord.file("bundle.xml"), encoding: .utf8)
        let odt = try Self.content(coord.file("bundle.odt"))

        // Her cases: C-000009 and the earlier one it repeats.
        let shown = try coord.must(["--json", "case", "show", "C-000009"], today: "2026-12-02")
            .stdout
        // Her own referrals (the case's perpetrator's other cases, which case show also
        // lists, are other victims').
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
        let earlier = (object["relatedReferrals"] as? [[String: Any]] ?? []).compactMap {
            $0["reference"] as? String
        }
        let related = ["C-000009"] + earlier
        #expect(related.contains("C-000001"))
        for reference in related {
            #expect(xml.contains(#"<case reference="\#(reference)"/>"#), "\(reference)")
            // Every record of each of her cases: its actions, its sharing about her.
            let actions = try coord.must(
                ["--json", "action", "list", "--case", reference], today: "2026-12-02"
            ).stdout
            for id in Self.ids(in: actions) {
                #expect(xml.contains(#"id="action \#(id)""#), "action \(id) of \(reference)")
            }
            let sharing = try coord.must(
                ["--json", "share", "list", "--case", reference, "--about", "victim"],
                today: "2026-12-02"
            ).stdout
            for id in Self.ids(in: sharing) {
                #expect(xml.contains(#"id="sharing \#(id)""#), "sharing \(id) of \(reference)")
            }
        }
        #expect(xml.contains("HERS-RISK") && odt.contains("HERS-RISK"))
        // Nothing about another victim, nor the record about someone else in her case.
        for text in ["Canary", "CANARY", other, "ABOUT-SOMEONE-ELSE", "the neighbour"] {
            #expect(!xml.contains(text), "\(text) in the XML bundle")
            #expect(!odt.contains(text), "\(text) in the document")
        }
        let cases = try Self.references(
            in: try coord.must(["--json", "case", "list"], today: "2026-12-02").stdout)
        for reference in cases where !related.contains(reference) {
            #expect(!xml.contains(reference), "another victim's case \(reference) in the bundle")
        }
        // Left out and counted: the records in her cases about someone else.
        var aboutOthers = 0
        for reference in related {
            let all = try coord.must(
                ["--json", "share", "list", "--case", reference], today: "2026-12-02"
            ).stdout
            let hers = try coord.must(
                ["--json", "share", "list", "--case", reference, "--about", "victim"],
                today: "2026-12-02"
            ).stdout
            aboutOthers += Self.ids(in: all).count - Self.ids(in: hers).count
        }
        #expect(aboutOthers >= 2)
        #expect(xml.contains(#"<left-out about-others="\#(aboutOthers)"/>"#))
        // The demo's child is named in her case: a third party.
        #expect(
            !xml.contains("Jamie") || xml.contains("names another person (child 1 of C-000001)"))
        // Items from agencies are marked for review.
        #expect(xml.contains(#"review="true""#))
        #expect(odt.contains("another agency's information: shared by"))
        let check = try ExportTestSupportCLI.odfCheck([coord.file("bundle.odt")])
        #expect(check.status == 0, "\(check.output)")
    }

    // MARK: - Helpers

    /// `content.xml` of an exported package.
    static func content(_ path: String) throws -> String {
        let unzip = try ExportTestSupportCLI.run("/usr/bin/unzip", ["-p", path, "content.xml"])
        return unzip.output
    }

    /// Case references (`C-000001`) in a JSON text, in order, without repeats.
    static func references(in text: String) throws -> [String] {
        var seen: [String] = []
        for match in text.matches(of: #/(C-\d{6})/#) {
            let reference = String(match.1)
            if !seen.contains(reference) { seen.append(reference) }
        }
        return seen
    }

    /// The `"id"` numbers of the top-level objects of a JSON array.
    static func ids(in json: String) -> [String] {
        json.matches(of: #/(?m)^    "id" ?: ?(\d+),?$/#).map { String($0.1) }
    }
}

/// Running `odf-check` and other tools from the CLI test target.
enum ExportTestSupportCLI {
    static let odfCheck = "/work/shared/tools/odf-check"

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func odfCheck(_ files: [String]) throws -> (status: Int32, output: String) {
        try run(odfCheck, ["--no-render"] + files)
    }
}
