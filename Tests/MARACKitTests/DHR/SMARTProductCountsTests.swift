import Testing

@testable import MARACKit

/// Vague actions whose object, or whose reported status, can still be shown.
///
/// Leading work or changing unnamed policies says nothing of what will be different, so it
/// fails *Specific*; but a strategy driven forward, or policies amended, are documents that can
/// be shown, so it passes *Measurable*. A plan that reports the action done ("This has now been
/// implemented") names its evidence.
@Suite("SMART check: what a vague action produces or reports done")
struct SMARTProductCountsTests {
    @Test(
        "Leadership or unnamed policy changes fail S; a deliverable as their object passes M",
        arguments: [
            (
                "That the director of public health provide leadership to drive forward a "
                    + "multi-agency domestic abuse strategy for Norfolk by June 2014",
                "vague:lead", true
            ),
            (
                "The director of public health should provide leadership to drive forward "
                    + "improvements in practice across the county",
                "vague:lead", false
            ),
            (
                "Kent Police must examine its initial response to the calls made in November and "
                    + "amend policies and guidance in order to ensure that the lessons learned "
                    + "from this review are incorporated",
                "vague:unnamed-document", true
            ),
            ("Update policies in light of this review", "vague:unnamed-document", true),
        ])
    func productOfVagueVerb(text: String, rule: String, measurable: Bool) {
        let check = SMARTHardCaseTests.check(text)
        #expect(check.findings.first { $0.letter == .specific }?.rule == rule)
        #expect(check.passes(.measurable) == measurable, "\(check.failedRules)")
    }

    @Test("Updating policies 'to' a concrete verb names the change and passes S")
    func namedPolicyChange() {
        let check = SMARTHardCaseTests.check(
            "The Trust should update policies to include a routine enquiry question at booking")
        #expect(check.passes(.specific), "\(check.failedRules)")
    }

    @Test("Raising the value of training is a direction: the training is not its vehicle")
    func raisingTheValue() {
        let check = SMARTHardCaseTests.check(
            "To raise the value and importance of adult safeguarding training to that of "
                + "children's safeguarding")
        #expect(check.findings.first { $0.letter == .specific }?.rule == "vague:improve")
        #expect(!check.passes(.measurable), "\(check.failedRules)")
    }

    @Test(
        "A plan that reports the action done names its evidence",
        arguments: [
            (" This has now been implemented and is operational.", true),
            (" This is to be agreed with the service manager.", false),
        ])
    func reportedDone(status: String, measurable: Bool) {
        let check = SMARTHardCaseTests.check(
            "This agency to consider developing crisis and contingency plans for clients in "
                + "serious distress." + status)
        #expect(check.findings.first { $0.letter == .specific }?.rule == "vague:consider")
        #expect(check.passes(.measurable) == measurable, "\(check.failedRules)")
    }
}
