/// Why a DHR command was refused: one sentence per case, naming the field and what was expected.
///
/// Messages carry ids, numbers and statuses, never a pseudonym, finding or action text.
public enum DHRError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field's value is not acceptable.
    case invalid(field: String, expected: String)
    /// No review has this id.
    case unknownReview(Int)
    /// The review has no recommendation with this number.
    case unknownRecommendation(review: Int, number: Int)
    /// No DHR action has this id.
    case unknownAction(Int)
    /// The review already has a recommendation with this number.
    case duplicateRecommendation(review: Int, number: Int)
    /// The review cannot move from its status to the one asked for.
    case invalidReviewStatus(from: ReviewStatus, to: ReviewStatus, allowed: [ReviewStatus])
    /// The action cannot move from its status to the one asked for.
    case invalidActionStatus(from: DHRActionStatus, to: DHRActionStatus, allowed: [DHRActionStatus])
    /// The action was closing without evidence of completion.
    case evidenceRequired(action: Int)
    /// Only a closed action with evidence can be signed off.
    case signOffNeedsClosed(action: Int, status: DHRActionStatus)
    /// The action was signed off by the CSP and cannot change.
    case signedOff(action: Int)
    /// The review is closed and its action plan cannot change.
    case reviewClosed(Int)

    public var description: String {
        switch self {
        case .invalid(let field, let expected):
            return "\(field): \(expected)"
        case .unknownReview(let id):
            return "no review has the id R\(id) (see 'dhr list')"
        case .unknownRecommendation(let review, let number):
            return
                "--rec: review R\(review) has no recommendation \(number) (see 'dhr show R\(review)')"
        case .unknownAction(let id):
            return "no DHR action has the id A\(id) (see 'dhr show REVIEW')"
        case .duplicateRecommendation(let review, let number):
            return "--number: review R\(review) already has a recommendation \(number)"
        case .invalidReviewStatus(let from, let to, let allowed):
            let options = allowed.isEmpty ? "none" : allowed.map(\.rawValue).joined(separator: ", ")
            return "--to: a review cannot go from \(from.rawValue) to \(to.rawValue); "
                + "allowed from \(from.rawValue): \(options)"
        case .invalidActionStatus(let from, let to, let allowed):
            let options = allowed.isEmpty ? "none" : allowed.map(\.rawValue).joined(separator: ", ")
            return "--status: cannot go from \(from.rawValue) to \(to.rawValue); "
                + "allowed from \(from.rawValue): \(options)"
        case .evidenceRequired(let action):
            return "--evidence: closing action A\(action) needs evidence of completion, "
                + "given now or in an earlier update"
        case .signOffNeedsClosed(let action, let status):
            return "action A\(action) is \(status.rawValue); only a closed action with evidence "
                + "can be signed off"
        case .signedOff(let action):
            return "action A\(action) was signed off by the CSP and cannot change"
        case .reviewClosed(let id):
            return "review R\(id) is closed and its action plan cannot change"
        }
    }
}
