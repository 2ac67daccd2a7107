import Testing

@testable import MARACKit

/// Sentinels standing for personal data: no error or audit text may contain them.
private let victimName = "Zoe Markerfield"
private let summaryMarker = "SUMMARY-MARKER-Zoe-disclosed-pregnancy"
private let rationaleMarker = "RATIONALE-MARKER-Zoe-at-risk"
private let reasonsMarker = "REASONS-MARKER-Zoe-counselling-notes"

/// A workbench with one adult victim's case referred on 2026-09-01, and a meeting on
/// 2026-11-20 (id 1).
private struct SharingFixture {
    let test: TestWorkbench
    var workbench: Workbench { test.workbench }
    let reference: String

    init(_ backend: Backend = .sqlite) throws {
        test = try TestWorkbench(backend)
        reference = try test.refer(victimName, on: "2026-09-01").reference
        _ = try test.workbench.newMeeting(date: day("2026-11-20"), area: "default")
    }

    /// A record that passes every rule: HEALTH (a public authority) shares health and
    /// alleged-offence information with the MARAC, consent not sought because it is unsafe.
    func request(_ change: (inout SharingRequest) -> Void = { _ in }) -> SharingRequest {
        var request = SharingRequest(
            caseReference: reference, agency: "HEALTH", summary: summaryMarker,
            categories: ["health", "alleged-offence"],
            basisTags: ["preset:public-body-unlawful-acts"], consent: .notSought(.unsafe),
            commonLawPosition: .publicInterest, rationale: rationaleMarker,
            date: day("2026-11-10"))
        change(&request)
        return request
    }

    var stored: Int { get throws { try workbench.sharingLog().count } }
    var audited: Int { get throws { try workbench.auditLog().count } }
}

/// One rule through the workbench: a change that passes it and one that breaks exactly it.
struct WorkbenchRuleCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var rule: SharingRule
    var passing: @Sendable (inout SharingRequest) -> Void
    var failing: @Sendable (inout SharingRequest) -> Void
}

@Suite("Sharing records through the workbench")
struct SharingStorageTests {
    static let rules: [WorkbenchRuleCase] = [
        WorkbenchRuleCase(
            testDescription:
                "1: police share under Part 3 (from the agency register); health cannot",
            rule: .oneBasis,
            passing: {
                $0.agency = "POL"
                $0.basisTags = ["preset:police-part3"]
            },
            failing: { $0.basisTags = ["preset:police-part3"] }),
        WorkbenchRuleCase(
            testDescription: "1: exactly one Art 6 basis", rule: .oneBasis,
            passing: {
                $0.categories = ["contact-details"]
                $0.basisTags = ["UKGDPR-6-1-e"]
            },
            failing: {
                $0.categories = ["contact-details"]
                $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-6-1-c"]
            }),
        WorkbenchRuleCase(
            testDescription: "2: special category data needs an Art 9 condition and its paragraph",
            rule: .specialCategory,
            passing: {
                $0.categories = ["health"]
                $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P10"]
            },
            failing: {
                $0.categories = ["health"]
                $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-9-2-g"]
            }),
        WorkbenchRuleCase(
            testDescription: "3: criminal offence data needs an Art 10 route",
            rule: .criminalOffence,
            passing: {
                $0.categories = ["alleged-offence"]
                $0.basisTags = ["UKGDPR-6-1-e", "UKGDPR-10-OA"]
            },
            failing: {
                $0.categories = ["alleged-offence"]
                $0.basisTags = ["UKGDPR-6-1-e"]
            }),
        WorkbenchRuleCase(
            testDescription: "4: legitimate interests for the voluntary IDVA, not for health",
            rule: .publicAuthority,
            passing: {
                $0.agency = "IDVA"
                $0.basisTags = ["preset:idva-unlawful-acts"]
            },
            failing: { $0.basisTags = ["preset:idva-unlawful-acts"] }),
        WorkbenchRuleCase(
            testDescription: "5: para 18 for an adult needs the adult-at-risk test",
            rule: .adultAtRisk,
            passing: {
                $0.basisTags = ["preset:public-body-safeguarding"]
                $0.adultAtRiskTest =
                    "care and support needs: early dementia; at risk; cannot protect herself because she relies on him for her medication"
            },
            failing: { $0.basisTags = ["preset:public-body-safeguarding"] }),
        WorkbenchRuleCase(
            testDescription: "6: a prospective tag is refused", rule: .inForce,
            passing: {
                $0.agency = "IDVA"
                $0.categories = ["contact-details"]
                $0.basisTags = ["UKGDPR-6-1-f"]
            },
            failing: {
                $0.agency = "IDVA"
                $0.categories = ["contact-details"]
                $0.basisTags = ["UKGDPR-6-1-ea", "UKGDPR-ANX1-P6"]
            }),
        WorkbenchRuleCase(
            testDescription: "7: the common-law position is recorded", rule: .commonLaw,
            passing: { $0.commonLawPosition = .law },
            failing: { $0.commonLawPosition = nil }),
        WorkbenchRuleCase(
            testDescription: "7: common-law consent needs consent given", rule: .commonLaw,
            passing: {
                $0.consent = .given
                $0.commonLawPosition = .consent
            },
            failing: {
                $0.consent = .refused
                $0.commonLawPosition = .consent
            }),
        WorkbenchRuleCase(
            testDescription: "tags and presets are catalogued", rule: .knownTags,
            passing: { $0.basisTags.append("CDA1998-s115") },
            failing: { $0.basisTags.append("preset:nonesuch") }),
        WorkbenchRuleCase(
            testDescription: "consent not sought needs its reason", rule: .consentReason,
            passing: { $0.consent = .notSought(.wouldPrejudicePurpose) },
            failing: { $0.consent = .notSought(nil) }),
        WorkbenchRuleCase(
            testDescription: "recipients are the MARAC or registered agencies", rule: .complete,
            passing: { $0.recipients = ["marac", "IDVA", "CSC"] },
            failing: { $0.recipients = ["MARAC", "NOPE"] }),
        WorkbenchRuleCase(
            testDescription: "a rationale is recorded", rule: .complete,
            passing: { $0.rationale = "high risk; the GP needs to know" },
            failing: { $0.rationale = "  " }),
        WorkbenchRuleCase(
            testDescription: "categories are known", rule: .knownCategories,
            passing: { $0.categories.append("housing") },
            failing: { $0.categories.append("hobbies") }),
        WorkbenchRuleCase(
            testDescription: "consent as the basis needs consent given", rule: .consentConsistency,
            passing: {
                $0.categories = ["contact-details"]
                $0.basisTags = ["UKGDPR-6-1-a"]
                $0.consent = .given
                $0.commonLawPosition = .consent
            },
            failing: {
                $0.categories = ["contact-details"]
                $0.basisTags = ["UKGDPR-6-1-a"]
            }),
    ]

    @Test(
        "A record passing the rule is stored; one breaking it is refused and nothing is stored",
        arguments: Backend.all, rules)
    func ruleBothWays(backend: Backend, _ example: WorkbenchRuleCase) throws {
        let fixture = try SharingFixture(backend)
        let before = (stored: try fixture.stored, audited: try fixture.audited)
        let refusal = try #require(throws: SharingRefused.self) {
            try fixture.workbench.recordSharing(fixture.request(example.failing))
        }
        #expect(!refusal.violations.isEmpty)
        #expect(refusal.violations.allSatisfy { $0.rule == example.rule }, "\(refusal)")
        #expect(try fixture.stored == before.stored)
        #expect(try fixture.audited == before.audited)

        let entry = try fixture.workbench.recordSharing(fixture.request(example.passing))
        #expect(try fixture.workbench.sharingLog(case: fixture.reference) == [entry])
        #expect(try fixture.audited == before.audited + 1)
    }

    @Test(
        "A stored record reads back with presets expanded, recipients, consent and retention",
        arguments: Backend.all)
    func storedRecordReadsBack(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let entry = try fixture.workbench.recordSharing(
            fixture.request {
                $0.recipients = ["MARAC", "IDVA"]
                $0.purpose = "safety planning"
                $0.meeting = 1
                $0.date = nil
            })
        #expect(entry.kind == .shared)
        #expect(entry.caseReference == fixture.reference)
        #expect(entry.agencyCode == "HEALTH")
        #expect(entry.recipients == ["MARAC", "IDVA"])
        #expect(entry.meeting == 1)
        #expect(entry.date == day("2026-11-20"), "the meeting's day by default")
        #expect(entry.summary == summaryMarker)
        #expect(entry.categories == ["health", "alleged-offence"])
        #expect(
            entry.basisTags == [
                "UKGDPR-6-1-e", "DPA2018-sec8-c", "UKGDPR-9-2-g", "DPA2018-S1-P10", "UKGDPR-10-DL",
                "CDA1998-s115",
            ])
        #expect(entry.consent == .notSought(.unsafe))
        #expect(entry.commonLawPosition == .publicInterest)
        #expect(entry.rationale == rationaleMarker)
        #expect(entry.purpose == "safety planning")
        #expect(entry.recordedBy == fixture.workbench.user)
        // retention.xml: six years from the victim's last referral (2026-09-01).
        #expect(entry.reviewOn == day("2032-09-01"))
        #expect(entry.isWithoutConsent)
    }

    @Test("The review date follows the victim's latest referral", arguments: Backend.all)
    func retentionFollowsLatestReferral(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        try fixture.test.refer(victimName, on: "2026-11-01")
        let entry = try fixture.workbench.recordSharing(fixture.request())
        #expect(entry.reviewOn == day("2032-11-01"))
    }

    @Test(
        "Para 18 needs no adult-at-risk test when the victim is 17 on the day of sharing",
        arguments: Backend.all)
    func childNeedsNoAdultTest(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let young = try fixture.workbench.referCase(
            ReferralRequest(
                victimName: "Yan Youngperson", dateOfBirth: day("2009-03-01"),
                referringAgency: "POL", date: day("2026-09-01"), dashScore: 16))
        let entry = try fixture.workbench.recordSharing(
            fixture.request {
                $0.caseReference = young.reference
                $0.basisTags = ["preset:public-body-safeguarding"]
            })
        #expect(entry.basisTags.contains("DPA2018-S1-P18"))
        fixture.workbench.today = day("2027-03-02")
        let refusal = try #require(throws: SharingRefused.self) {
            try fixture.workbench.recordSharing(
                fixture.request {
                    $0.caseReference = young.reference
                    $0.basisTags = ["preset:public-body-safeguarding"]
                    $0.date = day("2027-03-01")
                })
        }
        #expect(refusal.violations.map(\.rule) == [.adultAtRisk])
    }

    @Test(
        "Every problem is listed, one per line, and the refusal names no personal data",
        arguments: Backend.all)
    func everyProblemListed(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let refusal = try #require(throws: SharingRefused.self) {
            try fixture.workbench.recordSharing(
                fixture.request {
                    $0.basisTags = ["UKGDPR-6-1-f", "UKGDPR-6-1-c", "nonsense"]
                    $0.recipients = ["MARAC", "NOPE"]
                    $0.commonLawPosition = nil
                    $0.consent = .notSought(nil)
                })
        }
        #expect(
            refusal.violations.map(\.rule) == [
                .oneBasis, .specialCategory, .criminalOffence, .publicAuthority, .commonLaw,
                .knownTags, .consentReason, .complete,
            ])
        let lines = refusal.description.split(separator: "\n")
        #expect(lines.count == refusal.violations.count + 1)
        #expect(lines[0].contains(fixture.reference) && lines[0].contains("8 problems"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  rule ") })
        for text in [refusal.description, "\(refusal)"] {
            #expect(!text.contains(summaryMarker) && !text.contains(rationaleMarker))
            #expect(!text.contains(victimName) && !text.contains("Zoe"))
        }
        #expect(try fixture.stored == 0)
    }

    @Test(
        "Unknown cases, agencies and closed meetings are refused before the rules",
        arguments: Backend.all)
    func unknownsRefused(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        #expect(throws: MARACError.unknownCase("M-NOPE")) {
            try fixture.workbench.recordSharing(fixture.request { $0.caseReference = "M-NOPE" })
        }
        #expect(throws: MARACError.unknownAgency("GHOST")) {
            try fixture.workbench.recordSharing(fixture.request { $0.agency = "GHOST" })
        }
        #expect(throws: MARACError.unknownMeeting(9)) {
            try fixture.workbench.recordSharing(fixture.request { $0.meeting = 9 })
        }
        _ = try fixture.workbench.openMeeting(1)
        _ = try fixture.workbench.closeMeeting(1)
        #expect(throws: MARACError.meetingClosed(1)) {
            try fixture.workbench.recordSharing(fixture.request { $0.meeting = 1 })
        }
        #expect(try fixture.stored == 0)
    }

    @Test(
        "A decision not to share is stored with its reasons; one without reasons is refused",
        arguments: Backend.all)
    func decline(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let refusal = try #require(throws: SharingRefused.self) {
            try fixture.workbench.declineSharing(
                DeclineRequest(
                    caseReference: fixture.reference, agency: "IDVA", reasons: " ",
                    categories: ["astrology"], requestedBy: ["NOPE"]))
        }
        #expect(refusal.kind == .declined)
        #expect(refusal.violations.map(\.rule) == [.complete, .complete, .knownCategories])
        #expect(try fixture.stored == 0)

        let entry = try fixture.workbench.declineSharing(
            DeclineRequest(
                caseReference: fixture.reference, agency: "IDVA", reasons: reasonsMarker,
                categories: ["mental-health"], requestedBy: ["MARAC"], meeting: 1))
        #expect(entry.kind == .declined)
        #expect(entry.rationale == reasonsMarker)
        #expect(entry.recipients == ["MARAC"])
        #expect(entry.date == day("2026-11-20"))
        #expect(entry.summary == nil && entry.consent == nil && entry.basisTags.isEmpty)
        #expect(!entry.isWithoutConsent)
        #expect(entry.reviewOn == day("2032-09-01"))
        #expect(try fixture.workbench.sharingLog(meeting: 1) == [entry])
        let audit = try #require(try fixture.workbench.auditLog().last)
        #expect(audit.command == "share decline" && audit.entityID == String(entry.id))
        #expect(!audit.summary.contains(reasonsMarker))
    }

    @Test(
        "The log filters by case, meeting and lawful basis, alone or together",
        arguments: Backend.all)
    func logFilters(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let other = try fixture.test.refer("Other Victim", on: "2026-09-02").reference
        let w = fixture.workbench
        let a = try w.recordSharing(fixture.request { $0.meeting = 1 })
        let b = try w.recordSharing(
            fixture.request {
                $0.agency = "POL"
                $0.basisTags = ["preset:police-part3"]
                $0.date = day("2026-11-05")
            })
        let c = try w.recordSharing(
            fixture.request {
                $0.caseReference = other
                $0.meeting = 1
            })
        let d = try w.declineSharing(
            DeclineRequest(caseReference: other, agency: "CSC", reasons: reasonsMarker))
        #expect(try w.sharingLog(case: fixture.reference) == [b, a], "oldest first")
        #expect(try w.sharingLog(meeting: 1) == [a, c])
        #expect(try w.sharingLog(basis: "DPA2018-sec35-2-b") == [b])
        #expect(try w.sharingLog(basis: "UKGDPR-9-2-g") == [a, c])
        #expect(try w.sharingLog(case: other, basis: "UKGDPR-9-2-g") == [c])
        #expect(try w.sharingLog(case: other, meeting: 1) == [c])
        #expect(try w.sharingLog(case: other) == [c, d])
        #expect(try w.sharingLog(basis: "CL-CONF-PUBINT") == [])
        #expect(try w.sharingLog() == [b, a, c, d])
        #expect(try w.sharingLog(limit: 2) == [c, d], "the most recent, oldest first")
        #expect(throws: MARACError.self) { try w.sharingLog(basis: "UKGDPR-6-1-z") }
        #expect(throws: MARACError.unknownCase("M-NOPE")) { try w.sharingLog(case: "M-NOPE") }
    }

    @Test(
        "The register counts records by agency, tag and consent over the period",
        arguments: Backend.all)
    func register(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let other = try fixture.test.refer("Other Victim", on: "2026-09-02").reference
        let w = fixture.workbench
        // In the period 2026-11-01 ... 2026-11-30:
        let health = try w.recordSharing(fixture.request())  // 6 tags, not sought
        let policeNotSought = try w.recordSharing(
            fixture.request {
                $0.agency = "POL"
                $0.categories = ["criminal-offence"]
                $0.basisTags = ["preset:police-part3"]
                $0.consent = .notSought(.wouldPrejudicePurpose)
                $0.date = day("2026-11-12")
            })
        _ = try w.recordSharing(
            fixture.request {
                $0.caseReference = other
                $0.agency = "POL"
                $0.categories = ["criminal-offence"]
                $0.basisTags = ["preset:police-part3"]
                $0.consent = .given
                $0.date = day("2026-11-12")
            })
        let idvaRefused = try w.recordSharing(
            fixture.request {
                $0.caseReference = other
                $0.agency = "IDVA"
                $0.basisTags = ["preset:idva-unlawful-acts"]
                $0.consent = .refused
                $0.date = day("2026-11-20")
            })
        _ = try w.declineSharing(
            DeclineRequest(
                caseReference: other, agency: "CSC", reasons: reasonsMarker,
                date: day("2026-11-15")))
        // Outside it:
        w.today = day("2026-12-02")
        _ = try w.recordSharing(fixture.request { $0.date = day("2026-10-01") })
        _ = try w.declineSharing(
            DeclineRequest(
                caseReference: other, agency: "HEALTH", reasons: reasonsMarker,
                date: day("2026-12-01")))

        let register = try w.sharingRegister(from: day("2026-11-01"), to: day("2026-11-30"))
        #expect(
            register.byAgency == [
                .init(agencyCode: "HEALTH", consent: "not-sought", records: 1),
                .init(agencyCode: "IDVA", consent: "refused", records: 1),
                .init(agencyCode: "POL", consent: "given", records: 1),
                .init(agencyCode: "POL", consent: "not-sought", records: 1),
            ])
        #expect(register.totalRecords == 4)
        // HEALTH: 6 tags x 1; IDVA: 4 tags x 1; POL: 2 tags x (given, not-sought).
        #expect(register.byBasis.count == 6 + 4 + 4)
        #expect(register.byBasis.allSatisfy { $0.records == 1 })
        #expect(
            register.byBasis.filter { $0.agencyCode == "POL" } == [
                .init(agencyCode: "POL", tag: "DPA2018-S8-P1", consent: "given", records: 1),
                .init(agencyCode: "POL", tag: "DPA2018-S8-P1", consent: "not-sought", records: 1),
                .init(agencyCode: "POL", tag: "DPA2018-sec35-2-b", consent: "given", records: 1),
                .init(
                    agencyCode: "POL", tag: "DPA2018-sec35-2-b", consent: "not-sought", records: 1),
            ])
        #expect(
            register.byBasis.filter { $0.tag == "UKGDPR-9-2-g" }.map(\.agencyCode) == [
                "HEALTH", "IDVA",
            ])
        #expect(register.declined == [.init(agencyCode: "CSC", decisions: 1)])
        #expect(register.withoutConsent == [health, policeNotSought, idvaRefused])
        #expect(register.withoutConsent.allSatisfy { $0.rationale == rationaleMarker })

        let all = try w.sharingRegister()
        #expect(all.totalRecords == 5)
        #expect(
            all.byAgency.first == .init(agencyCode: "HEALTH", consent: "not-sought", records: 2))
        #expect(all.declined.map(\.decisions) == [1, 1])
        #expect(all.withoutConsent.count == 4)
        #expect(throws: MARACError.self) {
            try w.sharingRegister(from: day("2026-12-01"), to: day("2026-11-01"))
        }
    }

    @Test(
        "Audit entries name the id, agency and tags, never the summary, rationale or victim",
        arguments: Backend.all)
    func auditCarriesNoPersonalData(backend: Backend) throws {
        let fixture = try SharingFixture(backend)
        let entry = try fixture.workbench.recordSharing(fixture.request())
        _ = try? fixture.workbench.recordSharing(fixture.request { $0.commonLawPosition = nil })
        _ = try fixture.workbench.declineSharing(
            DeclineRequest(caseReference: fixture.reference, agency: "CSC", reasons: reasonsMarker))
        let entries = try fixture.workbench.auditLog().filter { $0.command.hasPrefix("share") }
        #expect(entries.map(\.command) == ["share record", "share decline"])
        let recorded = entries[0]
        #expect(recorded.entity == "sharing" && recorded.entityID == String(entry.id))
        #expect(recorded.summary.contains("HEALTH") && recorded.summary.contains("UKGDPR-9-2-g"))
        #expect(recorded.summary.contains("not-sought (unsafe)"))
        for text in try fixture.workbench.auditLog().map({ "\($0)" }) {
            for marker in [summaryMarker, rationaleMarker, reasonsMarker, victimName] {
                #expect(!text.contains(marker))
            }
        }
        #expect(try fixture.workbench.verifyAudit().isIntact)
    }
}
