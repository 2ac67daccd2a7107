/// SQL for the SafeLives data return: counts over the cases heard at meetings in a period.
extension Database {
    /// The cases heard at meetings held (closed) in the period, in `?3`'s area (all when
    /// empty), as SafeLives counts them: one per victim per meeting (the victim's latest
    /// referral heard there; earlier referrals heard with it are not counted again), with
    /// the most children any of them records.
    ///
    /// Driven by `meeting_by_date`, then each meeting's agenda (its primary key) and the
    /// referrals' and people's primary keys: a quarter reads only its own meetings.
    private static func heardCases(joining join: String = "") -> String {
        """
         FROM (SELECT i.meeting_id,
                      max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
                      max(v.children) AS children
               FROM meeting m
               JOIN agenda_item i ON i.meeting_id = m.id
               JOIN referral v ON v.id = i.referral_id
               WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
                 AND m.held_on >= ?1 AND m.held_on <= ?2 AND (?3 = '' OR m.area = ?3)
               GROUP BY i.meeting_id, v.victim_id) h
        JOIN referral r ON r.id = h.referral_id \(join)
        """
    }

    /// The data return over meetings held from `from` to `to`, in `area` (every area when
    /// `nil`), with the indicators and benchmarks of `policy`.
    func dataReturn(from: Day, to: Day, area: String?, policy: DataReturnPolicy) throws
        -> DataReturn
    {
        let period: [any SQLValueConvertible] = [from.description, to.description, area ?? ""]
        let meetings = try rows(
            """
            SELECT id, held_on, area FROM meeting
            WHERE closed_at IS NOT NULL AND held_on >= ?1 AND held_on <= ?2
              AND (?3 = '' OR area = ?3)
            ORDER BY held_on, id
            """, period
        ).map { (id: try $0[0] as Int, date: try $0[1] as Day, area: try $0[2] as String) }
        var figures = try meetingFigures(period, policy: policy)
        for (meeting, agency, count) in try meetingReferralsByAgency(period) {
            figures[meeting, default: DataReturn.Figures()].referralsByAgency.append(
                DataReturn.Count(label: agency, count: count))
        }
        let perMeeting = meetings.map {
            DataReturn.MeetingFigures(
                meetingID: $0.id, date: $0.date, area: $0.area,
                figures: figures[$0.id] ?? DataReturn.Figures())
        }
        let totals = perMeeting.map(\.figures).reduce(DataReturn.Figures(), +)
        func breakdown(_ expression: String, join: String = "") throws -> [DataReturn.Count] {
            try rows(
                "SELECT \(expression), count(*) "
                    + Self.heardCases(joining: join)
                    + " GROUP BY 1 ORDER BY 2 DESC, 1", period
            ).map { try DataReturn.Count(label: $0[0], count: $0[1]) }
        }
        let person = "JOIN person p ON p.id = r.victim_id"
        var byArea: [String: Int] = [:]
        for meeting in perMeeting { byArea[meeting.area, default: 0] += meeting.figures.casesHeard }
        let areas = area.map { [$0] } ?? byArea.keys.sorted()
        let days = from.days(until: to) + 1
        let transfers = try transferCounts(period)
        return DataReturn(
            from: from, to: to, area: area, meetings: meetings.count,
            casesHeard: totals.casesHeard, repeatCases: totals.repeatCases,
            repeatRate: totals.repeatRate, casesWithChildren: totals.casesWithChildren,
            children: totals.children, referralsByAgency: totals.referralsByAgency,
            gender: try breakdown("p.gender", join: person),
            ethnicity: try breakdown("p.ethnicity", join: person),
            disability: try breakdown("p.disability", join: person),
            sexualOrientation: try breakdown("p.sexual_orientation", join: person),
            ageBand: try breakdown("r.age_band"), totals: totals, perMeeting: perMeeting,
            transfersOut: transfers.out, transfersIn: transfers.in,
            capacity: areas.map {
                DataReturn.capacity(
                    area: $0, casesHeard: byArea[$0] ?? 0, days: days, policy: policy)
            })
    }

    /// Each meeting's counts, by meeting id: one grouped pass over the heard cases.
    private func meetingFigures(_ period: [any SQLValueConvertible], policy: DataReturnPolicy)
        throws -> [Int: DataReturn.Figures]
    {
        var values = period
        /// `1` when the victim's field counts for the indicator, else `0`, as SQL.
        func indicator(_ id: DataReturnPolicy.IndicatorID) -> String {
            let rule = policy.indicator(id)
            let column = "lower(p.\(rule.field.column))"
            var placeholders: [String] = []
            for value in rule.values {
                values.append(value)
                placeholders.append("?\(values.count)")
            }
            let list = placeholders.isEmpty ? "NULL" : placeholders.joined(separator: ", ")
            switch rule.match {
            case .listed:
                return "sum(CASE WHEN \(column) IN (\(list)) THEN 1 ELSE 0 END)"
            case .recordedExcept:
                values.append(Diversity.notRecorded)
                return "sum(CASE WHEN \(column) <> ?\(values.count) AND \(column) NOT IN (\(list)) "
                    + "THEN 1 ELSE 0 END)"
            }
        }
        let minoritised = indicator(.raciallyMinoritised)
        let lgbt = indicator(.lgbt)
        let disabled = indicator(.disabled)
        let male = indicator(.male)
        // A perpetrator is 17 or under when their 18th birthday falls after the referral
        // (dates are ISO 8601 text, so YYYYMMDD + 180000 is the 18th birthday as a number), or,
        // with no date of birth, when the age given at referral is 17 or under.
        let sql =
            """
            SELECT h.meeting_id, count(*), sum(r.is_repeat),
                   sum(CASE WHEN h.children > 0 THEN 1 ELSE 0 END), sum(h.children),
                   sum(CASE WHEN a.sector = 'police' THEN 1 ELSE 0 END),
                   \(minoritised), \(lgbt), \(disabled), \(male),
                   sum(CASE WHEN r.age_band = '16-17' THEN 1 ELSE 0 END),
                   sum((SELECT count(*) FROM perpetrator x JOIN person q ON q.id = x.person_id
                        WHERE x.referral_id = r.id
                          AND (CAST(replace(q.date_of_birth, '-', '') AS integer) + 180000
                                   > CAST(replace(r.referred_on, '-', '') AS integer)
                               OR (q.date_of_birth IS NULL AND x.age <= 17)))),
                   sum(CASE WHEN i.referral_id IS NOT NULL THEN 1 ELSE 0 END),
                   sum(CASE WHEN i.engagement = 'engaged' THEN 1 ELSE 0 END),
                   sum(CASE WHEN i.engagement = 'not-engaged' THEN 1 ELSE 0 END),
                   sum(CASE WHEN i.engagement = 'declined' THEN 1 ELSE 0 END),
                   sum(CASE WHEN EXISTS (SELECT 1 FROM case_transfer t
                                         WHERE t.referral_id = r.id AND t.direction = 'in')
                            THEN 1 ELSE 0 END)
            """
            + Self.heardCases(
                joining: """
                    JOIN agency a ON a.id = r.agency_id
                    JOIN person p ON p.id = r.victim_id
                    LEFT JOIN idva_allocation i ON i.referral_id = r.id
                    """) + " GROUP BY h.meeting_id"
        var result: [Int: DataReturn.Figures] = [:]
        for row in try rows(sql, values) {
            var figures = DataReturn.Figures()
            figures.casesHeard = try row[1]
            figures.repeatCases = try row[2]
            figures.casesWithChildren = try row[3]
            figures.children = try row[4]
            figures.policeReferrals = try row[5]
            figures.partnerReferrals = figures.casesHeard - figures.policeReferrals
            figures.raciallyMinoritised = try row[6]
            figures.lgbt = try row[7]
            figures.disabled = try row[8]
            figures.male = try row[9]
            figures.aged16To17 = try row[10]
            figures.perpetratorsAged17OrUnder = try row[11]
            figures.idvaAllocated = try row[12]
            figures.idvaEngaged = try row[13]
            figures.idvaNotEngaged = try row[14]
            figures.idvaDeclined = try row[15]
            figures.transferredIn = try row[16]
            result[try row[0]] = figures
        }
        return result
    }

    /// Cases heard per meeting and referring agency: (meeting id, agency code, count).
    private func meetingReferralsByAgency(_ period: [any SQLValueConvertible]) throws
        -> [(Int, String, Int)]
    {
        try rows(
            "SELECT h.meeting_id, a.code, count(*) "
                + Self.heardCases(joining: "JOIN agency a ON a.id = r.agency_id")
                + " GROUP BY h.meeting_id, a.code ORDER BY h.meeting_id, 3 DESC, a.code", period
        ).map { (try $0[0], try $0[1], try $0[2]) }
    }

    /// Transfers dated in the period, out of and in to the areas covered (`case_transfer_by_date`).
    private func transferCounts(_ period: [any SQLValueConvertible]) throws -> (out: Int, in: Int) {
        var result = (out: 0, in: 0)
        for row in try rows(
            """
            SELECT direction, count(*) FROM case_transfer
            WHERE transferred_on >= ?1 AND transferred_on <= ?2 AND (?3 = '' OR area = ?3)
            GROUP BY direction
            """, period)
        {
            let direction: String = try row[0]
            if direction == TransferDirection.out.rawValue { result.out = try row[1] }
            if direction == TransferDirection.in.rawValue { result.in = try row[1] }
        }
        return result
    }
}
