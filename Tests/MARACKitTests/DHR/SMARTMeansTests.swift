import Testing

@testable import MARACKit

/// The means of an unstated change.
///
/// "Improve ... by adding ..." says what changes; "improve ... by being more proactive" does not.
@Suite("SMART check: the means of an unstated change")
struct SMARTMeansTests {
    @Test(
        "'Improve X by' and a concrete verb is read from the verb",
        arguments: [
            (
                "The Recovery Partnership to improve its response to clients by: (a) adding a "
                    + "domestic abuse screening question to the assessment; (b) nominating a lead",
                true
            ),
            (
                "The Trust should strengthen its safeguarding offer by introducing a new policy",
                true
            ),
            ("The Trust should improve its response by being more proactive", false),
            ("The Trust should improve its response to victims of domestic abuse", false),
        ])
    func improveByMeans(text: String, specific: Bool) {
        SMARTHardCaseTests.expect(text, specific: specific)
    }
}
