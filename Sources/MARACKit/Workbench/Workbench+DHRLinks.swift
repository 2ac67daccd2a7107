/// The MARAC cases linked to a Domestic Homicide Review.
public struct ReviewCaseLinks: Equatable, Sendable, Codable {
    /// The review's label (`R3`).
    public var review: String
    /// The references of the linked cases, oldest referral first.
    public var cases: [String]
}

extension Workbench {
    /// Links a MARAC case to a review (`dhr link REVIEW REF`), so the review panel has the
    /// victim's MARAC history.
    ///
    /// While the review is not closed, the case, the victim's other cases, their sharing
    /// records and actions, and the person record are held from retention ("linked to open DHR
    /// R3"). A closed review's links cannot change.
    ///
    /// ```swift
    /// try workbench.linkCase(review: 3, reference: "C-000001").cases  // ["C-000001"]
    /// ```
    @discardableResult
    public func linkCase(review id: Int, reference: String) throws -> ReviewCaseLinks {
        try authorize(.linkCase)
        return try change {
            let review = try openReview(id)
            let referral = try referralID(reference)
            guard
                try db.insertReviewCase(
                    reviewID: review.id, referralID: referral, at: now, by: user)
            else { throw DHRLinkError.alreadyLinked(review: id, reference: reference) }
            try audit(.linkCase, "dhr-review", review.label, "linked case \(reference)")
            return ReviewCaseLinks(review: review.label, cases: try db.linkedCases(reviewID: id))
        }
    }

    /// Removes the link between a case and a review (`dhr unlink REVIEW REF`), releasing the
    /// hold it put on the case.
    @discardableResult
    public func unlinkCase(review id: Int, reference: String) throws -> ReviewCaseLinks {
        try authorize(.unlinkCase)
        return try change {
            let review = try openReview(id)
            let referral = try referralID(reference)
            guard try db.deleteReviewCase(reviewID: review.id, referralID: referral) else {
                throw DHRLinkError.notLinked(review: id, reference: reference)
            }
            try audit(.unlinkCase, "dhr-review", review.label, "unlinked case \(reference)")
            return ReviewCaseLinks(review: review.label, cases: try db.linkedCases(reviewID: id))
        }
    }

    /// The references of the cases linked to a review, oldest referral first.
    public func linkedCases(review id: Int) throws -> [String] {
        try authorize(.showReview)
        _ = try existingReview(id)
        return try db.linkedCases(reviewID: id)
    }
}
