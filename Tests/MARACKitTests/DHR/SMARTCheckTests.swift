import Testing

@testable import MARACKit

@Suite("SMART check")
struct SMARTCheckTests {
    static let rules = PolicySet.embedded.smartRules

    /// A realistic action and the letters it should fail (measure, owner, milestones given).
    struct Example: Sendable, CustomTestStringConvertible {
        var text: String
        var failed: String
        var rule: String?
        var testDescription: String { "\"\(text)\" fails \(failed.isEmpty ? "nothing" : failed)" }
    }

    static let examples: [Example] = [
        Example(
            text: "Raise awareness of coercive control among staff", failed: "S",
            rule: "vague:raise-awareness"),
        Example(
            text: "Consider how information could be shared with GPs", failed: "S",
            rule: "vague:consider"),
        Example(text: "Explore options for a joint triage", failed: "S", rule: "vague:explore"),
        Example(
            text: "Ensure staff are aware of the risks of strangulation", failed: "S",
            rule: "vague:raise-awareness"),
        Example(text: "Look into the handling of repeat calls", failed: "S", rule: "vague:explore"),
        Example(
            text: "Improve multi-agency working across the partnership", failed: "S",
            rule: "vague:improve"),
        Example(text: "Encourage agencies to refer to MARAC", failed: "S", rule: "vague:promote"),
        Example(text: "Review practice", failed: "S", rule: "too-short"),
        Example(
            text: "Deliver coercive control training to 40 neighbourhood officers", failed: "",
            rule: nil),
        Example(
            text: "Publish a routine enquiry protocol for all health visitors", failed: "",
            rule: nil),
        Example(
            text: "Review and republish the safeguarding adults procedure", failed: "", rule: nil),
        Example(
            text: "Ensure every referral form has a mandatory DASH field", failed: "", rule: nil),
        Example(
            text: "Audit 20 closed cases for evidence of routine enquiry", failed: "", rule: nil),
        Example(
            text: "Add a coercive control question to the GP safeguarding checklist", failed: "",
            rule: nil),
    ]

    static func subject(_ text: String) -> SMARTSubject {
        SMARTSubject(
            text: text, measure: "audit shows 90% compliance", owner: "Named Lead",
            leadAgency: "POL",
            finding: "A finding.", target: day("2027-03-01"), milestones: "stage 1 by June",
            decisionDate: day("2026-01-15"), start: day("2026-11-25"))
    }

    @Test(
        "Action wording passes or fails Specific as a practitioner would judge it",
        arguments: examples)
    func wording(_ example: Example) {
        let check = SMARTCheck(Self.subject(example.text), rules: Self.rules)
        #expect(check.failedLetters == example.failed)
        #expect(check.score == 5 - example.failed.count)
        if let rule = example.rule {
            let finding = check.findings.first { $0.rule == rule }
            #expect(finding != nil)
            #expect(finding?.why.isEmpty == false && finding?.fix.isEmpty == false)
        }
    }

    @Test("A phrase matches whole words only: 'reconsidered' is not 'consider'")
    func wholeWords() {
        #expect(
            SMARTCheck(
                Self.subject("Fund the reconsidered outreach worker post"), rules: Self.rules
            ).isSMART)
    }

    @Test("Measurable: missing and vague measures fail, a number or product passes")
    func measurable() {
        var subject = Self.subject("Accompany every GP record entry with a call to the GP")
        subject.measure = nil
        #expect(SMARTCheck(subject, rules: Self.rules).findings.map(\.rule) == ["measure-practice"])
        subject.text = "Improve information sharing with the homeless families unit"
        #expect(
            SMARTCheck(subject, rules: Self.rules).findings.map(\.rule)
                == ["vague:improve", "measure-missing"])
        subject.text = "Publish a routine enquiry protocol for all health visitors"
        #expect(SMARTCheck(subject, rules: Self.rules).isSMART)
        subject.measure = "better awareness among staff"
        #expect(SMARTCheck(subject, rules: Self.rules).findings.map(\.rule) == ["measure-vague"])
        subject.measure = "protocol published"
        #expect(SMARTCheck(subject, rules: Self.rules).isSMART)
        subject.measure = "80% of staff"
        #expect(SMARTCheck(subject, rules: Self.rules).isSMART)
    }

    @Test("Achievable, Relevant: agency, recommendation and finding fail; no owner is a note")
    func assignedAndRelevant() {
        var subject = Self.subject("Publish a routine enquiry protocol for all health visitors")
        subject.owner = " "
        subject.agencyExists = false
        subject.finding = nil
        let check = SMARTCheck(subject, rules: Self.rules)
        #expect(check.findings.map(\.rule) == ["agency-unknown", "finding-missing"])
        #expect(check.notes.map(\.rule) == ["owner-missing"])
        #expect(check.score == 3)
        subject.hasRecommendation = false
        #expect(
            SMARTCheck(subject, rules: Self.rules).findings.last?.rule == "recommendation-missing")
    }

    /// Target dates against the decision date (2026-01-15), the 6-month milestone span and the
    /// 24-month maximum, counted from 2026-11-25.
    @Test(
        "Time-bound at its boundaries",
        arguments: [
            ("2026-01-15", true, "target-before-decision"),
            ("2026-01-14", true, "target-before-decision"),
            ("2027-05-25", false, ""),
            ("2027-05-26", false, "milestones-missing"),
            ("2027-05-26", true, ""),
            ("2028-11-25", true, ""),
            ("2028-11-26", true, "target-too-far"),
        ])
    func timeBound(target: String, milestones: Bool, rule: String) {
        var subject = Self.subject("Publish a routine enquiry protocol for all health visitors")
        subject.target = day(target)
        subject.milestones = milestones ? "stage 1 by June" : nil
        let check = SMARTCheck(subject, rules: Self.rules)
        #expect(check.findings.map(\.rule) == (rule.isEmpty ? [] : [rule]))
    }

    @Test("A check explains every failure in S, M, A, R, T order, scoring the letters passed")
    func order() {
        let check = SMARTCheck(
            SMARTSubject(
                text: "Consider it", leadAgency: "TBC", target: nil, start: day("2026-11-25")),
            rules: Self.rules)
        #expect(check.failedLetters == "SMART")
        #expect(check.score == 0)
        #expect(check.findings.map(\.letter) == check.findings.map(\.letter).sorted())
    }
}
