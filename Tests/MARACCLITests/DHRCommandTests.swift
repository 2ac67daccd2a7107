import MARACKit
import Testing

@testable import MARACCLI

@Suite("DHR commands")
struct DHRCommandTests {
    /// Runs each line in one in-memory session on 2026-11-25, collecting output and errors.
    static func run(_ lines: [String]) -> [String] {
        var session = Session(
            dbPath: ":memory:", user: "chair", today: Day(year: 2026, month: 11, day: 25))
        return lines.map { line in
            do {
                return try Tool.dispatch(
                    Tokenizer.split(line), session: &session, table: .all, databaseMayChange: false)
            } catch {
                return Tool.describe(error, input: line)
            }
        }
    }

    @Test(
        "A chair records a review, a vague action is warned about, closed with evidence and signed off"
    )
    func wholeCycle() throws {
        let output = Self.run([
            "agency add POL --name Police --sector police --public-authority",
            "dhr new --pseudonym 'Adult A' --csp 'Example CSP' --decision-date 2026-01-15",
            "dhr rec add R1 --number 1 --scope local --finding 'Not named' Record coercive control",
            "dhr action add R1 --rec 1 --agency POL --target 2026-11-20 Raise awareness of coercive control",
            "smart check A1",
            "dhr action update A1 --status closed",
            "report overdue",
            "dhr action update A1 --status closed --evidence 'briefing sent to 40 officers'",
            "dhr action signoff A1",
            "report dhr-progress --review R1",
            "smart check X1",
            "dhr status R1 --to published",
        ])
        #expect(output[1] == "review R1: DHR of Adult A, commissioned\n")
        #expect(
            output[3].hasPrefix(
                "action A1 for R1 recommendation 1: POL, target 2026-11-20, "
                    + "SMART 3/5, passes ART, fails SM\n"))
        #expect(output[3].contains("  warning: S (Specific): Awareness and understanding are"))
        #expect(output[3].contains("  note on A (Achievable): No named owner"))
        #expect(output[4].hasPrefix("action A1 of R1: SMART 3/5, passes ART, fails SM\n"))
        #expect(output[4].contains("M (Measurable): No measure of success is stated"))
        #expect(output[5].hasPrefix("error: --evidence: closing action A1 needs evidence"))
        #expect(output[6].contains("POL: 1 overdue\n  A1 DHR R1 target 2026-11-20 (5 days late)"))
        #expect(output[7].hasPrefix("action A1 is closed, target 2026-11-20, completed 2026-11-25"))
        #expect(output[8] == "action A1 signed off on 2026-11-25 by chair\n")
        #expect(output[9].contains("100.0%"))
        #expect(output[10].hasPrefix("error: REVIEW|ACTION: expected R and a review number"))
        #expect(
            output[11].hasPrefix(
                "error: --to: a review cannot go from commissioned to published; allowed from commissioned: in-progress"
            ))
    }
}
