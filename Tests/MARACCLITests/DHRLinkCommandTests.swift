import MARACKit
import Testing

@testable import MARACCLI

@Suite("DHR link commands")
struct DHRLinkCommandTests {
    @Test(
        "A DHR chair links a case; retention due shows it held until the review closes",
        arguments: Backend.all)
    func linkHoldsCase(backend: Backend) throws {
        let output = try DHRCommandTests.run(
            on: backend,
            [
                "agency add POL --name Police --sector police --public-authority",
                "case refer --victim 'Jo Example' --dob 1990-01-01 --by POL --date 2019-01-10 --dash 15",
                "dhr new --pseudonym 'Adult A' --csp 'Example CSP' --decision-date 2026-01-15",
                "dhr link R1 C-000001",
                "dhr link R1 C-000001",
                "dhr show R1",
                "retention due",
                "retention purge --confirm",
                "dhr status R1 --to in-progress --date 2026-02-01",
                "dhr unlink R1 C-000002",
                "dhr unlink R1 C-000001",
                "retention due",
            ])
        #expect(output[3] == "review R1 links C-000001\n")
        #expect(output[4] == "error: REF: case C-000001 is already linked to review R1\n")
        #expect(output[5].contains("\n  cases        C-000001\n"))
        #expect(
            output[6].contains(
                "referral  C-000001  2019-01-10  2025-01-10  held: C-000001: linked to open DHR R1"
            ), "\(output[6])")
        #expect(output[7] == "deleted 0 records and 0 person records\n")
        #expect(
            output[9].hasPrefix("error: no case has the reference \"C-000002\""), "\(output[9])")
        #expect(output[10] == "review R1 links no case\n")
        #expect(output[11].contains("referral  C-000001  2019-01-10  2025-01-10  delete"))
        #expect(!output.joined().contains("Jo Example"))
    }

    @Test(
        "Only coordinators and DHR chairs may link and unlink cases", arguments: ["link", "unlink"])
    func permissions(verb: String) throws {
        let command = try #require(CommandTable.all.commands.first { $0.path == ["dhr", verb] })
        let operation = try #require(command.operation)
        #expect(operation.allowedRoles == [.coordinator, .dhrChair])
        #expect(!operation.allows(.agencyRep) && !operation.allows(.auditor))
        #expect(!operation.allows(.chair))
    }
}
