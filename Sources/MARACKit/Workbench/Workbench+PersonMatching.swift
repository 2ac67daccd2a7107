/// A person already recorded who may be the victim of a new referral.
public struct PossibleDuplicate: Equatable, Sendable, Codable {
    /// The existing person's latest case: the reference `--same-as` takes.
    public var reference: String
    /// The existing person's id, as `person merge` takes it (`P12`).
    public var person: String
    /// Why they may be the same person, strongest first.
    public var reasons: [MatchReason]
    /// How the dates of birth agree.
    public var dateOfBirth: DateOfBirthAgreement
}

/// What `case refer` recorded and what the coordinator should look at.
public struct ReferralOutcome: Equatable, Sendable {
    public var referral: Referral
    /// The victim's person id (`P12`).
    public var person: String
    /// Whether a new person record was made for the victim.
    public var isNewPerson: Bool
    /// People already recorded who may be this victim under another spelling; empty when
    /// none, or when the victim matched a recorded person exactly or by `--same-as`.
    public var possibleDuplicates: [PossibleDuplicate]
}

/// Two person records that may be one person, waiting for a coordinator's review.
public struct PossibleDuplicatePair: Equatable, Sendable, Codable {
    public var person: String
    /// The first person's cases as victim, oldest first.
    public var cases: [String]
    public var other: String
    public var otherCases: [String]
    public var reasons: [MatchReason]
    public var dateOfBirth: DateOfBirthAgreement
    /// When the pair was found (the referral that warned of it).
    public var found: String
}

/// A person record, by id and cases, for `person list` (no name: the list is for choosing
/// what to merge, and names stay in the coordinator's own records).
public struct PersonSummary: Equatable, Sendable, Codable {
    public var person: String
    public var cases: [String]
}

/// What `person merge` did.
public struct PersonMergeResult: Equatable, Sendable, Codable {
    /// The person kept.
    public var person: String
    /// The person record joined into it and removed.
    public var merged: String
    /// The kept person's cases, oldest first.
    public var cases: [String]
    /// The cases whose repeat status or earlier case changed.
    public var repeatsChanged: [String]
}

/// A PERSON argument: a case reference whose victim is meant, or a person id.
public enum PersonReference: Equatable, Sendable, CustomStringConvertible {
    case victimOfCase(String)
    case id(Int)

    /// Reads `C-000014` (that case's victim), or `P12` / `12` (a person id).
    public init(parsing text: String) throws(PersonMatchError) {
        let upper = text.uppercased()
        if upper.hasPrefix("C-") {
            self = .victimOfCase(upper)
            return
        }
        let digits = upper.hasPrefix("P") ? upper.dropFirst() : Substring(upper)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(digits), number > 0
        else { throw .unknownPerson(text) }
        self = .id(number)
    }

    public var description: String {
        switch self {
        case .victimOfCase(let reference): reference
        case .id(let id): PersonReference.printed(id)
        }
    }

    /// A person id as the tool prints it: `P12`.
    public static func printed(_ id: Int) -> String { "P\(id)" }
}

extension Workbench {
    /// The most possible duplicates one referral warns of.
    static let warningLimit = 5
    /// The most people one lookup reads: keys are narrow, so this is only a guard.
    static let candidateLimit = 50

    /// Records a referral (`case refer`) and says which people already recorded may be its
    /// victim under another spelling.
    ///
    /// With no choice made (`VictimIdentity.unconfirmed`), a victim matching no one exactly is
    /// recorded as a new person even when there are possible duplicates: the referral is never
    /// held up and never silently merged; the pairs are kept for `person list
    /// --possible-duplicates`, and `person merge` joins them later with the repeats
    /// recomputed.
    public func refer(_ request: ReferralRequest) throws -> ReferralOutcome {
        try authorize(.referCase)
        return try change {
            let stored = try insertReferral(request, areas: try db.areaNames())
            return ReferralOutcome(
                referral: try db.referral(reference: stored.reference)!,
                person: PersonReference.printed(stored.victimID),
                isNewPerson: stored.isNewPerson, possibleDuplicates: stored.possibleDuplicates)
        }
    }

    /// Who the victim of `request` is: (person id if known, possible duplicates to warn of).
    ///
    /// Inside the referral's transaction, before anything is written.
    func identifyVictim(_ request: ReferralRequest) throws -> (Int?, [(Int, PossibleDuplicate)]) {
        let exact =
            try db.personID(
                matchKey: PersonMatch.key(
                    name: request.victimName, dateOfBirth: request.dateOfBirth))
            ?? db.personID(
                exactSpelling: MatchKeys.exact(
                    name: request.victimName, dateOfBirth: request.dateOfBirth))
        switch request.victimIdentity {
        case .sameAs(let reference):
            guard let victim = try db.victimID(ofCase: reference) else {
                throw MARACError.unknownCase(reference)
            }
            if let exact, exact != victim {
                throw PersonMatchError.sameAsConflict(
                    sameAs: reference,
                    recordedAs: try db.victimReferences(personID: exact).last ?? "a person")
            }
            return (victim, [])
        case .newPerson:
            if let exact {
                throw PersonMatchError.newPersonExactMatch(
                    recordedAs: try db.victimReferences(personID: exact).last ?? "a person")
            }
        case .unconfirmed:
            if let exact { return (exact, []) }
        }
        // The victims of a perpetrator already recorded are candidates whatever their names'
        // keys: "the same perpetrator" is a reason of its own.
        var sharingPerpetrator = Set<Int>()
        for perpetrator in request.perpetrators {
            if let known = try knownPerpetrator(perpetrator, victimID: nil) {
                sharingPerpetrator.formUnion(try db.victimsOfPerpetrator(known))
            }
        }
        var found = try possibleDuplicates(
            name: request.victimName, born: request.dateOfBirth,
            sharingPerpetrator: sharingPerpetrator)
        for alias in request.victimAliases {
            for candidate in try possibleDuplicates(name: alias, born: request.dateOfBirth)
            where !found.contains(where: { $0.0 == candidate.0 }) {
                var duplicate = candidate
                if !duplicate.1.reasons.contains(.matchingAlias) {
                    duplicate.1.reasons = (duplicate.1.reasons + [.matchingAlias]).sorted()
                }
                found.append(duplicate)
            }
        }
        return (nil, Array(found.prefix(Self.warningLimit)))
    }

    /// The recorded victims who may be `name` born on `born`, strongest evidence first.
    func possibleDuplicates(
        name: String, born: Day?, sharingPerpetrator: Set<Int> = [], excluding: Int? = nil
    ) throws -> [(Int, PossibleDuplicate)] {
        let ids = Set(
            try db.peopleHolding(
                keys: MatchKeys.probes(
                    name: name, dateOfBirth: born, nameKeys: nameMemo.nameKeys),
                limit: Self.candidateLimit)
        ).union(sharingPerpetrator).subtracting([excluding].compactMap { $0 })
        var found: [(Int, PossibleDuplicate)] = []
        for person in try db.matchablePeople(ids.sorted()) {
            guard let reference = person.latestReference else { continue }
            let sharesPerpetrator = sharingPerpetrator.contains(person.id)
            guard
                DuplicateRule.mayWarn(
                    .of(born, person.dateOfBirth), sharesPerpetrator: sharesPerpetrator)
            else { continue }
            let known = KnownPerson(
                names: [person.name] + (try db.aliases(personID: person.id)),
                dateOfBirth: person.dateOfBirth, sharesPerpetrator: sharesPerpetrator)
            guard
                let evidence = DuplicateRule.evidence(
                    name: name, dateOfBirth: born, against: known, memo: nameMemo)
            else { continue }
            found.append(
                (
                    person.id,
                    PossibleDuplicate(
                        reference: reference, person: PersonReference.printed(person.id),
                        reasons: evidence.reasons, dateOfBirth: evidence.dateOfBirth)
                ))
        }
        found.sort { a, b in
            let strength = { (duplicate: PossibleDuplicate) in
                duplicate.reasons.count + (duplicate.dateOfBirth == .same ? 2 : 0)
            }
            if strength(a.1) != strength(b.1) { return strength(a.1) > strength(b.1) }
            return a.0 < b.0
        }
        return found
    }

    /// After the victim is known: stores the keys of a new person, the spelling confirmed by
    /// `--same-as`, and the pairs to review when no choice was made.
    func recordVictimMatching(
        _ request: ReferralRequest, victimID: Int, isNew: Bool,
        warnings: [(Int, PossibleDuplicate)]
    ) throws {
        var names = [request.victimName] + request.victimAliases
        var aliases = request.victimAliases
        if case .sameAs = request.victimIdentity,
            let (recorded, _) = try db.personIdentity(victimID), recorded != request.victimName
        {
            // The spelling this referral used is the person's too: kept as an alias (nothing
            // typed is dropped) and as an exact spelling that matches without a warning.
            aliases.insert(request.victimName, at: 0)
            try db.insertMatchKeys(
                personID: victimID,
                [MatchKeys.exact(name: request.victimName, dateOfBirth: request.dateOfBirth)])
        } else if !isNew {
            names.removeFirst()  // the recorded name's keys are stored already
        }
        _ = try db.addAliases(aliases, personID: victimID, at: now, by: user)
        try db.insertMatchKeys(
            personID: victimID,
            MatchKeys.stored(
                names: names, dateOfBirth: request.dateOfBirth, nameKeys: nameMemo.nameKeys))
        if request.victimIdentity == .unconfirmed {
            for (other, warning) in warnings {
                try db.recordPossibleDuplicate(
                    victimID, other, reasons: warning.reasons, dateOfBirth: warning.dateOfBirth,
                    at: now)
            }
        }
    }

    /// Pairs of person records that may be one person (`person list --possible-duplicates`),
    /// newest first: those a referral warned of and recorded as a new person anyway.
    public func possibleDuplicatePairs(limit: Int = 500) throws -> [PossibleDuplicatePair] {
        try authorize(.listPersons)
        return try db.possibleDuplicatePairs(limit: limit).map { pair in
            PossibleDuplicatePair(
                person: PersonReference.printed(pair.0),
                cases: try db.victimReferences(personID: pair.0),
                other: PersonReference.printed(pair.1),
                otherCases: try db.victimReferences(personID: pair.1),
                reasons: pair.2.split(separator: ",").compactMap {
                    MatchReason(rawValue: String($0))
                },
                dateOfBirth: DateOfBirthAgreement(rawValue: pair.3) ?? .unknown,
                found: String(pair.4.prefix(10)))
        }
    }

    /// Person records that are victims, newest first, by id and cases (`person list`).
    public func persons(limit: Int = 500) throws -> [PersonSummary] {
        try authorize(.listPersons)
        return try db.victimPersonIDs(limit: limit).map {
            PersonSummary(
                person: PersonReference.printed($0), cases: try db.victimReferences(personID: $0))
        }
    }

    /// Joins two person records that are one person (`person merge KEPT OTHER`): the second's
    /// cases, perpetrator links and spellings join the first, the second record is removed, and
    /// the repeats of every case of the person are worked out again.
    public func mergePersons(_ kept: PersonReference, _ other: PersonReference) throws
        -> PersonMergeResult
    {
        try authorize(.mergePersons)
        return try change {
            let keptID = try resolvePerson(kept)
            let otherID = try resolvePerson(other)
            guard keptID != otherID else { throw PersonMatchError.mergeSamePerson("\(other)") }
            let (name, born) = try db.personIdentity(otherID)!
            let (keptName, _) = try db.personIdentity(keptID)!
            try db.fillDiversity(of: keptID, from: otherID)
            try db.mergePerson(
                otherID, into: keptID,
                removedSpelling: MatchKeys.exact(name: name, dateOfBirth: born))
            if name != keptName {
                _ = try db.addAliases([name], personID: keptID, at: now, by: user)
            }
            let changed = try recomputeRepeats(victimID: keptID)
            let cases = try db.victimReferences(personID: keptID)
            let keptRef = PersonReference.printed(keptID)
            let otherRef = PersonReference.printed(otherID)
            try audit(
                .mergePersons, "person", keptRef,
                "merged \(otherRef) into \(keptRef); cases \(cases.joined(separator: ","))"
                    + (changed.isEmpty
                        ? "; no repeat changed"
                        : "; repeats recomputed: " + changed.joined(separator: ",")))
            return PersonMergeResult(
                person: keptRef, merged: otherRef, cases: cases, repeatsChanged: changed)
        }
    }

    /// The person id a PERSON argument stands for.
    func resolvePerson(_ reference: PersonReference) throws -> Int {
        switch reference {
        case .victimOfCase(let reference):
            guard let id = try db.victimID(ofCase: reference) else {
                throw PersonMatchError.unknownPerson(reference)
            }
            return id
        case .id(let id):
            guard try db.personExists(id) else {
                throw PersonMatchError.unknownPerson(reference.description)
            }
            return id
        }
    }

    /// Works out again which of a victim's referrals are repeats, oldest first, under each
    /// area's repeat definition, as `case refer` would have had they all been recorded as one
    /// person (each change audited); returns the references of those that changed.
    func recomputeRepeats(victimID: Int) throws -> [String] {
        var changed: [String] = []
        for (id, previousID) in try db.victimTimeline(personID: victimID) {
            try recomputeRepeat(id, operation: .mergePersons)
            if try db.repeatState(referralID: id)?.previousID != previousID {
                changed.append(Referral.reference(for: id))
            }
        }
        return changed
    }
}
