import MARACKit
import Testing

@testable import MARACCLI

@Suite("Completion of identifiers")
struct IdentifierCompletionTests {
    @Test(
        "The identifier a command expects next is known from its usage",
        arguments: [
            (["case", "show"], IdentifierKind?.some(.caseReference)),
            (["agenda", "move", "1"], .caseReference),
            (["agenda", "build"], .meeting),
            (["action", "list", "--agency"], .agency),
            (["action", "update"], .action),
            (["dhr", "action", "update"], .dhrAction),
            (["export", "action-plan"], .review),
            (["action", "add", "C-000001", "--due", "2026-12-01", "--agency"], .agency),
            (["case", "show", "C-000001"], nil),
            (["version"], nil),
        ])
    func kinds(words: [String], expected: IdentifierKind?) {
        #expect(IdentifierCompletion.kind(after: words, table: .all) == expected)
    }

    @Test(
        "Completion offers the references and codes in the database, most recent first",
        arguments: Backend.all)
    func fromDatabase(backend: Backend) throws {
        let database = backend == .sqlite ? nil : try BinaryDatabase(backend)
        let session = Session(
            dbPath: database?.location ?? ":memory:", user: "coordinator",
            today: Day(year: 2026, month: 11, day: 25))
        let repl = REPL(session: session)
        repl.completeIdentifiers()
        _ = try repl.session.workbench().buildDemo()
        #expect(repl.completions(["case", "show"]).first == "C-000015")  // the misspelt referral
        #expect(repl.completions(["action", "list", "--agency"]).contains("HEALTH-GP"))
        #expect(repl.completions(["dhr", "show"]) == ["R1"])
    }
}
