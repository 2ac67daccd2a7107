import Foundation
import Testing

/// A mistyped database path: a command that only reads never creates a database, says there is
/// none and how to make one; `init` and `demo` make one, and the demo's hints carry its `--db`.
@Suite("A mistyped database path, through the marac binary")
struct DatabasePathBinaryTests {
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-dbpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// The files in `folder`, sorted.
    func files(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static let environment = ["MARAC_TODAY": "2026-11-27", "MARAC_USER": "coordinator"]

    @Test(
        "A command that only reads refuses a missing database, exits 1 and creates no file",
        arguments: [
            ["case", "list"], ["action", "list", "--overdue"], ["agency", "list"],
            ["smart", "check"],
            ["report", "data-return", "--from", "2026-01-01", "--to", "2026-12-31"],
            ["audit", "verify"],
        ])
    func readOnlyRefuses(words: [String]) throws {
        try inFolder { folder in
            let result = try BinaryTests.run(
                ["--db", "demo2.sqlite"] + words, environment: Self.environment, directory: folder)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr
                    == "error: there is no database at demo2.sqlite; nothing was created. "
                    + "Make one with 'marac --db demo2.sqlite init' (empty) or "
                    + "'marac --db demo2.sqlite demo' (a fictional area to try), or run a command "
                    + "that records something (agency add, case refer)\n")
            #expect(try files(folder).isEmpty, "no database file, no -wal or -shm")
        }
    }

    @Test("Without --db, a read on a folder with no ./marac.sqlite creates none")
    func defaultPath() throws {
        try inFolder { folder in
            let result = try BinaryTests.run(
                ["case", "list"], environment: Self.environment, directory: folder)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: there is no database at ./marac.sqlite;"))
            #expect(result.stderr.contains("'marac init'"))
            #expect(try files(folder).isEmpty)
            // A script and the piped REPL say the same, with the line number.
            let piped = try BinaryTests.run(
                [], input: "version\ncase list\n", environment: Self.environment,
                directory: folder)
            #expect(piped.status == 1)
            #expect(piped.stdout == BinaryTests.version)
            #expect(piped.stderr.hasPrefix("line 2: error: there is no database at ./marac.sqlite"))
            #expect(try files(folder).isEmpty)
        }
    }

    @Test("init creates and migrates an empty private database, and says so; again, it says so")
    func initCreates() throws {
        try inFolder { folder in
            let first = try BinaryTests.run(
                ["--db", "new.sqlite", "init"], environment: Self.environment, directory: folder)
            #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
            #expect(
                first.stdout
                    == "created an empty database at new.sqlite; you are its coordinator "
                    + "(coordinator)\n")
            let path = folder.appendingPathComponent("new.sqlite").path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let list = try BinaryTests.run(
                ["--db", "new.sqlite", "case", "list"], environment: Self.environment,
                directory: folder)
            #expect(list.status == 0, "\(list.stderr)")
            let again = try BinaryTests.run(
                ["--db", "new.sqlite", "init"], environment: Self.environment, directory: folder)
            #expect(
                again.stdout == "new.sqlite already holds a database; its schema is up to date\n")
        }
    }

    @Test("A writing command creates the database as before")
    func writingCreates() throws {
        try inFolder { folder in
            let result = try BinaryTests.run(
                [
                    "--db", "w.sqlite", "agency", "add", "POL", "--name", "Police", "--sector",
                    "police",
                ],
                environment: Self.environment, directory: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stderr
                    == "note: created a new database at w.sqlite; you are its coordinator "
                    + "(coordinator)\n")
            #expect(try files(folder).contains("w.sqlite"))
            let again = try BinaryTests.run(
                [
                    "--db", "w.sqlite", "agency", "add", "IDVA", "--name", "IDVA", "--sector",
                    "voluntary",
                ],
                environment: Self.environment, directory: folder)
            #expect(again.status == 0 && again.stderr.isEmpty, "said once, when it happens")
        }
    }

    @Test("demo's 'Try next' hints carry its --db, and each runs as printed on the demo")
    func demoHints() throws {
        try inFolder { folder in
            let demo = try BinaryTests.run(
                ["--db", "demo.sqlite", "demo"], environment: Self.environment, directory: folder)
            #expect(demo.status == 0, "\(demo.stderr)")
            let hints = demo.stdout.split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            .filter { $0.hasPrefix("marac ") }
            #expect(hints.count > 5)
            for hint in hints {
                #expect(hint.hasPrefix("marac --db demo.sqlite "), "\(hint)")
                let words = hint.split(separator: " ").dropFirst().map(String.init)
                let run = try BinaryTests.run(
                    words, environment: Self.environment, directory: folder)
                #expect(run.status == 0, "\(hint): \(run.stderr)")
                #expect(!run.stdout.isEmpty, "\(hint)")
            }
            #expect(!(try files(folder).contains("marac.sqlite")), "no ./marac.sqlite on the side")
            let plain = try BinaryTests.run(
                ["demo"], environment: Self.environment, directory: folder)
            #expect(plain.stdout.contains("\n  marac action list --overdue\n"), "default: no --db")
        }
    }
}
