extension Workbench {
    /// Whom a sharing record is about, resolved against the case, and whether they are an
    /// adult on the day of sharing.
    struct ResolvedSubject {
        var subject: SharingSubject
        var isAdult: Bool
    }

    /// Resolves `typed` against the case `referralID`: a perpetrator's or child's number must
    /// be one the case records (and may be left out when it records exactly one).
    ///
    /// The person is an adult when 18 or over on `day`, from their date of birth; without one,
    /// an adult (the stricter reading of para 18, which then needs the adult-at-risk test).
    /// Someone else (`other:TEXT`) is not a record, so is treated as an adult.
    func resolveSubject(
        _ typed: SharingSubject.Typed, referralID: Int, reference: String, on day: Day
    ) throws -> ResolvedSubject {
        func isAdult(_ birth: Day?) -> Bool {
            birth.map { PersonMatch.age(on: day, bornOn: $0) >= 18 } ?? true
        }
        func pick(
            _ kind: SharingSubject.Kind, _ number: Int?,
            among people: [(ordinal: Int, dateOfBirth: Day?)]
        ) throws -> (Int, Day?) {
            guard let number else {
                guard people.count == 1 else {
                    throw SubjectError.ambiguous(kind, case: reference, count: people.count)
                }
                return (people[0].ordinal, people[0].dateOfBirth)
            }
            guard let person = people.first(where: { $0.ordinal == number }) else {
                throw SubjectError.noSuchPerson(
                    kind, number: number, case: reference, count: people.count)
            }
            return (person.ordinal, person.dateOfBirth)
        }
        switch typed {
        case .victim:
            return ResolvedSubject(
                subject: .victim, isAdult: isAdult(try db.victimDateOfBirth(referralID: referralID))
            )
        case .perpetrator(let number):
            let (ordinal, birth) = try pick(
                .perpetrator, number, among: try db.perpetratorBirths(referralID: referralID))
            return ResolvedSubject(subject: .perpetrator(ordinal), isAdult: isAdult(birth))
        case .child(let number):
            let (ordinal, birth) = try pick(
                .child, number, among: try db.childBirths(referralID: referralID))
            return ResolvedSubject(subject: .child(ordinal), isAdult: isAdult(birth))
        case .other(let text):
            return ResolvedSubject(subject: .other(text), isAdult: true)
        }
    }
}
