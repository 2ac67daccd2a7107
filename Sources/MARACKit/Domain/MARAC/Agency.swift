/// An organisation that refers cases to the MARAC (Multi-Agency Risk Assessment Conference),
/// shares information at it and owns actions from it: police, IDVA service, health, housing...
public struct Agency: Equatable, Sendable, Codable {
    /// The short code used everywhere else: `POL`, `IDVA`, `CSC`, `HEALTH-GP`.
    public var code: String
    public var name: String
    /// The sector, such as `police`, `health`, `local-authority`, `voluntary`.
    public var sector: String
    /// A public authority cannot rely on legitimate interests (UK GDPR Art 6(1)(f)) for its tasks.
    public var isPublicAuthority: Bool
    /// A competent authority for law enforcement may share under DPA 2018 Part 3.
    public var isCompetentAuthority: Bool
    /// The day the agency was retired, if it has been: its history stays, but it gets no new
    /// referrals or actions.
    public var retiredOn: Day?

    public init(
        code: String, name: String, sector: String, isPublicAuthority: Bool = false,
        isCompetentAuthority: Bool = false, retiredOn: Day? = nil
    ) {
        self.code = code
        self.name = name
        self.sector = sector
        self.isPublicAuthority = isPublicAuthority
        self.isCompetentAuthority = isCompetentAuthority
        self.retiredOn = retiredOn
    }

    /// Checks the code's form: capital letters, digits and hyphens, 2 to 20 characters.
    public static func validate(code: String) throws(MARACError) {
        let allowed = code.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        guard allowed, (2...20).contains(code.count) else {
            throw .invalid(
                field: "CODE",
                expected: "2 to 20 capital letters, digits or hyphens, such as POL or HEALTH-GP")
        }
    }
}

/// A person who represents an agency at the MARAC and updates its actions.
public struct Representative: Equatable, Sendable, Codable {
    public var id: Int
    public var agencyCode: String
    public var name: String
    public var email: String?
    public var role: String?

    public init(
        id: Int, agencyCode: String, name: String, email: String? = nil, role: String? = nil
    ) {
        self.id = id
        self.agencyCode = agencyCode
        self.name = name
        self.email = email
        self.role = role
    }
}

/// A correction to an agency's register entry (`agency edit`): each value given replaces the
/// current one; the code never changes (it is in minutes and the audit log).
public struct AgencyChange: Equatable, Sendable {
    public var name: String?
    public var sector: String?
    public var isPublicAuthority: Bool?
    public var isCompetentAuthority: Bool?

    public init(
        name: String? = nil, sector: String? = nil, isPublicAuthority: Bool? = nil,
        isCompetentAuthority: Bool? = nil
    ) {
        self.name = name
        self.sector = sector
        self.isPublicAuthority = isPublicAuthority
        self.isCompetentAuthority = isCompetentAuthority
    }

    /// Whether nothing would change.
    public var isEmpty: Bool {
        name == nil && sector == nil && isPublicAuthority == nil && isCompetentAuthority == nil
    }
}
