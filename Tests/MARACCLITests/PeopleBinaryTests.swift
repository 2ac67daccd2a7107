import Foundation
import Testing

/// Perpetrators, children and repeats as SafeLives defines them, through the built `marac`
/// on both backends.
@Suite("Perpetrators, children and repeats through the binary")
struct PeopleBinaryTests {
    /// A database with POL and IDVA registered, and `marac` run on it with today fixed.
    final class Area {
        let database: BinaryDatabase
        let environment: [String: String]

        init(_ backend: Backend, area: String? = nil) throws {
            database = try BinaryDatabase(backend)
            environment = database.environment(
                user: "coordinator", ["MARAC_TODAY": "2026-12-01"])
            if let area { try run(["area", "rename", "default", area]) }
            try run([
                "agency", "add", "POL", "--name", "Police", "--sector", "police",
                "--public-authority", "--competent-authority",
            ])
            try run(["agency", "add", "IDVA", "--name", "IDVA service", "--sector", "voluntary"])
        }

        /// Runs `marac words`, expecting success.
        @discardableResult
        func run(_ words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
            -> String
        {
            let result = try attempt(words)
            #expect(
                result.status == 0, "\(words): \(result.stderr)", sourceLocation: sourceLocation)
            return result.stdout
        }

        /// Runs `marac words`, whatever the outcome.
        func attempt(_ words: [String], environment extra: [String: String] = [:]) throws
            -> BinaryTests.Result
        {
            try BinaryTests.run(
                ["--db", database.location] + words,
                environment: environment.merging(extra) { $1 })
        }

        /// `case refer --json …`: the JSON object printed.
        func refer(_ words: [String]) throws -> [String: Any] {
            let text = try run(["--json", "case", "refer"] + words)
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            return try #require(object as? [String: Any])
        }
    }

    static let victim = ["--victim", "Zelda Canary", "--dob", "1990-01-01", "--by", "POL"]
    static let perpetrator = [
        "--perpetrator", "Percy Canary", "--perpetrator-dob", "1985-05-05", "--relationship",
        "ex-partner", "--perpetrator-gender", "male",
    ]

    /// The issue's scenario, returning the three `case refer --json` objects.
    ///
    /// A referral with a perpetrator and two children; the same victim and perpetrator again
    /// within 12 months; then the same victim with a new perpetrator.
    static func scenario(_ area: Area) throws -> [[String: Any]] {
        let first = try area.refer(
            victim + ["--date", "2026-01-10", "--dash", "15"] + perpetrator)
        for (name, dob) in [("Tilly Canary", "2018-03-03"), ("Toby Canary", "2021-06-06")] {
            try area.run([
                "child", "add", "C-000001", "--name", name, "--dob", dob, "--relationship",
                "child", "--perpetrator-relationship", "child", "--lives-with", "victim",
                "--school", "Canary Primary",
            ])
        }
        let second = try area.refer(
            victim + ["--date", "2026-05-01", "--dash", "8", "--callouts", "1"] + perpetrator)
        let third = try area.refer(
            victim + [
                "--date", "2026-08-01", "--dash", "15", "--perpetrator", "Quentin Canary",
                "--perpetrator-age", "30", "--relationship", "partner",
            ])
        return [first, second, third]
    }

    @Test(
        "Same victim and perpetrator within 12 months is a repeat under both definitions; a new perpetrator only under the victim-only one",
        arguments: Backend.all, [nil, "Example Borough"] as [String?])
    func repeatsUnderBothDefinitions(backend: Backend, area name: String?) throws {
        // The default area uses SafeLives' current definition (victim-and-perpetrator); the
        // policy's "Example Borough" counts repeats by the victim alone.
        let area = try Area(backend, area: name)
        let cases = try Self.scenario(area)
        #expect(cases.map { $0["reference"] as? String } == ["C-000001", "C-000002", "C-000003"])
        #expect(cases[0]["repeatOf"] is NSNull)
        #expect(cases[1]["repeatOf"] as? String == "C-000001")
        #expect(cases[1]["criteria"] as? [String] == ["repeat"])
        if name == nil {
            #expect(cases[2]["repeatOf"] is NSNull)
            #expect(cases[2]["isRepeat"] as? Bool == false)
            #expect(cases[2]["criteria"] as? [String] == ["dash"])
        } else {
            #expect(cases[2]["repeatOf"] as? String == "C-000002")
            #expect(cases[2]["criteria"] as? [String] == ["dash", "repeat"])
        }
        let shown = try area.run(["case", "show", "C-000001"])
        #expect(shown.contains("  children     2"))
        #expect(
            shown.contains(
                "  1. Percy Canary; ex-partner; born 1985-05-05; aged 40 at referral; male"))
        #expect(shown.contains("  2. Toby Canary; born 2021-06-06 (aged 5); child of the victim"))
        let second = try area.run(["case", "show", "C-000002"])
        #expect(second.contains("  repeat       yes, of C-000001"))
        let list = try area.run(["case", "list", "--repeat"])
        #expect(list.contains("C-000002"))
        #expect(list.contains("C-000003") == (name != nil))
    }

    @Test(
        "A perpetrator added later makes a case a repeat, or is refused when the case would qualify on nothing",
        arguments: Backend.all)
    func perpetratorAddedLater(backend: Backend) throws {
        let area = try Area(backend)
        _ = try Self.scenario(area)
        // C-000003 names a new perpetrator: not a repeat. Adding the first case's perpetrator
        // makes it one, of the latest case with that perpetrator.
        let added = try area.run([
            "perpetrator", "add", "C-000003", "--name", "percy  canary", "--dob", "1985-05-05",
            "--relationship", "ex-partner", "--alias", "P. Canary", "--alias", "Perce",
        ])
        #expect(added.contains("perpetrator 2 of C-000003 recorded (ex-partner)"))
        #expect(added.contains("REPEAT: C-000003 repeats C-000002"))
        let json = try area.run(["--json", "case", "show", "C-000003"])
        #expect(
            json.contains(#""repeatOf" : "C-000002""#) || json.contains(#""repeatOf": "C-000002""#))
        // C-000004 qualifies only as a repeat (no perpetrator named yet, so the victim
        // decides); naming a new perpetrator would leave it on no criterion: refused, unchanged.
        let repeatOnly = try area.refer(
            Self.victim + ["--date", "2026-09-01", "--dash", "3"])
        #expect(repeatOnly["repeatOf"] as? String == "C-000003")
        let refused = try area.attempt([
            "perpetrator", "add", "C-000004", "--name", "Rex Canary", "--age", "41",
        ])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("C-000004 qualified only as a repeat of C-000003"))
        #expect(!refused.stderr.contains("Canary"))
        #expect(
            try area.run(["case", "show", "C-000004"]).contains("repeat       yes, of C-000003"))
        #expect(!(try area.run(["case", "show", "C-000004"]).contains("perpetrators")))
        let audit = try area.run(["audit", "log"])
        #expect(audit.contains("perpetrator add"))
        #expect(audit.contains("now a repeat of C-000002"))
    }

    @Test(
        "A perpetrator in another victim's case, and a victim recorded as a perpetrator, are flagged in case show and on the agenda",
        arguments: Backend.all)
    func links(backend: Backend) throws {
        let area = try Area(backend)
        _ = try Self.scenario(area)
        // Another victim, the same perpetrator (matched on name and date of birth).
        _ = try area.refer(
            [
                "--victim", "Yara Canary", "--dob", "1992-02-02", "--by", "IDVA", "--date",
                "2026-10-01", "--dash", "16",
            ] + Self.perpetrator)
        // The first victim recorded as the perpetrator of someone else.
        _ = try area.refer(
            [
                "--victim", "Xavier Canary", "--dob", "1988-08-08", "--by", "POL", "--date",
                "2026-10-02", "--dash", "16", "--perpetrator", "Zelda Canary", "--perpetrator-dob",
                "1990-01-01", "--relationship", "partner",
            ])
        let fourth = try area.run(["case", "show", "C-000004"])
        #expect(fourth.contains("perpetrator also in C-000001, C-000002"))
        let first = try area.run(["case", "show", "C-000001"])
        #expect(first.contains("perpetrator also in C-000004"))
        #expect(first.contains("victim also recorded as a perpetrator in C-000005"))
        let fifth = try area.run(["case", "show", "C-000005"])
        #expect(fifth.contains("also the victim in C-000001, C-000002, C-000003"))
        try area.run(["meeting", "new", "--date", "2026-12-10", "--area", "default"])
        try area.run(["agenda", "build", "1"])
        let agenda = try area.run(["agenda", "show", "1"])
        #expect(agenda.contains("PERPETRATOR ALSO IN C-000004"), "\(agenda)")
        #expect(agenda.contains("VICTIM IS PERPETRATOR IN C-000005"))
        #expect(agenda.contains("PERPETRATOR ALSO IN C-000001,C-000002"))
    }

    @Test(
        "Minutes, agenda and extracts name no victim, perpetrator or child, show children by age and relationship, and pass odf-check",
        arguments: Backend.all)
    func documentsFreeOfNames(backend: Backend) throws {
        // Zelda's case with its perpetrator and two children; the same perpetrator in two
        // cases of Yara's, the second a repeat of the first.
        let area = try Area(backend)
        _ = try area.refer(
            Self.victim + ["--date", "2026-01-10", "--dash", "15"] + Self.perpetrator)
        for (name, dob) in [("Tilly Canary", "2018-03-03"), ("Toby Canary", "2021-06-06")] {
            try area.run([
                "child", "add", "C-000001", "--name", name, "--dob", dob, "--relationship",
                "child", "--perpetrator-relationship", "child", "--lives-with", "victim",
                "--school", "Canary Primary",
            ])
        }
        for date in ["2026-06-01", "2026-10-01"] {
            _ = try area.refer(
                [
                    "--victim", "Yara Canary", "--dob", "1992-02-02", "--by", "IDVA", "--date",
                    date,
                    "--dash", "16",
                ] + Self.perpetrator)
        }
        try area.run(["meeting", "new", "--date", "2026-12-01", "--area", "default"])
        try area.run(["agenda", "build", "1"])
        try area.run(["meeting", "open", "1"])
        try area.run([
            "action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-20", "--meeting",
            "1", "Check", "bail", "conditions",
        ])
        let folder = area.database.folder
        var texts: [String: String] = [:]
        for (kind, file, extra) in [
            ("minutes", "minutes.fodt", [String]()), ("minutes", "minutes.xml", []),
            ("minutes", "extract.fodt", ["--agency", "POL"]), ("agenda", "agenda.fodt", []),
            ("agenda", "agenda.xml", []), ("minutes", "minutes.odt", []),
            ("agenda", "agenda.odt", []),
        ] {
            let path = folder.appendingPathComponent(file).path
            try area.run(["export", kind, "1", "--to", path] + extra)
            if file.hasSuffix(".odt") || file.hasSuffix(".fodt") {
                let check = Process()
                check.executableURL = URL(fileURLWithPath: "/work/shared/tools/odf-check")
                check.arguments = [path]
                let output = Pipe()
                check.standardOutput = output
                check.standardError = output
                try check.run()
                let said = String(
                    decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                check.waitUntilExit()
                #expect(check.terminationStatus == 0, "\(file): \(said)")
            }
            if !file.hasSuffix(".odt") {
                texts[file] = try String(contentsOfFile: path, encoding: .utf8)
            }
        }
        for (file, text) in texts {
            #expect(!text.contains("Canary"), "\(file) names a person")
            #expect(!text.contains("1985-05-05") && !text.contains("2018-03-03"), "\(file)")
        }
        let minutes = try #require(texts["minutes.fodt"])
        #expect(minutes.contains("Child 1: aged 8; Son or daughter of the victim"))
        #expect(minutes.contains("Child 2: aged 5"))
        #expect(minutes.contains("Perpetrator 1: Former intimate partner, aged 40 at referral"))
        #expect(minutes.contains("also in C-000002, C-000003"))
        let xml = try #require(texts["minutes.xml"])
        #expect(
            xml.contains(#"<child number="1" age="8" relationship-to-victim="Son or daughter""#))
        let agenda = try #require(texts["agenda.fodt"])
        #expect(agenda.contains("C-000001: perpetrator also in C-000002, C-000003"))
        #expect(agenda.contains("C-000003: perpetrator also in C-000001"))
        #expect(agenda.contains("Yes, of C-000002"))
        #expect(!(try #require(texts["extract.fodt"])).contains("Perpetrator 1"))
    }

    @Test(
        "An agency representative sees a case's people by relationship and age, never by name",
        arguments: Backend.all)
    func representativeView(backend: Backend) throws {
        let area = try Area(backend)
        _ = try Self.scenario(area)
        var extra: [String: String] = [:]
        var location = area.database.location
        if let server = area.database.server {
            let rep = try server.createLogin("pol_rep")
            try area.run(["user", "add", rep, "--role", "agency-rep", "--agency", "POL"])
            location = server.uri(as: rep)
        } else {
            try area.run(["user", "add", "pol_rep", "--role", "agency-rep", "--agency", "POL"])
            extra["MARAC_USER"] = "pol_rep"
        }
        for words in [["case", "show", "C-000001"], ["--json", "case", "show", "C-000001"]] {
            let shown = try BinaryTests.run(
                ["--db", location] + words,
                environment: area.environment.merging(extra) { $1 })
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect(!shown.stdout.contains("Canary"), "\(shown.stdout)")
            #expect(shown.stdout.contains("ex-partner"))
            #expect(shown.stdout.contains("2021-06-06"))
        }
    }

    @Test(
        "Perpetrator options out of place, an unknown relationship and a bad age are refused, naming the field"
    )
    func badInput() throws {
        let area = try Area(.sqlite)
        let early = try area.attempt(
            ["case", "refer"] + Self.victim + [
                "--date", "2026-01-10", "--dash", "15", "--perpetrator-dob", "1985-05-05",
                "--perpetrator", "Percy Canary",
            ])
        #expect(early.status != 0)
        #expect(early.stderr.contains("--perpetrator-dob: expected after the --perpetrator"))
        let word = try area.attempt(
            ["case", "refer"] + Self.victim + [
                "--date", "2026-01-10", "--dash", "15", "--perpetrator", "Percy Canary",
                "--relationship", "neighbour",
            ])
        #expect(word.stderr.contains("--relationship: expected one of partner, ex-partner"))
        let both = try area.attempt(
            ["case", "refer"] + Self.victim + [
                "--date", "2026-01-10", "--dash", "15", "--perpetrator", "Percy Canary",
                "--perpetrator-dob", "1985-05-05", "--perpetrator-age", "40",
            ])
        #expect(
            both.stderr.contains("--perpetrator-age: expected either a date of birth or an age"))
        let twice = try area.attempt(
            ["case", "refer"] + Self.victim + ["--date", "2026-01-10", "--dash", "15"]
                + Self.perpetrator + Self.perpetrator)
        #expect(twice.stderr.contains("each perpetrator named once"))
        for result in [early, word, both, twice] {
            #expect(!result.stderr.contains("Canary"))
        }
        #expect(try area.run(["case", "list"]).contains("C-000001") == false)
        _ = try area.refer(Self.victim + ["--date", "2026-01-10", "--dash", "15"])
        let child = try area.attempt([
            "child", "add", "C-000001", "--name", "Tilly Canary", "--dob", "2018-03-03",
            "--lives-with", "granny",
        ])
        #expect(child.stderr.contains("--lives-with: expected one of victim, perpetrator"))
        #expect(!(try area.run(["case", "show", "C-000001"])).contains("children     1"))
    }

    @Test(
        "case import reads perpetrator columns, and refuses a perpetrator's details without a name",
        arguments: Backend.all)
    func importPerpetrators(backend: Backend) throws {
        let area = try Area(backend)
        let csv = area.database.folder.appendingPathComponent("cases.csv")
        try """
        victim,dob,by,date,dash,perpetrator,perpetrator_dob,perpetrator_age,relationship
        Zelda Canary,1990-01-01,POL,2026-01-10,15,Percy Canary,1985-05-05,,ex-partner
        Zelda Canary,1990-01-01,POL,2026-03-10,15,Quentin Canary,,30,partner
        Zelda Canary,1990-01-01,POL,2026-04-10,15,Percy Canary,1985-05-05,,ex-partner
        Yara Canary,1992-02-02,POL,2026-04-11,15,,,33,
        """.write(to: csv, atomically: true, encoding: .utf8)
        let refused = try area.attempt(["case", "import", csv.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("line 5: perpetrator: expected the perpetrator's name"))
        let imported = try area.run(["case", "import", csv.path, "--skip-bad"])
        #expect(imported.contains("imported 3 referrals (1 repeats)"))
        let third = try area.run(["case", "show", "C-000003"])
        #expect(third.contains("repeat       yes, of C-000001"))
        #expect(third.contains("1. Percy Canary; ex-partner"))
        #expect(try area.run(["case", "show", "C-000002"]).contains("repeat       no"))
    }
}
