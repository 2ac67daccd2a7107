import Testing

@testable import MARACKit

/// Sentinels standing for personal data: no violation message may contain them.
private let summaryText = "SUMMARY-Jane-Doe-disclosed"
private let rationaleText = "RATIONALE-Jane-Doe-at-risk"

/// A record that passes every rule: a GP sharing health and alleged-offence information with
/// the MARAC under the public-body preset, consent not sought because it would be unsafe.
private func goodRecord() -> SharingRecord {
    SharingRecord(
        caseReference: "M-2026-014",
        agency: SharingAgency(code: "HEALTH-GP", isPublicAuthority: true),
        recipients: [.marac], summary: summaryText, categories: ["health", "alleged-offence"],
        basisTags: ["preset:public-body-unlawful-acts"], consent: .notSought(.unsafe),
        commonLawPosition: .publicInterest, rationale: rationaleText, subjectIsAdult: true,
        date: Day(year: 2026, month: 11, day: 27)!)
}

/// One change to `goodRecord()`, named for the test report.
struct RecordCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var rule: SharingRule?
    var change: @Sendable (inout SharingRecord) -> Void

    init(
        _ description: String, _ rule: SharingRule? = nil,
        _ change: @escaping @Sendable (inout SharingRecord) -> Void
    ) {
        self.testDescription = description
        self.rule = rule
        self.change = change
    }

    var record: SharingRecord {
        var record = goodRecord()
        change(&record)
        return record
    }
}

private let police = SharingAgency(code: "POL", isPublicAuthority: true, isCompetentAuthority: true)
private let idva = SharingAgency(code: "IDVA", isPublicAuthority: false)

@Suite("Sharing rules")
struct SharingRulesTests {
    let rules = SharingRules(policies: .embedded)

    static let passing: [RecordCase] = [
        RecordCase("public body under the unlawful-acts preset") { _ in },
        RecordCase("police under DPA 2018 Part 3 sharing health data") {
            $0.agency = police
            $0.basisTags = ["preset:police-part3"]
        },
        RecordCase("voluntary IDVA under legitimate interests") {
            $0.agency = idva
            $0.basisTags = ["preset:idva-unlawful-acts"]
        },
        RecordCase("para 18 for a child needs no adult-at-risk test") {
            $0.basisTags = ["preset:public-body-safeguarding"]
            $0.subjectIsAdult = false
        },
        RecordCase("para 18 for an adult with the test recorded") {
            $0.basisTags = ["preset:public-body-safeguarding"]
            $0.adultAtRiskTest =
                "care and support needs: early dementia; at risk; cannot protect herself because she relies on him for her medication"
        },
        RecordCase("tags given one by one, with a gateway and a common-law tag") {
            $0.basisTags = [
                "UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P6", "UKGDPR-10-OA", "CA1989-s47",
                "CL-CONF-PUBINT",
            ]
        },
        RecordCase("personal data only needs just an Art 6 basis") {
            $0.categories = ["contact-details", "housing"]
            $0.basisTags = ["UKGDPR-6-1-e"]
        },
        RecordCase("consent-based sharing with consent given") {
            $0.categories = ["contact-details"]
            $0.basisTags = ["UKGDPR-6-1-a"]
            $0.consent = .given
            $0.commonLawPosition = .consent
        },
    ]

    @Test("A record meeting every rule passes", arguments: passing)
    func passes(_ example: RecordCase) {
        #expect(rules.validate(example.record) == [])
    }

    static let failing: [RecordCase] = [
        RecordCase("two Art 6 bases", .oneBasis) { $0.basisTags.append("UKGDPR-6-1-c") },
        RecordCase("no basis at all", .oneBasis) {
            $0.categories = ["contact-details"]
            $0.basisTags = []
        },
        RecordCase("Part 3 by an agency that is not a competent authority", .oneBasis) {
            $0.basisTags = ["preset:police-part3"]
        },
        RecordCase("Art 6 and s35 bases together", .oneBasis) {
            $0.agency = police
            $0.categories = ["contact-details"]
            $0.basisTags = ["UKGDPR-6-1-e", "DPA2018-sec35-2-b"]
        },
        RecordCase("a UK GDPR condition under a Part 3 basis", .oneBasis) {
            $0.agency = police
            $0.basisTags = ["DPA2018-sec35-2-b", "DPA2018-S8-P1", "UKGDPR-9-2-c"]
        },
        RecordCase("special category data without an Art 9 condition", .specialCategory) {
            $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-10-DL", "DPA2018-S1-P10"]
        },
        RecordCase("Art 9(2)(g) without its Schedule 1 paragraph", .specialCategory) {
            $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "UKGDPR-10-OA"]
        },
        RecordCase("Part 3 sensitive processing without a Schedule 8 condition", .specialCategory) {
            $0.agency = police
            $0.basisTags = ["DPA2018-sec35-2-b"]
        },
        RecordCase("criminal offence data without an Art 10 route", .criminalOffence) {
            $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P10"]
        },
        RecordCase("Art 10 by domestic law without a Schedule 1 paragraph", .criminalOffence) {
            $0.categories = ["alleged-offence"]
            $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-10-DL"]
        },
        RecordCase("legitimate interests by a public authority", .publicAuthority) {
            $0.basisTags = ["preset:idva-unlawful-acts"]
        },
        RecordCase("para 18 for an adult without the adult-at-risk test", .adultAtRisk) {
            $0.basisTags = ["preset:public-body-safeguarding"]
            $0.adultAtRiskTest = "   "
        },
        RecordCase("Schedule 8 para 4 for an adult without the test", .adultAtRisk) {
            $0.agency = police
            $0.basisTags = ["preset:police-part3-safeguarding"]
        },
        RecordCase("a prospective recognised legitimate interest", .inForce) {
            $0.agency = idva
            $0.categories = ["contact-details"]
            $0.basisTags = ["UKGDPR-6-1-ea", "UKGDPR-ANX1-P6"]
        },
        RecordCase("no common-law position", .commonLaw) { $0.commonLawPosition = nil },
        RecordCase("a common-law tag disagreeing with the position", .commonLaw) {
            $0.basisTags.append("CL-CONF-LAW")
        },
        RecordCase("common-law consent without consent given", .commonLaw) {
            $0.commonLawPosition = .consent
        },
        RecordCase("an unknown tag", .knownTags) { $0.basisTags.append("UKGDPR-6-1-z") },
        RecordCase("an unknown preset", .knownTags) { $0.basisTags.append("preset:nonesuch") },
        RecordCase("consent not sought without a reason", .consentReason) {
            $0.consent = .notSought(nil)
        },
        RecordCase("an empty rationale", .complete) { $0.rationale = " \n " },
        RecordCase("an empty summary", .complete) { $0.summary = "" },
        RecordCase("no recipients", .complete) { $0.recipients = [] },
        RecordCase("an unknown category", .knownCategories) { $0.categories.append("hobbies") },
        RecordCase("no category", .knownCategories) { $0.categories = [] },
        RecordCase("consent as the basis when consent was refused", .consentConsistency) {
            $0.categories = ["contact-details"]
            $0.basisTags = ["UKGDPR-6-1-a"]
            $0.consent = .refused
        },
        RecordCase("a without-consent condition when consent was given", .consentConsistency) {
            $0.basisTags = ["preset:idva-counselling"]
            $0.agency = idva
            $0.consent = .given
        },
    ]

    @Test("A record breaking one rule is refused for exactly that rule", arguments: failing)
    func fails(_ example: RecordCase) throws {
        let problems = rules.validate(example.record)
        #expect(!problems.isEmpty)
        let rule = try #require(example.rule)
        #expect(problems.allSatisfy { $0.rule == rule }, "\(problems)")
    }

    @Test("Violation messages never contain the summary or rationale", arguments: failing)
    func messagesCarryNoPersonalData(_ example: RecordCase) {
        for problem in rules.validate(example.record) {
            #expect(!problem.description.contains("Jane"))
            #expect(!problem.message.contains(summaryText))
            #expect(!problem.message.contains(rationaleText))
        }
    }

    @Test("Every problem is listed at once, in rule order")
    func everyProblemListed() {
        var record = goodRecord()
        record.basisTags = ["UKGDPR-6-1-f", "UKGDPR-6-1-c", "nonsense"]
        record.commonLawPosition = nil
        record.rationale = ""
        let rulesBroken = rules.validate(record).map(\.rule)
        #expect(
            rulesBroken == [
                .oneBasis, .specialCategory, .criminalOffence, .publicAuthority, .commonLaw,
                .knownTags, .complete,
            ])
    }

    @Test("Presets expand in place, without repeats, before checking")
    func presetsExpand() {
        let expanded = rules.expand(["UKGDPR-6-1-e", "preset:public-body", " CL-CONF-LAW "])
        #expect(expanded.tags == ["UKGDPR-6-1-e", "DPA2018-sec8-c", "CDA1998-s115", "CL-CONF-LAW"])
        #expect(expanded.unknownPresets == [])
        #expect(rules.expand(["preset:missing"]).unknownPresets == ["missing"])
    }

    @Test("Every shipped preset names only catalogued, in-force tags")
    func presetsAreSound() {
        let day = Day(year: 2026, month: 1, day: 1)!
        for preset in rules.presets {
            for id in preset.tags {
                #expect(rules.catalogue[id]?.isUsable(on: day) == true, "\(preset.name): \(id)")
            }
        }
    }

    @Test("A prospective tag becomes usable once the catalogue gives it an in-force date")
    func prospectiveWithDate() throws {
        var policies = PolicySet.embedded
        var tags = policies.lawfulBases.tags
        for index in tags.indices
        where tags[index].id.hasPrefix("UKGDPR-ANX1") || tags[index].id == "UKGDPR-6-1-ea" {
            tags[index].inForceDate = Day(year: 2026, month: 6, day: 1)
        }
        policies.lawfulBases = LawfulBasisCatalogue(tags)
        let rules = SharingRules(policies: policies)
        var record = goodRecord()
        record.agency = idva
        record.categories = ["contact-details"]
        record.basisTags = ["UKGDPR-6-1-ea", "UKGDPR-ANX1-P6"]
        #expect(rules.validate(record) == [])
        record.date = Day(year: 2026, month: 5, day: 31)!
        #expect(rules.validate(record).map(\.rule) == [.inForce, .inForce])
        record.basisTags = ["UKGDPR-6-1-ea"]
        record.date = Day(year: 2026, month: 6, day: 1)!
        #expect(rules.validate(record).map(\.rule) == [.oneBasis])
    }

    @Test("A decision not to share needs reasons and known categories")
    func declineChecked() {
        let day = Day(year: 2026, month: 11, day: 27)!
        let good = DecisionNotToShare(
            caseReference: "M-2026-014", agency: idva, categories: ["mental-health"],
            reasons: "Not relevant to current risk", date: day)
        #expect(rules.validate(good) == [])
        var bad = good
        bad.reasons = ""
        bad.categories = ["hobbies"]
        #expect(rules.validate(bad).map(\.rule) == [.complete, .knownCategories])
    }
}
