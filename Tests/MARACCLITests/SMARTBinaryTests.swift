import Foundation
import Testing

/// `smart check` through the built binary, on a review built from actions of the reviewed
/// corpus (`Tests/MARACKitTests/Fixtures/smart-corpus.tsv`, rows A011, A024, A056, A004).
@Suite("SMART check through the marac binary")
struct SMARTBinaryTests {
    static let script = """
        agency add NPOL --name "Northamptonshire Police" --sector police --public-authority
        agency add REFUGE --name Refuge --sector voluntary
        agency add CCS --name "Cambridgeshire Community Services" --sector health
        agency add ALL --name "All agencies" --sector partnership
        dhr new --pseudonym "Adult C" --csp "Example CSP" --decision-date 2026-01-15
        dhr rec add R1 --number 1 --scope local --finding "Contact lapsed after referral" Keep contact with victims
        dhr action add R1 --rec 1 --agency NPOL --target 2027-03-31 --milestones "briefing drafted by January" "Northamptonshire Police should remind officers of their responsibilities in maintaining contact with the victims of domestic abuse especially following referrals to the Sunflower Centre."
        dhr action add R1 --rec 1 --agency REFUGE --target 2027-03-31 --milestones "draft by January" "Refuge to ensure that any change of operational practice from the service specification to be documented in writing and is treated as a formal appendix to the contract and to the specification signed by both Refuge and the commissioning body."
        dhr action add R1 --rec 1 --agency CCS --target 2027-03-31 --milestones "sample chosen by January" "It is recommended that a regular audit of domestic abuse cases is undertaken to evidence the use of the Pre-Birth Protocol/Joint Assessment of children and young people to ensure joint decision-making."
        dhr action add R1 --rec 1 --agency ALL --target 2027-03-31 --milestones "request sent by January" "All agencies to provide assurances to the CSP that professional curiosity is included in their safeguarding training to staff."
        smart check R1
        """

    func withDatabase(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("marac-smart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.appendingPathComponent("smart.sqlite").path)
    }

    @Test("A chair sees which letters each corpus action fails, why, and how many pass all")
    func reviewOfCorpusActions() throws {
        try withDatabase { db in
            let environment = ["MARAC_TODAY": "2026-11-25", "MARAC_USER": "chair"]
            let result = try BinaryTests.run(
                ["--db", db], input: Self.script, environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            let out = result.stdout
            // dhr action add prints the verdict, each failure with a fix, and the advice.
            #expect(
                out.contains(
                    "action A1 for R1 recommendation 1: NPOL, target 2027-03-31, SMART 3/5, passes ART, fails SM"
                ))
            #expect(
                out.contains(
                    "  warning: S (Specific): A reminder restates what staff should already do"))
            #expect(out.contains("  note on A (Achievable): No named owner"))
            #expect(
                out.contains(
                    "action A2 for R1 recommendation 1: REFUGE, target 2027-03-31, SMART 5/5, passes SMART"
                ))
            #expect(
                out.contains(
                    "action A4 for R1 recommendation 1: ALL, target 2027-03-31, SMART 4/5, passes SMRT, fails A"
                ))
            // smart check R1: a row per action with its FAILS, the count, and the legend.
            let rows = out.components(separatedBy: "\n")
            #expect(
                rows.contains { $0.hasPrefix("A1 ") && $0.contains(" 3/5 ") && $0.contains(" SM ") }
            )
            #expect(
                rows.contains { $0.hasPrefix("A4 ") && $0.contains(" 4/5 ") && $0.contains(" A ") })
            #expect(out.contains("R1: 2 of 4 actions pass every letter"))
            #expect(
                out.contains(
                    "FAILS: S Specific, M Measurable, A Achievable (assigned), R Relevant, T Time-bound"
                ))

            let detail = try BinaryTests.run(
                ["--db", db, "smart", "check", "A1"], environment: environment)
            #expect(detail.stdout.hasPrefix("action A1 of R1: SMART 3/5, passes ART, fails SM\n"))
            #expect(detail.stdout.contains("Fix: Name what will change and how it is shown"))
            let json = try BinaryTests.run(
                ["--db", db, "--json", "smart", "check", "A1"], environment: environment)
            #expect(json.stdout.contains(#""failed": "SM""#))
            #expect(json.stdout.contains(#""passed": "ART""#))
            #expect(json.stdout.contains(#""rule": "owner-missing""#))
        }
    }
}
