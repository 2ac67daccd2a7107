import Foundation
import Testing

/// Where the policies in force come from, run through the built `marac` the way the attacks
/// of issue 17 were: a planted `Policies/` folder in the current folder, and a hostile schema.
@Suite("Policy origin")
struct PolicyOriginBinaryTests {
    /// A scratch folder holding a demo database and a planted copy of the policies.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "marac-origin-\(getpid())-\(UUID().uuidString)")
        var db: String { url.appendingPathComponent("m.sqlite").path }
        /// `Policies/` inside the scratch folder (the current folder of every run).
        var planted: String { url.appendingPathComponent("Policies").path }

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: BinaryTests.packageRoot.appendingPathComponent("Policies"),
                to: URL(fileURLWithPath: planted))
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// Runs `marac` in the scratch folder, on its database, today being 2026-11-25.
        func run(_ arguments: [String], environment: [String: String] = [:]) throws
            -> BinaryTests.Result
        {
            var env = ["MARAC_DB": db, "MARAC_USER": "coordinator", "MARAC_TODAY": "2026-11-25"]
            for (key, value) in environment { env[key] = value }
            return try BinaryTests.run(arguments, environment: env, directory: url)
        }

        /// Replaces `find` with `replace` in the planted `file`.
        func edit(_ file: String, _ find: String, _ replace: String) throws {
            let path = "\(planted)/\(file)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(find))
            try text.replacingOccurrences(of: find, with: replace)
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    static let refer = [
        "case", "refer", "--victim", "Jo Example", "--dob", "1990-04-01", "--by", "POL",
        "--date", "2026-11-20", "--dash", "2",
    ]

    @Test("A Policies/ folder with dash-threshold=\"1\" in the current folder is not used")
    func currentFolderIgnored() throws {
        let scratch = try Scratch()
        try scratch.edit(
            "referral-criteria.xml",
            #"<area name="*" version="1" checklist="safelives-dash-ric-2009" dash-threshold="14""#,
            #"<area name="*" version="1" checklist="safelives-dash-ric-2009" dash-threshold="1""#)
        #expect(try scratch.run(["demo"]).status == 0)

        let refused = try scratch.run(Self.refer)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("DASH score 2 is below 14"), "\(refused.stderr)")
        let version = try scratch.run(["version"])
        #expect(version.stdout.contains("policies: embedded (sha256 "), "\(version.stdout)")

        // Named on purpose, the same folder is in force, and says so.
        let named = try scratch.run(Self.refer, environment: ["MARAC_POLICIES": scratch.planted])
        #expect(named.status == 0, "\(named.stderr)")
        let check = try scratch.run(["--policies", scratch.planted, "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains(
                "policies: \(scratch.planted) (sha256 "), "\(check.stdout)")
        #expect(check.stdout.contains("differs from the embedded copy in referral-criteria.xml"))
    }

    @Test("--policies wins over MARAC_POLICIES; a folder that is not there is an error")
    func namedFolder() throws {
        let scratch = try Scratch()
        let json = try scratch.run(
            ["--json", "--policies", scratch.planted, "version"],
            environment: ["MARAC_POLICIES": "/nonexistent"])
        #expect(json.status == 0, "\(json.stderr)")
        let object =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let policies = try #require(object?["policies"] as? [String: Any])
        #expect(policies["source"] as? String == scratch.planted)
        #expect(policies["differs"] as? [String] == [])
        let embedded = try scratch.run(["--json", "version"])
        let embeddedObject =
            try JSONSerialization.jsonObject(with: Data(embedded.stdout.utf8)) as? [String: Any]
        let embeddedPolicies = try #require(embeddedObject?["policies"] as? [String: Any])
        #expect(embeddedPolicies["source"] as? String == "embedded")
        // A folder byte for byte the shipped one is the same set, with the same digest.
        #expect(embeddedPolicies["sha256"] as? String == policies["sha256"] as? String)

        let missing = try scratch.run(
            ["case", "list"], environment: ["MARAC_POLICIES": "/nonexistent"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: /nonexistent: no such folder of policy files\n")
    }

    @Test("A folder's schema with <include href=\"/etc/passwd\"/> is never read")
    func hostileSchemaNeverOpened() throws {
        let scratch = try Scratch()
        // A grammar that would accept anything, so the tool would pass a broken policy if it
        // read the folder's schema, and an include of a file it must never open.
        let secret = scratch.url.appendingPathComponent("secret.rng").path
        try
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element><anyName/><text/></element></start></grammar>"#
            .write(toFile: secret, atomically: true, encoding: .utf8)
        let hostile = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <include href="/etc/passwd"/><include href="\(secret)"/>
            </grammar>
            """
        try hostile.write(
            toFile: "\(scratch.planted)/retention.rng", atomically: true, encoding: .utf8)
        let result = try scratch.run(["--policies", scratch.planted, "version"])
        #expect(result.status == 0, "\(result.stderr)")

        // A retention.xml the shipped schema refuses is refused, whatever the folder's schema says.
        try scratch.edit("retention.xml", "<retention", "<retention bogus=\"1\"")
        let refused = try scratch.run(["--policies", scratch.planted, "version"])
        #expect(refused.status == 1)
        // (The folder's path is masked where its words could be a name: see ErrorEcho.)
        #expect(
            refused.stderr.contains("/retention.xml:10: does not match its schema"),
            "\(refused.stderr)")

        // Traced, the tool opens neither file (strace is in Debian's packages).
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return }
        let log = scratch.url.appendingPathComponent("strace.log").path
        let traced = Process()
        traced.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        traced.arguments = [
            "-f", "-e", "trace=open,openat,stat,newfstatat,access", "-o", log, BinaryTests.binary,
            "--policies", scratch.planted, "--db", scratch.db, "check",
        ]
        traced.currentDirectoryURL = scratch.url
        var environment = ProcessInfo.processInfo.environment
        environment["MARAC_USER"] = "coordinator"
        environment["MARAC_POLICIES"] = nil
        traced.environment = environment
        traced.standardOutput = FileHandle.nullDevice
        traced.standardError = FileHandle.nullDevice
        try traced.run()
        traced.waitUntilExit()
        let calls = try String(contentsOfFile: log, encoding: .utf8)
        #expect(calls.contains("retention.xml"), "the trace saw the policy being read")
        #expect(!calls.contains("retention.rng"))
        #expect(!calls.contains(secret))
        #expect(!calls.contains("/etc/passwd"))
    }
}
