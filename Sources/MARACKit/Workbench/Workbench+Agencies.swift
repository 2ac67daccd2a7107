extension Workbench {
    /// Registers an agency (`agency add`).
    public func addAgency(_ agency: Agency) throws {
        try authorize(.addAgency)
        try Agency.validate(code: agency.code)
        guard !agency.name.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(field: "--name", expected: "the agency's name")
        }
        guard !agency.sector.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(
                field: "--sector", expected: "a sector such as police or health")
        }
        try change {
            if try db.agencyID(code: agency.code) != nil {
                throw MARACError.duplicateAgency(agency.code)
            }
            try db.insertAgency(agency, at: now, by: user)
            try audit(
                .addAgency, "agency", agency.code,
                "registered; public authority \(agency.isPublicAuthority), "
                    + "competent authority \(agency.isCompetentAuthority)")
        }
    }

    /// Every registered agency, by code (`agency list`).
    public func agencies() throws -> [Agency] {
        try authorize(.listAgencies)
        return try db.agencies()
    }

    /// One agency by code.
    public func agency(_ code: String) throws -> Agency {
        try authorize(.listAgencies)
        guard let agency = try db.agency(code: code) else { throw MARACError.unknownAgency(code) }
        return agency
    }

    /// Adds a representative of an agency (`rep add`); returns the new record.
    @discardableResult
    public func addRepresentative(
        agency code: String, name: String, email: String? = nil, role: String? = nil
    ) throws -> Representative {
        try authorize(.addRepresentative)
        guard !name.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(field: "--name", expected: "the representative's name")
        }
        return try change {
            let id = try db.insertRepresentative(
                agencyID: try agencyID(code), name: name, email: email, role: role, at: now,
                by: user)
            try audit(.addRepresentative, "representative", id, "added to \(code)")
            return Representative(id: id, agencyCode: code, name: name, email: email, role: role)
        }
    }

    /// Representatives, of one agency or all.
    public func representatives(agency code: String? = nil) throws -> [Representative] {
        try authorize(.listRepresentatives)
        if let code { _ = try agencyID(code) }
        return try db.representatives(agencyCode: code)
    }
}
