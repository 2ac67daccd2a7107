/// SQL for the links between Domestic Homicide Reviews and MARAC cases (`dhr link`).
extension Database {
    /// Links a case to a review; returns whether the link is new.
    func insertReviewCase(reviewID: Int, referralID: Int, at time: String, by user: String)
        throws -> Bool
    {
        try execute(
            """
            INSERT INTO dhr_review_case(review_id, referral_id, linked_at, linked_by)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """, [reviewID, referralID, time, user])
        return changes == 1
    }

    /// Removes a link between a review and a case; returns whether there was one.
    func deleteReviewCase(reviewID: Int, referralID: Int) throws -> Bool {
        try execute(
            "DELETE FROM dhr_review_case WHERE review_id = ? AND referral_id = ?",
            [reviewID, referralID])
        return changes == 1
    }

    /// The references of the cases linked to a review, oldest referral first.
    func linkedCases(reviewID: Int) throws -> [String] {
        try rows(
            """
            SELECT r.reference FROM dhr_review_case l JOIN referral r ON r.id = l.referral_id
            WHERE l.review_id = ? ORDER BY r.referred_on, r.id
            """, [reviewID]
        ).map { try $0[0] }
    }
}
