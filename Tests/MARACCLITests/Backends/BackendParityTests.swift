import Foundation
import Testing

/// The same commands on the demo area give the same output on a SQLite file and on a
/// PostgreSQL server: text, JSON and exported documents.
@Suite("The same output on both backends")
struct BackendParityTests {
    /// Read commands across the workbench, with and without `--json`.
    static let commands: [[String]] = [
        ["case", "list"], ["case", "list", "--repeat"], ["case", "show", "C-000002"],
        ["action", "list"], ["action", "list", "--overdue"], ["action", "list", "--agency", "POL"],
        ["meeting", "list"], ["meeting", "show", "1"], ["agenda", "show", "2"],
        ["share", "list"], ["share", "register"], ["agency", "list"],
        ["report", "data-return", "--from", "2026-09-01", "--to", "2026-12-31"],
        ["report", "overdue"], ["report", "dhr-progress"], ["smart", "check"],
        ["dhr", "list"], ["dhr", "show", "R1"], ["retention", "due"], ["audit", "verify"],
        ["--json", "case", "list"], ["--json", "action", "list", "--overdue"],
        ["--json", "share", "register"], ["--json", "report", "dhr-progress"],
    ]

    /// `text` with timestamps (the clock differs between the two runs) and the acting user's
    /// name (a login role on the server) made alike.
    static func normalised(_ text: String, user: String) -> String {
        text.replacingOccurrences(
            of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "TIMESTAMP", options: .regularExpression
        ).replacingOccurrences(of: user, with: "USER")
            // The audit chain's head hashes cover the user and the time: they differ.
            .replacingOccurrences(of: "[0-9a-f]{64}", with: "HASH", options: .regularExpression)
    }

    @Test(
        "The demo area reads the same on a file and on a server, command by command",
        arguments: Backend.server)
    func sameOutput(backend: Backend) throws {
        let file = try BinaryDatabase(.sqlite)
        let server = try BinaryDatabase(backend)
        let today = ["MARAC_TODAY": "2026-12-02"]
        var outputs: [Backend: [String]] = [:]
        for database in [file, server] {
            let environment = database.environment(user: "file_coordinator", today)
            let demo = try BinaryTests.run(
                ["--db", database.location, "demo"], environment: environment,
                directory: database.folder)
            #expect(demo.status == 0, "\(demo.stderr)")
            let user = database.recordedUser("file_coordinator")
            var results: [String] = []
            for words in Self.commands {
                let result = try BinaryTests.run(
                    ["--db", database.location] + words, environment: environment)
                #expect(result.status == 0, "\(words): \(result.stderr)")
                results.append(Self.normalised(result.stdout + result.stderr, user: user))
            }
            let export = database.folder.appendingPathComponent("minutes.xml").path
            let exported = try BinaryTests.run(
                ["--db", database.location, "export", "minutes", "1", "--to", export],
                environment: environment)
            #expect(exported.status == 0, "\(exported.stderr)")
            results.append(
                Self.normalised(try String(contentsOfFile: export, encoding: .utf8), user: user))
            outputs[database.backend] = results
        }
        let onFile = try #require(outputs[.sqlite])
        let onServer = try #require(outputs[backend])
        for (index, words) in (Self.commands + [["export", "minutes"]]).enumerated() {
            #expect(onServer[index] == onFile[index], "\(words.joined(separator: " "))")
        }
    }
}
