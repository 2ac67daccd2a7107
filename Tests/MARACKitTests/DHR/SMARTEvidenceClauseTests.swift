import Testing

@testable import MARACKit

/// Where the evidence of an action is in a clause of its own: a report to a governance body, a
/// record made, or a document that is only followed and so shows nothing new.
@Suite("SMART check: evidence in its own clause")
struct SMARTEvidenceClauseTests {
    @Test(
        "A report to a governance body is evidence; a report to anyone else is the practice",
        arguments: [
            (
                "It is recommended that the CSP hold a learning event for practitioners, and "
                    + "that attendance and evaluation are reported to the Board", true
            ),
            (
                "The designated nurse will obtain the number of referrals from each practice and "
                    + "present a summary to the Health and Wellbeing Board", true
            ),
            (
                "Officers should check police systems on every referral, and report the "
                    + "percentage checked to the Safeguarding Children Partnership", true
            ),
            ("Officers should check police systems for previous incidents", false),
            ("Staff should report concerns about coercive control to the safeguarding lead", false),
            (
                "Officers should ensure that every incident is reported to children's services",
                false
            ),
            (
                "Officers should check police systems for previous incidents, to report the "
                    + "outcome. The Board will meet", false
            ),
        ])
    func reportToGovernance(text: String, measurable: Bool) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.passes(.measurable) == measurable, "\(check.failedRules)")
    }

    @Test(
        "A record of what was done is evidence, documented or recorded",
        arguments: [
            "Agencies should ensure that further attempts at contact are made and recorded",
            "The MASH should check police systems on referral, and the check should be "
                + "documented on the MASH record",
        ])
    func recordMade(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.measurable), "\(check.failedRules)")
    }

    @Test(
        "A document only used or followed is not produced: the action is a practice",
        arguments: [
            "The Trust to ensure staff supervision monitors use of assessment tools, new birth "
                + "protocols and policies",
            "Ensure the housing provider is complying with the housing register contract",
            "Officers should speak to the victim alone, in accordance with force policy",
        ])
    func followedDocument(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.findings.map(\.rule).contains("measure-practice"), "\(check.failedRules)")
    }

    @Test("Making use of existing guidance is following it: no change is named")
    func makingUseOf() {
        let check = SMARTHardCaseTests.check(
            "Probation to ensure practitioners make use of the home visit guidance")
        #expect(check.findings.first?.rule == "vague:unspecified", "\(check.failedRules)")
        #expect(!check.passes(.measurable), "\(check.failedRules)")
    }

    @Test("A document produced still passes though another is followed")
    func producedBesideFollowed() {
        let check = SMARTHardCaseTests.check(
            "Publish a home visit checklist in line with the national guidance")
        #expect(check.passes(.measurable), "\(check.failedRules)")
    }
}

/// What is not the action's own clause: a heading, a background sentence, a purpose.
@Suite("SMART check: headings, background and purposes")
struct SMARTFramingClauseTests {
    @Test(
        "A heading or a background sentence before the action is not the action",
        arguments: [
            "Supervision. Line managers should use supervision to discuss suspected abuse, and "
                + "the discussions are recorded on Mosaic",
            "Background: no agency identified the financial control. The partnership will "
                + "commission economic abuse training with a pre and post training questionnaire",
        ])
    func headingOrBackground(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.passes(.measurable), "\(check.failedRules)")
    }

    @Test("Feeling confident is a state of mind, not an action")
    func feelingConfident() {
        let check = SMARTHardCaseTests.check("Victims will feel confident to report abuse")
        #expect(check.findings.first?.rule == "vague:raise-awareness", "\(check.failedRules)")
    }

    @Test("A record named only as the purpose of a vague action is not its evidence")
    func recordInPurpose() {
        let check = SMARTHardCaseTests.check(
            "The Board should explore introducing a joint checklist, so that decisions are "
                + "clearly recorded")
        #expect(check.findings.map(\.rule) == ["vague:explore", "measure-missing"])
        let concrete = SMARTHardCaseTests.check(
            "The Board should publish a joint checklist, so that decisions are clearly recorded")
        #expect(concrete.passes(.specific) && concrete.passes(.measurable))
    }

    @Test("A deliverable's name after 'to' is a verb: 'asked to report abuse' names no report")
    func verbAfterTo() {
        let check = SMARTHardCaseTests.check(
            "Neighbours will be asked to report abuse to the police")
        #expect(check.findings.map(\.rule).contains("measure-practice"), "\(check.failedRules)")
        let report = SMARTHardCaseTests.check("Send a report to the Board on referrals")
        #expect(report.passes(.measurable), "\(report.failedRules)")
    }
}

/// Reviews kept standing, products of a second clause, and vehicles left unnamed.
@Suite("SMART check: standing reviews, second clauses and unnamed vehicles")
struct SMARTSecondClauseTests {
    @Test(
        "Whatever is kept under review, a standing review decides nothing",
        arguments: [
            "Agencies should keep their domestic abuse training under review",
            "The protocol is to be kept under regular review by the partnership",
        ])
    func standingReview(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.findings.map(\.rule).prefix(2) == ["vague:review", "measure-missing"])
    }

    @Test("A second main clause that produces something is the evidence the practice lacks")
    func secondClauseProduct() {
        let both = SMARTHardCaseTests.check(
            "GP practices to code the record of a patient who discloses abuse, and the ICB to "
                + "issue a one-page practice note listing the codes")
        #expect(both.passes(.specific) && both.passes(.measurable), "\(both.failedRules)")
        let practiceOnly = SMARTHardCaseTests.check(
            "GP practices to code the record of a patient who discloses abuse, and the ICB to "
                + "check the codes are used")
        #expect(practiceOnly.findings.map(\.rule).contains("measure-practice"))
    }

    @Test("A second clause sharing the subject that records what was done is its evidence")
    func secondClauseRecord() {
        let check = SMARTHardCaseTests.check(
            "Line managers should use supervision to discuss suspected abuse, and should record "
                + "those discussions on Mosaic")
        #expect(check.passes(.specific) && check.passes(.measurable), "\(check.failedRules)")
        let record = SMARTHardCaseTests.check("The GP records are to be checked at each visit")
        #expect(record.findings.map(\.rule).contains("measure-practice"), "\(record.failedRules)")
    }

    @Test("A vehicle left unnamed ('relevant training') does not make a reminder measurable")
    func unnamedVehicle() {
        let unnamed = SMARTHardCaseTests.check(
            "Remind all staff of the importance of submitting the form, supported by relevant "
                + "training")
        #expect(unnamed.findings.map(\.rule) == ["vague:remind", "measure-missing"])
        let named = SMARTHardCaseTests.check(
            "Remind all staff of the importance of submitting the form in a briefing")
        #expect(named.findings.map(\.rule) == ["vague:remind"])
    }

    @Test("A guide given to staff is a product that can be shown")
    func guideGiven() {
        let check = SMARTHardCaseTests.check(
            "Work coaches to be given a one-page guide on easements for claimants fleeing abuse")
        #expect(check.passes(.specific) && check.passes(.measurable), "\(check.failedRules)")
    }
}

/// Agencies named as services, and joint work read through to what it does.
@Suite("SMART check: agencies named as services, and joint work")
struct SMARTAgencyServiceTests {
    @Test(
        "An agency named as a service is who acts, not a service delivered",
        arguments: [
            "Supervisors within the ambulance service to provide oversight of referrals",
            "Officers should pass every enquiry to children's services before the hearing",
        ])
    func agencyIsNotDeliverable(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.findings.map(\.rule).contains("measure-practice"), "\(check.failedRules)")
        let service = SMARTHardCaseTests.check("Commission a specialist service for older victims")
        #expect(service.passes(.measurable), "\(service.failedRules)")
    }

    @Test("Joint work is read to what it does, however long its subject")
    func jointWorkInfinitive() {
        let check = SMARTHardCaseTests.check(
            "Adult social care and the ambulance service to liaise in order to agree a shared "
                + "referral form for safeguarding concerns")
        #expect(check.passes(.specific) && check.passes(.measurable), "\(check.failedRules)")
    }

    @Test(
        "A written confirmation, a data return, or a note circulated to a board is evidence",
        arguments: [
            "Probation should add Operation Encompass checks to the pre-sentence report, with "
                + "the CSP confirming in writing the date the checks begin",
            "The refuge should offer every resident a key worker within two days, and report "
                + "the proportion offered in the quarterly performance return",
            "The CSP should hold a practitioner forum on stalking, with a note of attendance "
                + "circulated to the DHR Sub-Group Board",
        ])
    func documentaryEvidence(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.measurable), "\(check.failedRules)")
    }

    @Test("A scheme named after a victim is not a law made: its timescale alone is practice")
    func namedScheme() {
        let check = SMARTHardCaseTests.check(
            "The police will ensure that Clare's Law requests are answered within 35 days")
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.failedRules.contains("measure-practice"), "\(check.failedRules)")
    }

    @Test(
        "What is mapped, put in a curriculum or e-learning, or in training past an aside, can be shown",
        arguments: [
            "Adult social care to map which services the client had contact with",
            "Schools will ensure that coercive control is covered in the PSHE curriculum",
            "The council should ensure that all housing officers complete stalking e-learning",
            "The Licensing Team includes coercive control, including how to report it, in the "
                + "mandatory driver training",
        ])
    func shownProduct(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific) && check.passes(.measurable), "\(check.failedRules)")
    }
}
