import Foundation
import Testing

/// `share` commands and the policies check at start-up, run through the built `marac`.
@Suite("share commands and policy start-up")
struct ShareCommandTests {
    /// A scratch folder for a database and a copy of the policies.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "marac-share-\(getpid())-\(UUID().uuidString)")
        /// The server database, when the suite runs on PostgreSQL.
        let server: BinaryDatabase?
        var db: String { server?.location ?? url.appendingPathComponent("m.sqlite").path }

        init(_ backend: Backend = .sqlite) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            server = backend == .sqlite ? nil : try BinaryDatabase(backend)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// Runs `marac` on the scratch database, today being 2026-11-25.
        func run(_ arguments: [String], policies: String? = nil) throws -> BinaryTests.Result {
            var environment = ["MARAC_DB": db, "MARAC_TODAY": "2026-11-25"]
            // On a server the acting user is the login role; MARAC_USER would be refused.
            if server == nil { environment["MARAC_USER"] = "ig" }
            if let policies { environment["MARAC_POLICIES"] = policies }
            return try BinaryTests.run(arguments, environment: environment)
        }

        /// A copy of the shipped `Policies/` folder with `edit` applied to one file's text.
        func policies(editing file: String, _ edit: (String) -> String) throws -> String {
            let copy = url.appendingPathComponent("Policies")
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(
                at: BinaryTests.packageRoot.appendingPathComponent("Policies"), to: copy)
            let target = copy.appendingPathComponent(file)
            let text = try String(contentsOf: target, encoding: .utf8)
            try edit(text).write(to: target, atomically: true, encoding: .utf8)
            return copy.path
        }
    }

    static let summary = "SUMMARY-MARKER pregnant"

    /// Two agencies and a case `C-000001`.
    func setUp(_ scratch: Scratch) throws {
        for line in [
            [
                "agency", "add", "POL", "--name", "Police", "--sector", "police",
                "--public-authority",
                "--competent-authority",
            ],
            [
                "agency", "add", "HEALTH", "--name", "Health", "--sector", "health",
                "--public-authority",
            ],
            [
                "case", "refer", "--victim", "Zoe Marker", "--dob", "1990-01-01", "--by", "POL",
                "--date", "2026-11-01", "--dash", "15",
            ],
        ] {
            let result = try scratch.run(line)
            #expect(result.status == 0, "\(line): \(result.stderr)")
        }
    }

    @Test(
        "share record stores a record with presets expanded; list and register show it",
        arguments: Backend.all)
    func recordListRegister(backend: Backend) throws {
        let scratch = try Scratch(backend)
        try setUp(scratch)
        let recorded = try scratch.run([
            "share", "record", "C-000001", "--by", "HEALTH", "--to", "MARAC,POL", "--summary",
            Self.summary, "--categories", "health,alleged-offence", "--basis",
            "preset:public-body-unlawful-acts", "--consent", "not-sought", "--consent-reason",
            "unsafe", "--rationale", "high risk", "--common-law", "public-interest",
        ])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(
            recorded.stdout == """
                sharing record 1 for C-000001 on 2026-11-25: HEALTH to MARAC, POL
                about: the victim
                basis: UKGDPR-6-1-e, DPA2018-sec8-c, UKGDPR-9-2-g, DPA2018-S1-P10, UKGDPR-10-DL, CDA1998-s115
                consent: not-sought (unsafe); common law: public-interest
                review or delete by 2032-11-01

                """)
        let police = try scratch.run([
            "share", "record", "C-000001", "--by", "POL", "--to", "MARAC", "--summary", "bail",
            "--categories", "criminal-offence", "--basis", "preset:police-part3", "--consent",
            "given", "--rationale", "bail conditions", "--common-law", "consent", "--date",
            "2026-11-20",
        ])
        #expect(police.status == 0, "\(police.stderr)")
        let declined = try scratch.run([
            "share", "decline", "C-000001", "--by", "HEALTH", "--reasons", "not relevant",
            "--categories", "mental-health", "--requested-by", "MARAC",
        ])
        #expect(declined.status == 0, "\(declined.stderr)")

        let byBasis = try scratch.run(["--json", "share", "list", "--basis", "DPA2018-S8-P1"])
        let entries = try JSONSerialization.jsonObject(with: Data(byBasis.stdout.utf8))
        let list = try #require(entries as? [[String: Any]])
        #expect(list.map { $0["id"] as? Int } == [2])
        let byCase = try scratch.run(["share", "list", "--case", "C-000001"])
        let rows = byCase.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.map { $0.split(separator: " ").first } == ["2", "1", "3"])
        #expect(rows.last?.contains("NOT SHARED: not relevant") == true)

        let register = try scratch.run(["--json", "share", "register", "--from", "2026-11-01"])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(register.stdout.utf8)) as? [String: Any])
        let byAgency = try #require(document["byAgency"] as? [[String: Any]])
        #expect(
            byAgency.map { "\($0["agencyCode"]!) \($0["consent"]!) \($0["records"]!)" } == [
                "HEALTH not-sought 1", "POL given 1",
            ])
        #expect((document["byBasis"] as? [Any])?.count == 6 + 2)
        #expect((document["withoutConsent"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])
        let text = try scratch.run(["share", "register"])
        #expect(text.stdout.hasPrefix("sharing register, all dates: 2 records shared, 1 decision"))
    }

    @Test(
        "A refused record prints every problem on stderr, exits 1 and stores nothing",
        arguments: Backend.all)
    func refusedRecord(backend: Backend) throws {
        let scratch = try Scratch(backend)
        try setUp(scratch)
        let result = try scratch.run([
            "share", "record", "C-000001", "--by", "HEALTH", "--to", "MARAC,NOPE", "--summary",
            Self.summary, "--categories", "health", "--basis", "UKGDPR-6-1-f,UKGDPR-6-1-c",
            "--consent", "not-sought", "--rationale", "high risk",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                error: the sharing record for C-000001 was refused (6 problems); nothing was stored:
                  rule 1: 2 UK GDPR Art 6 bases (UKGDPR-6-1-f, UKGDPR-6-1-c): give exactly one
                  rule 2: special category data (health) needs a UK GDPR Art 9 condition (such as UKGDPR-9-2-g (Substantial public interest) with DPA2018-S1-P6 (Statutory etc and government purposes))
                  rule 4: UKGDPR-6-1-f cannot be used by a public authority for its tasks, and agency HEALTH is one
                  rule 7: the common-law confidentiality position is not recorded (consent, law, or overriding public interest): record it, or give a common-law tag (CL-CONF-CONSENT, CL-CONF-LAW, CL-CONF-PUBINT)
                  rule 9: consent was not sought and no reason is recorded (unsafe, would prejudice the purpose, cannot be given)
                  rule 10: unknown recipient agency "NOPE": name MARAC or registered agencies (see 'agency list')

                """)
        #expect(try scratch.run(["--json", "share", "list"]).stdout == "[]\n")
        let reason = try scratch.run([
            "share", "record", "C-000001", "--by", "HEALTH", "--to", "MARAC", "--summary", "x",
            "--categories", "housing", "--basis", "UKGDPR-6-1-e", "--consent", "given",
            "--consent-reason", "unsafe", "--rationale", "y",
        ])
        #expect(reason.status == 64)
        #expect(reason.stderr.hasPrefix("error: --consent-reason: a reason only with --consent"))
        let audit = try scratch.run(["audit", "log"])
        #expect(!audit.stdout.contains("SUMMARY-MARKER") && !audit.stdout.contains("Zoe"))
    }

    @Test(
        "A corrupted policies folder stops the command with file:line and a non-zero exit",
        arguments: [
            ("bad XML", "lawful-bases.xml", #"lawful-bases\.xml:[0-9]+: not well-formed XML"#),
            (
                "duplicate id", "lawful-bases.xml",
                #"lawful-bases\.xml:[0-9]+: duplicate id "UKGDPR-6-1-a""#
            ),
            (
                "duplicate category", "data-categories.xml",
                #"data-categories\.xml:[0-9]+: duplicate id "health""#
            ),
        ])
    func corruptedPolicies(_ corruption: String, _ file: String, _ expected: String) throws {
        let scratch = try Scratch()
        let folder = try scratch.policies(editing: file) { text in
            switch corruption {
            case "bad XML":
                return text.replacingOccurrences(
                    of: #"id="UKGDPR-6-1-e""#, with: #"id="UKGDPR-6-1-e" <oops"#)
            case "duplicate id":
                return text.replacingOccurrences(
                    of: #"id="UKGDPR-6-1-b""#, with: #"id="UKGDPR-6-1-a""#)
            default:
                return text.replacingOccurrences(
                    of: #"id="mental-health""#, with: #"id="health""#)
            }
        }
        let result = try scratch.run(["agency", "list"], policies: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: \(folder)/\(file):"), "\(result.stderr)")
        #expect(result.stderr.contains(try Regex(expected)), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.db), "stopped before the database")

        // `init`: `agency list` only reads, and there is no database yet to read.
        let healthy = try scratch.run(
            ["init"],
            policies: try scratch.policies(
                editing: file
            ) { $0 })
        #expect(healthy.status == 0, "\(healthy.stderr)")
    }
}
