import Foundation
import MARACKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17, item 7: a `retention purge` must not block other users.
///
/// While it ran, a concurrent `action update` failed with "database is locked" after 10 s.
/// The purge now lets the lock go between batches.
@Suite("Faults: retention purge does not block other users", .serialized)
struct PurgeConcurrencyFaultTests {
    @Test("Action updates during a purge each wait well under a second, and none fails")
    func updatesDuringPurge() throws {
        let scratch = Scratch()
        let path = scratch.file("marac.sqlite")
        let old = 1500
        try FaultData.make(path, in: scratch, cases: old)
        let before = try count(path, "SELECT count(*) FROM referral")
        let purge = try Spawned(
            [
                "--db", path, "--user", "coord", "--today", "2026-11-25", "retention", "purge",
                "--confirm",
            ], in: scratch.path, name: "purge")
        // The updates come from another connection, as another coordinator's would.
        let other = try Workbench(path: path, user: "coord", today: try Day(parsing: "2026-11-25"))
        var waits: [Double] = []
        var failures: [String] = []
        var duringPurge = 0
        while true {
            let start = monotonicSeconds()
            do {
                _ = try other.updateAction(1, ActionChange(note: "update \(waits.count)"))
                waits.append(monotonicSeconds() - start)
            } catch {
                failures.append("\(error)")
            }
            // Part-way through the purge: some old cases gone, some still there.
            let left: Int
            do { left = try count(path, "SELECT count(*) FROM referral") } catch {
                Issue.record("count during the purge: \(error)")
                break
            }
            if left < before && left > before - old { duringPurge += 1 }
            if !purge.process.isRunning { break }
        }
        let result = purge.finish()
        print("fault: purge finished")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try count(path, "SELECT count(*) FROM referral") == before - old)
        let longest = waits.max() ?? 0
        print(
            "fault: \(waits.count) action updates during a purge of \(old) cases "
                + "(\(duringPurge) seen part-way): longest \(longest) s, \(failures.count) failed")
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(duringPurge > 0, "the updates ran while the purge was part-way")
        #expect(longest < 1.5, "an update waited \(longest) s for the purge")
        let updates = try count(path, "SELECT count(*) FROM action_update WHERE action_id = 1")
        #expect(updates == waits.count)
    }
}
