extension Workbench {
    /// Registers an agency (`agency add`).
    public func addAgency(_ agency: Agency) throws {
        try authorize(.addAgency)
        try Agency.validate(code: agency.code)
        guard !agency.name.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(field: "--name", expected: "the agency's name")
        }
        try checkSector(agency.sector)
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

    /// Corrects an agency's register entry (`agency edit`); the old values stay in the audit
    /// log, and the agency's referrals, actions and sharing records are untouched.
    public func editAgency(_ code: String, _ edit: AgencyChange) throws -> Agency {
        try authorize(.editAgency)
        guard !edit.isEmpty else {
            throw MARACError.invalid(
                field: "agency edit",
                expected: "at least one of --name, --sector, --public-authority, "
                    + "--competent-authority")
        }
        if let name = edit.name, name.trimmingSpaces.isEmpty {
            throw MARACError.invalid(field: "--name", expected: "the agency's name")
        }
        if let sector = edit.sector { try checkSector(sector) }
        return try change {
            let old = try agency(code)
            var new = old
            new.name = edit.name ?? old.name
            new.sector = edit.sector ?? old.sector
            new.isPublicAuthority = edit.isPublicAuthority ?? old.isPublicAuthority
            new.isCompetentAuthority = edit.isCompetentAuthority ?? old.isCompetentAuthority
            var changes: [String] = []
            if new.name != old.name { changes.append("name was \"\(old.name)\"") }
            if new.sector != old.sector { changes.append("sector was \(old.sector)") }
            if new.isPublicAuthority != old.isPublicAuthority {
                changes.append("public authority was \(old.isPublicAuthority)")
            }
            if new.isCompetentAuthority != old.isCompetentAuthority {
                changes.append("competent authority was \(old.isCompetentAuthority)")
            }
            guard !changes.isEmpty else {
                throw MARACError.invalid(
                    field: "agency edit", expected: "a value different from the current one")
            }
            try db.updateAgency(new)
            try audit(
                .editAgency, "agency", code, "corrected; " + changes.joined(separator: "; "))
            return new
        }
    }

    /// Retires an agency (`agency retire`): it keeps its history (referrals, actions, sharing,
    /// attendance) but takes no new referrals or actions.
    public func retireAgency(_ code: String) throws -> Agency {
        try authorize(.retireAgency)
        return try change {
            var agency = try agency(code)
            if let day = agency.retiredOn { throw MARACError.retiredAgency(code: code, on: day) }
            try db.retireAgency(code: code, on: today)
            try audit(.retireAgency, "agency", code, "retired on \(today); history kept")
            agency.retiredOn = today
            return agency
        }
    }

    /// The row id of an agency that may take new referrals or actions: registered and not
    /// retired.
    func activeAgencyID(_ code: String) throws -> Int {
        guard let agency = try db.agency(code: code) else { throw MARACError.unknownAgency(code) }
        if let day = agency.retiredOn { throw MARACError.retiredAgency(code: code, on: day) }
        return try agencyID(code)
    }

    /// Refuses a sector not listed in `Policies/agency-sectors.xml`, naming the valid ones.
    func checkSector(_ sector: String) throws {
        guard policies.agencySectors.contains(sector) else {
            throw MARACError.invalid(
                field: "--sector",
                expected: "one of " + policies.agencySectors.ids.joined(separator: ", ")
                    + " (Policies/agency-sectors.xml)")
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
