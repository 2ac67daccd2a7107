import Foundation
import Testing

/// The MARAC cycle through the real binary: refer → repeat → agenda → attendance → actions →
/// overdue → data return, as a coordinator's script; and a script that fails half-way.
@Suite("The MARAC cycle through the marac binary")
struct MARACCycleBinaryTests {
    static let script = """
        # A coordinator's fortnight, as a script.
        agency add POL --name Police --sector police --public-authority --competent-authority
        agency add IDVA --name "IDVA Service" --sector voluntary
        rep add --agency POL --name "DS Rep"
        case refer --victim "Cycle Victim" --dob 1990-04-01 --by POL --date 2026-03-02 --dash 16 --children 1
        case refer --victim "cycle  victim" --dob 1990-04-01 --by IDVA --date 2026-10-20 --dash 4
        meeting new --date 2026-11-04 --area default --chair "DI Chair"
        agenda build 1
        attend 1 POL present --rep "DS Rep"
        attend 1 IDVA apologies
        meeting open 1
        action add C-000002 --agency POL --due 2026-11-10 --meeting 1 Flag the address
        action add C-000002 --agency IDVA --due 2026-12-20 --meeting 1 Safety plan
        meeting close 1
        action list --overdue
        report data-return --from 2026-10-01 --to 2026-12-31
        """

    @Test(
        "A script runs the whole cycle and shows the repeat, the overdue action and the return",
        arguments: Backend.all)
    func wholeCycle(backend: Backend) throws {
        let database = try BinaryDatabase(backend)
        do {
            let db = database.location
            let result = try BinaryTests.run(
                ["--db", db], input: Self.script,
                environment: database.environment(
                    user: "coordinator", ["MARAC_TODAY": "2026-11-27"]))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("REPEAT: referred within 12 months of C-000001"))
            // One victim, one agenda item: the latest referral, heard with the earlier one.
            #expect(result.stdout.contains("09:50  1   C-000002"))
            #expect(result.stdout.contains("WITH C-000001"))
            let overdue = result.stdout.components(separatedBy: "\n").filter { $0.contains("17d") }
            #expect(overdue.count == 1 && overdue[0].contains("Flag the address"))
            #expect(result.stdout.contains("repeat cases          1 (100.0%"))
            #expect(!result.stdout.contains("Cycle Victim"))
            if backend == .sqlite {
                let attributes = try FileManager.default.attributesOfItem(atPath: db)
                #expect((attributes[.posixPermissions] as? Int) == 0o600)
            }
        }
    }

    @Test(
        "A script stops at the first error, names its line, exits non-zero and keeps earlier lines",
        arguments: Backend.all)
    func stopsAtFirstError(backend: Backend) throws {
        let database = try BinaryDatabase(backend)
        do {
            let db = database.location
            let script = """
                agency add POL --name Police --sector police
                case refer --victim "A" --dob 1990-01-01 --by POL --date 2026-02-30 --dash 15
                agency add IDVA --name IDVA --sector voluntary
                """
            let result = try BinaryTests.run(["--db", db, "-f", "/dev/stdin"], input: script)
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("line 2: error: --date: 2026-02-30 is not a day"))
            let list = try BinaryTests.run(["--db", db, "agency", "list"])
            #expect(list.stdout.contains("POL") && !list.stdout.contains("IDVA"))
            let cases = try BinaryTests.run(["--db", db, "case", "list"])
            #expect(!cases.stdout.contains("C-000001"))
        }
    }

    @Test("marac demo then action list --overdue shows overdue actions", arguments: Backend.all)
    func demoOverdue(backend: Backend) throws {
        let database = try BinaryDatabase(backend)
        do {
            let db = database.location
            let demo = try BinaryTests.run(["--db", db, "demo"])
            #expect(demo.status == 0, "\(demo.stderr)")
            let overdue = try BinaryTests.run(["--db", db, "action", "list", "--overdue"])
            #expect(overdue.status == 0)
            #expect(overdue.stdout.components(separatedBy: "\n").count > 5)
            #expect(overdue.stdout.contains("Place a flag on the address"))
        }
    }
}
