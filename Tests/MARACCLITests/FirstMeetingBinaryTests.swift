import Foundation
import Testing

/// What a new coordinator does in a first real meeting (issue 12: areas, dates, working days,
/// one victim per agenda item, capacity, the agency register, attendance, retention), one
/// `marac` command at a time on a new database, as they would type them.
@Suite("A coordinator's first meeting, through the binary", .serialized)
struct FirstMeetingBinaryTests {
    /// A scratch folder with a database, and `marac` run on it one command at a time.
    final class Coordinator {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "marac-first-\(getpid())-\(UUID().uuidString)")
        var db: String { url.appendingPathComponent("first.sqlite").path }
        /// The day the tool treats as today.
        var today = "2026-11-25"
        var policies: String?

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// Runs one command; `words` as the shell would split them.
        @discardableResult
        func run(_ words: String...) throws -> BinaryTests.Result {
            var environment = ["MARAC_TODAY": today, "MARAC_USER": "coordinator"]
            if let policies { environment["MARAC_POLICIES"] = policies }
            return try BinaryTests.run(["--db", db] + words, environment: environment)
        }

        /// Runs one command that must succeed, returning what it printed.
        @discardableResult
        func ok(_ words: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
            -> String
        {
            var environment = ["MARAC_TODAY": today, "MARAC_USER": "coordinator"]
            if let policies { environment["MARAC_POLICIES"] = policies }
            let result = try BinaryTests.run(["--db", db] + words, environment: environment)
            #expect(
                result.status == 0, "\(words.joined(separator: " ")): \(result.stderr)",
                sourceLocation: sourceLocation)
            return result.stdout
        }

        /// The usual agencies: police (a competent authority), IDVA and health.
        func agencies() throws {
            try ok(
                "agency", "add", "POL", "--name", "Police", "--sector", "police",
                "--public-authority", "--competent-authority")
            try ok("agency", "add", "IDVA", "--name", "IDVA Service", "--sector", "voluntary")
            try ok(
                "agency", "add", "HEALTH", "--name", "Health", "--sector", "health",
                "--public-authority")
        }

        /// A referral over the DASH threshold.
        @discardableResult
        func refer(
            _ victim: String, on date: String, children: Int = 0, area: String? = nil,
            by agency: String = "POL"
        ) throws -> BinaryTests.Result {
            var words = [
                "--db", db, "case", "refer", "--victim", victim, "--dob", "1990-04-01", "--by",
                agency, "--date", date, "--dash", "16", "--children", String(children),
            ]
            if let area { words += ["--area", area] }
            return try BinaryTests.run(
                words, environment: ["MARAC_TODAY": today, "MARAC_USER": "coordinator"])
        }

        /// How many rows of `table` the database holds.
        func count(_ table: String) throws -> Int {
            let out = Pipe()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", db, "SELECT count(*) FROM \(table)"]
            process.standardOutput = out
            try process.run()
            process.waitUntilExit()
            let text = String(
                decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
    }

    // MARK: Item 1: areas

    @Test(
        "A new database has one area, used by default; unknown areas are refused with a suggestion")
    func areas() throws {
        let c = try Coordinator()
        try c.agencies()
        #expect(try c.ok("area", "list").contains("default"))
        // One area: a referral needs no --area.
        let first = try c.refer("Ann Northshire", on: "2026-11-02")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try c.ok("area", "rename", "default", "Northshire").contains("Northshire"))
        #expect(try c.ok("case", "list").contains("Northshire"))
        try c.ok("area", "add", "South Vale")
        #expect(try c.run("area", "add", "south  VALE").status != 0, "the same name, respelt")

        // Two areas: a referral must say which; the most recent meeting's area is never taken.
        try c.ok("meeting", "new", "--date", "2026-11-30", "--area", "South Vale")
        let noArea = try c.run("meeting", "new", "--date", "2026-12-01")
        #expect(noArea.status != 0 && noArea.stderr.contains("--area"))
        let unnamed = try c.refer("Bea Unnamed", on: "2026-11-03")
        #expect(unnamed.status != 0)
        #expect(unnamed.stderr.contains("--area"))
        #expect(unnamed.stderr.contains("\"Northshire\", \"South Vale\""))
        #expect(try c.count("referral") == 1)

        // A misspelt area is refused, naming the nearest; case and spaces do not matter.
        let misspelt = try c.run("meeting", "new", "--date", "2026-12-01", "--area", "Northshre")
        #expect(misspelt.status != 0)
        #expect(misspelt.stderr.contains("did you mean \"Northshire\"?"))
        #expect(try c.count("meeting") == 1)
        let typo = try c.refer("Bea Unnamed", on: "2026-11-03", area: "Nothshire")
        #expect(typo.stderr.contains("did you mean \"Northshire\"?"))
        #expect(try c.refer("Bea Unnamed", on: "2026-11-03", area: "NORTH SHIRE").status == 0)
        #expect(try c.ok("case", "show", "C-000002").contains("Northshire"))

        // case import refuses a row with an unknown area, with the suggestion, and imports nothing.
        let csv = c.url.appendingPathComponent("cases.csv").path
        try """
        victim,dob,by,date,dash,area
        Cal Import,1980-01-01,POL,2026-11-04,15,South Vale
        Dee Import,1981-01-01,POL,2026-11-05,15,South Vael
        """.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try c.run("case", "import", csv)
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("line 3"))
        #expect(imported.stderr.contains("did you mean \"South Vale\"?"))
        #expect(try c.count("referral") == 2)
        let unknownDefault = try c.run("case", "import", csv, "--area", "Westshire")
        #expect(unknownDefault.status != 0 && unknownDefault.stderr.contains("--area"))

        // The same victim referred in another area is the same person, and a repeat.
        let moved = try c.refer("Ann Northshire", on: "2026-11-20", area: "south vale")
        #expect(moved.stdout.contains("REPEAT: referred within 12 months of C-000001"))

        // South Vale's agenda says how many cases wait in Northshire.
        let agenda = try c.ok("agenda", "build", "1")
        #expect(agenda.contains("1 cases listed, capacity 20"))
        #expect(agenda.contains("waiting in other areas: 2 cases (Northshire 2)"))

        // case move moves a waiting case (audited); a case on an agenda is not moved.
        #expect(try c.ok("case", "move", "C-000002", "--area", "south vale").contains("South Vale"))
        let listed = try c.run("case", "move", "C-000003", "--area", "Northshire")
        #expect(listed.status != 0 && listed.stderr.contains("agenda defer 1 C-000003"))
        #expect(try c.ok("audit", "log").contains("moved from Northshire to South Vale"))
        #expect(try c.ok("area", "list").contains("South Vale"))
    }

    // MARK: Item 4: dates that agree

    @Test("A meeting is not opened before its day; actions and sharing records agree with dates")
    func datesAgree() throws {
        let c = try Coordinator()
        c.today = "2026-12-02"
        try c.agencies()
        try c.ok("rep", "add", "--agency", "POL", "--name", "DS Rep")
        try c.refer("Fay Dates", on: "2026-11-20")
        try c.ok("meeting", "new", "--date", "2026-12-10", "--area", "default")
        try c.ok("agenda", "build", "1")
        let early = try c.run("meeting", "open", "1")
        #expect(early.status != 0)
        #expect(early.stderr.contains("2026-12-10") && early.stderr.contains("2026-12-02"))
        #expect(try c.ok("meeting", "list").contains("scheduled"))
        #expect(try c.run("meeting", "close", "1").status != 0)

        // On the day: the statement is recorded at the meeting.
        c.today = "2026-12-10"
        try c.ok("meeting", "open", "1")
        let late = try c.run(
            "action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-09", "--meeting",
            "1", "Flag the address")
        #expect(late.status != 0 && late.stderr.contains("2026-12-10"))
        try c.ok(
            "action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-10", "--meeting",
            "1", "Flag the address")
        func share(_ date: String) throws -> BinaryTests.Result {
            try c.run(
                "share", "record", "C-000001", "--by", "POL", "--to", "MARAC", "--summary",
                "Bail conditions", "--categories", "criminal-offence", "--basis",
                "preset:police-part3", "--consent", "not-sought", "--consent-reason",
                "would-prejudice-purpose", "--common-law", "public-interest", "--rationale",
                "Risk of serious harm", "--date", date)
        }
        let future = try share("2026-12-11")
        #expect(future.status != 0 && future.stderr.contains("on or before today (2026-12-10)"))
        let beforeReferral = try share("2026-11-19")
        #expect(beforeReferral.status != 0 && beforeReferral.stderr.contains("2026-11-20"))
        #expect(try c.count("sharing") == 0)
        #expect(try share("2026-11-21").status == 0)
        _ = try c.ok("meeting", "close", "1")
        #expect(try c.ok("case", "show", "C-000001").contains("2026-12-10"))

        // A meeting typed up the week after: opened later, the statement is dated at the meeting.
        try c.refer("Gus Later", on: "2026-12-01")
        try c.ok("meeting", "new", "--date", "2026-12-11", "--area", "default", "--start", "10:00")
        c.today = "2026-12-16"
        #expect(try c.ok("meeting", "open", "2").contains("read at 2026-12-11 10:00"))
    }

    @Test("A lawful-basis tag in force only after the sharing date is refused (rule 6)")
    func tagInForceAfterSharing() throws {
        let c = try Coordinator()
        try c.agencies()
        try c.refer("Hal Basis", on: "2026-11-01")
        let copy = c.url.appendingPathComponent("Policies")
        try FileManager.default.copyItem(
            at: BinaryTests.packageRoot.appendingPathComponent("Policies"), to: copy)
        let file = copy.appendingPathComponent("lawful-bases.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let inForce =
            #"<tag id="UKGDPR-6-1-e" kind="basis" regime="uk-gdpr" status="in-force" in-force="2021-01-01">"#
        #expect(text.contains(inForce))
        try text.replacingOccurrences(
            of: inForce,
            with:
                #"<tag id="UKGDPR-6-1-e" kind="basis" regime="uk-gdpr" status="prospective" in-force="2026-11-15">"#
        ).write(to: file, atomically: true, encoding: .utf8)
        c.policies = copy.path
        func share(_ date: String) throws -> BinaryTests.Result {
            try c.run(
                "share", "record", "C-000001", "--by", "HEALTH", "--to", "MARAC", "--summary",
                "Injuries", "--categories", "health", "--basis",
                "UKGDPR-6-1-e,UKGDPR-9-2-g,DPA2018-S1-P18", "--consent", "not-sought",
                "--consent-reason", "unsafe", "--common-law", "public-interest",
                "--adult-at-risk",
                "care and support needs: early dementia; at risk; cannot protect herself because she relies on him for her medication",
                "--rationale", "Risk of serious harm", "--date", date)
        }
        // Today (2026-11-25) the tag is in force, but it was not on the day of sharing.
        let before = try share("2026-11-10")
        #expect(before.status != 0)
        #expect(before.stderr.contains("UKGDPR-6-1-e is prospective"), "\(before.stderr)")
        let after = try share("2026-11-16")
        #expect(after.status == 0, "\(after.stderr)")
    }

    // MARK: Item 5: working days

    @Test("Minutes due 3 working days after 23 December 2026 skip Christmas and Boxing Day")
    func workingDays() throws {
        let c = try Coordinator()
        c.today = "2026-12-23"
        try c.agencies()
        // The only area: the meeting needs no --area.
        #expect(try c.ok("meeting", "new", "--date", "2026-12-23").contains("(default,"))
        try c.ok("meeting", "open", "1")
        // 24 Dec (1), 25 Dec bank holiday, weekend, 28 Dec substitute bank holiday, 29 (2), 30 (3).
        #expect(try c.ok("meeting", "close", "1").contains("minutes due by 2026-12-30"))

        // An area with its own closure days (Example Borough, 5 working days in the policy).
        try c.ok("area", "add", "Example Borough")
        try c.ok("meeting", "new", "--date", "2026-12-23", "--area", "example borough")
        try c.ok("meeting", "open", "2")
        #expect(try c.ok("meeting", "close", "2").contains("minutes due by 2027-01-08"))
    }

    // MARK: Items 8 and 9: one victim per item, capacity

    @Test("A victim referred twice is one agenda item, heard once and counted once")
    func sameVictimTwice() throws {
        let c = try Coordinator()
        c.today = "2026-11-25"
        try c.agencies()
        try c.refer("Ivy Twice", on: "2026-11-02")
        #expect(try c.refer("ivy  twice", on: "2026-11-20").stdout.contains("REPEAT"))
        try c.refer("Jon Once", on: "2026-11-03")
        try c.ok("meeting", "new", "--date", "2026-11-25", "--area", "default")
        let agenda = try c.ok("agenda", "build", "1")
        #expect(agenda.contains("2 cases listed"))
        #expect(agenda.contains("C-000002") && agenda.contains("WITH C-000001"))
        #expect(!agenda.contains("  C-000001  "))
        try c.ok("meeting", "open", "1")
        try c.ok("meeting", "close", "1")
        #expect(try c.ok("case", "list", "--unheard").contains("C-0000") == false)
        let report = try c.ok("report", "data-return", "--from", "2026-11-01", "--to", "2026-11-30")
        #expect(report.contains("cases heard           2"), "\(report)")
        #expect(report.contains("repeat cases          1 (50.0%"))
    }

    @Test("With capacity 3, a later case with children is listed and the oldest adult case waits")
    func capacity() throws {
        let c = try Coordinator()
        try c.agencies()
        try c.refer("Kay Adult", on: "2026-11-01")
        try c.refer("Lee Adult", on: "2026-11-02")
        try c.refer("Max Adult", on: "2026-11-03")
        try c.refer("Nia Parent", on: "2026-11-20", children: 2)
        try c.ok("meeting", "new", "--date", "2026-11-25", "--area", "default", "--capacity", "3")
        let agenda = try c.ok("agenda", "build", "1")
        #expect(agenda.contains("3 cases listed, capacity 3"))
        #expect(agenda.contains("1   C-000004"), "children first:\n\(agenda)")
        #expect(agenda.contains("2   C-000001") && agenda.contains("3   C-000002"))
        #expect(agenda.contains("waiting (left off: capacity 3 reached): 1 cases: C-000003"))
        #expect(try c.ok("agenda", "show", "1").contains("C-000003"))
    }

    // MARK: Item 13: the register, risks, rebuilding, attendance, retention

    @Test("Agency sectors come from the policy; agencies are corrected and retired, history kept")
    func agencyRegister() throws {
        let c = try Coordinator()
        let banana = try c.run("agency", "add", "BAN", "--name", "Bananas", "--sector", "banana")
        #expect(banana.status != 0)
        #expect(banana.stderr.contains("--sector") && banana.stderr.contains("police, probation"))
        try c.agencies()
        try c.refer("Ola Register", on: "2026-11-02", by: "IDVA")
        try c.ok("agency", "edit", "IDVA", "--name", "Northshire IDVA", "--public-authority", "yes")
        #expect(try c.run("agency", "edit", "IDVA", "--sector", "banana").status != 0)
        let list = try c.ok("agency", "list")
        #expect(list.contains("Northshire IDVA"))
        #expect(try c.ok("audit", "log").contains("name was \"IDVA Service\""))
        try c.ok("agency", "retire", "IDVA")
        #expect(try c.ok("agency", "list").contains("2026-11-25"))
        let referral = try c.refer("Pam Retired", on: "2026-11-03", by: "IDVA")
        #expect(referral.status != 0 && referral.stderr.contains("retired on 2026-11-25"))
        let action = try c.run(
            "action", "add", "C-000001", "--agency", "IDVA", "--due", "2026-12-01", "Call")
        #expect(action.status != 0 && action.stderr.contains("retired"))
        // Its history stays.
        #expect(try c.ok("case", "show", "C-000001").contains("IDVA"))
    }

    @Test("Risks only for listed cases, no rebuilding an open meeting, registered reps or deputies")
    func meetingRules() throws {
        let c = try Coordinator()
        try c.agencies()
        try c.ok("rep", "add", "--agency", "POL", "--name", "DS Rep")
        try c.refer("Quin Listed", on: "2026-11-02")
        try c.refer("Rae Deferred", on: "2026-11-03")
        try c.ok("meeting", "new", "--date", "2026-11-25", "--area", "default")
        try c.ok("agenda", "build", "1")
        try c.ok("agenda", "defer", "1", "C-000002")
        try c.ok("meeting", "open", "1")
        let rebuild = try c.run("agenda", "build", "1")
        #expect(rebuild.status != 0 && rebuild.stderr.contains("is open"))
        #expect(try c.ok("agenda", "show", "1").contains("deferred: C-000002"))
        let risk = try c.run("risk", "add", "C-000002", "--meeting", "1", "Threats")
        #expect(risk.status != 0 && risk.stderr.contains("not on the agenda of meeting 1"))
        try c.ok("risk", "add", "C-000001", "--meeting", "1", "Threats")
        let stranger = try c.run("attend", "1", "POL", "present", "--rep", "Someone Else")
        #expect(stranger.status != 0 && stranger.stderr.contains("--deputy"))
        try c.ok("attend", "1", "POL", "present", "--rep", "DS Rep")
        try c.ok("attend", "1", "IDVA", "present", "--deputy", "Temp Worker")
        let shown = try c.ok("meeting", "show", "1", "--json")
        #expect(shown.contains("\"isDeputy\": true"))
    }

    @Test("retention purge keeps an action closed today six years, with its old case")
    func retentionKeepsClosedAction() throws {
        let c = try Coordinator()
        c.today = "2019-01-10"
        try c.agencies()
        try c.refer("Sam Old", on: "2019-01-05")
        try c.ok("action", "add", "C-000001", "--agency", "POL", "--due", "2019-02-01", "Visit")
        c.today = "2026-12-02"
        try c.ok("action", "update", "1", "--status", "done", "--evidence", "Visit made")
        let due = try c.ok("retention", "due")
        #expect(due.contains("its actions are kept until 2032-12-02"), "\(due)")
        try c.ok("retention", "purge", "--confirm")
        #expect(try c.count("referral") == 1)
        #expect(try c.count("action") == 1)
        c.today = "2032-12-03"
        try c.ok("retention", "purge", "--confirm")
        #expect(try c.count("referral") == 0)
    }
}
