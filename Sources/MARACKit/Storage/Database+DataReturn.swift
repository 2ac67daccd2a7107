/// SQL for the quarterly data return: counts over the cases heard at meetings in a period.
extension Database {
    /// The cases heard at meetings held (closed) in the period, as SafeLives counts them: one
    /// per victim per meeting (the victim's latest referral heard there; earlier referrals
    /// heard with it are not counted again), with the most children any of them records.
    private static func heardCases(joining join: String = "") -> String {
        """
         FROM (SELECT max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
                      max(v.children) AS children
               FROM agenda_item i
               JOIN meeting m ON m.id = i.meeting_id
               JOIN referral v ON v.id = i.referral_id
               WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
                 AND m.held_on >= ?1 AND m.held_on <= ?2
               GROUP BY i.meeting_id, v.victim_id) h
        JOIN referral r ON r.id = h.referral_id \(join)
        """
    }

    func dataReturn(from: Day, to: Day) throws -> DataReturn {
        let period: [any SQLValueConvertible] = [from.description, to.description]
        let meetings: Int =
            try scalar(
                "SELECT count(*) FROM meeting WHERE closed_at IS NOT NULL AND held_on >= ? AND held_on <= ?",
                period)
            ?? 0
        let totals = try row(
            """
            SELECT count(*), coalesce(sum(r.is_repeat), 0),
                   coalesce(sum(CASE WHEN h.children > 0 THEN 1 ELSE 0 END), 0),
                   coalesce(sum(h.children), 0)
            """ + Self.heardCases(), period)!
        func breakdown(_ expression: String, join: String = "") throws -> [DataReturn.Count] {
            try rows(
                "SELECT \(expression), count(*) "
                    + Self.heardCases(joining: join)
                    + " GROUP BY 1 ORDER BY 2 DESC, 1", period
            ).map { try DataReturn.Count(label: $0[0], count: $0[1]) }
        }
        let person = "JOIN person p ON p.id = r.victim_id"
        let heard: Int = try totals[0]
        let repeats: Int = try totals[1]
        return try DataReturn(
            from: from, to: to, meetings: meetings, casesHeard: heard, repeatCases: repeats,
            repeatRate: heard == 0 ? 0 : Double(repeats) / Double(heard),
            casesWithChildren: totals[2], children: totals[3],
            referralsByAgency: try breakdown("a.code", join: "JOIN agency a ON a.id = r.agency_id"),
            gender: try breakdown("p.gender", join: person),
            ethnicity: try breakdown("p.ethnicity", join: person),
            disability: try breakdown("p.disability", join: person),
            sexualOrientation: try breakdown("p.sexual_orientation", join: person),
            ageBand: try breakdown("r.age_band"))
    }
}
