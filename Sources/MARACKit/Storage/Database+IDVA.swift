/// SQL for the IDVA service allocated to each case and the victim's engagement.
extension Database {
    private static let allocationSelect = """
        SELECT r.reference, a.code, a.name, i.worker, i.allocated_on, i.engagement,
               i.engagement_on, i.agency_id
        FROM idva_allocation i
        JOIN referral r ON r.id = i.referral_id
        JOIN agency a ON a.id = i.agency_id
        """

    private static func allocation(_ row: Row) throws -> IDVAAllocation {
        let engagement: String? = try row[5]
        return try IDVAAllocation(
            reference: row[0], agencyCode: row[1], agencyName: row[2], worker: row[3],
            allocatedOn: row[4], engagement: engagement.flatMap(IDVAEngagement.init(rawValue:)),
            engagementOn: row[6])
    }

    /// The case's IDVA allocation and the allocated agency's row id, if it has one.
    func idvaAllocation(referralID: Int) throws -> (IDVAAllocation, agencyID: Int)? {
        try row(Self.allocationSelect + " WHERE i.referral_id = ?", [referralID]).map {
            (try Self.allocation($0), try $0[7])
        }
    }

    /// The IDVA allocations of the cases with these row ids, by case reference.
    func idvaAllocations(referralIDs: [Int]) throws -> [String: IDVAAllocation] {
        var result: [String: IDVAAllocation] = [:]
        for id in referralIDs {
            if let (allocation, _) = try idvaAllocation(referralID: id) {
                result[allocation.reference] = allocation
            }
        }
        return result
    }

    /// Allocates a case to an IDVA service, replacing any earlier allocation; the engagement
    /// recorded stays when the service is the same and is cleared when it changes.
    func allocateIDVA(
        referralID: Int, agencyID: Int, worker: String?, on day: Day, keepEngagement: Bool,
        at time: String, by user: String
    ) throws {
        if keepEngagement {
            try execute(
                """
                UPDATE idva_allocation SET worker = ?, recorded_at = ?, recorded_by = ?
                WHERE referral_id = ?
                """, [worker, time, user, referralID])
            return
        }
        try execute("DELETE FROM idva_allocation WHERE referral_id = ?", [referralID])
        try execute(
            """
            INSERT INTO idva_allocation(referral_id, agency_id, worker, allocated_on,
                                        recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [referralID, agencyID, worker, day.description, time, user])
    }

    /// Records whether the victim engaged with the allocated IDVA service.
    func setIDVAEngagement(
        referralID: Int, engagement: IDVAEngagement, on day: Day, at time: String, by user: String
    ) throws {
        try execute(
            """
            UPDATE idva_allocation SET engagement = ?, engagement_on = ?, recorded_at = ?,
                                       recorded_by = ?
            WHERE referral_id = ?
            """, [engagement.rawValue, day.description, time, user, referralID])
    }
}
