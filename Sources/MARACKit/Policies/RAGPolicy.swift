/// How DHR actions are rated red, amber or green, from `Policies/rag-rules.xml`.
///
/// The rules are tried in file order and the first that matches gives the rating; `otherwise`
/// applies when none does. No standard RAG (red, amber, green) scheme exists for DHR action
/// plans, so the thresholds are each area's to set.
///
/// ```swift
/// let rating = policies.rag.rate(
///     status: .inProgress, target: day("2026-12-10"), lastActivity: day("2026-11-01"),
///     today: day("2026-11-25"))
/// rating.rating   // .amber: due within 30 days
/// ```
public struct RAGPolicy: Equatable, Sendable {
    /// What a rule looks at.
    public enum Condition: Equatable, Sendable {
        /// The action is closed.
        case closed
        /// The action is cancelled.
        case cancelled
        /// The action is blocked.
        case blocked
        /// Past its target date and neither closed nor cancelled.
        case overdue
        /// Pending, with its target date from today to `days` days ahead.
        case dueWithin(days: Int)
        /// Pending, with no update (or creation) for `days` days or more.
        case noUpdateFor(days: Int)
    }

    /// One rule: a condition, the rating it gives and the reason printed with it.
    public struct Rule: Equatable, Sendable {
        public var condition: Condition
        public var rating: RAGRating
        public var reason: String

        public init(condition: Condition, rating: RAGRating, reason: String) {
            self.condition = condition
            self.rating = rating
            self.reason = reason
        }
    }

    /// The rules, in the order they are tried.
    public var rules: [Rule]
    /// The rating and reason when no rule matches.
    public var otherwise: RAGAssessment

    public init(rules: [Rule], otherwise: RAGAssessment) {
        self.rules = rules
        self.otherwise = otherwise
    }

    /// The file name inside the policy directory.
    static let fileName = "rag-rules"

    /// The policy from the validated root element of `rag-rules.xml`.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> RAGPolicy {
        let reader = PolicyReader(file: file)
        var rules: [Rule] = []
        for node in root.children(named: "rule") {
            let when = try reader.attribute("when", of: node)
            let condition: Condition
            switch when {
            case "closed": condition = .closed
            case "cancelled": condition = .cancelled
            case "blocked": condition = .blocked
            case "overdue": condition = .overdue
            case "due-within": condition = .dueWithin(days: try reader.integer("days", of: node))
            case "no-update-for":
                condition = .noUpdateFor(days: try reader.integer("days", of: node))
            default: throw reader.error(node, .invalidValue("when \"\(when)\" is not allowed"))
            }
            rules.append(
                Rule(
                    condition: condition, rating: try reader.value("rating", of: node),
                    reason: node.trimmedText))
        }
        guard let otherwise = root.child(named: "otherwise") else {
            throw reader.error(root, .invalidValue("<rag-rules> has no <otherwise>"))
        }
        return RAGPolicy(
            rules: rules,
            otherwise: RAGAssessment(
                rating: try reader.value("rating", of: otherwise), reason: otherwise.trimmedText))
    }
}
