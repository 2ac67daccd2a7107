/// Why linking a MARAC case to a Domestic Homicide Review, or unlinking it, was refused.
///
/// Messages carry the review label and the case reference, never a name.
public enum DHRLinkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The case is already linked to the review.
    case alreadyLinked(review: Int, reference: String)
    /// The case is not linked to the review.
    case notLinked(review: Int, reference: String)

    public var description: String {
        switch self {
        case .alreadyLinked(let review, let reference):
            return "REF: case \(reference) is already linked to review R\(review)"
        case .notLinked(let review, let reference):
            return "REF: case \(reference) is not linked to review R\(review) "
                + "(see 'dhr show R\(review)')"
        }
    }
}
