/// The people of a case beside its victim: perpetrators (person records, matched like
/// victims) and the children of the household.
extension Workbench {
    /// Adds a perpetrator to a case (`perpetrator add`), and works out again whether the case
    /// and the victim's later cases are repeats under the area's definition.
    ///
    /// ```swift
    /// let added = try workbench.addPerpetrator(
    ///     PerpetratorRequest(name: "Sam Example", age: 34, relationship: "ex-partner"),
    ///     to: "C-000014")
    /// added.ordinal   // 1
    /// ```
    public func addPerpetrator(_ request: PerpetratorRequest, to reference: String) throws
        -> CasePerpetrator
    {
        try authorize(.addPerpetrator)
        return try change {
            guard let id = try db.referralID(reference: reference),
                let state = try db.repeatState(referralID: id)
            else { throw MARACError.unknownCase(reference) }
            let relationship = try request.validated(
                referredOn: state.date, relationships: policies.relationships, fields: .add)
            try refuseVictimAsOwnPerpetrator(request, victimID: state.victimID, fields: .add)
            let ordinal = try recordPerpetrator(
                request, relationship: relationship, referralID: id, victimID: state.victimID,
                fields: .add)
            try audit(
                .addPerpetrator, "referral", reference,
                "perpetrator \(ordinal) added (\(relationship))"
                    + (request.aliases.isEmpty ? "" : "; \(request.aliases.count) aliases"))
            try recomputeRepeat(id, operation: .addPerpetrator)
            try recomputeLaterRepeats(
                victimID: state.victimID, after: state.date, operation: .addPerpetrator)
            return try perpetrators(referralID: id, victimID: state.victimID, withNames: true)
                .first { $0.ordinal == ordinal }!
        }
    }

    /// Adds a child of the household to a case (`child add`); the case's count of children
    /// becomes the larger of the count given at referral and the children recorded.
    public func addChild(_ request: ChildRequest, to reference: String) throws -> CaseChild {
        try authorize(.addChild)
        return try change {
            guard let id = try db.referralID(reference: reference),
                let state = try db.repeatState(referralID: id)
            else { throw MARACError.unknownCase(reference) }
            if request.name.trimmingSpaces.isEmpty {
                throw MARACError.invalid(field: "--name", expected: "the child's name")
            }
            if request.dateOfBirth > today {
                throw MARACError.invalid(
                    field: "--dob", expected: "a date of birth not after today (\(today))")
            }
            let relationships = policies.relationships
            let toVictim = try relationships.checked(
                request.relationshipToVictim, kind: .childToVictim, field: "--relationship")
            let toPerpetrator = try relationships.checked(
                request.relationshipToPerpetrator, kind: .childToPerpetrator,
                field: "--perpetrator-relationship")
            let livesWith = try relationships.checked(
                request.livesWith, kind: .livesWith, field: "--lives-with")
            let position = try db.nextPosition(in: .child, referralID: id)
            try db.insertChild(
                referralID: id, position: position, request, relationshipToVictim: toVictim,
                relationshipToPerpetrator: toPerpetrator, livesWith: livesWith, at: now, by: user)
            try db.raiseChildrenCount(referralID: id, to: position)
            try audit(
                .addChild, "referral", reference,
                "child \(position) added (aged \(PersonMatch.age(on: state.date, bornOn: request.dateOfBirth)) "
                    + "at referral; \(toVictim) of the victim)")
            return try db.children(referralID: id, withNames: true).first {
                $0.ordinal == position
            }!
        }
    }

    /// The perpetrators of a case in the order added, each with its ordinal (`perpetrator:N`)
    /// and the other cases the same person is in.
    ///
    /// An agency representative gets them without names, genders or aliases.
    public func perpetrators(of reference: String) throws -> [CasePerpetrator] {
        try authorize(.showCase)
        guard let id = try db.referralID(reference: reference),
            let state = try db.repeatState(referralID: id)
        else { throw MARACError.unknownCase(reference) }
        return try perpetrators(
            referralID: id, victimID: state.victimID, withNames: try representedAgency() == nil)
    }

    /// The children of a case's household in the order added, each with its ordinal
    /// (`child:N`).
    ///
    /// An agency representative gets them without names or schools.
    public func children(of reference: String) throws -> [CaseChild] {
        try authorize(.showCase)
        guard let id = try db.referralID(reference: reference) else {
            throw MARACError.unknownCase(reference)
        }
        return try db.children(referralID: id, withNames: try representedAgency() == nil)
    }

    /// A referral's perpetrators with their ages at referral, aliases and links.
    func perpetrators(referralID: Int, victimID: Int, withNames: Bool) throws
        -> [CasePerpetrator]
    {
        let referredOn: Day? = try db.repeatState(referralID: referralID)?.date
        return try db.perpetrators(referralID: referralID, withNames: withNames).map { row in
            let age =
                row.dateOfBirth.flatMap { birth in
                    referredOn.map { PersonMatch.age(on: $0, bornOn: birth) }
                } ?? row.age
            return CasePerpetrator(
                ordinal: row.ordinal, personID: row.personID, name: row.name,
                dateOfBirth: row.dateOfBirth, ageAtReferral: age, gender: row.gender,
                relationship: row.relationship,
                aliases: withNames ? try db.aliases(personID: row.personID) : [],
                alsoIn: try db.personLinks(
                    personID: row.personID, excluding: referralID, victimID: victimID))
        }
    }

    /// Refuses a perpetrator who is, by name and date of birth, the case's own victim.
    func refuseVictimAsOwnPerpetrator(
        _ request: PerpetratorRequest, victimID: Int, fields: PerpetratorRequest.Fields
    ) throws {
        guard let birth = request.dateOfBirth,
            try db.personID(matchKey: PersonMatch.key(name: request.name, dateOfBirth: birth))
                == victimID
        else { return }
        throw MARACError.invalid(
            field: fields.name, expected: "a perpetrator other than the case's own victim")
    }

    /// The person record a perpetrator's details match, without writing anything: the same
    /// name and date of birth, or, among the victim's own cases, the same name where either
    /// date of birth is not known.
    func knownPerpetrator(_ request: PerpetratorRequest, victimID: Int?) throws -> Int? {
        if let birth = request.dateOfBirth,
            let id = try db.personID(
                matchKey: PersonMatch.key(name: request.name, dateOfBirth: birth))
        {
            return id
        }
        guard let victimID else { return nil }
        let named = try db.perpetratorInVictimsCases(victimID: victimID, named: request.name)
        if request.dateOfBirth == nil { return named.first?.0 }
        return named.first { $0.1 == nil }?.0
    }

    /// Records a perpetrator of a stored referral, matching or creating their person record;
    /// returns their ordinal within the case.
    func recordPerpetrator(
        _ request: PerpetratorRequest, relationship: String, referralID: Int, victimID: Int,
        fields: PerpetratorRequest.Fields
    ) throws -> Int {
        let position = try db.nextPosition(in: .perpetrator, referralID: referralID)
        let personID: Int
        if let known = try knownPerpetrator(request, victimID: victimID) {
            personID = known
            if try db.perpetratorPersonIDs(referralID: referralID).contains(known) {
                throw MARACError.invalid(
                    field: fields.name,
                    expected: "a person not already a perpetrator in this case "
                        + "(the same name and date of birth)")
            }
            if let birth = request.dateOfBirth,
                try db.personID(matchKey: PersonMatch.key(name: request.name, dateOfBirth: birth))
                    == nil
            {
                // Known until now by name alone in this victim's cases: the date of birth is
                // learnt, and matches by it from here on.
                try db.setDateOfBirth(
                    personID: known, birth,
                    matchKey: PersonMatch.key(name: request.name, dateOfBirth: birth))
            }
            if let gender = request.gender, try db.gender(personID: known) != gender {
                try db.setGender(personID: known, gender)
            }
        } else {
            // Without a date of birth a name alone matches no one outside the victim's own
            // cases: the record gets a key no other record can have.
            let key =
                request.dateOfBirth.map { PersonMatch.key(name: request.name, dateOfBirth: $0) }
                ?? PersonMatch.key(name: request.name, dateOfBirth: nil) + "#"
                + Referral.reference(for: referralID) + "/\(position)"
            personID = try db.insertPerson(
                name: request.name, dateOfBirth: request.dateOfBirth,
                diversity: Diversity(gender: request.gender), matchKey: key, at: now)
        }
        try db.insertPerpetrator(
            referralID: referralID, personID: personID, position: position,
            relationship: relationship, age: request.dateOfBirth == nil ? request.age : nil,
            at: now, by: user)
        _ = try db.addAliases(request.aliases, personID: personID, at: now, by: user)
        return position
    }
}
