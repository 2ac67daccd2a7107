import Testing

@testable import MARACKit

@Suite("SMART check against reviewed DHR actions")
struct SMARTCorpusTests {
    static let rules = PolicySet.embedded.smartRules

    @Test("The corpus has its rows, each quoted with a source, and the held-out set is the hash's")
    func corpusShape() {
        let rows = SMARTCorpus.rows
        #expect(rows.count >= 150)
        #expect(Set(rows.map(\.source)).count >= 15)
        let cited = SMARTCorpus.sourceKeys
        for source in Set(rows.map(\.source)) {
            #expect(cited.contains(source), "\(source) is not in smart-corpus-sources.tsv")
        }
        for row in rows {
            #expect(
                row.set == (SMARTCorpus.fnv1a(row.text) % 3 == 0 ? "test" : "train"), "\(row.id)")
            #expect(!row.reason.isEmpty && !row.text.isEmpty, "\(row.id)")
        }
    }

    @Test("Each verdict read by several readers is their majority; their agreement is printed")
    func readersMajority() {
        #expect(SMARTCorpus.readings.readers.count >= 3)
        Self.expectMajority(SMARTCorpus.rows, SMARTCorpus.readings, file: "smart-corpus")
    }

    /// Expects every verdict of `rows` read by several readers to be their majority, and prints
    /// how often each pair of readers agreed.
    static func expectMajority(
        _ rows: [SMARTCorpus.Row], _ readings: SMARTCorpus.Readings, file: String
    ) {
        let rows = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        for (id, byReader) in readings.byRow.sorted(by: { $0.key < $1.key }) {
            guard let row = rows[id] else {
                Issue.record("\(id) is in \(file)-readers.tsv but not in \(file).tsv")
                continue
            }
            #expect(byReader.count >= 2, "\(id): read once, so not a reading to record")
            for letter in SMARTCorpus.letters {
                let votes = byReader.values.compactMap { $0[letter] }
                let passes = votes.filter { $0 }.count
                let majority: Bool? =
                    passes * 2 > votes.count ? true : passes * 2 < votes.count ? false : nil
                #expect(
                    row.verdicts[letter] == majority,
                    "\(id) \(letter.rawValue): verdict is not the readers' majority")
            }
        }
        for (index, first) in readings.readers.enumerated() {
            for second in readings.readers.dropFirst(index + 1) {
                let agreement = readings.agreement(first, second)
                guard agreement.contains(where: { $0.2 > 0 }) else { continue }
                print(
                    "\(file) readers \(first)/\(second): "
                        + agreement.map { "\($0.0.rawValue) \($0.1)/\($0.2)" }.joined(
                            separator: ", "))
            }
        }
    }

    /// The issue's targets on the held-out rows: 90% on S and M, 95% on A and T.
    static let targets: [SMARTLetter: Double] = [
        .specific: 0.90, .measurable: 0.90, .achievable: 0.95, .timeBound: 0.95,
    ]

    /// What the rules reach on the held-out rows: a change to the rules that agrees less fails.
    ///
    /// 2026.5 agreed on S 51/57, M 48/57, A 42/43, T 56/56; 2026.6 on S 52/57, M 49/57; 2026.7
    /// to 2026.9 on S 52/57, M 51/57. M is below the issue's target: the rules are not tuned on
    /// held-out rows to reach it (docs/smart-rubric.md, "Agreement").
    static let heldOutFloors: [SMARTLetter: Double] = [
        .specific: 0.91, .measurable: 0.89, .achievable: 0.95, .timeBound: 0.95,
    ]

    @Test("Agreement per letter on the training and held-out rows, against the issue's targets")
    func agreement() {
        let train = SMARTCorpus.agreement(
            SMARTCorpus.rows.filter { $0.set == "train" }, rules: Self.rules)
        let test = SMARTCorpus.agreement(
            SMARTCorpus.rows.filter { $0.set == "test" }, rules: Self.rules)
        print(SMARTCorpus.table("train", train))
        print(SMARTCorpus.table("held-out test", test))
        for item in test {
            let target = Self.targets[item.letter]!
            print(
                "held-out \(item.letter.rawValue): target \(Int(target * 100))% "
                    + (item.rate >= target ? "met" : "MISSED"))
        }
        Self.printDisagreements(train, test, prefix: "")
        Self.expectFloors(test, Self.heldOutFloors, name: "held-out")
        for item in train {
            #expect(item.rate >= Self.targets[item.letter]!, "train \(item.letter.rawValue)")
        }
    }

    /// Prints each disagreement of the training and held-out rows, one a line.
    static func printDisagreements(
        _ train: [SMARTCorpus.Agreement], _ test: [SMARTCorpus.Agreement], prefix: String
    ) {
        for item in train { for line in item.disagreements { print("  \(prefix)train " + line) } }
        for item in test { for line in item.disagreements { print("  \(prefix)test " + line) } }
    }

    /// Expects at least 40 verdicts per letter in `test`, agreeing at least as often as `floors`.
    static func expectFloors(
        _ test: [SMARTCorpus.Agreement], _ floors: [SMARTLetter: Double], name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for item in test {
            #expect(
                item.total >= 40, "\(item.letter.rawValue): too few \(name) verdicts",
                sourceLocation: sourceLocation)
            #expect(
                item.rate >= floors[item.letter]!,
                "\(name) \(item.letter.rawValue) agreement \(item.agreed)/\(item.total)",
                sourceLocation: sourceLocation)
        }
    }
}
