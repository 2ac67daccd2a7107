import Foundation
import MARACKit
import Testing

@testable import MARACCLI

@Suite("Help")
struct HelpTests {
    static let transcripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    @Test("The full help screen matches Transcripts/help.txt verbatim")
    func fullScreen() throws {
        let expected = try String(
            contentsOf: Self.transcripts.appendingPathComponent("help.txt"), encoding: .utf8)
        let actual = HelpCommands.overview(of: .all).rendered(json: false)
        if actual != expected {
            // Leave the new screen beside the transcript: a deliberate change is one `mv` away.
            try actual.write(
                to: Self.transcripts.appendingPathComponent("help.txt.actual"), atomically: true,
                encoding: .utf8)
        }
        #expect(actual == expected)
    }

    @Test("help COMMAND shows the usage, the abstract and the discussion")
    func oneCommand() throws {
        var session = Session(today: nil)
        let text = try Tool.dispatch(
            ["help", "whoami"], session: &session, table: .all, databaseMayChange: false)
        #expect(text.hasPrefix("usage: whoami\n\nShow the acting user"))
        #expect(text.contains("MARAC_USER"))
    }

    @Test("help for an unknown name suggests the closest command")
    func unknown() {
        var session = Session()
        let error = #expect(throws: CommandError.self) {
            try Tool.dispatch(
                ["help", "versoin"], session: &session, table: .all, databaseMayChange: false)
        }
        #expect(error?.message == "unknown command 'versoin'; did you mean 'version'? try 'help'")
    }

    @Test(
        "Transcripts: each '> ' line run in turn gives the text under it",
        arguments: ["basics.txt", "marac-cycle.txt"]
    )
    func transcript(file: String) throws {
        let text = try String(
            contentsOf: Self.transcripts.appendingPathComponent(file), encoding: .utf8)
        var session = Session(
            dbPath: ":memory:", user: "transcript", today: Day(year: 2026, month: 11, day: 27))
        var actual = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false)
        where line.hasPrefix("> ") {
            let input = String(line.dropFirst(2))
            actual += "> \(input)\n"
            do {
                actual += try Tool.dispatch(
                    Tokenizer.split(input), session: &session, table: .all, databaseMayChange: false
                )
            } catch {
                actual += Tool.describe(error, input: input)
            }
        }
        // The audit chain's head hash covers the clock's time: shown as HASH.
        actual = actual.replacing(#/[0-9a-f]{64}/#, with: "HASH")
        if actual != text {
            try actual.write(
                to: Self.transcripts.appendingPathComponent(file + ".actual"), atomically: true,
                encoding: .utf8)
        }
        #expect(actual == text)
    }
}
