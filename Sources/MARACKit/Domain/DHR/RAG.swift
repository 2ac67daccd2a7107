/// A red, amber or green (RAG) rating of a DHR action, as CSP progress reports use them.
public enum RAGRating: String, Equatable, Sendable, Codable, CaseIterable {
    case red
    case amber
    case green
}

/// A rating and the rule that gave it, so a report can say why an action is red.
public struct RAGAssessment: Equatable, Sendable, Codable {
    public var rating: RAGRating
    /// The reason, from the rule in `Policies/rag-rules.xml`.
    public var reason: String

    public init(rating: RAGRating, reason: String) {
        self.rating = rating
        self.reason = reason
    }
}

extension RAGPolicy {
    /// Rates an action on `today` from its status, target date and last activity (its latest
    /// update, or its creation when it has none): the first matching rule wins.
    public func rate(status: DHRActionStatus, target: Day, lastActivity: Day, today: Day)
        -> RAGAssessment
    {
        for rule in rules where matches(rule.condition, status, target, lastActivity, today) {
            return RAGAssessment(rating: rule.rating, reason: rule.reason)
        }
        return otherwise
    }

    /// Rates `action` on `today`.
    public func rate(_ action: DHRAction, today: Day) -> RAGAssessment {
        rate(
            status: action.status, target: action.target, lastActivity: action.lastActivity,
            today: today)
    }

    private func matches(
        _ condition: Condition, _ status: DHRActionStatus, _ target: Day, _ last: Day, _ today: Day
    ) -> Bool {
        switch condition {
        case .closed: return status == .closed
        case .cancelled: return status == .cancelled
        case .blocked: return status == .blocked
        case .overdue: return status.isPending && target < today
        case .dueWithin(let days):
            // A difference of days, not today + days: no period is too long for the calendar.
            return status.isPending && today <= target && today.days(until: target) <= days
        case .noUpdateFor(let days): return status.isPending && last.days(until: today) >= days
        }
    }
}
