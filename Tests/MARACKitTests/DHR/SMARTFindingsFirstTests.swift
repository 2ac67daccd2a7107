import Testing

@testable import MARACKit

/// Overview reports put the panel's finding before the recommendation, and name the learning
/// to be shared as the subject of a passive; the action is read past both.
@Suite("SMART check: the panel's finding first, and learning shared in the passive")
struct SMARTFindingsFirstTests {
    @Test(
        "A first sentence telling what the panel found is not the action",
        arguments: [
            (
                "The panel heard that the victim believed she would be deported if she called "
                    + "the police. Agencies should ensure that victims are made aware of their "
                    + "options", false
            ),
            (
                "The review has found that information was never brought together. It is "
                    + "recommended that agencies review their information sharing arrangements",
                false
            ),
            (
                "The panel was concerned that her disability was not considered. The Trust "
                    + "should amend its assessment form to add a question on who provides care",
                true
            ),
        ])
    func findingFirst(text: String, specific: Bool) {
        SMARTHardCaseTests.expect(text, specific: specific)
    }

    @Test("A finding that only names its subject stays the action: 'The panel recommends'")
    func recommendationIsNotAFinding() {
        let check = SMARTHardCaseTests.check(
            "The review panel recommends that the Trust amends its triage form. This is urgent")
        #expect(check.passes(.specific), "\(check.failedRules)")
    }

    @Test("Framing after an opening clause is set aside; learning shared in the passive is vague")
    func passiveLearningAfterOpener() {
        let check = SMARTHardCaseTests.check(
            "Following the identification that threats of suicide were not recognised as a risk, "
                + "the review recommends that the learning about the link between suicidality "
                + "and homicide is shared with mental health services through a multi-agency "
                + "learning event")
        #expect(!check.passes(.specific), "\(check.failedRules)")
        #expect(check.failedRules.contains("vague:share-learning"), "\(check.failedRules)")
        // The learning event is the named vehicle.
        #expect(check.passes(.measurable), "\(check.failedRules)")
    }

    @Test("What is said of a listed subject of 'ensure' decides, past the list's commas")
    func listedSubjectOfEnsure() {
        let vague = SMARTHardCaseTests.check(
            "Housing providers should ensure that reports of noise complaints involving "
                + "shouting, banging or disputes are considered as possible indicators of abuse")
        #expect(vague.failedRules.contains("vague:consider"), "\(vague.failedRules)")
        // A list that ends in a second verb of the action's own is not read into it.
        let policy = SMARTHardCaseTests.check(
            "All partners ensure they have an internal DA Policy with a clear definition, "
                + "referral pathways and consider a set of common minimum standards")
        #expect(policy.passes(.specific), "\(policy.failedRules)")
    }
}

/// The plan's "X to ..." form with a long subject, and the names of other statutory reviews.
@Suite("SMART check: long plan subjects and named reviews")
struct SMARTPlanSubjectTests {
    @Test("Two bodies and a long name before 'to' still leave 'to' the infinitive")
    func longSubject() {
        let check = SMARTHardCaseTests.check(
            "The Safeguarding Adults Board and Eastvale CSP to agree a joint protocol setting out "
                + "how a case that meets the criteria for both a Safeguarding Adults Review and a "
                + "Domestic Homicide Review will be managed")
        #expect(check.passes(.specific), "\(check.failedRules)")
        #expect(check.passes(.measurable), "\(check.failedRules)")
    }

    @Test(
        "A named kind of review is a noun, not the verb",
        arguments: [
            "a Safeguarding Adults Review", "a Child Safeguarding Practice Review",
            "an Individual Management Review",
        ])
    func namedReview(name: String) {
        let check = SMARTHardCaseTests.check(
            "Where a death meets the criteria for \(name), the CSP and the Board to agree a joint "
                + "terms of reference template")
        #expect(!check.failedRules.contains("vague:review"), "\(check.failedRules)")
    }

    @Test("'face-to-face' and 'in relation to' do not make the next word a verb")
    func toBetweenNouns() {
        let check = SMARTHardCaseTests.check(
            "That Jobcentre Plus, in this case the agency with the most regular face-to-face "
                + "contact with the victim, ensures that work coaches are aware of the easement")
        #expect(check.failedRules.contains("vague:raise-awareness"), "\(check.failedRules)")
    }
}
