import Testing

@testable import MARACKit

@Suite("Referral criteria and retention policies")
struct ReferralCriteriaPolicyTests {
    let policy = PolicySet.embedded.referralCriteria

    @Test("The default area has the SafeLives thresholds")
    func defaultArea() {
        let criteria = policy.criteria(forArea: "*")
        #expect(criteria == ReferralCriteria.safeLivesDefault)
    }

    @Test("An area with its own entry uses it; others fall back to *")
    func areaLookup() throws {
        let day = try Day(parsing: "2025-01-10")
        #expect(policy.criteria(forArea: "Example Borough", on: day).escalationThreshold == 5)
        #expect(policy.criteria(forArea: "Example Borough").area == "Example Borough")
        #expect(policy.criteria(forArea: "Elsewhere", on: day).escalationThreshold == 3)
        #expect(policy.criteria(forArea: "Elsewhere").area == "*")
    }

    @Test("A version applies only from its first day")
    func versionFromDay() throws {
        let before = try Day(parsing: "2024-03-31")
        let from = try Day(parsing: "2024-04-01")
        #expect(policy.criteria(forArea: "Example Borough", on: before).escalationThreshold == 3)
        #expect(policy.criteria(forArea: "Example Borough", on: from).escalationThreshold == 5)
    }

    @Test("Retention periods give the day a record is due")
    func retentionDue() throws {
        let retention = PolicySet.embedded.retention
        for type in RetentionPolicy.RecordType.allCases { #expect(retention[type] != nil) }
        let meeting = try #require(retention[.meeting])
        #expect(meeting.trigger == .meeting)
        #expect(
            try meeting.due(from: try Day(parsing: "2026-11-27"))
                == (try Day(parsing: "2032-11-27")))
    }
}
