import Testing

@testable import MARACKit

/// A quality of what people receive, with nothing named that gives it, is an unstated change;
/// receiving a named deliverable is not.
@Suite("SMART check: what people receive")
struct SMARTOutcomeTests {
    @Test(
        "Receiving a consistent, timely or appropriate response names no change",
        arguments: [
            ("Victims of economic abuse receive timely advice and support", false),
            (
                "Agencies should ensure that victims of stalking receive a consistent and "
                    + "informed response", false
            ),
            ("The ICB to ensure that all primary care staff receive IRIS training", true),
            ("All parties who are entitled to, receive a copy of this report", true),
        ])
    func received(text: String, specific: Bool) {
        SMARTHardCaseTests.expect(text, specific: specific)
    }
}
