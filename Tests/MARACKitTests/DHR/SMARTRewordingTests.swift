import Foundation
import Testing

@testable import MARACKit

/// The SMART check reads what an action says, not how a plan happens to set it out: the same
/// action numbered, framed, in lower case or with an adverb gets the same S and M verdicts.
///
/// Each training action of the corpus and of the written set is rewritten in ways that keep its
/// meaning, and the check's verdict on the rewrite must equal its verdict on the action as
/// published.
/// No reviewer's verdict is used, so the test also guards text the corpus never had. Only
/// training rows are rewritten: the held-out rows are read by the agreement test alone.
@Suite("SMART check: the same action written another way")
struct SMARTRewordingTests {
    static let rules = PolicySet.embedded.smartRules

    /// A way of writing an action that does not change what it asks.
    struct Rewording: Sendable, CustomTestStringConvertible {
        var name: String
        var rewrite: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static func lowerFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }

    /// `old` swapped for `new` wherever it stands as whole words between spaces.
    static func swapping(_ old: String, for new: String, name: String? = nil) -> Rewording {
        Rewording(name: name ?? "'\(new)' for '\(old)'") {
            $0.replacingOccurrences(of: " \(old) ", with: " \(new) ")
        }
    }

    /// `frame` put before the action, whose first letter is then lower case.
    static func framed(_ frame: String) -> Rewording {
        Rewording(name: "framed '\(frame)'") { frame + " " + lowerFirst($0) }
    }

    static let rewordings: [Rewording] = [
        Rewording(name: "numbered '1.'") { "1. " + $0 },
        Rewording(name: "numbered '3.2'") { "3.2 " + $0 },
        Rewording(name: "lettered '(a)'") { "(a) " + $0 },
        Rewording(name: "labelled 'Recommendation 3:'") { "Recommendation 3: " + $0 },
        Rewording(name: "labelled 'R2'") { "R2 " + $0 },
        Rewording(name: "bulleted") { "• " + $0 },
        framed("It is recommended that"),
        framed("The Review recommends that"),
        swapping("should", for: "must"),
        swapping("should", for: "will"),
        swapping("should", for: "should also", name: "'should also'"),
        swapping("should", for: "should urgently", name: "'should urgently'"),
        swapping("ensure", for: "make sure"),
        swapping("and", for: "&"),
        Rewording(name: "lower case") { $0.lowercased() },
        Rewording(name: "upper case") { $0.uppercased() },
        Rewording(name: "straight quotes") {
            $0.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
                .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        },
        Rewording(name: "a line per sentence") { $0.replacingOccurrences(of: ". ", with: ".\n") },
        Rewording(name: "double spaces") { $0.replacingOccurrences(of: " ", with: "  ") },
        Rewording(name: "full stop added or dropped") {
            $0.hasSuffix(".") ? String($0.dropLast()) : $0 + "."
        },
        Rewording(name: "lead agency in brackets after it") { $0 + " (Lead: Police)" },
        swapping("should be", for: "is to be"),
        swapping("should", for: "needs to"),
        Rewording(name: "'-ize' spellings") { text in
            ["recognis", "familiaris", "emphasis", "prioritis", "finalis", "organis", "utilis"]
                .reduce(text) { text, stem in
                    ["e", "ed", "es", "ing"].reduce(text) {
                        $0.replacingOccurrences(
                            of: stem + $1, with: stem.dropLast() + "z" + $1)
                    }
                }
        },
        framed("We recommend that"),
        framed("The panel recommends that"),
        framed("It is therefore recommended that"),
        swapping("should", for: "shall"),
        swapping("should", for: "ought to"),
        swapping("should", for: "will need to"),
        swapping("should", for: "to", name: "'X to' for 'X should'"),
        Rewording(name: "a target date appended") { text in
            (text.hasSuffix(".") ? String(text.dropLast()) : text) + " by 31 March 2027."
        },
        Rewording(name: "labelled 'Action:'") { "Action: " + $0 },
        swapping("should", for: "should, as a priority,", name: "'should, as a priority,'"),
        swapping("ensure that", for: "ensure"),
        swapping("should", for: "are to"),
        swapping("must", for: "should"),
        swapping("its", for: "the"),
        swapping("should", for: "is required to"),
        swapping("should", for: "is expected to"),
        Rewording(name: "'That X V' for 'X should V'") { text in
            guard let (subject, rest) = subjectAndVerbPhrase(text) else { return text }
            return "That " + lowerFirst(subject) + " " + rest
        },
        // An imperative no list names is known by what follows it: its object's determiner
        // or "to" ("Check the PNC", "Speak to the victim"). Before a bare noun ("Use
        // professional interpreters") only a listed verb is read as one.
        Rewording(name: "imperative for 'X should V the ...' or 'X should V to ...'") { text in
            guard let (_, rest) = subjectAndVerbPhrase(text), !rest.hasPrefix("be "),
                case let words = rest.split(separator: " ", maxSplits: 2), words.count > 2,
                ["the", "a", "an", "all", "every", "each", "any", "to", "whether"]
                    .contains(words[1].lowercased())
            else { return text }
            return rest.prefix(1).uppercased() + rest.dropFirst()
        },
    ]

    /// The subject and what follows "should" when `text` opens "X should V ...", with a
    /// subject of up to ten words, no clause break and no clause of its own ("X to review
    /// whether crews should ..."), and "should" not negated.
    static func subjectAndVerbPhrase(_ text: String) -> (String, String)? {
        guard let should = text.range(of: " should "),
            case let subject = text[..<should.lowerBound],
            !subject.contains(where: { ",;:.()".contains($0) }),
            case let words = subject.lowercased().split(separator: " "), words.count <= 10,
            !words.contains(where: { ["to", "that", "whether", "which", "who"].contains($0) }),
            case let rest = text[should.upperBound...],
            !rest.hasPrefix("not "), !rest.hasPrefix("also "), rest.first?.isLetter == true
        else { return nil }
        return (String(subject), String(rest))
    }

    /// The S and M verdicts of `text` read as the corpus row `row`.
    static func verdicts(_ text: String, as row: SMARTCorpus.Row) -> String {
        var reworded = row
        reworded.text = text
        let check = SMARTCheck(SMARTCorpus.subject(reworded), rules: rules)
        return (check.passes(.specific) ? "S" : "-") + (check.passes(.measurable) ? "M" : "-")
    }

    @Test("S and M are the same however a published action is set out", arguments: rewordings)
    func sameVerdict(rewording: Rewording) {
        let rows = (SMARTCorpus.rows + SMARTCorpus.written).filter { $0.set == "train" }
        #expect(rows.count >= 200)
        for row in rows {
            // The action's own words, without a number it already has ("1. Convene ..."),
            // so that a frame is not put before a number.
            let text = rewording.rewrite(String(SMARTReading.withoutEnumerator(row.text)))
            guard text != row.text else { continue }
            let published = Self.verdicts(row.text, as: row)
            let reworded = Self.verdicts(text, as: row)
            #expect(published == reworded, "\(row.id) \(rewording.name): \(text.prefix(100))")
        }
    }

    @Test(
        "A plan's numbers and bullets are not read as words of the action",
        arguments: [
            ("1. Audit cases", "Audit cases"), ("12. Audit cases", "Audit cases"),
            ("3.2 Audit cases", "Audit cases"), ("(a) Audit", "Audit"), ("a) Audit", "Audit"),
            ("ii) Audit", "Audit"), ("iv. Audit", "Audit"), ("R4: Audit", "Audit"),
            ("R4 Audit", "Audit"), ("Rec 3: Audit", "Audit"), ("Action 1.1 Audit", "Audit"),
            ("• Audit", "Audit"), ("- Audit", "Audit"), ("Action: Audit", "Audit"),
            ("Recommendation: Audit", "Audit"), ("Actions to be", "Actions to be"),
            ("20 cases are audited", "20 cases are audited"), ("A review of X", "A review of X"),
            ("I recommend", "I recommend"), ("i.e. this", "i.e. this"),
            ("Action plans to be", "Action plans to be"), ("Review the X", "Review the X"),
        ])
    func enumerator(text: String, words: String) {
        #expect(String(SMARTReading.withoutEnumerator(text)) == words)
    }

    @Test("A lower-case sentence still ends at a full stop, an abbreviation does not")
    func sentences() {
        #expect(SMARTReading.sentences("audit the files. then report to the csp").count == 2)
        #expect(
            SMARTReading.sentences("audit the files, e.g. the MARAC ones, etc. and more").count == 1
        )
        #expect(SMARTReading.words("review & update") == ["review", "and", "update"])
        #expect(
            SMARTReading.words("Staff should, as a priority, be trained")
                == ["staff", "should", "be", "trained"])
        // A longer aside, or one that ends the sentence, is kept.
        #expect(
            SMARTReading.sentences("Staff should, in every case and at every contact, ask")[0]
                .count == 12)
    }
}
