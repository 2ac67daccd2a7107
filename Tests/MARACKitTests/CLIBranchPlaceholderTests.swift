import MARACKit
import Testing

/// Keeps the `MARACKitTests` target buildable on the `cli` branch; the domain branch owns this folder.
@Suite("Placeholder for MARACKit tests on the cli branch")
struct CLIBranchPlaceholderTests {
    @Test("Day parses an ISO date, so the target has one real test")
    func dayParses() throws {
        #expect(try Day(parsing: "2026-11-27").description == "2026-11-27")
    }
}
