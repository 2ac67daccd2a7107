import Foundation
import MARACTestSupport
import Testing

/// An agency representative's extract of a closed meeting's minutes on a server: exported
/// through `marac` from its agency's frozen extract, while `psql` shows it no other agency's.
@Suite(
    "Frozen extracts on a server",
    .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
struct ServerExtractTests {
    @Test(
        "A representative exports its own extract of a closed meeting; psql shows it only its own"
    )
    func representativeExtract() throws {
        let db = try ServerDatabase()
        #expect(try ServerRolesTests.marac(db.uri(), ["server", "init"]).status == 0)
        let coordinator = try db.createLogin("coord")
        let police = try db.createLogin("pol")
        let idva = try db.createLogin("idva")
        #expect(
            try ServerRolesTests.marac(
                db.uri(), ["user", "add", coordinator, "--role", "coordinator"]
            ).status == 0)
        let coord = db.uri(as: coordinator)
        let steps: [[String]] = [
            ["agency", "add", "POL", "--name", "Police", "--sector", "police"],
            ["agency", "add", "IDVA", "--name", "IDVA service", "--sector", "voluntary"],
            ["user", "add", police, "--role", "agency-rep", "--agency", "POL"],
            ["user", "add", idva, "--role", "agency-rep", "--agency", "IDVA"],
            [
                "case", "refer", "--victim", "Jo Canary", "--dob", "1990-04-01", "--by", "POL",
                "--date", "2026-11-20", "--dash", "15",
            ],
            [
                "case", "refer", "--victim", "Sam Canary", "--dob", "1985-04-01", "--by", "IDVA",
                "--date", "2026-11-21", "--dash", "16",
            ],
            ["meeting", "new", "--date", "2026-11-25", "--area", "default"],
            ["agenda", "build", "1"],
            ["meeting", "open", "1"],
            [
                "action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-10",
                "--meeting", "1", "Check bail",
            ],
            [
                "action", "add", "C-000002", "--agency", "IDVA", "--due", "2026-12-10",
                "--meeting", "1", "Safety plan",
            ],
            ["aob", "add", "1", "IDVA-ONLY other business"],
            ["meeting", "close", "1"],
        ]
        for words in steps {
            let result = try ServerRolesTests.marac(coord, words)
            #expect(result.status == 0, "\(words.joined(separator: " ")): \(result.stderr)")
        }

        let directory = NSTemporaryDirectory() + "marac-server-extract-" + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let pol = db.uri(as: police)
        let path = directory + "/pol.xml"
        let export = try ServerRolesTests.marac(
            pol, ["export", "minutes", "1", "--agency", "POL", "--to", path])
        #expect(export.status == 0, "\(export.stderr)")
        let extract = try String(contentsOfFile: path, encoding: .utf8)
        #expect(extract.contains("Check bail"))
        #expect(extract.contains(#"agency="POL""#))
        for other in ["Safety plan", "C-000002", "IDVA-ONLY", "Canary"] {
            #expect(!extract.contains(other), "the extract shows \(other)")
        }
        let others = try ServerRolesTests.marac(
            pol, ["export", "minutes", "1", "--agency", "IDVA", "--to", directory + "/idva.xml"])
        #expect(others.status != 0)
        #expect(!FileManager.default.fileExists(atPath: directory + "/idva.xml"))

        // psql as POL's representative: its own frozen extract, nothing else.
        let rows = try db.query(
            "SELECT a.code FROM minutes_extract_snapshot e JOIN agency a ON a.id = e.agency_id;",
            as: police)
        #expect(rows == ["POL"])
        let all = try db.psql("SELECT * FROM minutes_extract_snapshot;", as: police)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("Check bail"))
        #expect(!all.stdout.contains("Safety plan") && !all.stdout.contains("IDVA-ONLY"))
        #expect(
            try db.psql("SELECT * FROM minutes_snapshot;", as: police).stderr.contains(
                "permission denied for table minutes_snapshot"))
        #expect(
            try db.psql("SELECT * FROM other_business;", as: police).stderr.contains(
                "permission denied for table other_business"))
        #expect(
            try db.query("SELECT count(*) FROM minutes_extract_snapshot;", as: idva) == ["1"])
    }
}
