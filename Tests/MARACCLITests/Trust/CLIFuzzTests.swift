import MARACKit
import Testing

@testable import MARACCLI

/// The tokenizer and the argument parser on random and hostile lines: words or a clear error.
@Suite("CLI fuzz")
struct CLIFuzzTests {
    static let pieces: [String] = [
        " ", "  ", "\t", "'", "\"", "\\", "#", "a", "Z", "-", "--", "--json", "=", "é", "👩‍👧",
        "\u{0}",
        "\u{202E}", "$", "`", "\n", "''", "\"\"", "\\'", "x y",
    ]

    @Test("Tokenizer: 20,000 random lines give words or a quote error with a column")
    func tokenizerRandom() {
        var random = XorShift(seed: 1)
        var errors = 0
        for _ in 0..<20_000 {
            let line = (0..<random.int(0...30)).map { _ in random.pick(Self.pieces) }.joined()
            do {
                _ = try Tokenizer.split(line)
            } catch {
                errors += 1
                guard let column = error.column else {
                    Issue.record("unexpected \(error) for \(line.debugDescription)")
                    continue
                }
                #expect((1...max(1, line.count)).contains(column))
                #expect(!Tokenizer.caret(under: line, column: column).isEmpty)
            }
        }
        #expect(errors > 0 && errors < 20_000)
    }

    @Test("Tokenizer: any words, single-quoted shell-style, split back into the same words")
    func tokenizerRoundTrip() throws {
        var random = XorShift(seed: 2)
        for _ in 0..<5000 {
            let words = (0..<random.int(1...6)).map { _ in
                (0..<random.int(0...6)).map { _ in random.pick(Self.pieces.filter { $0 != "\u{0}" })
                }.joined()
            }
            let line = words.map {
                "'"
                    + $0.split(separator: "'", omittingEmptySubsequences: false).joined(
                        separator: "'\\''") + "'"
            }
            .joined(separator: " ")
            #expect(try Tokenizer.split(line) == words, "\(line.debugDescription)")
        }
    }

    @Test("Arguments: random words for every command parse or give a usage error, never crash")
    func argumentsRandom() {
        var random = XorShift(seed: 3)
        var parsed = 0
        var refused = 0
        for command in CommandTable.all.commands {
            let spec = command.spec
            let vocabulary =
                spec.options.map(\.name) + UsageSpec.globalOptions.map(\.name)
                + [
                    "--bogus", "-x", "--", "1", "-5", "2026-02-30", "'); DROP TABLE referral;--",
                    "", "=", "--json=yes",
                ]
            for _ in 0..<300 {
                let words = (0..<random.int(0...8)).map { _ in
                    random.int(0...3) == 0 ? random.pick(Self.pieces) : random.pick(vocabulary)
                }
                do {
                    let arguments = try Arguments(parsing: words, spec: spec)
                    _ = try? GlobalOptions(arguments)
                    parsed += 1
                } catch {
                    refused += 1
                    #expect(!error.message.isEmpty)
                    #expect(error.exitCode == ExitCode.usage)
                }
            }
        }
        #expect(parsed > 0 && refused > 0)
    }

    @Test("Command lookup: random word lists name a command or give a suggestion-bearing error")
    func lookupRandom() {
        var random = XorShift(seed: 4)
        let words =
            CommandTable.all.commands.flatMap(\.path) + ["", "x", "actoin", "DROP", "--json", "é"]
        for _ in 0..<5000 {
            let line = (0..<random.int(0...4)).map { _ in random.pick(words) }
            do {
                let (command, rest) = try CommandTable.all.lookup(line)
                #expect(command.path + rest == line)
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }
}
