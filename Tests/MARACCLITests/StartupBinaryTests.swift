import Foundation
import Testing

/// What the tool loads when it starts, checked on the built binary: libpq (and its twenty
/// libraries) only when a command connects to a PostgreSQL server, libxml2 (and ICU) only when
/// a command reads a policy file or writes a document, libcrypto only when a command hashes
/// (an audited change) or encrypts.
@Suite("Start-up")
struct StartupBinaryTests {
    /// Runs `tool arguments` and returns its standard output and error together.
    static func output(of tool: String, _ arguments: [String], environment: [String: String] = [:])
        throws -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("The binary does not link libpq, and a command on a SQLite file never opens it")
    func libpqNotLoadedForFiles() throws {
        let linked = try Self.output(of: "/usr/bin/ldd", [BinaryTests.binary])
        #expect(linked.contains("libsqlite3"), "\(linked)")
        #expect(!linked.contains("libpq"), "\(linked)")

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return }
        let folder = Scratch()
        defer { withExtendedLifetime(folder) {} }  // removed only when the test ends
        let db = folder.file("m.sqlite")
        let log = folder.file("strace.log")
        _ = try Self.output(
            of: "/usr/bin/strace",
            ["-f", "-e", "trace=open,openat", "-o", log, BinaryTests.binary, "--db", db, "demo"],
            environment: ["MARAC_USER": "coordinator"])
        let calls = try String(contentsOfFile: log, encoding: .utf8)
        #expect(calls.contains("m.sqlite"), "the trace saw the database being opened")
        #expect(!calls.contains("libpq"))
    }

    @Test("The binary does not link libxml2; a query never opens it, and an export still works")
    func libxml2LoadedOnlyForXML() throws {
        let linked = try Self.output(of: "/usr/bin/ldd", [BinaryTests.binary])
        #expect(!linked.contains("libxml2"), "\(linked)")
        #expect(!linked.contains("libicu"), "\(linked)")

        let folder = Scratch()
        defer { withExtendedLifetime(folder) {} }  // removed only when the test ends
        let db = folder.file("m.sqlite")
        let agenda = folder.file("agenda.odt")
        let user = ["MARAC_USER": "coordinator"]
        _ = try Self.output(of: BinaryTests.binary, ["--db", db, "demo"], environment: user)
        // Writing a document goes through libxml2, opened there and then.
        _ = try Self.output(
            of: BinaryTests.binary, ["--db", db, "export", "agenda", "1", "--to", agenda],
            environment: user)
        let written = try Data(contentsOf: URL(fileURLWithPath: agenda))
        #expect(written.starts(with: Data("PK".utf8)), "an ODF package was written")

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return }
        let log = folder.file("strace.log")
        let listed = try Self.output(
            of: "/usr/bin/strace",
            [
                "-f", "-e", "trace=open,openat", "-o", log, BinaryTests.binary, "--db", db,
                "case", "list",
            ],
            environment: user)
        #expect(listed.contains("C-0000"), "\(listed)")
        let calls = try String(contentsOfFile: log, encoding: .utf8)
        #expect(!calls.contains("libxml2"))
        #expect(!calls.contains("libicu"))
    }

    @Test(
        "The binary does not link libcrypto; a query never opens it, and audited changes still hash"
    )
    func libcryptoLoadedOnlyToHash() throws {
        let linked = try Self.output(of: "/usr/bin/ldd", [BinaryTests.binary])
        #expect(!linked.contains("libcrypto"), "\(linked)")

        let folder = Scratch()
        defer { withExtendedLifetime(folder) {} }  // removed only when the test ends
        let db = folder.file("m.sqlite")
        let user = ["MARAC_USER": "coordinator"]
        // The demo's changes are audited, each entry chained by its SHA-256 through libcrypto.
        _ = try Self.output(of: BinaryTests.binary, ["--db", db, "demo"], environment: user)
        let verified = try Self.output(
            of: BinaryTests.binary, ["--db", db, "audit", "verify"], environment: user)
        #expect(verified.contains("intact"), "\(verified)")

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return }
        let log = folder.file("strace.log")
        let shown = try Self.output(
            of: "/usr/bin/strace",
            [
                "-f", "-e", "trace=open,openat", "-o", log, BinaryTests.binary, "--db", db,
                "case", "show", "C-000001",
            ],
            environment: user)
        #expect(shown.contains("C-000001"), "\(shown)")
        let calls = try String(contentsOfFile: log, encoding: .utf8)
        #expect(calls.contains("m.sqlite"), "the trace saw the database being opened")
        #expect(!calls.contains("libcrypto"))
    }
}
