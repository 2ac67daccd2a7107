@testable import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh database file in a temporary folder, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/marac-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "cannot create a temporary directory")
        path = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit {
        _ = system("rm -rf '\(path)'")
    }
}

/// A workbench on a new database with the usual agencies, for domain tests.
///
/// On SQLite the acting user is `user`; on PostgreSQL it is the role the test server's URI
/// connects as (the server says who the user is).
struct TestWorkbench {
    let database: TestDatabase
    let workbench: Workbench
    /// The temporary folder of the test, for files.
    var directory: TemporaryDirectory { database.directory }

    init(_ backend: Backend = .sqlite, today: Day = day("2026-11-25"), user: String = "tester")
        throws
    {
        database = try TestDatabase(backend)
        workbench = try Workbench(
            location: DatabaseLocation(database.location),
            user: backend == .sqlite ? user : nil, today: today)
        for (code, name, sector, publicAuthority, competent) in [
            ("POL", "Police", "police", true, true),
            ("IDVA", "IDVA service", "voluntary", false, false),
            ("CSC", "Children's social care", "local-authority", true, false),
            ("HEALTH", "Health", "health", true, false),
        ] {
            try workbench.addAgency(
                Agency(
                    code: code, name: name, sector: sector, isPublicAuthority: publicAuthority,
                    isCompetentAuthority: competent))
        }
    }

    /// A referral that meets the DASH threshold, of the named victim on `date`.
    @discardableResult
    func refer(
        _ name: String = "Alice Example", on date: String, dash: Int? = 15, callouts: Int? = nil,
        children: Int = 0, override: String? = nil, area: String = ""
    ) throws -> Referral {
        try workbench.referCase(
            ReferralRequest(
                victimName: name, dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day(date), area: area, dashScore: dash, callouts: callouts,
                children: children,
                overrideReason: override))
    }
}

/// A day from a literal, for tests.
func day(_ text: String) -> Day {
    try! Day(parsing: text)
}
