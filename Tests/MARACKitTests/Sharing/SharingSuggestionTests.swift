import Testing

@testable import MARACKit

/// Every tag a refusal suggests would pass for that record: adding it clears the rule it was
/// suggested for, and adds no new problem (issue 12 item 10).
@Suite("Suggested lawful-basis tags")
struct SharingSuggestionTests {
    static let rules = SharingRules(policies: .embedded)
    static let police = SharingAgency(
        code: "POL", isPublicAuthority: true, isCompetentAuthority: true)
    static let health = SharingAgency(code: "HEALTH-GP", isPublicAuthority: true)
    static let idva = SharingAgency(code: "IDVA", isPublicAuthority: false)

    /// A refused record and the rule whose message suggests tags.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var record: SharingRecord
        var rule: SharingRule
        var testDescription: String { name }
    }

    static func record(
        _ agency: SharingAgency, _ categories: [String], _ tags: [String],
        consent: ConsentState = .notSought(.unsafe)
    ) -> SharingRecord {
        SharingRecord(
            caseReference: "C-000001", agency: agency, summary: "summary",
            categories: categories, basisTags: tags, consent: consent,
            commonLawPosition: .publicInterest, rationale: "rationale", date: day("2026-11-25"))
    }

    static let cases: [Case] = [
        Case(
            name: "Part 3 safeguarding without the adult-at-risk test",
            record: record(police, ["health"], ["DPA2018-sec35-2-b", "DPA2018-S8-P4"]),
            rule: .adultAtRisk),
        Case(
            name: "Part 3 special category data without a Schedule 8 condition",
            record: record(police, ["health"], ["DPA2018-sec35-2-b"]), rule: .specialCategory),
        Case(
            name: "UK GDPR special category data without an Art 9 condition",
            record: record(health, ["health"], ["UKGDPR-6-1-e"]), rule: .specialCategory),
        Case(
            name: "Art 9(2)(g) without its Schedule 1 paragraph",
            record: record(health, ["health"], ["UKGDPR-6-1-e", "UKGDPR-9-2-g"]),
            rule: .specialCategory),
        Case(
            name: "Criminal offence data without an Art 10 route",
            record: record(idva, ["criminal-offence"], ["UKGDPR-6-1-f"]),
            rule: .criminalOffence),
        Case(
            name: "No basis for a competent authority",
            record: record(police, ["housing"], []), rule: .oneBasis),
        Case(
            name: "No basis for a voluntary agency",
            record: record(idva, ["housing"], []), rule: .oneBasis),
        Case(
            name: "UK GDPR para 18 for an adult without the test",
            record: record(
                health, ["health"], ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P18"]),
            rule: .adultAtRisk),
    ]

    /// The tags named in `message` after "such as": each suggestion with its completing tag.
    /// (A title may itself contain " or "; words that are not catalogue ids are dropped.)
    static func suggestions(in message: String) -> [[String]] {
        guard let range = message.range(of: "such as ") else { return [] }
        return message[range.upperBound...].components(separatedBy: " or ").map { option in
            option.components(separatedBy: " with ").compactMap {
                $0.split(separator: " ").first.map(String.init)
            }.filter { rules.catalogue[$0] != nil }
        }.filter { !$0.isEmpty }
    }

    @Test("Each suggested tag clears the rule it was suggested for", arguments: cases)
    func suggestionPasses(_ example: Case) throws {
        let before = Self.rules.validate(example.record)
        let message = try #require(before.first { $0.rule == example.rule }?.message)
        let options = Self.suggestions(in: message)
        #expect(!options.isEmpty, "no suggestion in: \(message)")
        for option in options {
            var fixed = example.record
            // The adult-at-risk suggestion replaces the tag; the others are added.
            if example.rule == .adultAtRisk {
                fixed.basisTags.removeAll {
                    Self.rules.catalogue[$0]?.flags.contains(.adultAtRiskTest) == true
                }
            }
            fixed.basisTags += option
            let after = Self.rules.validate(fixed)
            #expect(!after.contains { $0.rule == example.rule }, "\(option): \(after)")
            #expect(after.count < before.count, "\(option) added problems: \(after)")
            for tag in option {
                #expect(Self.rules.catalogue[tag]?.isUsable(on: fixed.date) == true)
            }
        }
        // A Part 3 record is never pointed to Schedule 1 or the UK GDPR.
        if example.record.agency.isCompetentAuthority,
            example.record.basisTags.contains("DPA2018-sec35-2-b")
        {
            #expect(!message.contains("DPA2018-S1-") && !message.contains("UKGDPR-"))
        }
    }
}
