/// SQL for agencies and their representatives.
extension Database {
    static let agencyColumns =
        "code, name, sector, public_authority, competent_authority, retired_on"

    func insertAgency(_ agency: Agency, at time: String, by user: String) throws {
        try execute(
            """
            INSERT INTO agency(code, name, sector, public_authority, competent_authority,
                               created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                agency.code, agency.name, agency.sector, agency.isPublicAuthority,
                agency.isCompetentAuthority, time, user,
            ])
    }

    func agencyID(code: String) throws -> Int? {
        try scalar("SELECT id FROM agency WHERE code = ?", [code])
    }

    func agency(code: String) throws -> Agency? {
        try row("SELECT \(Self.agencyColumns) FROM agency WHERE code = ?", [code]).map(Self.agency)
    }

    func agencies() throws -> [Agency] {
        try rows("SELECT \(Self.agencyColumns) FROM agency ORDER BY code").map(Self.agency)
    }

    private static func agency(_ row: Row) throws -> Agency {
        try Agency(
            code: row[0], name: row[1], sector: row[2], isPublicAuthority: row[3],
            isCompetentAuthority: row[4], retiredOn: row[5])
    }

    /// Rewrites an agency's name, sector and authority flags.
    func updateAgency(_ agency: Agency) throws {
        try execute(
            """
            UPDATE agency SET name = ?, sector = ?, public_authority = ?, competent_authority = ?
            WHERE code = ?
            """,
            [
                agency.name, agency.sector, agency.isPublicAuthority, agency.isCompetentAuthority,
                agency.code,
            ])
    }

    func retireAgency(code: String, on day: Day) throws {
        try execute("UPDATE agency SET retired_on = ? WHERE code = ?", [day.description, code])
    }

    func insertRepresentative(
        agencyID: Int, name: String, email: String?, role: String?, at time: String, by user: String
    ) throws -> Int {
        try insertReturningID(
            """
            INSERT INTO representative(agency_id, name, email, role, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?) RETURNING id
            """, [agencyID, name, email, role, time, user])
    }

    func representatives(agencyCode: String? = nil) throws -> [Representative] {
        try rows(
            """
            SELECT r.id, a.code, r.name, r.email, r.role
            FROM representative r JOIN agency a ON a.id = r.agency_id
            WHERE CAST(?1 AS TEXT) IS NULL OR a.code = ?1
            ORDER BY a.code, r.name
            """, [agencyCode]
        ).map {
            try Representative(id: $0[0], agencyCode: $0[1], name: $0[2], email: $0[3], role: $0[4])
        }
    }
}
