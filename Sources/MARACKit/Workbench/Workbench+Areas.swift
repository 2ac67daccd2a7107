extension Workbench {
    /// Registers a MARAC area (`area add`).
    ///
    /// The name is kept as typed (trimmed); a name equal to a registered one ignoring case and
    /// spaces is refused.
    public func addArea(_ name: String) throws -> Area {
        try authorize(.addArea)
        let name = String(name.trimmingSpaces)
        guard !name.isEmpty, name.count <= 80 else {
            throw MARACError.invalid(field: "NAME", expected: "the area's name, 1 to 80 characters")
        }
        return try change {
            if let taken = Area.match(name, among: try db.areaNames()) {
                throw MARACError.duplicateArea(taken)
            }
            try db.insertArea(name: name, at: now, by: user)
            try audit(.addArea, "area", name, "registered")
            return Area(name: name)
        }
    }

    /// Gives a registered area a new name, on its cases and meetings too (`area rename`): a new
    /// database's `default` area becomes the MARAC's real one.
    public func renameArea(_ old: String, to new: String) throws -> Area {
        try authorize(.renameArea)
        let new = String(new.trimmingSpaces)
        guard !new.isEmpty, new.count <= 80 else {
            throw MARACError.invalid(
                field: "NEW", expected: "the area's new name, 1 to 80 characters")
        }
        return try change {
            let names = try db.areaNames()
            let current = try resolveArea(old, field: "AREA", among: names)
            if let taken = Area.match(new, among: names.filter { $0 != current }) {
                throw MARACError.duplicateArea(taken)
            }
            try db.renameArea(current, to: new)
            try audit(.renameArea, "area", new, "renamed from \(current)")
            return try db.areas().first { $0.name == new }!
        }
    }

    /// The registered areas with their waiting cases and meetings (`area list`).
    public func areas() throws -> [Area] {
        try authorize(.listAreas)
        return try db.areas()
    }

    /// The registered name `typed` means (ignoring case and spaces), or an error suggesting
    /// the nearest registered one.
    ///
    /// Not checked against an operation, as ``defaultArea()`` is not.
    public func resolveArea(_ typed: String, field: String = "--area") throws -> String {
        try resolveArea(typed, field: field, among: try db.areaNames())
    }

    func resolveArea(_ typed: String, field: String, among names: [String]) throws -> String {
        if let name = Area.match(typed, among: names) { return name }
        throw MARACError.unknownArea(
            field: field, suggestion: Area.suggestion(for: typed, among: names), registered: names)
    }

    /// The area a referral belongs to when none is named: the only registered area; with more
    /// than one, an error asking for `--area` (never the area of some recent meeting).
    ///
    /// Not checked against an operation: a front end needs it to build the request of
    /// `case refer`, `case import` or `meeting new`, whose own check then applies, and an
    /// area's name is no record of anyone.
    public func defaultArea() throws -> String {
        let names = try db.areaNames()
        guard names.count == 1 else { throw MARACError.areaRequired(registered: names) }
        return names[0]
    }

    /// Moves a waiting case to another area (`case move`).
    ///
    /// Only a case not yet heard and not on an agenda moves. A victim moving area is the same
    /// person; the referral keeps its reference.
    public func moveCase(_ reference: String, toArea typed: String) throws -> Referral {
        try authorize(.moveCase)
        return try change {
            guard let referral = try db.referral(reference: reference) else {
                throw MARACError.unknownCase(reference)
            }
            let area = try resolveArea(typed)
            if let heard = referral.heardOn {
                throw MARACError.invalid(
                    field: "REF",
                    expected: "a case waiting to be heard; \(reference) was heard on \(heard)")
            }
            if let meeting = referral.listedMeeting {
                throw MARACError.invalid(
                    field: "REF",
                    expected: "a case not on an agenda; \(reference) is listed for meeting "
                        + "\(meeting) ('agenda defer \(meeting) \(reference)' takes it off)")
            }
            guard area != referral.area else {
                throw MARACError.invalid(
                    field: "--area", expected: "another area; \(reference) is already in \(area)")
            }
            try db.setReferralArea(referralID: referral.id, area: area)
            try audit(.moveCase, "referral", reference, "moved from \(referral.area) to \(area)")
            return try db.referral(reference: reference)!
        }
    }
}
