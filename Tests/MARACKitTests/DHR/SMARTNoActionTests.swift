import Testing

@testable import MARACKit

/// Wording that looks like an action but names none: a state the subject must be in, joint
/// work for an outcome, a vehicle that is only considered.
@Suite("SMART check: a state, an outcome or a consideration is not an action")
struct SMARTNoActionTests {
    @Test(
        "'Must be' a state, and 'to' what it is for, names no action; the plan's 'X to' still does",
        arguments: [
            ("MARAC representatives must be sufficiently senior to make decisions", false),
            ("All GPs should be confident to make referrals to MARAC", false),
            ("MARAC representatives to make decisions for their agency at the meeting", true),
            ("The Trust should have a named lead to attend MARAC", true),
        ])
    func stateWithPurpose(text: String, specific: Bool) {
        SMARTHardCaseTests.expect(text, specific: specific)
    }

    @Test(
        "Joint work for an outcome names no action; joint work that agrees a product does",
        arguments: [
            (
                "Substance misuse and mental health services should work more closely together "
                    + "to meet the needs of people with co-occurring conditions",
                false
            ),
            (
                "Adult social care and the ambulance service to liaise in order to agree a shared "
                    + "referral pathway",
                true
            ),
        ])
    func jointWorkForAnOutcome(text: String, specific: Bool) {
        SMARTHardCaseTests.expect(text, specific: specific)
    }

    @Test(
        "A vehicle only considered does not make shared learning measurable",
        arguments: [
            (
                "The Trust should share the learning from this review with staff in the Emergency "
                    + "Department, and should consider including a case study in its training",
                false
            ),
            (
                "The Trust needs to share the learning from this review with staff, and needs to "
                    + "consider including a case study in its training",
                false
            ),
            (
                "The Trust should share the learning from this review with staff through a "
                    + "briefing, to help them consider coercive control",
                true
            ),
        ])
    func consideredVehicle(text: String, measurable: Bool) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.findings.first?.rule == "vague:share-learning", "\(check.failedRules)")
        #expect(check.passes(.measurable) == measurable, "\(check.failedRules)")
    }

    @Test(
        "Asking another body to act is read as the act asked for",
        arguments: [
            (
                "The Local Criminal Justice Board should ask the Crown Prosecution Service to "
                    + "remind prosecutors of the importance of victim safety",
                "vague:remind"
            ),
            (
                "The Local Criminal Justice Board asks the Crown Prosecution Service to remind "
                    + "prosecutors of the importance of victim safety",
                "vague:remind"
            ),
            (
                "The CSP should ask the Department for Work and Pensions to consider how split "
                    + "payments are offered",
                "vague:consider"
            ),
            (
                "The CSP should ask the Home Office to publish revised guidance on DHR timescales",
                ""
            ),
            (
                "Staff are required to familiarise themselves with the referral pathway",
                "vague:raise-awareness"
            ),
            (
                "Agencies are expected to be mindful of the barriers older victims face",
                "vague:raise-awareness"
            ),
            ("The CSP expects each agency to publish a domestic abuse policy", ""),
        ])
    func askedFor(text: String, rule: String) {
        SMARTHardCaseTests.expect(text, failsFirst: rule)
    }

    @Test(
        "An imperative no list names is the verb; a noun heading a phrase is not",
        arguments: [
            ("Check the PNC for previous domestic abuse before every bail decision", true),
            ("Always check whether there is a history of domestic abuse", true),
            ("Training for all staff on coercive control", true),
            ("Information about domestic abuse services should be more readily available", false),
        ])
    func imperative(text: String, specific: Bool) {
        SMARTHardCaseTests.expect(text, specific: specific)
    }

    @Test("A product verb after 'and' makes what can be shown")
    func productAfterAnd() {
        let check = SMARTHardCaseTests.check(
            "Map all community groups supporting minoritised women in the borough and publish "
                + "the directory for frontline practitioners")
        #expect(check.passes(.specific) && check.passes(.measurable), "\(check.failedRules)")
    }

    @Test(
        "Noting findings, being heard, and a response 'in a timely manner' name no change",
        arguments: [
            (
                "The Home Office is asked to note the findings of this review",
                "vague:raise-awareness"
            ),
            ("The Trust should ensure that the views of carers are listened to", "vague:improve"),
            ("Ensure that the voice of the child is heard", "vague:improve"),
            (
                "Housing to ensure that reports of harassment are responded to in a timely manner",
                "vague:improve"
            ),
        ])
    func noChange(text: String, rule: String) {
        SMARTHardCaseTests.expect(text, failsFirst: rule)
    }
}
