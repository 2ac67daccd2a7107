import Foundation
import Testing

/// IDVA engagement, MARAC-to-MARAC transfers and the complete data return, through the built
/// `marac` as a coordinator and agency representatives would run them.
@Suite("IDVA, transfers and the data return through the binary")
struct IDVATransferBinaryTests {
    static let today = ["MARAC_TODAY": "2026-12-02"]

    /// The shared `odf-check`, beside the package or the folder above a worktree.
    static let odfCheck: String? = {
        let root = BinaryTests.packageRoot.path
        return ["\(root)/../shared/tools/odf-check", "\(root)/../../shared/tools/odf-check"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `marac --db DB words` as `user` on `database`.
    static func run(_ database: BinaryDatabase, _ words: [String], user: String = "coord")
        throws -> BinaryTests.Result
    {
        try BinaryTests.run(
            ["--db", database.location] + words,
            environment: database.environment(user: user, today))
    }

    /// A database holding the demo area.
    static func demo(_ backend: Backend) throws -> BinaryDatabase {
        let database = try BinaryDatabase(backend)
        let demo = try run(database, ["demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        return database
    }

    @Test(
        "An IDVA allocation and engagement show in case show, the agenda and the audit log",
        arguments: Backend.all)
    func allocation(backend: Backend) throws {
        let database = try Self.demo(backend)
        let allocated = try Self.run(
            database,
            ["idva", "allocate", "C-000009", "--agency", "IDVA", "--worker", "Sam O'Neill"])
        #expect(allocated.status == 0, "\(allocated.stderr)")
        #expect(allocated.stdout.contains("Sam O'Neill"))
        let engaged = try Self.run(
            database, ["--json", "idva", "engagement", "C-000009", "--status", "declined"])
        #expect(engaged.status == 0, "\(engaged.stderr)")
        #expect(
            engaged.stdout.contains(#""engagement" : "declined""#)
                || engaged.stdout.contains(#""engagement": "declined""#), "\(engaged.stdout)")
        let show = try Self.run(database, ["case", "show", "C-000009"])
        #expect(
            show.stdout.contains(
                "IDVA         Demoshire IDVA Service (demo) (Sam O'Neill), support declined"))
        let agenda = try Self.run(database, ["agenda", "show", "2"])
        #expect(agenda.stdout.contains("IDVA: Demoshire IDVA Service (demo) (Sam O'Neill)"))
        #expect(agenda.stdout.contains("TRANSFERRED IN from Northshire (demo)"))
        let log = try Self.run(database, ["audit", "log"])
        #expect(log.stdout.contains("idva allocate"))
        #expect(log.stdout.contains("idva engagement"))
        // Bad input: a clear error, nothing written.
        let badStatus = try Self.run(
            database, ["idva", "engagement", "C-000009", "--status", "maybe"])
        #expect(badStatus.status == 64)
        #expect(
            badStatus.stderr.contains("--status: expected one of engaged, not-engaged or declined"))
        let unallocated = try Self.run(
            database, ["idva", "engagement", "C-000010", "--status", "engaged"])
        #expect(unallocated.status == 1)
        #expect(unallocated.stderr.contains("a case allocated to an IDVA service"))
        let early = try Self.run(
            database,
            ["idva", "engagement", "C-000009", "--status", "engaged", "--date", "2026-01-01"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("on or after the allocation (2026-12-02)"))
        let unknown = try Self.run(database, ["idva", "allocate", "C-000009", "--agency", "NOPE"])
        #expect(unknown.status == 1)
        #expect(
            try Self.run(database, ["case", "show", "C-000009"]).stdout.contains("support declined")
        )
    }

    @Test(
        "Only the coordinator allocates; the allocated service's representative records engagement")
    func representatives() throws {
        let database = try Self.demo(.sqlite)
        for (name, agency) in [("idva_rep", "IDVA"), ("pol_rep", "POL")] {
            let added = try Self.run(
                database, ["user", "add", name, "--role", "agency-rep", "--agency", agency])
            #expect(added.status == 0, "\(added.stderr)")
        }
        // C-000001 is the demo's allocated case: the IDVA's representative updates it.
        let engaged = try Self.run(
            database, ["idva", "engagement", "C-000001", "--status", "not-engaged"],
            user: "idva_rep")
        #expect(engaged.status == 0, "\(engaged.stderr)")
        let worker = try Self.run(
            database,
            ["idva", "allocate", "C-000001", "--agency", "IDVA", "--worker", "New Worker"],
            user: "idva_rep")
        #expect(worker.status == 0, "\(worker.stderr)")
        // Not a case the coordinator allocated to them; not another agency's.
        let take = try Self.run(
            database, ["idva", "allocate", "C-000002", "--agency", "IDVA"], user: "idva_rep")
        #expect(take.status == 1)
        #expect(take.stderr.contains("the coordinator allocates"))
        let police = try Self.run(
            database, ["idva", "engagement", "C-000001", "--status", "engaged"], user: "pol_rep")
        #expect(police.status == 1)
        #expect(police.stderr.contains("belongs to another agency"))
        let chair = try Self.run(database, ["user", "add", "chair1", "--role", "chair"])
        #expect(chair.status == 0)
        let byChair = try Self.run(
            database, ["idva", "allocate", "C-000002", "--agency", "IDVA"], user: "chair1")
        #expect(
            byChair.stderr.contains(
                "'idva allocate' needs one of the roles coordinator, agency-rep"))
        let show = try Self.run(database, ["case", "show", "C-000001"])
        #expect(show.stdout.contains("(New Worker), not engaged"))
    }

    @Test(
        "A transfer between two areas of one database moves the case with its history",
        arguments: Backend.all)
    func transferToArea(backend: Backend) throws {
        let database = try Self.demo(backend)
        #expect(try Self.run(database, ["area", "add", "Northshire"]).status == 0)
        // A case on the next meeting's agenda must come off it first.
        let listed = try Self.run(
            database,
            ["case", "transfer", "C-000010", "--to-area", "Northshire", "--reason", "moved"])
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("agenda defer 2 C-000010"))
        let moved = try Self.run(
            database,
            [
                "case", "transfer", "C-000003", "--to-area", "Northshire", "--reason",
                "Victim moved to a refuge",
            ])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(
            moved.stdout
                == "case C-000003 transferred out of Demoshire and in to Northshire on 2026-12-02\n"
        )
        let show = try Self.run(database, ["case", "show", "C-000003"])
        #expect(show.stdout.contains("(Northshire)"))
        #expect(show.stdout.contains("transferred out to Northshire on 2026-12-02"))
        #expect(show.stdout.contains("transferred in from Demoshire on 2026-12-02"))
        #expect(show.stdout.contains("risks"), "its history comes with it")
        let neither = try Self.run(database, ["case", "transfer", "C-000003", "--reason", "x"])
        #expect(neither.status == 64)
        let same = try Self.run(
            database, ["case", "transfer", "C-000003", "--to-area", "Northshire", "--reason", "x"])
        #expect(same.stderr.contains("is already in"))
        let report = try Self.run(
            database,
            ["--json", "report", "data-return", "--from", "2026-11-01", "--to", "2026-12-31"])
        let json =
            try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        // The demo's transfer in from Northshire (demo), and this one out and in.
        #expect(json?["transfersOut"] as? Int == 1)
        #expect(json?["transfersIn"] as? Int == 2)
        let north = try Self.run(
            database,
            [
                "--json", "report", "data-return", "--from", "2026-11-01", "--to", "2026-12-31",
                "--area", "Northshire",
            ])
        let northJSON =
            try JSONSerialization.jsonObject(with: Data(north.stdout.utf8)) as? [String: Any]
        #expect(northJSON?["transfersIn"] as? Int == 1)
        #expect(northJSON?["transfersOut"] as? Int == 0)
        #expect(try Self.run(database, ["audit", "log"]).stdout.contains("case transfer"))
    }

    @Test(
        "A transfer bundle from one database is received in another, once",
        arguments: Backend.all)
    func transferBundle(backend: Backend) throws {
        let sending = try Self.demo(.sqlite)
        let bundle = sending.folder.appendingPathComponent("transfer.odt").path
        let sent = try Self.run(
            sending,
            [
                "case", "transfer", "C-000002", "--to-file", bundle, "--to-marac", "Westshire",
                "--reason", "Rehoused by the council",
            ])
        #expect(sent.status == 0, "\(sent.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: bundle)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        if let check = Self.odfCheck {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: check)
            process.arguments = [bundle]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "odf-check failed on the bundle")
        }
        let again = try Self.run(
            sending,
            [
                "case", "transfer", "C-000002", "--to-file", bundle + "2.odt", "--to-marac",
                "Westshire",
                "--reason", "again",
            ])
        #expect(again.stderr.contains("was transferred to another MARAC's database already"))
        let wrongName = try Self.run(
            sending,
            [
                "case", "transfer", "C-000004", "--to-file", "x.pdf", "--to-marac", "W", "--reason",
                "r",
            ])
        #expect(wrongName.stderr.contains("--to-file: expected a file name ending in .odt"))

        let receiving = try BinaryDatabase(backend)
        #expect(
            try Self.run(
                receiving, ["agency", "add", "POL", "--name", "West Police", "--sector", "police"]
            ).status == 0)
        // C-000002 was referred by IDVA, an agency the receiving MARAC has not registered.
        let unregistered = try Self.run(receiving, ["case", "receive", bundle])
        #expect(unregistered.status == 1)
        #expect(unregistered.stderr.contains("--by: expected the agency referring the case here"))
        let received = try Self.run(receiving, ["case", "receive", bundle, "--by", "POL"])
        #expect(received.status == 0, "\(received.stderr)")
        #expect(received.stdout.hasPrefix("case C-000001 received from Demoshire (their C-000002)"))
        let show = try Self.run(receiving, ["case", "show", "C-000001"])
        #expect(
            show.stdout.contains("transferred in from Demoshire on 2026-12-02 (their C-000002)"))
        #expect(show.stdout.contains("at the sending MARAC"))
        #expect(show.stdout.contains("heard        "))
        let twice = try Self.run(receiving, ["case", "receive", bundle])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("was received already"))
        let notBundle = receiving.folder.appendingPathComponent("not.odt").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: notBundle))
        let refused = try Self.run(receiving, ["case", "receive", notBundle])
        #expect(refused.stderr.contains("is not a MARAC transfer bundle"))
        // No victim's name in errors or the audit log of either side.
        let log =
            try Self.run(receiving, ["audit", "log"]).stdout
            + (try Self.run(sending, ["audit", "log"]).stdout)
        #expect(log.contains("case receive") && log.contains("case transfer"))
        #expect(!log.contains("Demo Person"))
    }

    @Test(
        "The data return writes the CSV data grid exactly and the board report suppressed",
        arguments: Backend.all)
    func dataReturnFiles(backend: Backend) throws {
        let database = try Self.demo(backend)
        let period = ["report", "data-return", "--from", "2026-09-01", "--to", "2026-12-31"]
        let text = try Self.run(database, period)
        #expect(
            text.stdout.contains("IDVA allocated        1 (engaged 1, not engaged 0, declined 0)"))
        #expect(text.stdout.contains("capacity (SafeLives benchmarks)"))
        let csv = database.folder.appendingPathComponent("grid.csv").path
        let grid = try Self.run(database, period + ["--out", csv])
        #expect(grid.status == 0, "\(grid.stderr)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("meeting_id,meeting_date,area,cases_heard,repeat_cases"))
        #expect(lines[1].hasPrefix("1,2026-11-11,Demoshire,8,0,4,7,2,6,2,0,0,1,0,1,1,1,0,0,0,"))
        let odt = database.folder.appendingPathComponent("board.odt").path
        let board = try Self.run(database, period + ["--out", odt])
        #expect(board.status == 0, "\(board.stderr)")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", odt, "content.xml"]
        let out = Pipe()
        unzip.standardOutput = out
        try unzip.run()
        let content = String(
            decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(content.contains("5 or under"))
        if let check = Self.odfCheck {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: check)
            process.arguments = [odt]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "odf-check failed on the board report")
        }
        let wrong = try Self.run(database, period + ["--out", "grid.txt"])
        #expect(wrong.status == 1)
        #expect(
            wrong.stderr.contains(
                "--out: expected a file name ending in .csv (data grid) or .odt (board)"))
        let area = try Self.run(database, period + ["--area", "Nowhere"])
        #expect(area.status == 1)
    }
}
