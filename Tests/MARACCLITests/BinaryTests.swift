import Foundation
import MARACKit
import MARACTestSupport
import Testing

/// Runs the built `marac` as a user would: one-shot, as a script, and in a pseudo-terminal.
@Suite("The marac binary")
struct BinaryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/marac").path
    /// What `marac version` prints with the policies built into the tool.
    static let version = "marac 0.1.0\npolicies: \(PolicySet.embedded.origin)\n"

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `marac arguments` with `input` on standard input (a pipe, so not a terminal).
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["MARAC_DB"] = nil
        env["MARAC_USER"] = nil
        env["MARAC_TODAY"] = nil
        env["MARAC_POLICIES"] = nil
        env["MARAC_TEMPLATES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.feed(input)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    @Test("The binary has been built")
    func exists() {
        #expect(
            FileManager.default.isExecutableFile(atPath: Self.binary),
            "run `swift build` first: \(Self.binary)")
    }

    @Test("A one-shot command prints to stdout and exits 0; --json gives JSON")
    func oneShot() throws {
        let text = try Self.run(["version"])
        #expect(text.status == 0)
        #expect(text.stdout == Self.version)
        let json = try Self.run(
            ["--json", "whoami", "--today", "2026-11-27"], environment: ["USER": "ann"])
        #expect(json.stdout.contains(#""today": "2026-11-27""#))
        #expect(json.stdout.contains(#""user": "ann""#))
    }

    @Test("The environment chooses the database, the user and today")
    func environment() throws {
        let result = try Self.run(
            ["whoami"],
            environment: [
                "MARAC_DB": "/tmp/x.sqlite", "MARAC_USER": "bob", "MARAC_TODAY": "2026-01-02",
            ])
        #expect(
            result.stdout.hasPrefix("user: bob\ndatabase: /tmp/x.sqlite\ntoday: 2026-01-02\nrole: ")
        )
        let flags = try Self.run(
            ["--db", "a.sqlite", "whoami", "--user", "cy"],
            environment: ["MARAC_DB": "/tmp/x.sqlite"])
        #expect(flags.stdout.hasPrefix("user: cy\ndatabase: a.sqlite\n"))
    }

    @Test("Usage mistakes exit 64 with error and usage lines on stderr")
    func usageError() throws {
        let result = try Self.run(["whoami", "--today", "2026-02-30"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "error: --today: 2026-02-30 is not a day in the calendar\nusage: whoami\n")
        let unknown = try Self.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "error: unknown command 'frobnicate'; try 'help'\n")
    }

    @Test("A piped script runs line by line and stops at the first error with its line number")
    func scriptStopsAtFirstError() throws {
        let script = "# a comment\n\nversion\nwhoami --bogus\nversion\n"
        let result = try Self.run([], input: script)
        #expect(result.status == 64)
        #expect(result.stdout == Self.version)
        #expect(result.stderr == "line 4: error: unknown option --bogus\nusage: whoami\n")
    }

    @Test("-f FILE runs a script file; a missing file fails with status 1")
    func scriptFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "marac-\(getpid()).txt")
        try "version\n  # indented comment\nversion 'open\n".write(
            to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try Self.run(["-f", path.path])
        #expect(result.status == 64)
        #expect(result.stdout == Self.version)
        #expect(
            result.stderr
                == "line 3: error: unterminated quote starting at column 9\n  version 'open\n          ^\n"
        )
        let missing = try Self.run(["-f", "/nonexistent/script.txt"])
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "error: cannot open /nonexistent/script.txt: No such file or directory\n")
    }

    @Test(
        "The REPL completes with TAB, keeps going after an error and leaves on ctrl-D",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
                || FileManager.default.fileExists(atPath: "/usr/bin/env")))
    func repl() throws {
        // python3's pty module gives the REPL a real terminal; keys are sent one batch at a time.
        let driver = """
            import os, pty, select, sys, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], [sys.argv[1], "--today", "2026-11-27"])
            out = b""
            PROMPT = b"marac> "
            def read_until(done, timeout=60):
                # Reads the terminal until done() holds (or the timeout passes).
                global out
                end = time.time() + timeout
                while not done() and time.time() < end:
                    r, _, _ = select.select([fd], [], [], 0.1)
                    if r:
                        try: out += os.read(fd, 4096)
                        except OSError: break
            def send(keys, marker, times=1):
                # Types keys, waits for marker to have appeared `times` times, then for the
                # prompt to come back after it: the next keys go to the line editor, not to
                # the terminal while a command runs.
                os.write(fd, keys)
                read_until(lambda: out.count(marker) >= times)
                read_until(lambda: out.rfind(PROMPT) > out.rfind(marker))
            read_until(lambda: PROMPT in out)
            send(b"vers\\t\\r", b"marac 0.1.0")
            send(b"whoami \\"x\\r", b"unterminated")
            send(b"\\x1b[A\\x1b[A\\r", b"marac 0.1.0", times=2)
            os.write(fd, b"\\x04")
            status = None
            end = time.time() + 60
            while status is None and time.time() < end:
                read_until(lambda: False, 0.1)
                finished, code = os.waitpid(pid, os.WNOHANG)
                if finished: status = code
            if status is None:
                os.kill(pid, 9)
                _, status = os.waitpid(pid, 0)
            sys.stdout.write(out.decode("utf-8", "replace"))
            sys.stdout.write("\\nSTATUS %d\\n" % os.waitstatus_to_exitcode(status))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", driver, Self.binary]
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(out.contains("marac> version"), "TAB completed 'vers' to 'version'")
        #expect(out.contains("marac 0.1.0"))
        #expect(out.contains("error: unterminated quote starting at column 8"))
        #expect(out.contains("STATUS 0"))
        // Up twice recalls 'version' (the line before the failing one) and runs it again.
        #expect(out.components(separatedBy: "marac 0.1.0").count >= 3)
    }
}
