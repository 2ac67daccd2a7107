import Foundation
import Testing

@testable import MARACCLI

/// Candidates listed by a second TAB come in numeric order: action 2 before action 10.
@Suite("Completion order")
struct CompletionOrderTests {
    @Test(
        "Natural order compares runs of digits as numbers",
        arguments: [
            (["A10", "A2", "A1"], ["A1", "A2", "A10"]),
            (["10", "9", "100", "1"], ["1", "9", "10", "100"]),
            (["C-000010", "C-000002"], ["C-000002", "C-000010"]),
            (["POL", "IDVA", "HEALTH-GP"], ["HEALTH-GP", "IDVA", "POL"]),
            (["R2", "A10", "A9"], ["A9", "A10", "R2"]),
        ])
    func naturalOrder(input: [String], sorted: [String]) {
        #expect(input.sorted(by: LineEditor.naturalOrder) == sorted)
    }

    @Test(
        "In the REPL, TAB TAB after 'action show' lists the demo's action ids in numeric order",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func replListsNumerically() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("demo.sqlite").path
        let demo = try BinaryTests.run(["--db", db, "--today", "2026-11-27", "demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let driver = """
            import os, pty, select, sys, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], [sys.argv[1], "--db", sys.argv[2], "--today", "2026-11-27"])
            out = b""
            def read_until(done, timeout=60):
                global out
                end = time.time() + timeout
                while not done() and time.time() < end:
                    r, _, _ = select.select([fd], [], [], 0.1)
                    if r:
                        try: out += os.read(fd, 4096)
                        except OSError: break
            read_until(lambda: b"marac> " in out)
            os.write(fd, b"action show \\t")
            time.sleep(0.5)
            os.write(fd, b"\\t")
            read_until(lambda: out.count(b"marac> ") >= 2)
            os.write(fd, b"\\x15\\x04")
            read_until(lambda: False, 2)
            os.waitpid(pid, 0)
            sys.stdout.write(out.decode("utf-8", "replace"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", driver, BinaryTests.binary, db]
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The listing: the lines under the prompt made only of numbers and spaces.
        let numbers = out.components(separatedBy: "\r\n")
            .filter { line in !line.isEmpty && line.allSatisfy { $0 == " " || $0.isNumber } }
            .flatMap { $0.split(separator: " ").compactMap { Int($0) } }
        #expect(numbers.count >= 20, "\(out.debugDescription)")
        #expect(numbers == numbers.sorted(), "\(numbers)")
    }
}
