import Testing

@testable import MARACKit

@Suite("Synthetic data for benchmarks")
struct SyntheticAreaTests {
    /// A fresh workbench seeded with `referrals` referrals from `seed`.
    static func seeded(_ referrals: Int, seed: UInt64) throws -> (
        TemporaryDirectory, Workbench, SeedReport
    ) {
        let directory = TemporaryDirectory()
        let shape = SyntheticShape(referrals: referrals, seed: seed)
        let workbench = try Workbench(
            path: directory.file("seed.sqlite"), user: "tester", today: shape.today)
        let report = try workbench.seedSynthetic(shape)
        return (directory, workbench, report)
    }

    @Test("The same seed gives the same data; another seed gives other data")
    func deterministic() throws {
        let (_, first, firstReport) = try Self.seeded(700, seed: 5)
        let (_, second, secondReport) = try Self.seeded(700, seed: 5)
        let (_, other, _) = try Self.seeded(700, seed: 6)
        let chain =
            "SELECT hash FROM audit_log WHERE command = 'case refer' ORDER BY id DESC LIMIT 1"
        let hashes: [String?] = try [first, second, other].map { try $0.db.scalar(chain) }
        #expect(firstReport == secondReport)
        #expect(hashes[0] == hashes[1])
        #expect(hashes[0] != hashes[2])
    }

    @Test("Proportions: repeats, cases per meeting, actions per case, overdue share, agencies")
    func proportions() throws {
        let (_, workbench, report) = try Self.seeded(4_000, seed: 2)
        let db = workbench.db
        #expect(report.areas == 2)
        #expect(report.rows.first { $0.table == "referral" }?.rows == 4_000)
        let repeatShare: Double = try #require(try db.scalar("SELECT avg(is_repeat) FROM referral"))
        #expect((0.25...0.35).contains(repeatShare))
        let perMeeting = try db.rows(
            "SELECT count(*) FROM agenda_item GROUP BY meeting_id"
        ).map { $0[0] as Int }
        #expect(perMeeting.allSatisfy { (1...30).contains($0) })
        #expect(
            perMeeting.filter { $0 < 20 }.count <= report.areas,
            "only an area's oldest meeting is short")
        let perCase = try db.rows("SELECT count(*) FROM action GROUP BY referral_id").map {
            $0[0] as Int
        }
        #expect(perCase.allSatisfy { (6...10).contains($0) })
        let overdue: Double = try #require(
            try db.scalar(
                """
                SELECT avg(status IN ('open', 'in-progress', 'blocked'))
                FROM action WHERE due_on < '2026-11-25'
                """))
        #expect((0.10...0.15).contains(overdue))
        let agencies: Int = try #require(try db.scalar("SELECT count(*) FROM agency"))
        #expect(agencies == 15)
        let waiting = try workbench.cases(unheard: true)
        #expect(!waiting.isEmpty && waiting.allSatisfy { $0.listedMeeting == nil })
    }

    @Test("Seeded data is consistent: foreign keys hold and the audit chain verifies")
    func consistent() throws {
        let (_, workbench, _) = try Self.seeded(1_500, seed: 3)
        #expect(try workbench.db.rows("PRAGMA foreign_key_check").isEmpty)
        let verification = try workbench.verifyAudit()
        #expect(verification.firstBrokenID == nil)
        #expect(try workbench.auditLog(limit: 100_000).last?.command == "bench seed")
        #expect(try workbench.db.scalar("PRAGMA journal_mode", as: String.self) == "wal")
    }

    @Test("The workbench works on seeded data: an agenda builds from the waiting list")
    func agendaFromWaitingList() throws {
        let (_, workbench, _) = try Self.seeded(1_000, seed: 4)
        let next: Int = try #require(
            try workbench.db.scalar("SELECT id FROM meeting WHERE opened_at IS NULL LIMIT 1"))
        let detail = try workbench.buildAgenda(next)
        #expect(!detail.agenda.isEmpty)
        #expect(!detail.earlierActions.isEmpty)
        let overdue = try workbench.actions(ActionFilter(agencyCode: "POL", overdue: true))
        #expect(
            !overdue.isEmpty
                && overdue.allSatisfy {
                    $0.agencyCode == "POL" && $0.isOverdue(on: workbench.today)
                })
    }

    @Test("A database that already holds data is refused")
    func refusesNonEmpty() throws {
        let test = try TestWorkbench()
        #expect(throws: MARACError.self) {
            try test.workbench.seedSynthetic(SyntheticShape(referrals: 10, seed: 1))
        }
        #expect(try test.workbench.cases().isEmpty)
    }
}
