/// Who a recommendation is for: the area's own agencies, a region, or national bodies.
public enum RecommendationScope: String, Equatable, Sendable, Codable, CaseIterable {
    case local
    case regional
    case national
}

/// A recommendation of a review, numbered within it, and the finding it answers.
public struct Recommendation: Equatable, Sendable, Codable {
    public var id: Int
    public var reviewID: Int
    /// The number within the review (1, 2, ...).
    public var number: Int
    public var text: String
    public var scope: RecommendationScope
    /// The finding of the review that the recommendation answers.
    public var finding: String?
}
