import Testing

@testable import MARACKit

@Suite("RAG ratings")
struct RAGTests {
    static let rag = PolicySet.embedded.rag
    static let today = day("2026-11-25")

    /// (status, target, last activity, rating) around the default boundaries: overdue after the
    /// target day, amber within 30 days, amber after 90 days without an update.
    @Test(
        "Ratings at the date boundaries",
        arguments: [
            (DHRActionStatus.open, "2026-11-24", "2026-11-20", RAGRating.red),
            (.open, "2026-11-25", "2026-11-20", .amber),
            (.inProgress, "2026-12-25", "2026-11-20", .amber),
            (.inProgress, "2026-12-26", "2026-11-20", .green),
            (.open, "2027-06-01", "2026-08-27", .amber),
            (.open, "2027-06-01", "2026-08-28", .green),
            (.blocked, "2027-06-01", "2026-11-20", .red),
            (.closed, "2020-01-01", "2020-01-01", .green),
            (.cancelled, "2020-01-01", "2020-01-01", .green),
        ])
    func boundaries(status: DHRActionStatus, target: String, last: String, rating: RAGRating) {
        let result = Self.rag.rate(
            status: status, target: day(target), lastActivity: day(last), today: Self.today)
        #expect(result.rating == rating, "\(result.reason)")
        #expect(!result.reason.isEmpty)
    }

    @Test("The first matching rule wins and its reason is given")
    func firstRuleWins() {
        let overdueAndStale = Self.rag.rate(
            status: .open, target: day("2026-01-01"), lastActivity: day("2025-01-01"),
            today: Self.today)
        #expect(overdueAndStale.reason.hasPrefix("Overdue"))
        let custom = RAGPolicy(
            rules: [.init(condition: .dueWithin(days: 7), rating: .red, reason: "a week")],
            otherwise: .init(rating: .green, reason: "fine"))
        #expect(
            custom.rate(
                status: .open, target: day("2026-12-02"), lastActivity: Self.today,
                today: Self.today
            ) == .init(rating: .red, reason: "a week"))
        #expect(
            custom.rate(
                status: .open, target: day("2026-12-03"), lastActivity: Self.today,
                today: Self.today
            ).rating == .green)
    }
}
