import Testing

@testable import MARACKit

@Suite("SMART check against reviewed DHR actions")
struct SMARTCorpusTests {
    static let rules = PolicySet.embedded.smartRules

    @Test("The corpus has its rows, each quoted with a source, and the held-out set is the hash's")
    func corpusShape() {
        let rows = SMARTCorpus.rows
        #expect(rows.count >= 106)
        #expect(Set(rows.map(\.source)).count >= 31)
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

    /// The targets on the held-out rows: 90% on S and M, 95% on A and T.
    static let targets: [SMARTLetter: Double] = [
        .specific: 0.90, .measurable: 0.90, .achievable: 0.95, .timeBound: 0.95,
    ]

    @Test("Agreement per letter on the training and held-out rows meets the targets")
    func agreement() {
        let train = SMARTCorpus.agreement(
            SMARTCorpus.rows.filter { $0.set == "train" }, rules: Self.rules)
        let test = SMARTCorpus.agreement(
            SMARTCorpus.rows.filter { $0.set == "test" }, rules: Self.rules)
        print(SMARTCorpus.table("train", train))
        print(SMARTCorpus.table("held-out test", test))
        for item in train { for line in item.disagreements { print("  train " + line) } }
        for item in test { for line in item.disagreements { print("  test " + line) } }
        for item in test {
            #expect(item.total >= 20, "\(item.letter.rawValue): too few held-out verdicts")
            #expect(
                item.rate >= Self.targets[item.letter]!,
                "held-out \(item.letter.rawValue) agreement \(item.agreed)/\(item.total)")
        }
        for item in train {
            #expect(item.rate >= Self.targets[item.letter]!, "train \(item.letter.rawValue)")
        }
    }
}
