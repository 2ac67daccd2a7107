import Foundation
import Testing

@testable import MARACKit

/// The hard cases of issue 15, each a named test: where a word anywhere in the text misleads,
/// and the main verb and its object decide.
@Suite("SMART check: the hard cases")
struct SMARTHardCaseTests {
    static let rules = PolicySet.embedded.smartRules

    /// An action with no measure or owner, a registered lead agency and a target in range.
    static func check(_ text: String, lead: String = "POL", target: String = "2027-03-01")
        -> SMARTCheck
    {
        SMARTCheck(
            SMARTSubject(
                text: text, leadAgency: lead, finding: "A finding.", target: day(target),
                decisionDate: day("2026-01-15"), start: day("2026-11-25")),
            rules: rules)
    }

    /// Expects `text` to pass Specific exactly when `specific` is true.
    static func expect(
        _ text: String, specific: Bool, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let check = check(text)
        #expect(
            check.passes(.specific) == specific, "\(check.failedRules)",
            sourceLocation: sourceLocation)
    }

    /// Expects `text` to pass Specific and Measurable when `rule` is empty, and otherwise to
    /// fail with `rule` as its first finding.
    static func expect(
        _ text: String, failsFirst rule: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let check = check(text)
        if rule.isEmpty {
            #expect(check.passes(.specific), "\(check.failedRules)", sourceLocation: sourceLocation)
            #expect(
                check.passes(.measurable), "\(check.failedRules)", sourceLocation: sourceLocation)
        } else {
            #expect(
                check.findings.first?.rule == rule, "\(check.failedRules)",
                sourceLocation: sourceLocation)
        }
    }

    @Test(
        "Reminder, awareness and unspecified-change verbs fail Specific, naming the rule",
        arguments: [
            (
                "Remind officers to complete a DASH risk assessment at every incident",
                "vague:remind"
            ),
            ("Emphasise to GPs the importance of routine enquiry", "vague:remind"),
            ("Reinforce the requirement to record third-party information", "vague:remind"),
            ("Advise staff of the MARAC referral threshold", "vague:remind"),
            ("Ensure health visitors are aware of the referral pathway", "vague:raise-awareness"),
            (
                "Develop a better understanding of coercive control among housing staff",
                "vague:raise-awareness"
            ),
            ("Implement effective measures to reduce caseloads in the team", "vague:unspecified"),
            ("Update policies in light of this review", "vague:unnamed-document"),
            ("Consideration should be given to a joint visit protocol", "vague:consider"),
        ])
    func reminderAndAwareness(text: String, rule: String) {
        let check = Self.check(text)
        #expect(!check.passes(.specific))
        let finding = check.findings.first { $0.letter == .specific }
        #expect(finding?.rule == rule)
        #expect(finding?.why.isEmpty == false && finding?.fix.isEmpty == false)
    }

    @Test(
        "A review of a named system with a stated outcome is specific; 'review whether' is not",
        arguments: [
            (
                "Review the discharge policy so that responsibility for care is decided in 24 hours",
                nil
            ),
            (
                "Review the MARAC operating protocol to ensure that repeat referrals are flagged to the chair",
                nil
            ),
            ("Any threat to life must be reviewed by an inspector before allocation", nil),
            ("Review whether the referral form should ask about stalking", "vague:review-open"),
            (
                "Review the domestic abuse procedure to ensure it remains fit for purpose",
                "vague:review"
            ),
            ("Review practice around repeat callers to the service", "vague:review"),
            ("A review of the MARAC protocol", "vague:review"),
            ("A review of the MARAC protocol so that repeat referrals are flagged", nil),
            ("Review the trust's procedures against the NICE Quality Standard QS116", nil),
        ] as [(String, String?)])
    func review(text: String, rule: String?) {
        let check = Self.check(text)
        #expect(check.findings.first { $0.letter == .specific }?.rule == rule)
    }

    @Test(
        "A vague verb in a subordinate clause does not make a concrete deliverable vague",
        arguments: [
            "Deliver coercive control training to all call handlers to raise awareness of the signs",
            "In order to improve information sharing, add a MARAC flag to the housing system",
            "Develop a media-based awareness campaign with local boroughs to promote healthy relationships",
        ])
    func subordinateClause(text: String) {
        Self.expect(text, failsFirst: "")
    }

    @Test(
        "A condition ('when ...', 'if ...') is not the action: the rule that follows it is",
        arguments: [
            "When bail is a consideration, conditions to keep the suspect away must be applied",
            "If the victim does not answer, duty workers should seek out other telephone numbers",
        ])
    func condition(text: String) {
        let check = Self.check(text)
        #expect(check.passes(.specific), "\(check.failedRules)")
        // A standing rule names nothing that shows it is followed.
        #expect(check.findings.map(\.rule).contains("measure-practice"), "\(check.failedRules)")
    }

    @Test(
        "A deliverable that is its own evidence passes Measurable with no --measure",
        arguments: [
            "Audit 20 closed domestic abuse cases for a completed DASH",
            "Probation managers to undertake case dip samples of unpaid work records",
            "Deliver DASH training with an assessment to all response officers",
            "Introduce a checklist audit process for MARAC referrals from A&E",
            "Provide an assurance report to the CSP on the use of the new pathway",
            "Send a copy of the overview report to the victim's GP practice",
            "Send a letter to the family setting out the review's findings",
            "Develop a crisis and contingency plan format for service users who disengage",
            "Publish the agreed escalation route for GPs on the safeguarding pages",
            "Ensure all staff in the practice are IRIS trained",
            "The CSP to seek assurance from the police that the escalation policy is in use",
        ])
    func ownEvidence(text: String) {
        Self.expect(text, failsFirst: "")
    }

    @Test(
        "A verb is read in its past and -ing forms as it is listed: done, to be done, doing",
        arguments: [
            ("The escalation route is to be amended so that GPs can call the MARAC chair", "", ""),
            ("A new escalation route for GPs has been published on the safeguarding pages", "", ""),
            ("The CSP commissioned an independent advocate for the family", "", ""),
            ("Officers were emphasised the importance of the DASH", "vague:remind", "SM"),
            ("The CSP considered a second IDVA post for the hospital", "vague:consider", "SM"),
        ])
    func inflections(text: String, rule: String, failed: String) {
        let check = Self.check(text)
        #expect(check.failedLetters == failed, "\(check.failedRules)")
        if !rule.isEmpty { #expect(check.findings.first?.rule == rule) }
    }

    @Test(
        "A past form used as an adjective is not the verb ('an improved form', 'issues highlighted')",
        arguments: [
            "Develop an improved referral form for GPs to use at the first appointment",
            "Address the issues highlighted in this review in a revised MARAC protocol",
        ])
    func participleAsAdjective(text: String) {
        Self.expect(text, failsFirst: "")
    }

    @Test(
        "Working with another body is read on to what the joint work does; alone it names nothing",
        arguments: [
            ("The Area Team works with the CCGs to develop a routine enquiry protocol", ""),
            ("Children's services to engage with the Chinese community in the city", "no-action"),
        ])
    func workWith(text: String, rule: String) {
        Self.expect(text, failsFirst: rule)
    }

    @Test(
        "Revising, circulating, launching or writing to name a product; mindfulness does not",
        arguments: [
            ("Revise the missing persons procedure to include a DASH question", ""),
            ("Circulate a 7-minute briefing on economic abuse to every GP practice", ""),
            ("Set up a monthly high-risk panel for repeat victims", ""),
            (
                "GPs should be mindful of coercive control when patients present",
                "vague:raise-awareness"
            ),
            (
                "Practitioners to be professionally curious about new partners",
                "vague:raise-awareness"
            ),
        ])
    func productsAndStatesOfMind(text: String, rule: String) {
        Self.expect(text, failsFirst: rule)
    }

    @Test(
        "An opening clause, a preposition, a participle or an abbreviation is not the action",
        arguments: [
            (
                "Having regard to the statutory guidance, the CSP will publish a revised protocol",
                "SM"
            ),
            ("Reflecting on the learning, the Trust will amend its safeguarding policy", "SM"),
            ("All agencies, including the police, to amend their referral policy", "SM"),
            ("Commission an advocate for the victims identified and highlighted by MARAC", "SM"),
            (
                "By 9 a.m. on the next working day, the MASH will send the DASH form to the IDVA",
                "SM"
            ),
            ("Train staff to be professionally curious about new partners", "S"),
            ("The MARAC protocol is to be reviewed and updated", "SM"),
            ("Review the DA policy, to be completed by March 2027", ""),
            ("To evidence compliance with the protocol", ""),
            ("Engage with the substance misuse service", ""),
            ("GPs should work with the IDVA service", ""),
        ])
    func notTheAction(text: String, passes: String) {
        let check = Self.check(text)
        let passed = [SMARTLetter.specific, .measurable].filter { check.passes($0) }
        #expect(passed.map(\.rawValue).joined() == passes, "\(check.failedRules)")
    }

    @Test("A listed phrase is read through at most four words between its words")
    func readThroughLimit() {
        let phrase = ["consideration", "given"]
        func span(_ text: String) -> Int? {
            SMARTPhrases.span(of: phrase, in: SMARTReading.sentences(text)[0], at: 0)
        }
        #expect(span("consideration should also be given") == 5)
        #expect(span("consideration will need to be given") == 6)
        #expect(span("consideration ought to be given") == 5)
        #expect(span("consideration to to to to to given") == nil)
        // The main verb's place, too, is found through at most three adverbs.
        func isVerb(_ text: String) -> Bool {
            let tokens = SMARTReading.sentences(text)[0]
            return SMARTReading.isUnlistedVerb(in: tokens, at: tokens.count - 1, clauseStart: 0)
        }
        #expect(isVerb("officers should always really truly speak"))
        #expect(!isVerb("officers should always really truly clearly speak"))
        #expect(
            SMARTReading.words("Refer A&E staff & GPs") == ["refer", "a&e", "staff", "and", "gps"])
    }

    @Test("An '-ing' form that is a listed deliverable is the noun, not the verb ('training')")
    func gerundIsNoun() {
        // "training" is not read as the verb "train", so "remind" stays the main verb.
        let check = Self.check("Level 3 safeguarding training to remind staff of the procedure")
        #expect(check.findings.first?.rule == "vague:remind", "\(check.failedRules)")
        #expect(check.passes(.measurable), "training is the reminder's vehicle")
    }

    @Test("A 'service user' is a person, not a service delivered")
    func serviceUser() {
        let check = Self.check(
            "Ensure risk assessments are completed in the absence of the service user if they disengage"
        )
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.findings.map(\.rule).contains("measure-practice"), "\(check.failedRules)")
    }

    @Test("A review whose purpose follows a comma (', to tighten up ...') states its outcome")
    func reviewPurposeAfterComma() {
        let stated = Self.check(
            "A national review of the firearms licensing rules, to tighten up the criteria for a certificate"
        )
        #expect(stated.passes(.specific) && stated.passes(.measurable), "\(stated.failedRules)")
        let recipient = Self.check("A review of the MARAC protocol, to all partners")
        #expect(recipient.findings.first?.rule == "vague:review", "\(recipient.failedRules)")
    }

    @Test("A reminder with no vehicle fails Measurable; naming its vehicle passes M but not S")
    func reminderVehicle() {
        let bare = Self.check("Remind officers to tag Niche occurrences as domestic abuse")
        #expect(bare.failedLetters == "SM")
        let briefing = Self.check(
            "Remind officers through a force-wide briefing to tag Niche occurrences")
        #expect(briefing.failedLetters == "S")
    }

    @Test(
        "A placeholder lead agency fails Achievable; a named agency without an owner passes",
        arguments: [
            ("POL", true), ("Northamptonshire Police", true), ("Allerdale Borough Council", true),
            ("TBC", false), ("All agencies", false), ("partners", false),
            ("All health professionals with access to a GP record", false), ("", false),
            ("Contributing agencies to this review", false),
        ])
    func leadAgency(lead: String, passes: Bool) {
        let check = Self.check(
            "Publish a routine enquiry protocol for all health visitors", lead: lead)
        #expect(check.passes(.achievable) == passes)
        #expect(check.notes.map(\.rule) == ["owner-missing"])
        if !passes { #expect(check.findings.map(\.rule) == ["agency-placeholder"]) }
    }

    @Test(
        "'Regularly', 'ongoing' and 'as soon as possible' are not time-bound, even with a date",
        arguments: [
            ("Audit MARAC referrals regularly and report to the CSP", false),
            ("Provide ongoing supervision of DASH completion", false),
            ("Send the learning brief to GP practices as soon as possible", false),
            ("Continue to deliver the DASH training package", false),
            ("Amend the discharge policy so that care is decided within 24 hours", true),
        ])
    func openEnded(text: String, timeBound: Bool) {
        let check = Self.check(text)
        #expect(check.passes(.timeBound) == timeBound, "\(check.failedRules)")
        if !timeBound { #expect(check.findings.contains { $0.rule == "open-ended" }) }
    }

    @Test(
        "A verb no list names, where the main verb stands, is read as doing something",
        arguments: [
            // After a modal, after "X to", or as a passive: S passes; with nothing to show
            // for it, M fails as a standing practice.
            (
                "Officers should always speak to the victim away from the alleged perpetrator",
                "measure-practice"
            ),
            (
                "Probation to reallocate the case to a specialist domestic abuse officer",
                "measure-practice"
            ),
            (
                "Probation should ensure that home visits are carried out where there are concerns",
                "measure-practice"
            ),
            ("The CSP should rehouse its DHR archive onto a database kept by the council", ""),
            (
                "Victims attending the emergency department are seen alone by the triage nurse",
                "measure-practice"
            ),
            // Its object still decides: a vague verb after "to" says what is done.
            ("Agencies are expected to remind staff of the referral pathway", "vague:remind"),
            ("Efforts should be made to engage with the communities in the district", "no-action"),
            (
                "The partnership should seek to improve the response to older victims",
                "vague:improve"
            ),
            (
                "Faith organisations to be supported to develop safeguarding policies",
                "vague:improve"
            ),
            // A framing verb is not the action, wherever the framing stands.
            (
                "We recommend that it is recommended that the GP practice considers routine enquiry",
                "vague:consider"
            ),
        ])
    func unlistedVerb(text: String, failsFirst rule: String) {
        Self.expect(text, failsFirst: rule)
    }

    @Test("A verb after ', and' shares the action; what is said of an ensured deliverable decides")
    func coordinatedAndEnsured() {
        Self.expect(
            "The Police should mandate a supervisory review of every high-risk incident, and add a "
                + "field to the DA record showing the supervisor's name", failsFirst: "")
        Self.expect(
            "The council to ensure that the new assessment framework is fully embedded across all "
                + "universal agencies", failsFirst: "vague:improve")
        Self.expect(
            "The council to ensure that there is a framework for sharing MARAC minutes with schools",
            failsFirst: "")
        // What the assurance is about is not the action: seeking it is.
        Self.expect(
            "The CSP will seek assurance from all agencies that the recommendations from this "
                + "review have been embedded", failsFirst: "")
    }

    @Test("Learning cascaded or embedded is shared learning: its vehicle passes M but not S")
    func learningWithVehicle() {
        let briefing = Self.check(
            "Cascade the key learning from this review to team managers via a seven-minute briefing"
        )
        #expect(briefing.failedLetters == "S", "\(briefing.failedRules)")
        let bare = Self.check("Police to embed learning around stalking across the force")
        #expect(bare.failedLetters == "SM", "\(bare.failedRules)")
        Self.expect(
            "It is recommended that the ICB cascades a 7-minute briefing on this review to all GP "
                + "safeguarding leads", failsFirst: "")
    }

    @Test(
        "Background before the action is not the action; the action's own words decide",
        arguments: [
            // A reason clause, or a sentence of what the review found, comes first; with no
            // comma to close the reason, the purpose after a later comma is not the action.
            (
                "Following the review the CSP will publish a new MARAC protocol, to raise awareness among staff",
                ""
            ),
            (
                "Given the victim's repeated attendance at A&E, the Trust should remind staff of routine enquiry",
                "vague:remind"
            ),
            (
                "In this case the family were not aware of the review. The CSP should amend its DHR procedures to require a letter to the family within one month",
                ""
            ),
            (
                "It is recommended that in this case the family were not told. The CSP should amend its DHR procedures to require a letter to the family",
                ""
            ),
            // A review named as a noun, whose outcome is itself vague.
            (
                "A review by Adult Social Care of carer's assessments, to consider whether victims are seen alone",
                "vague:review"
            ),
            // A review "to include" a named change states its outcome.
            (
                "The College of Policing reviews the domestic abuse APP to include guidance on non-fatal strangulation",
                ""
            ),
            // What a letter says is its content, not the action.
            (
                "The CCG should write to all GP practices reminding them of the IRIS referral route",
                ""
            ),
            // An action that is only an outcome names no change; being made aware is awareness.
            (
                "Improved communication between the GP and the mental health service",
                "vague:improve"
            ),
            (
                "Schools to be made aware of Operation Encompass and their role within it",
                "vague:raise-awareness"
            ),
        ])
    func background(text: String, failsFirst rule: String) {
        Self.expect(text, failsFirst: rule)
    }

    @Test("Learning included in a named event is shared learning: the event passes M, not S")
    func learningInEvent() {
        let check = Self.check(
            "Learning from this DHR to be included in the next multi-agency safeguarding conference"
        )
        #expect(check.failedLetters == "S", "\(check.failedRules)")
    }

    @Test(
        "After 'ensure', a purpose does not make the deliverable vague; ', and' does not hide a vague verb",
        arguments: [
            (
                "Ensure that DASH training is delivered to all call handlers to raise awareness of the signs",
                ""
            ),
            ("Ensure that the referral policy is published so that staff are aware of it", ""),
            (
                "Staff should ask every victim about coercive control, and update policies",
                "vague:unnamed-document"
            ),
            ("Require that staff are aware of the referral pathway", "vague:raise-awareness"),
        ])
    func ensuredPurposeAndCoordination(text: String, failsFirst rule: String) {
        Self.expect(text, failsFirst: rule)
    }

    @Test("Several numbers before an action are all set aside ('R3: 1.')")
    func severalEnumerators() {
        #expect(SMARTReading.withoutEnumerator("R3: 1. Convene a panel") == "Convene a panel")
        #expect(SMARTReading.withoutEnumerator("3.2 (a) Amend the form") == "Amend the form")
        #expect(SMARTReading.withoutEnumerator("1 agency to amend") == "1 agency to amend")
        // At most four are set aside: a long run of numbers is not a plan's numbering.
        let run = String(repeating: "1. ", count: 20_000) + "Publish the protocol"
        #expect(SMARTReading.withoutEnumerator(run).count == run.count - 4 * 3)
    }

    @Test("The JSON gives the verdict per letter apart from the failures and the advice")
    func json() throws {
        let check = Self.check("Remind officers to tag Niche occurrences as domestic abuse")
        let data = try JSONEncoder().encode(check)
        let object = try #require(
            try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["passed"] as? String == "ART")
        #expect(object["failed"] as? String == "SM")
        #expect(object["score"] as? Int == 3)
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.map { $0["rule"] as? String } == ["owner-missing"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "owner-missing" })
        #expect(try JSONDecoder().decode(SMARTCheck.self, from: data) == check)
    }
}
