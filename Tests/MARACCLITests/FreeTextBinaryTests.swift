import Foundation
import Testing

/// Free text typed with apostrophes, quotes, markup characters, emoji and right-to-left
/// scripts is stored exactly as typed, whether given as arguments, in a `-f` script or on
/// standard input; an unterminated quote that starts a word is still refused with a caret.
@Suite("Free text through the marac binary")
struct FreeTextBinaryTests {
    static let risk = "Perpetrator's brother made threats at the victim's workplace"
    static let action = #"Call O'Brien's <team> & the 12" flag 🙂 مرحبا שלום don't wait"#
    static let note = #"Victim's mother's view: "no contact""#

    static let setup = """
        agency add POL --name Police --sector police
        case refer --victim "Free Text" --dob 1990-04-01 --by POL --date 2026-11-02 --dash 16
        """

    /// The script lines a coordinator types: the texts as they are, unquoted, except the note.
    static let typed = """
        risk add C-000001 \(risk)
        action add C-000001 --agency POL --due 2026-12-10 \(action)
        action update 1 --note '\(note)'
        """

    func withDatabase(_ body: (String, URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.appendingPathComponent("text.sqlite").path, folder)
    }

    static let environment = ["MARAC_TODAY": "2026-11-27", "MARAC_USER": "coordinator"]

    /// The JSON document printed by `marac --db db --json words...`.
    func json(_ db: String, _ words: [String]) throws -> [String: Any] {
        let result = try BinaryTests.run(
            ["--db", db, "--json"] + words, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    /// Reads back the risk, the action's text and its note and compares them with what was typed.
    func expectStoredAsTyped(_ db: String) throws {
        let detail = try json(db, ["case", "show", "C-000001"])
        let risks = try #require(detail["risks"] as? [[String: Any]])
        #expect(risks.map { $0["text"] as? String } == [Self.risk])
        let shown = try json(db, ["action", "show", "1"])
        let action = try #require(shown["action"] as? [String: Any])
        #expect(action["text"] as? String == Self.action)
        let updates = try #require(shown["updates"] as? [[String: Any]])
        #expect(updates.compactMap { $0["note"] as? String } == [Self.note])
        let text = try BinaryTests.run(
            ["--db", db, "action", "show", "1"], environment: Self.environment)
        #expect(text.stdout.contains(Self.action), "\(text.stdout)")
    }

    @Test("Typed on standard input, apostrophes and quotes inside words are kept")
    func standardInput() throws {
        try withDatabase { db, _ in
            let result = try BinaryTests.run(
                ["--db", db], input: Self.setup + "\n" + Self.typed + "\n",
                environment: Self.environment)
            #expect(result.status == 0, "\(result.stderr)")
            try expectStoredAsTyped(db)
        }
    }

    @Test("In a -f script, apostrophes and quotes inside words are kept")
    func scriptFile() throws {
        try withDatabase { db, folder in
            let script = folder.appendingPathComponent("cycle.marac")
            try (Self.setup + "\n" + Self.typed + "\n").write(
                to: script, atomically: true, encoding: .utf8)
            let result = try BinaryTests.run(
                ["--db", db, "-f", script.path], environment: Self.environment)
            #expect(result.status == 0, "\(result.stderr)")
            try expectStoredAsTyped(db)
        }
    }

    @Test("As one-shot arguments the shell has split, every character is kept")
    func oneShot() throws {
        try withDatabase { db, _ in
            let setup = try BinaryTests.run(
                ["--db", db], input: Self.setup + "\n", environment: Self.environment)
            #expect(setup.status == 0, "\(setup.stderr)")
            let runs: [[String]] = [
                ["risk", "add", "C-000001"] + Self.risk.split(separator: " ").map(String.init),
                [
                    "action", "add", "C-000001", "--agency", "POL", "--due", "2026-12-10",
                    Self.action,
                ],
                ["action", "update", "1", "--note", Self.note],
            ]
            for words in runs {
                let result = try BinaryTests.run(
                    ["--db", db] + words, environment: Self.environment)
                #expect(result.status == 0, "\(words): \(result.stderr)")
            }
            try expectStoredAsTyped(db)
        }
    }

    @Test("A whole meeting typed as a script: the exported minutes hold every text as typed")
    func minutes() throws {
        try withDatabase { db, folder in
            let minutes = folder.appendingPathComponent("minutes.xml").path
            let script = """
                \(Self.setup)
                meeting new --date 2026-11-27 --area default --chair "DI O'Hara"
                agenda build 1
                meeting open 1
                risk add C-000001 --meeting 1 \(Self.risk)
                action add C-000001 --agency POL --due 2026-12-10 --meeting 1 \(Self.action)
                meeting close 1
                export minutes 1 --to \(minutes)
                """
            let result = try BinaryTests.run(
                ["--db", db], input: script + "\n", environment: Self.environment)
            #expect(result.status == 0, "\(result.stderr)")
            let xml = try String(contentsOfFile: minutes, encoding: .utf8)
            // The XML's own escapes undone, the texts are there character for character.
            let text = xml.replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            #expect(text.contains(Self.risk))
            #expect(text.contains(Self.action))
            #expect(text.contains("DI O'Hara"))
        }
    }

    @Test("The spacing typed between the words of free text is kept (standard input)")
    func spacing() throws {
        try withDatabase { db, _ in
            let spaced = "Threats made.  Police called.\tTwice, at her mother's."
            let lines =
                Self.setup + "\nrisk add C-000001   \(spaced)\n"
                + "action add C-000001 --agency POL --due 2026-12-10 Call  back --owner \"DS  Lee\"\n"
            let result = try BinaryTests.run(
                ["--db", db], input: lines, environment: Self.environment)
            #expect(result.status == 0, "\(result.stderr)")
            let detail = try json(db, ["case", "show", "C-000001"])
            let risks = try #require(detail["risks"] as? [[String: Any]])
            #expect(risks.map { $0["text"] as? String } == [spaced])
            let shown = try json(db, ["action", "show", "1"])
            let action = try #require(shown["action"] as? [String: Any])
            #expect(action["text"] as? String == "Call  back")
            #expect(action["owner"] as? String == "DS  Lee")
        }
    }

    @Test("A quote that starts a word and never closes is refused with a caret; nothing is stored")
    func unterminated() throws {
        try withDatabase { db, _ in
            let line = "risk add C-000001 'tis the victim's car"
            let result = try BinaryTests.run(
                ["--db", db], input: Self.setup + "\n" + line + "\n", environment: Self.environment
            )
            #expect(result.status == 64)
            #expect(
                result.stderr
                    == "line 3: error: unterminated quote starting at column 19\n"
                    // The line with words that may be personal data masked (issue 17).
                    + "  risk add C-000001 'tis the ······'· car\n"
                    + String(repeating: " ", count: 2 + 18) + "^\n")
            let detail = try json(db, ["case", "show", "C-000001"])
            #expect((detail["risks"] as? [Any])?.isEmpty == true)
            let inner = try BinaryTests.run(
                ["--db", db], input: #"risk add C-000001 "she said "no" twice""# + "\n",
                environment: Self.environment)
            #expect(inner.status == 64)
            #expect(
                inner.stderr.hasPrefix("line 1: error: a quote at column 29 is inside quoted text"))
        }
    }
}
