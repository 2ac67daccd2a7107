/// SQL for the quarterly data return: counts over the cases heard at meetings in a period.
extension Database {
    /// The cases heard at meetings held (closed) in the period: listed and not deferred.
    private static func heardCases(joining join: String = "") -> String {
        """
         FROM agenda_item i
        JOIN meeting m ON m.id = i.meeting_id
        JOIN referral r ON r.id = i.referral_id \(join)
        WHERE i.deferred = 0 AND m.closed_at IS NOT NULL AND m.held_on >= ?1 AND m.held_on <= ?2
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
                   coalesce(sum(CASE WHEN r.children > 0 THEN 1 ELSE 0 END), 0), coalesce(sum(r.children), 0)
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
