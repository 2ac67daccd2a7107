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

    @Test(
        "A seeded server database has the planner's statistics for its first queries",
        arguments: Backend.server)
    func seedAnalyzesServer(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let shape = SyntheticShape(referrals: 40, seed: 3)
        let workbench = try Workbench(
            location: DatabaseLocation(test.location), user: nil, today: shape.today)
        _ = try workbench.seedSynthetic(shape)
        // reltuples is -1 until ANALYZE (or autovacuum, a minute or more later) has run.
        let analyzed: [String] = try workbench.db.rows(
            """
            SELECT relname FROM pg_class
            WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND reltuples > 0
              AND relname IN ('referral', 'sharing', 'sharing_basis', 'sharing_recipient')
            ORDER BY relname
            """
        ).map { try $0[0] }
        #expect(analyzed == ["referral", "sharing", "sharing_basis", "sharing_recipient"])
    }

    @Test(
        "The audit log is walked page by page on a server: every entry once, in order",
        arguments: Backend.all)
    func auditWalkInPages(backend: Backend) throws {
        let test = try TestDatabase(backend)
        let shape = SyntheticShape(referrals: 40, seed: 5)
        // A file's user is named; a server's is the connected role.
        let workbench = try Workbench(
            location: DatabaseLocation(test.location), user: backend == .sqlite ? "tester" : nil,
            today: shape.today)
        _ = try workbench.seedSynthetic(shape)
        let all: [Int] = try workbench.db.rows("SELECT id FROM audit_log ORDER BY id").map {
            try $0[0]
        }
        #expect(all.count > 14)
        // Pages that end exactly on the last entry, and pages that do not.
        for pageSize in [1, 7, all.count, all.count + 1] {
            var walked: [Int] = []
            try workbench.db.forEachAuditEntry(pageSize: pageSize) { walked.append($0.id) }
            #expect(walked == all, "page size \(pageSize)")
        }
        #expect(try workbench.verifyAudit().isIntact)
    }

    @Test(
        "A server is seeded by COPY with the same rows as a file, and the audit chain verifies",
        arguments: Backend.server)
    func seedByCopyMatchesFile(backend: Backend) throws {
        let shape = SyntheticShape(referrals: 300, seed: 11)
        let (_, file, fileReport) = try Self.seeded(300, seed: 11)
        let test = try TestDatabase(backend)
        let server = try Workbench(
            location: DatabaseLocation(test.location), user: nil, today: shape.today)
        let serverReport = try server.seedSynthetic(shape)
        #expect(serverReport.rows == fileReport.rows)
        // Every table's content, not only its size: text with quotes, commas and any other
        // byte the COPY text format escapes arrives as the generator wrote it.
        for query in [
            "SELECT count(*), sum(length(name)), min(name), max(name) FROM person",
            "SELECT count(*), sum(length(text)), min(text), max(text) FROM action",
            "SELECT count(*), sum(length(summary)), min(summary), max(summary) FROM audit_log"
                + " WHERE command <> 'user add'",
            "SELECT count(*), sum(dash_score), sum(is_repeat), min(referred_on) FROM referral",
        ] {
            let onFile = try file.db.rows(query).map { $0.values.map { String(describing: $0) } }
            let onServer = try server.db.rows(query).map {
                $0.values.map { String(describing: $0) }
            }
            #expect(onFile == onServer, "\(query)")
        }
        #expect(try server.verifyAudit().isIntact)
    }

    @Test("The same seed gives the same data; another seed gives other data")
    func deterministic() throws {
        let (_, first, firstReport) = try Self.seeded(700, seed: 5)
        let (_, second, secondReport) = try Self.seeded(700, seed: 5)
        let (_, other, _) = try Self.seeded(700, seed: 6)
        // The audit entries, not their hashes: the chain starts from the enrolment of the user
        // who seeds, whose time differs from run to run.
        let entries = """
            SELECT group_concat(at || entity_id || summary, '|') FROM
              (SELECT * FROM audit_log WHERE command = 'case refer' ORDER BY id)
            """
        let logs: [String?] = try [first, second, other].map { try $0.db.scalar(entries) }
        #expect(firstReport == secondReport)
        #expect(logs[0] != nil && logs[0] == logs[1])
        #expect(logs[0] != logs[2])
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
        ).map { try $0[0] as Int }
        #expect(perMeeting.allSatisfy { (1...30).contains($0) })
        #expect(
            perMeeting.filter { $0 < 20 }.count <= report.areas,
            "only an area's oldest meeting is short")
        let perCase = try db.rows("SELECT count(*) FROM action GROUP BY referral_id").map {
            try $0[0] as Int
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
        // About 10 sharing entries per case heard (100,000 per 10,000 referrals), about 5 %
        // of them decisions not to share.
        let sharingPerCase: Double = try #require(
            try db.scalar(
                """
                SELECT CAST(count(*) AS REAL) / (SELECT count(*) FROM agenda_item) FROM sharing
                """))
        #expect((9.0...11.0).contains(sharingPerCase))
        let declined: Double = try #require(
            try db.scalar("SELECT avg(kind = 'declined') FROM sharing"))
        #expect((0.03...0.07).contains(declined))
        let consents = try db.rows(
            "SELECT DISTINCT consent FROM sharing WHERE consent IS NOT NULL ORDER BY consent"
        ).map { try $0[0] as String }
        #expect(consents == ["given", "not-sought", "refused", "sought"])
        let sharingAgencies: Int = try #require(
            try db.scalar("SELECT count(DISTINCT agency_id) FROM sharing"))
        #expect(sharingAgencies >= 12)
    }

    @Test("Every synthetic sharing template passes the sharing rules, for an adult or a child")
    func sharingTemplatesPassTheRules() throws {
        let rules = SharingRules(policies: .embedded)
        for template in SyntheticArea.sharingTemplates {
            let agency = try #require(SyntheticArea.agencies.first { $0.code == template.agency })
            for adult in [true, false] {
                let record = SharingRecord(
                    caseReference: "M-000001",
                    agency: SharingAgency(
                        code: agency.code, isPublicAuthority: agency.pa,
                        isCompetentAuthority: agency.ca),
                    recipients: template.recipients.map {
                        $0.map(SharingRecipient.agency) ?? .marac
                    },
                    summary: template.summary, categories: template.categories,
                    basisTags: template.tags, consent: template.consentState,
                    commonLawPosition: template.commonLaw, rationale: template.rationale,
                    purpose: template.purpose, subjectIsAdult: adult,
                    adultAtRiskTest: template.adultAtRiskTest, date: day("2026-11-25"))
                #expect(rules.validate(record).isEmpty, "\(template.agency): \(template.tags)")
            }
        }
    }

    @Test(
        "Seeded sharing records read back through the log pass the rules; the register counts them")
    func seededSharingPassesTheRules() throws {
        let (_, workbench, _) = try Self.seeded(1_200, seed: 8)
        let rules = SharingRules(policies: workbench.policies)
        let meeting: Int = try #require(
            try workbench.db.scalar("SELECT max(meeting_id) FROM sharing"))
        let log = try workbench.sharingLog(meeting: meeting)
        #expect(log.count >= 100)
        for entry in log where entry.kind == .shared {
            let agency = try #require(SyntheticArea.agencies.first { $0.code == entry.agencyCode })
            let record = SharingRecord(
                caseReference: entry.caseReference,
                agency: SharingAgency(
                    code: agency.code, isPublicAuthority: agency.pa, isCompetentAuthority: agency.ca
                ),
                recipients: entry.recipients.map(SharingRecipient.init(code:)),
                summary: entry.summary ?? "", categories: entry.categories,
                basisTags: entry.basisTags, consent: try #require(entry.consent),
                commonLawPosition: entry.commonLawPosition, rationale: entry.rationale,
                purpose: entry.purpose, adultAtRiskTest: entry.adultAtRiskTest, date: entry.date)
            #expect(rules.validate(record).isEmpty, "entry \(entry.id)")
            #expect(entry.reviewOn != nil)
        }
        let register = try workbench.sharingRegister(from: day("2026-07-01"), to: day("2026-09-30"))
        #expect(register.totalRecords > 1_000)
        #expect(!register.withoutConsent.isEmpty && !register.declined.isEmpty)
    }

    @Test("Each area has DHRs: recommendations of every scope, 5 to 15 actions each, some overdue")
    func reviews() throws {
        let (_, workbench, report) = try Self.seeded(4_000, seed: 2)
        let db = workbench.db
        let reviews: Int = try #require(try db.scalar("SELECT count(*) FROM dhr_review"))
        #expect((report.areas...(3 * report.areas)).contains(reviews))
        let scopes = try db.rows(
            "SELECT count(DISTINCT scope) FROM dhr_recommendation GROUP BY review_id"
        ).map { try $0[0] as Int }
        #expect(scopes.count == reviews && scopes.allSatisfy { $0 == 3 })
        let perRecommendation = try db.rows(
            "SELECT count(*) FROM dhr_action GROUP BY recommendation_id"
        ).map { try $0[0] as Int }
        #expect(perRecommendation.allSatisfy { (5...15).contains($0) })
        let withoutUpdates: Int = try #require(
            try db.scalar(
                """
                SELECT count(*) FROM dhr_action t
                WHERE t.status <> 'open'
                  AND NOT EXISTS (SELECT 1 FROM dhr_action_update u WHERE u.action_id = t.id)
                """))
        #expect(withoutUpdates == 0, "every action that moved has its updates")
        #expect(!(try workbench.overdueDHRActions()).isEmpty)
        let progress = try workbench.dhrProgress()
        #expect(progress.byReview.count == reviews)
        #expect(progress.overall.overdue > 0 && progress.overall.closed > 0)
        #expect(progress.overall.signedOff > 0 && progress.overall.closedWithoutEvidence > 0)
        #expect(!progress.trend.isEmpty)
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
