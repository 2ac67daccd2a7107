import MARACTestSupport
import Testing

@testable import MARACKit

/// The server's own enforcement of IDVA allocations and transfers, through `psql` as each
/// agency's representative: what `PostgreSQLSecurity` lets them read and change directly.
@Suite(
    "IDVA allocations and transfers on a server, through psql",
    .enabled(if: PostgresServer.shouldRun, PostgresServer.skipReason))
struct IDVAServerTests {
    @Test("The allocated IDVA service's representative updates engagement; no other agency can")
    func onlyTheAllocatedServiceUpdates() throws {
        let area = try ServerArea()
        func changed(_ sql: String, as user: String) throws -> String {
            try area.db.query(
                "WITH changed AS (\(sql) RETURNING 1) SELECT count(*) FROM changed;", as: user
            ).joined()
        }
        let engage =
            "UPDATE idva_allocation SET engagement = 'engaged', engagement_on = '2026-02-01'"
        #expect(try changed(engage, as: area.rep) == "0")
        #expect(try changed(engage, as: area.otherRep) == "1")
        #expect(
            try area.db.query("SELECT engagement FROM idva_allocation;", as: area.otherRep)
                == ["engaged"])
        let refused: [(sql: String, user: String, error: String)] = [
            (
                "UPDATE idva_allocation SET agency_id = 1", area.otherRep,
                "permission denied for table idva_allocation"
            ),
            (
                "INSERT INTO idva_allocation(referral_id, agency_id, allocated_on, recorded_at, "
                    + "recorded_by) VALUES (1, 1, 'd', 't', 'o')", area.rep,
                "permission denied for table idva_allocation"
            ),
            (
                "DELETE FROM idva_allocation", area.otherRep,
                "permission denied for table idva_allocation"
            ),
            (
                "INSERT INTO case_transfer(referral_id, direction, area, other_marac, "
                    + "transferred_on, reason, recorded_at, recorded_by) "
                    + "VALUES (1, 'out', 'A', 'B', 'd', 'r', 't', 'o')", area.rep,
                "permission denied for table case_transfer"
            ),
            (
                "UPDATE case_transfer SET reason = 'x'", area.rep,
                "permission denied for table case_transfer"
            ),
        ]
        for (sql, user, error) in refused {
            let result = try area.db.psql(sql + ";", as: user)
            #expect(result.status != 0, "not refused: \(sql)")
            #expect(result.stderr.contains(error), "\(sql): \(result.stderr)")
        }
        // The IDVA service reads the case allocated to it, and its transfers.
        #expect(
            try area.db.query("SELECT reason FROM case_transfer;", as: area.otherRep)
                == ["IDVA-ONLY reason"])
        #expect(try area.db.query("SELECT reason FROM case_transfer;", as: area.rep) == ["moved"])
    }
}
