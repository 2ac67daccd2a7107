import Foundation
import MARACKit
import Testing

@testable import MARACCLI

/// A name planted in every position of command lines, scripts and CSV files never comes back
/// in an error (issue 17, item 8): 100,000 inputs and more, run in-process through the same
/// dispatch and error rendering as `marac`, on a database holding the demo area.
@Suite("Canary-name fuzz", .serialized)
struct CanaryFuzzTests {
    /// Spellings of the planted name; each has a capital in every piece, so `SafeEcho` never
    /// lets it through as a code or a lower-case word.
    static let canaries = [
        "Qzcanary Victimname", "Qzcanary", "Victimname", "Qzcanary-Victimname",
        "O'Qzcanary Victimname", "Qzcanary  Victimname", "Qzcanary\tVictimname",
        "Dr Qzcanary Victimname 1990-04-01", "Qzcanary,Victimname", "C-Qzcanary",
        "Qzcanary Victimname\u{1B}[31m", "Qzcanary Victimname🙂", "Qzcanary Victimname;Jo",
    ]

    /// Whether `text` echoes the canary in any case.
    static func echoes(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("qzcanary") || lower.contains("victimname")
    }

    /// A session on an in-memory database with the demo area, as a coordinator.
    static func session() throws -> Session {
        var session = Session(
            dbPath: ":memory:", user: "coordinator", today: try Day(parsing: "2026-11-25"))
        _ = try Tool.dispatch(["demo"], session: &session, table: .all, databaseMayChange: false)
        return session
    }

    /// Commands the fuzz leaves out: they write files where they are run, or rebuild the
    /// database the fuzz uses; and the two that register an area's name, which is public (it
    /// is listed in errors that ask for a registered area), never a person's.
    static let skipped: Set<[String]> = [
        ["demo"], ["bench", "seed"], ["copy"], ["server", "init"], ["backup"], ["init"],
        ["retention", "purge"], ["area", "add"], ["area", "rename"],
    ]

    /// A plausible value for an option's or a positional's placeholder.
    static func value(for placeholder: String, choices: [String]?, random: inout XorShift)
        -> String
    {
        if let choices { return random.pick(choices) }
        switch placeholder {
        case "REF": return random.pick(["C-000001", "C-000009", "C-999999"])
        case "CODE", "AGENCY": return random.pick(["POL", "IDVA", "HEALTH-GP", "ZZZ"])
        case "YYYY-MM-DD": return random.pick(["2026-12-01", "2026-02-30", "2027-01-05"])
        case "N", "M", "MEETING", "ID", "ACTION": return random.pick(["1", "2", "5", "99"])
        case "REVIEW": return random.pick(["R1", "1", "R9"])
        case "FILE", "DB", "PATH": return "/nonexistent-marac-fuzz/x.odt"
        default: return random.pick(["text", "Threats made", "12", "yes"])
        }
    }

    /// One command line for `command` with the canary planted in one random slot.
    static func line(for command: Command, random: inout XorShift) -> [String] {
        let spec = command.spec
        var slots: [[String]] = command.path.map { [$0] }
        for positional in spec.positionals where !positional.isOptional || random.int(0...1) == 0 {
            slots.append([
                value(for: positional.name, choices: positional.choices, random: &random)
            ])
        }
        for option in spec.options where !option.isOptional || random.int(0...2) == 0 {
            if let placeholder = option.placeholder {
                slots.append([
                    option.name,
                    value(for: placeholder, choices: option.choices, random: &random),
                ])
            } else {
                slots.append([option.name])
            }
        }
        if random.int(0...3) == 0 { slots.append(["--json"]) }
        let canary = random.pick(canaries)
        // Plant it: as a word of its own, as an option's value or name, joined to a word, as
        // a file name, as the acting user or the day.
        let place = random.int(0...(slots.count + 5))
        switch place {
        case slots.count: slots.append([canary])
        case slots.count + 1: slots.append(["--user", canary])
        case slots.count + 2: slots.append(["--today", canary])
        case slots.count + 3: slots.append(["--" + canary])
        case slots.count + 4: slots.insert([canary], at: random.int(0...slots.count))
        case slots.count + 5:
            slots.append(["--to", "/nonexistent-marac-fuzz/\(canary).odt"])
        default:
            var slot = slots[place]
            let index = random.int(0...(slot.count - 1))
            slot[index] =
                switch random.int(0...3) {
                case 0: canary
                case 1: slot[index] + "=" + canary
                case 2: slot[index] + canary
                default: canary + slot[index]
                }
            slots[place] = slot
        }
        return slots.flatMap { $0 }
    }

    /// Runs `words` as a one-shot command would; returns the error text printed, if any.
    static func run(_ words: [String], session: inout Session) -> String? {
        do {
            _ = try Tool.dispatch(words, session: &session, table: .all, databaseMayChange: false)
            return nil
        } catch {
            return Tool.describe(error, typed: words)
        }
    }

    /// Runs `line` as a script line; returns the error text printed, if any.
    static func runLine(_ line: String, session: inout Session) -> String? {
        do {
            let (words, spaces) = try Tokenizer.splitKeepingSpaces(line)
            if words.isEmpty { return nil }
            _ = try Tool.dispatch(
                words, spaces: spaces, session: &session, table: .all, databaseMayChange: false)
            return nil
        } catch {
            return Tool.describe(error, input: line, prefix: "line 1: ")
        }
    }

    @Test("Command lines: 80,000 with the canary in every slot, 0 echoes")
    func commandLines() throws {
        var session = try Self.session()
        var random = XorShift(seed: 17)
        let commands = CommandTable.all.commands.filter { !Self.skipped.contains($0.path) }
        var errors = 0
        var echoes: [String] = []
        for round in 0..<80_000 {
            let words = Self.line(for: commands[round % commands.count], random: &random)
            guard let text = Self.run(words, session: &session) else { continue }
            errors += 1
            if Self.echoes(text), echoes.count < 5 { echoes.append("\(words) → \(text)") }
        }
        // Also the start-up options, which `marac` reads before any command.
        for canary in Self.canaries {
            for arguments in [
                ["--" + canary, "user", "list"], ["--today", canary, "user", "list"],
                ["-f", "/nonexistent-marac-fuzz/\(canary)", "x"], [canary, "user", "list"],
            ] {
                do { _ = try StartupOptions(arguments) } catch {
                    errors += 1
                    let text = Tool.describe(error, typed: arguments)
                    if Self.echoes(text) { echoes.append("\(arguments) → \(text)") }
                }
            }
        }
        print("canary fuzz: 80,000 command lines, \(errors) errors, \(echoes.count) echoes")
        #expect(errors > 40_000)
        #expect(echoes.isEmpty, "\(echoes)")
    }

    @Test("Script lines: 20,000 typed lines with the canary, quotes left open, 0 echoes")
    func scriptLines() throws {
        var session = try Self.session()
        var random = XorShift(seed: 18)
        let commands = CommandTable.all.commands.filter { !Self.skipped.contains($0.path) }
        let quotes = ["\"", "'", ""]
        var errors = 0
        var echoes: [String] = []
        for round in 0..<20_000 {
            var words = Self.line(for: commands[round % commands.count], random: &random)
                .map { word in word.contains(" ") ? "\"\(word)\"" : word }
            // An opening quote left open before (or on) the canary: the caret's line.
            let quote = random.pick(quotes)
            let at = random.int(0...words.count)
            words.insert(quote + random.pick(Self.canaries), at: at)
            let line = words.joined(separator: random.pick([" ", "  ", "\t"]))
            guard let text = Self.runLine(line, session: &session) else { continue }
            errors += 1
            if Self.echoes(text), echoes.count < 5 { echoes.append("\(line) → \(text)") }
        }
        print("canary fuzz: 20,000 script lines, \(errors) errors, \(echoes.count) echoes")
        #expect(errors > 10_000)
        #expect(echoes.isEmpty, "\(echoes)")
    }

    @Test("CSV files: 2,000 for case import and dhr import with the canary in every cell, 0 echoes")
    func csvFiles() throws {
        var session = try Self.session()
        var random = XorShift(seed: 19)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-canary-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseHeader = ["victim", "dob", "by", "date", "dash", "callouts", "area", "children"]
        let planHeader = [
            "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones achieved",
            "Target date", "Date of completion and outcome",
        ]
        let caseRow = ["Jo Example", "1990-04-01", "POL", "2026-11-20", "15", "1", "", "0"]
        let planRow = [
            "1", "local", "Train staff", "POL", "", "2027-03-01", "",
        ]
        var errors = 0
        var echoes: [String] = []
        for round in 0..<2_000 {
            let isCase = round % 2 == 0
            var header = isCase ? caseHeader : planHeader
            var rows = Array(repeating: isCase ? caseRow : planRow, count: random.int(1...3))
            let canary = random.pick(Self.canaries.filter { !$0.contains("\t") })
            let quoted = "\"" + canary.replacing("\"", with: "\"\"") + "\""
            if random.int(0...3) == 0 {
                header[random.int(0...(header.count - 1))] = quoted
            } else {
                let row = random.int(0...(rows.count - 1))
                let column = random.int(0...(header.count - 1))
                rows[row][column] =
                    random.int(0...1) == 0 ? quoted : rows[row][column] + canary
            }
            let text = ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n")
            let path = folder.appendingPathComponent("input-\(round % 8).csv").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let words =
                isCase
                ? ["case", "import", path] + (random.int(0...1) == 0 ? ["--skip-bad"] : [])
                : ["dhr", "import", "R1", path]
            // A failed import changes nothing; a good one adds referrals, which is fine.
            guard let error = Self.run(words, session: &session) else { continue }
            errors += 1
            if Self.echoes(error), echoes.count < 5 { echoes.append("\(text) → \(error)") }
        }
        print("canary fuzz: 2,000 CSV files, \(errors) errors, \(echoes.count) echoes")
        #expect(errors > 500)
        #expect(echoes.isEmpty, "\(echoes)")
    }
}
