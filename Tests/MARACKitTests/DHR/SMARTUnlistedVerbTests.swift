import Testing

@testable import MARACKit

/// A verb no list names is found where English puts it.
///
/// That is first in an imperative, or after the subject of the clause a framing "that" opens.
/// A noun in those places is not read as one.
@Suite("SMART check: a verb no list names, where English puts it")
struct SMARTUnlistedVerbTests {
    @Test(
        "An imperative before 'to' and what it is done to, or a verb of asking, is the verb",
        arguments: [
            ("Speak to the victim alone at every visit", true),
            ("Speak to victims alone at every visit", true),
            ("Routinely ask patients about domestic abuse at antenatal booking", true),
            ("Ask about domestic abuse at every antenatal appointment", true),
            // The plan's "X to": the "to" a verb follows.
            ("Health visitors to ask about domestic abuse at every contact", true),
            // A noun that takes "to" heads a phrase that names no action.
            ("Access to the police for women who do not speak English", false),
        ])
    func imperative(text: String, specific: Bool) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific) == specific, "\(check.failedRules)")
        // A practice with no record of it is not measurable.
        #expect(!check.passes(.measurable), "\(check.failedRules)")
    }

    @Test("A noun before 'to' in the plan's 'X to' is not read as a verb")
    func nounBeforeTo() {
        // "recourse to public": no plan's "X to", so "public" is no verb, and nothing is done.
        let check = SMARTHardCaseTests.check(
            "Access to safe accommodation for women with no recourse to public housing")
        #expect(check.failedRules.contains("no-action"), "\(check.failedRules)")
    }

    @Test(
        "A past form, a plural subject before a listed verb, or 'X to focus' is not an imperative",
        arguments: [
            ("Required standards for MARAC representatives", "no-action"),
            ("Expected standards of practice for MARAC representatives", "no-action"),
            // The listed "review" is the verb, with no stated outcome.
            (
                "That the Community Safety Partnerships Board review its domestic abuse protocol",
                "vague:review"
            ),
            // The plan's "X to": "Police" is the subject, "focus" the verb.
            ("Police to focus on repeat victims", "measure-practice"),
        ])
    func notImperative(text: String, rule: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.findings.first?.rule == rule, "\(check.failedRules)")
    }

    @Test(
        "After a framing 'that', the word after the subject is the verb",
        arguments: [
            "That officers always speak to the victim alone at every call-out",
            "That health visitors ask about domestic abuse at every contact",
            "It is recommended that health visitors ask about domestic abuse at every contact",
            "That agencies use professional interpreters where required",
            "That staff use the DASH at every contact",
        ])
    func verbAfterThat(text: String) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.failedRules.contains("measure-practice"), "\(check.failedRules)")
    }

    @Test(
        "After a framing 'that', a preposition, a question word or a name is not the verb",
        arguments: [
            // "between" and "where" are no verbs: these name no action.
            (
                "It is recommended that improved communication between the GP and the mental "
                    + "health service", false
            ),
            (
                "It is recommended that oversight of cases where the perpetrator is also a carer",
                false
            ),
            // "Court" after "Magistrates'" is a name: the verb is "are asked to review", a
            // review with a stated outcome, whose report shows it was done.
            (
                "That Magistrates' Court and HMCTS are asked to review the listing arrangements "
                    + "so that victims give evidence from a separate room", true
            ),
        ])
    func notTheVerb(text: String, specific: Bool) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.passes(.specific) == specific, "\(check.failedRules)")
        #expect(check.passes(.measurable) == specific, "\(check.failedRules)")
    }

    @Test("What a deliverable is about is not a practice of following it")
    func deliverableAboutUse() {
        let check = SMARTHardCaseTests.check("Clear guidance for staff on the use of the DASH")
        #expect(check.passes(.specific) && check.passes(.measurable), "\(check.failedRules)")
        // Following existing guidance is still a practice, after an opening "Use of" too.
        let practice = SMARTHardCaseTests.check(
            "Use of interpreters where needed, in line with force policy")
        #expect(practice.failedRules.contains("measure-practice"), "\(practice.failedRules)")
    }
}
