import Foundation
import MARACKit
import Testing

@testable import MARACCLI

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17's hostile-input findings reproduced the way they were found, through the built
/// `marac`: names echoed in errors (item 8), one role rule per kind of data (9), terminal
/// escapes in notes (10), CSV as other systems write it (11), and who the acting user is (12).
@Suite("Hostile input through the binary")
struct InputTrustBinaryTests {
    static let today = "2026-11-25"

    /// A demo database in a scratch folder; `run` runs marac on it as `user`.
    final class Demo {
        let scratch = Scratch()
        var db: String { scratch.file("marac.sqlite") }

        init() throws {
            let made = try run(["demo"])
            try #require(made.status == 0, "\(made.stderr)")
        }

        func run(_ words: [String], user: String = "coordinator", input: String = "") throws
            -> BinaryTests.Result
        {
            try BinaryTests.run(
                ["--db", db, "--user", user, "--today", InputTrustBinaryTests.today] + words,
                input: input)
        }
    }

    // MARK: - Item 10: terminal safety

    @Test(
        "A note with terminal escapes is shown visibly by action show, kept verbatim, JSON-escaped")
    func terminalEscapes() throws {
        let demo = try Demo()
        let note =
            "Called \u{1B}]0;owned\u{7}\u{1B}[2J\u{1B}[31mFAKE: action closed by coordinator\u{202E}x\u{9B}"
        let updated = try demo.run([
            "action", "update", "5", "--status", "in-progress", "--note", note,
        ])
        #expect(updated.status == 0, "\(updated.stderr)")
        let shown = try demo.run(["action", "show", "5"])
        #expect(shown.status == 0)
        for control in ["\u{1B}", "\u{7}", "\u{202E}", "\u{9B}"] {
            #expect(!shown.stdout.contains(control))
        }
        #expect(
            shown.stdout.contains(
                "Called ^[]0;owned^G^[[2J^[[31mFAKE: action closed by coordinator<U+202E>x<U+009B>")
        )
        let json = try demo.run(["--json", "action", "show", "5"])
        #expect(!json.stdout.contains("\u{1B}") && !json.stdout.contains("\u{202E}"))
        #expect(json.stdout.contains(#"\u001b]0;owned\u0007"#))
        #expect(json.stdout.contains(#"\u202e"#) && json.stdout.contains(#"\u009b"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        #expect("\(parsed)".contains("owned"))
        // Stored as typed.
        #expect(
            try count(
                demo.db,
                "SELECT count(*) FROM action_update WHERE note LIKE '%' || char(27) || ']0;owned%'")
                == 1)
        // The action list's cells too.
        let added = try demo.run([
            "action", "add", "C-000003", "--agency", "POL", "--due", "2026-12-18", "--meeting", "2",
            "Check \u{1B}[2J now",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let list = try demo.run(["action", "list"])
        #expect(!list.stdout.contains("\u{1B}") && list.stdout.contains("Check ^[[2J now"))
    }

    // MARK: - Item 8: no personal data in errors

    @Test("A name typed as a command, an option, a recipient or in an open quote is never echoed")
    func namesNotEchoed() throws {
        let demo = try Demo()
        let canary = "Qzcanary Victimname"
        let runs = [
            try BinaryTests.run(["--db", demo.db, "--user", "coordinator", canary, "user", "list"]),
            try demo.run(["user", "list", "--" + canary]),
            try demo.run([
                "share", "record", "C-000009", "--by", "POL", "--to", "Janet Leakname", "--summary",
                "x", "--categories", "health", "--basis", "preset:public-body-safeguarding",
                "--consent", "given", "--rationale", "r",
            ]),
            try demo.run([], input: "case refer --victim \"\(canary) --dob 1990-04-01\n"),
            try demo.run(["export", "minutes", "1", "--to", "/tmp/\(canary).docx"]),
        ]
        for result in runs {
            #expect(result.status != 0)
            #expect(
                !result.stderr.contains("Qzcanary") && !result.stderr.contains("Leakname"),
                "\(result.stderr)")
            #expect(!result.stderr.contains("Victimname"), "\(result.stderr)")
        }
        // The caret still points at the quote's column, under a masked line.
        #expect(runs[3].stderr.contains("unterminated quote starting at column 21"))
        #expect(runs[3].stderr.contains("  case refer --victim \"········ ··········"))
        #expect(runs[3].stderr.contains("\n                      ^"))
        #expect(runs[2].stderr.contains("unknown recipient agency"))
    }

    // MARK: - Item 11: CSV as it arrives

    func importing(_ demo: Demo, _ bytes: [UInt8], _ extra: [String] = [], dhr: Bool = false)
        throws -> BinaryTests.Result
    {
        let path = demo.scratch.file("input.csv")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try demo.run(
            (dhr ? ["dhr", "import", "R1", path] : ["case", "import", path]) + extra)
    }

    static let header = Array("victim,dob,by,date,dash\n".utf8)

    @Test(
        "case import: a BOM is accepted; Latin-1 is refused with its line unless --encoding says so"
    )
    func csvEncodings() throws {
        let demo = try Demo()
        let before = try count(demo.db, "SELECT count(*) FROM referral")
        let bom = try importing(
            demo,
            [0xEF, 0xBB, 0xBF] + Self.header + Array("Jo Bom,1990-01-01,POL,2026-11-20,15\n".utf8))
        #expect(bom.status == 0, "\(bom.stderr)")
        let latin1 =
            Self.header + Array("Jos".utf8) + [0xE9]
            + Array(" Lat,1991-01-01,POL,2026-11-20,15\n".utf8)
        let refused = try importing(demo, latin1)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 2: the file is not valid UTF-8 (a byte at column 4"))
        #expect(refused.stderr.contains("--encoding windows-1252"))
        #expect(try count(demo.db, "SELECT count(*) FROM referral") == before + 1)
        let read = try importing(demo, latin1, ["--encoding", "latin1"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(try count(demo.db, "SELECT count(*) FROM person WHERE name = 'José Lat'") == 1)
        // Windows-1252's curly apostrophe (0x92), as Excel writes O’Brien.
        let excel =
            Self.header + Array("Ann O".utf8) + [0x92]
            + Array("Brien,1992-01-01,POL,2026-11-20,15\n".utf8)
        #expect(try importing(demo, excel, ["--encoding", "windows-1252"]).status == 0)
        #expect(try count(demo.db, "SELECT count(*) FROM person WHERE name = 'Ann O’Brien'") == 1)
        #expect(
            try count(
                demo.db, "SELECT count(*) FROM person WHERE name LIKE '%' || char(65533) || '%'")
                == 0)
    }

    @Test(
        "case import refuses NUL, escapes and a 10 MB name, naming field and line, never the value",
        arguments: [
            Array("Qzcanary\u{0}Victimname".utf8), Array("\"Qzcanary \u{1B}[31mVictimname\"".utf8),
            Array(repeating: UInt8(ascii: "Q"), count: 10 << 20),
        ])
    func csvHostileNames(_ name: [UInt8]) throws {
        let demo = try Demo()
        let before = try count(demo.db, "SELECT count(*) FROM referral")
        let result = try importing(
            demo,
            Self.header + Array("Jo Fine,1990-01-01,POL,2026-11-20,15\n".utf8) + name
                + Array(",1990-01-01,POL,2026-11-20,15\n".utf8))
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("line 3: victim: expected a name"),
            "\(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("Qzcanary") && !result.stderr.contains("QQQQ"))
        #expect(result.stderr.utf8.count < 2000)
        #expect(try count(demo.db, "SELECT count(*) FROM referral") == before)
    }

    @Test("dhr import: a BOM is accepted; an escape in the owner and invalid UTF-8 are refused")
    func dhrImportInput() throws {
        let demo = try Demo()
        let header = Array(
            "Recommendation,Scope,Action to take,Lead agency,Key milestones achieved,Target date,Date of completion and outcome,owner\n"
                .utf8)
        let row = Array("1,local,Train staff on the new pathway by March,POL,,2027-03-01,,".utf8)
        let good = try importing(
            demo, [0xEF, 0xBB, 0xBF] + header + row + Array("Sam Owner\n".utf8), dhr: true)
        #expect(good.status == 0, "\(good.stderr)")
        let escaped = try importing(
            demo, header + row + Array("Sam \u{1B}[2JOwner\n".utf8), dhr: true)
        #expect(escaped.status == 1)
        #expect(
            escaped.stderr.contains("line 2: owner: a name without control characters"),
            "\(escaped.stderr)")
        let invalid = try importing(demo, header + row + [0xFF] + Array("\n".utf8), dhr: true)
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("line 2: the file is not valid UTF-8"))
    }

    // MARK: - Item 12: who you are, and who you stop being

    @Test("Without USER the acting user is the account's login name, never 'coordinator'")
    func loginName() throws {
        let scratch = Scratch()
        let login = try #require(Session.loginName())
        var environment = ProcessInfo.processInfo.environment
        environment["USER"] = nil
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
        process.arguments = ["--db", scratch.file("new.sqlite"), "init"]
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            text.contains(
                "created an empty database at \(scratch.file("new.sqlite")); you are its coordinator (\(login))"
            ))
        #expect(
            try count(
                scratch.file("new.sqlite"),
                "SELECT count(*) FROM app_user WHERE name = '\(login)' AND role = 'coordinator'")
                == 1)
        #expect(
            try count(
                scratch.file("new.sqlite"),
                "SELECT count(*) FROM app_user WHERE name = 'coordinator'") == 0)
        let session = try Session(environment: { _ in nil })
        #expect(session.user == login)
        // No identity at all: refused, nothing created.
        #expect(throws: IdentityError.userMissing) {
            _ = try Workbench(location: .file(scratch.file("none.sqlite")), user: "")
        }
    }

    @Test(
        "A read-only command creates nothing; a writing one says it made a database and who coordinates it"
    )
    func creation() throws {
        let scratch = Scratch()
        let path = scratch.file("typo.sqlite")
        let read = try marac(path, "ann", ["case", "list"])
        #expect(read.status == 1 && read.stderr.contains("there is no database at \(path)"))
        #expect(access(path, F_OK) != 0)
        let wrote = try marac(
            path, "ann", ["agency", "add", "POL", "--name", "Police", "--sector", "police"])
        #expect(wrote.status == 0)
        #expect(
            wrote.stderr.contains(
                "created a new database at \(path); you are its coordinator (ann)"))
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    @Test("Another program's SQLite file is refused, not migrated, and left as it was")
    func foreignDatabase() throws {
        let scratch = Scratch()
        let path = scratch.file("other.db")
        let db = try Database(path: path)
        try db.execute("CREATE TABLE notes(body TEXT)")
        try db.execute("INSERT INTO notes VALUES ('keep')")
        chmod(path, 0o644)
        for words in [
            ["agency", "add", "POL", "--name", "Police", "--sector", "police"], ["init"],
            ["case", "list"],
        ] {
            let result = try marac(path, "ann", words)
            #expect(result.status == 1)
            #expect(
                result.stderr.contains("is a SQLite database of another program"),
                "\(result.stderr)")
        }
        #expect(try count(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 1)
        #expect(try count(path, "PRAGMA user_version") == 0)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o644)
    }

    @Test(
        "user remove and user role on a file: audited, the user refused after, the last coordinator kept"
    )
    func revocation() throws {
        let demo = try Demo()
        #expect(try demo.run(["user", "add", "bea", "--role", "chair"]).status == 0)
        #expect(try demo.run(["meeting", "list"], user: "bea").status == 0)
        let demoted = try demo.run(["user", "role", "bea", "auditor"])
        #expect(demoted.status == 0 && demoted.stdout.contains("user bea is now auditor"))
        #expect(try demo.run(["meeting", "list"], user: "bea").status == 1)
        #expect(try demo.run(["audit", "verify"], user: "bea").status == 0)
        let bad = try demo.run(["user", "role", "bea", "Qzcanary"])
        #expect(bad.status == 64 && !bad.stderr.contains("Qzcanary"))
        let removed = try demo.run(["user", "remove", "bea"])
        #expect(removed.status == 0)
        let refused = try demo.run(["audit", "verify"], user: "bea")
        #expect(refused.status == 1 && refused.stderr.contains("is not one"))
        let log = try demo.run(["audit", "log"])
        #expect(log.stdout.contains("role chair to auditor") && log.stdout.contains("removed"))
        // The only coordinator cannot lock everyone out.
        let last = try demo.run(["user", "remove", "coordinator"])
        #expect(last.status == 1 && last.stderr.contains("only coordinator"))
        #expect(try demo.run(["user", "role", "coordinator", "chair"]).status == 1)
        #expect(try demo.run(["user", "list"]).stdout.contains("coordinator  coordinator"))
        #expect(try demo.run(["audit", "verify"]).status == 0)
    }

    // MARK: - Item 9: one role rule per kind of data

    @Test("A DHR chair refused share list and meeting show is refused export minutes too")
    func dhrChairExports() throws {
        let demo = try Demo()
        #expect(try demo.run(["user", "add", "dee", "--role", "dhr-chair"]).status == 0)
        #expect(try demo.run(["share", "list"], user: "dee").status == 1)
        #expect(try demo.run(["meeting", "show", "1"], user: "dee").status == 1)
        let minutes = demo.scratch.file("m.odt")
        let export = try demo.run(["export", "minutes", "1", "--to", minutes], user: "dee")
        #expect(export.status == 1, "\(export.stdout)")
        #expect(access(minutes, F_OK) != 0)
        #expect(
            try demo.run(
                ["export", "agenda", "2", "--to", demo.scratch.file("a.xml")], user: "dee"
            ).status == 1)
        // What a DHR chair may read, they may export.
        #expect(
            try demo.run(
                ["export", "action-plan", "R1", "--to", demo.scratch.file("p.odt")], user: "dee"
            ).status == 0)
    }

    @Test(
        "Every export is open only to roles that may read all of its content",
        arguments: Array(Permissions.contentReads.keys))
    func exportFollowsReads(_ export: MARACKit.Operation) {
        let reads = Permissions.contentReads[export] ?? []
        #expect(!reads.isEmpty)
        for role in Permissions.roles(for: export) where role != .agencyRep {
            for read in reads {
                #expect(
                    Permissions.roles(for: read).contains(role),
                    "\(role) may \(export) but not \(read)")
            }
        }
        // Every export operation is in the table.
        #expect(
            Set(MARACKit.Operation.allCases.filter { "\($0)".hasPrefix("export") })
                == Set(Permissions.contentReads.keys))
    }

    @Test("Completion offers a representative only their agency's actions, and a non-user nothing")
    func completionFollowsRoles() throws {
        let demo = try Demo()
        #expect(
            try demo.run(["user", "add", "polly", "--role", "agency-rep", "--agency", "POL"]).status
                == 0)
        func completions(_ user: String, _ words: [String]) -> [String] {
            let repl = REPL(
                session: Session(
                    dbPath: demo.db, user: user, today: Day(year: 2026, month: 11, day: 25)))
            repl.completeIdentifiers()
            return repl.completions(words)
        }
        let all = completions("coordinator", ["action", "show"])
        let own = completions("polly", ["action", "show"])
        #expect(!own.isEmpty && own.count < all.count)
        let polActions = try count(
            demo.db,
            "SELECT count(*) FROM action a JOIN agency g ON g.id = a.agency_id WHERE g.code = 'POL'"
        )
        #expect(own.count == polActions)
        #expect(completions("Qzcanary Victimname", ["action", "show"]).isEmpty)
        #expect(completions("Qzcanary Victimname", ["case", "show"]).isEmpty)
        #expect(completions("polly", ["meeting", "show"]).isEmpty)
    }
}
