import Foundation

@testable import MARACKit

/// The reviewed corpus of published DHR actions in `Fixtures/smart-corpus.tsv`.
///
/// Each row is an action quoted from a published action plan or overview report (sources in
/// `Fixtures/smart-corpus-sources.tsv`), with the S, M, A and T verdicts of the readers applying
/// `docs/smart-rubric.md` (their majority; each reader's in `Fixtures/smart-corpus-readers.tsv`):
/// `P` passes, `F` fails, `-` was not judged (the cell was not in the published text read). The `set` column holds the rows out as `test` by a fixed hash of the
/// text, chosen before the rules were tuned; the rules were tuned on `train` rows only.
struct SMARTCorpus {
    /// One reviewed action.
    struct Row: Sendable {
        var id: String
        var set: String
        var source: String
        var lead: String?
        var target: Day?
        /// The reviewer's verdict per letter: true passes, false fails; absent was not judged.
        var verdicts: [SMARTLetter: Bool]
        var text: String
        var reason: String
    }

    static let letters: [SMARTLetter] = [.specific, .measurable, .achievable, .timeBound]

    /// The folder of the fixtures.
    static let fixtures = String(#filePath.dropLast("DHR/SMARTCorpus.swift".count)) + "Fixtures/"

    /// The published actions, from `Fixtures/smart-corpus.tsv`.
    static let rows: [Row] = load("smart-corpus.tsv")

    /// Actions written for testing, not published, from `Fixtures/smart-written.tsv`: text the
    /// rules were never written from, read by blind readers (`smart-written-readers.tsv`).
    static let written: [Row] = load("smart-written.tsv")

    /// The rows of the fixture `file`: id, set, source, lead, target, S, M, A, T, text, reason.
    static func load(_ file: String) -> [Row] {
        let text = (try? String(contentsOfFile: fixtures + file, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").dropFirst()
        return lines.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(
                String.init)
            precondition(cells.count == 11, "\(file): bad row \(cells.first ?? "")")
            var verdicts: [SMARTLetter: Bool] = [:]
            for (index, letter) in letters.enumerated() {
                switch cells[5 + index] {
                case "P": verdicts[letter] = true
                case "F": verdicts[letter] = false
                default: break
                }
            }
            return Row(
                id: cells[0], set: cells[1], source: cells[2],
                lead: cells[3] == "-" ? nil : cells[3],
                target: cells[4].isEmpty || cells[4] == "-" ? nil : try? Day(parsing: cells[4]),
                verdicts: verdicts, text: cells[9], reason: cells[10])
        }
    }

    /// The keys of the cited sources in `Fixtures/smart-corpus-sources.tsv`.
    static let sourceKeys: Set<String> = {
        let text =
            (try? String(contentsOfFile: fixtures + "smart-corpus-sources.tsv", encoding: .utf8))
            ?? ""
        return Set(
            text.split(separator: "\n").dropFirst().compactMap {
                $0.split(separator: "\t").first.map(String.init)
            })
    }()

    /// The readings of rows read by more than one reader, in a readers file such as
    /// `Fixtures/smart-corpus-readers.tsv`.
    ///
    /// Each column after `id` is one reader (`r1` wrote the rules; the others are blind readers
    /// who never saw the check's output); a cell is the S, M, A, T verdicts in order (`PFP-`), or
    /// empty when that reader did not read the row.
    struct Readings: Sendable {
        var readers: [String]
        /// Per row id, the verdicts of each reader who read it (by reader name).
        var byRow: [String: [String: [SMARTLetter: Bool]]]

        /// How often two readers gave the same verdict, per letter, over the rows both read.
        func agreement(_ first: String, _ second: String) -> [(SMARTLetter, Int, Int)] {
            letters.map { letter in
                var agreed = 0
                var total = 0
                for readings in byRow.values {
                    guard let a = readings[first]?[letter], let b = readings[second]?[letter]
                    else { continue }
                    total += 1
                    if a == b { agreed += 1 }
                }
                return (letter, agreed, total)
            }
        }
    }

    /// The readings of the published actions.
    static let readings = readings("smart-corpus-readers.tsv")

    /// The readings of the written actions.
    static let writtenReadings = readings("smart-written-readers.tsv")

    /// The readings in the fixture `file`.
    static func readings(_ file: String) -> Readings {
        let text = (try? String(contentsOfFile: fixtures + file, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return Readings(readers: [], byRow: [:]) }
        let readers = Array(header.dropFirst())
        var byRow: [String: [String: [SMARTLetter: Bool]]] = [:]
        for cells in lines.dropFirst() {
            precondition(cells.count == header.count, "\(file): bad row")
            for (reader, cell) in zip(readers, cells.dropFirst()) where !cell.isEmpty {
                precondition(cell.count == 4, "\(file): \(cells[0]) \(reader)")
                var verdicts: [SMARTLetter: Bool] = [:]
                for (letter, mark) in zip(letters, cell) where mark != "-" {
                    verdicts[letter] = mark == "P"
                }
                byRow[cells[0], default: [:]][reader] = verdicts
            }
        }
        return Readings(readers: readers, byRow: byRow)
    }

    /// The 32-bit FNV-1a hash of the UTF-8 text: a row whose hash is divisible by 3 is held out.
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    /// The subject the check reads for a row: the action as published.
    ///
    /// There is no measure or owner (the Home Office columns have neither). Published plans give no date an action was added,
    /// so spans are counted from five months before the target and the span rules do not fire.
    static func subject(_ row: Row) -> SMARTSubject {
        let start = (try? row.target?.adding(months: -5)) ?? day("2026-01-01")
        return SMARTSubject(
            text: row.text, measure: nil, owner: nil, leadAgency: row.lead ?? "Unread",
            finding: "The finding is in the published report.", target: row.target,
            start: start)
    }

    /// Agreement of the check with the reviewer on one letter over `rows`.
    struct Agreement: Sendable {
        var letter: SMARTLetter
        /// Counts by (reviewer passes, check passes).
        var matrix: [Bool: [Bool: Int]] = [true: [true: 0, false: 0], false: [true: 0, false: 0]]
        var disagreements: [String] = []

        var total: Int { matrix.values.flatMap(\.values).reduce(0, +) }
        var agreed: Int { matrix[true]![true]! + matrix[false]![false]! }
        var rate: Double { total == 0 ? 1 : Double(agreed) / Double(total) }

        /// The 95 % Wilson score interval of the rate: how far the rate on this many rows could
        /// be from the rate on all actions like them.
        var interval: (low: Double, high: Double) {
            guard total > 0 else { return (0, 1) }
            let n = Double(total)
            let z = 1.96
            let centre = (rate + z * z / (2 * n)) / (1 + z * z / n)
            let half =
                z / (1 + z * z / n) * (rate * (1 - rate) / n + z * z / (4 * n * n)).squareRoot()
            return (max(0, centre - half), min(1, centre + half))
        }
    }

    static func agreement(_ rows: [Row], rules: SMARTRulesPolicy) -> [Agreement] {
        let checks = rows.map { SMARTCheck(subject($0), rules: rules) }
        return letters.map { letter in
            var result = Agreement(letter: letter)
            for (row, check) in zip(rows, checks) {
                guard let reviewer = row.verdicts[letter] else { continue }
                let passes = check.passes(letter)
                result.matrix[reviewer]![passes]! += 1
                if reviewer != passes {
                    result.disagreements.append(
                        "\(row.id) \(letter.rawValue): reviewer \(reviewer ? "P" : "F"), check "
                            + "\(passes ? "P" : "F") [\(check.failedRules)] \(row.text.prefix(90))")
                }
            }
            return result
        }
    }

    /// The agreement table with a confusion matrix per letter, as printed by the test.
    static func table(_ name: String, _ agreements: [Agreement]) -> String {
        var lines = [
            "\(name): letter  agreed/judged  rate    95% interval  reviewer P (check P/F)"
                + "  reviewer F (check P/F)"
        ]
        for item in agreements {
            let rate = String(format: "%5.1f%%", item.rate * 100)
            let interval = String(
                format: "%3.0f-%3.0f%%", item.interval.low * 100, item.interval.high * 100)
            lines.append(
                "  \(item.letter.rawValue)       \(item.agreed)/\(item.total)"
                    + "          \(rate)   \(interval)      "
                    + "\(item.matrix[true]![true]!)/\(item.matrix[true]![false]!)"
                    + "                     \(item.matrix[false]![true]!)/\(item.matrix[false]![false]!)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
