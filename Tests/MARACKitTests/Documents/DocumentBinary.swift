import Foundation
import MARACTestSupport

@testable import MARACKit

/// Runs the built `marac` (`.build/debug/marac`, built by `swift build --build-tests`) on a
/// database in a temporary folder, as a coordinator would, and reads back what it exported.
struct DocumentBinary {
    /// The built tool.
    static let binary = "\(ExportTestSupport.packageRoot)/.build/debug/marac"

    /// The result of one run.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory = TemporaryDirectory()

    /// The database the runs share.
    var database: String { directory.file("marac.sqlite") }

    /// A file in the folder.
    func file(_ name: String) -> String { directory.file(name) }

    /// Runs `marac --db DATABASE --today TODAY arguments` as `user`, with `script` on standard
    /// input (a pipe, so it runs as a script).
    @discardableResult
    func run(
        _ arguments: [String] = [], script: String = "", today: String, user: String = "coord"
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        // Relative file names (`--to minutes.odt`) land in the folder, as for a user in it.
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.arguments = ["--db", database, "--today", today] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MARAC_DB"] = nil
        environment["MARAC_TODAY"] = nil
        environment["MARAC_USER"] = user
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.feed(script)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs `script` and fails the test with its error output unless it succeeds.
    @discardableResult
    func script(_ script: String, today: String, user: String = "coord") throws -> Result {
        let result = try run(script: script, today: today, user: user)
        guard result.status == 0 else {
            throw Failure(message: "script failed: \(result.stderr)")
        }
        return result
    }

    /// The bytes of `name` in the folder.
    func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }

    /// The text of `name` in the folder.
    func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// `content.xml` of the exported package `name`.
    func content(_ name: String) throws -> String {
        let package = try ZipReader(bytes: try bytes(name))
        return String(decoding: try package.read("content.xml"), as: UTF8.self)
    }

    /// `odf-check --no-render` on the exported files: its status and output.
    func odfCheck(_ names: [String], render: Bool = false) throws -> (
        status: Int32, output: String
    ) {
        try ExportTestSupport.run(
            ExportTestSupport.odfCheck, (render ? [] : ["--no-render"]) + names.map(file))
    }

    /// An exported XML document without its `created` time, which is the only part that
    /// changes from one export to the next.
    ///
    /// The audit chain's anchor goes too: it records the chain at each export, not content.
    static func withoutCreated(_ xml: String) -> String {
        xml.replacing(#/ created="[^"]*"/#, with: "")
            .replacing(#/ audit-entries="[^"]*" audit-head="[^"]*"/#, with: "")
    }

    /// Character data and attribute values of XML with the five predefined entities and
    /// character references of line breaks turned back into text.
    static func unescaped(_ xml: String) -> String {
        xml.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&apos;", with: "'")
            .replacing("&#10;", with: "\n").replacing("&#13;", with: "\r")
            .replacing("&amp;", with: "&")
    }

    /// A test failure carrying the tool's error output.
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
