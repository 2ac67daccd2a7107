/// A perpetrator as a referral or `perpetrator add` gives them, before they are matched to a
/// person record.
public struct PerpetratorRequest: Equatable, Sendable {
    public var name: String
    /// The date of birth, when known; else `age` may say how old they are.
    public var dateOfBirth: Day?
    /// The age on the referral date, when the date of birth is not known.
    public var age: Int?
    public var gender: String?
    /// The relationship to the victim, a word of `Policies/relationships.xml`
    /// (`perpetrator-to-victim`); `nil` for "not recorded".
    public var relationship: String?
    /// Other names the perpetrator is known by.
    public var aliases: [String]

    public init(
        name: String, dateOfBirth: Day? = nil, age: Int? = nil, gender: String? = nil,
        relationship: String? = nil, aliases: [String] = []
    ) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.age = age
        self.gender = gender
        self.relationship = relationship
        self.aliases = aliases
    }

    /// The names of the fields a perpetrator's details came from, for errors: the options of
    /// `case refer` or `perpetrator add`, or the columns of `case import`.
    public struct Fields: Equatable, Sendable {
        public var name: String
        public var dateOfBirth: String
        public var age: String
        public var relationship: String
        public var alias: String

        /// `case refer`'s options.
        public static let refer = Fields(
            name: "--perpetrator", dateOfBirth: "--perpetrator-dob", age: "--perpetrator-age",
            relationship: "--relationship", alias: "--perpetrator-alias")
        /// `perpetrator add`'s options.
        public static let add = Fields(
            name: "--name", dateOfBirth: "--dob", age: "--age", relationship: "--relationship",
            alias: "--alias")
        /// `case import`'s columns.
        public static let columns = Fields(
            name: "perpetrator", dateOfBirth: "perpetrator_dob", age: "perpetrator_age",
            relationship: "relationship", alias: "perpetrator_alias")
    }

    /// Checks the details against the referral's date and the relationships in force; returns
    /// the relationship to store.
    public func validated(
        referredOn date: Day, relationships: RelationshipsPolicy, fields: Fields
    ) throws(MARACError) -> String {
        if name.trimmingSpaces.isEmpty {
            throw .invalid(field: fields.name, expected: "the perpetrator's name")
        }
        if let birth = dateOfBirth, birth >= date {
            throw .invalid(
                field: fields.dateOfBirth, expected: "a date of birth before the referral date")
        }
        if dateOfBirth != nil, age != nil {
            throw .invalid(
                field: fields.age,
                expected: "either a date of birth or an age, not both (the age follows from "
                    + "the date of birth)")
        }
        if let age, !(0...130).contains(age) {
            throw .invalid(field: fields.age, expected: "an age from 0 to 130, got \(age)")
        }
        if aliases.contains(where: { $0.trimmingSpaces.isEmpty }) {
            throw .invalid(field: fields.alias, expected: "another name, not blank")
        }
        return try relationships.checked(
            relationship, kind: .perpetratorToVictim, field: fields.relationship)
    }
}

/// A child in the household as `child add` gives them.
public struct ChildRequest: Equatable, Sendable {
    public var name: String
    public var dateOfBirth: Day
    /// The child's relationship to the victim (`child-to-victim`); `nil` for "not recorded".
    public var relationshipToVictim: String?
    /// The child's relationship to the perpetrator (`child-to-perpetrator`).
    public var relationshipToPerpetrator: String?
    /// Whom the child lives with (`lives-with`).
    public var livesWith: String?
    /// The school or nursery, when known.
    public var school: String?

    public init(
        name: String, dateOfBirth: Day, relationshipToVictim: String? = nil,
        relationshipToPerpetrator: String? = nil, livesWith: String? = nil, school: String? = nil
    ) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.relationshipToVictim = relationshipToVictim
        self.relationshipToPerpetrator = relationshipToPerpetrator
        self.livesWith = livesWith
        self.school = school
    }
}

/// A perpetrator of one case, as recorded, with the other cases the same person is in.
public struct CasePerpetrator: Equatable, Sendable, Codable {
    /// The perpetrator's place within the case, from 1, in the order added (`perpetrator:N`).
    public var ordinal: Int
    /// The person record: the same id in every case the person is in.
    public var personID: Int
    /// The name; `nil` in an agency representative's view.
    public var name: String?
    /// The date of birth, when known.
    public var dateOfBirth: Day?
    /// The age on the referral date: from the date of birth, or as given.
    public var ageAtReferral: Int?
    /// The gender, as recorded on the person ("not recorded" when not given); `nil` in an
    /// agency representative's view.
    public var gender: String?
    /// The relationship to the victim (a word of `Policies/relationships.xml`).
    public var relationship: String
    /// Other names the person is known by; empty in an agency representative's view.
    public var aliases: [String]
    /// Other cases the same person is in: as a perpetrator of another victim, or as a victim.
    public var alsoIn: [PersonLink]

    public init(
        ordinal: Int, personID: Int, name: String?, dateOfBirth: Day?, ageAtReferral: Int?,
        gender: String?, relationship: String, aliases: [String] = [], alsoIn: [PersonLink] = []
    ) {
        self.ordinal = ordinal
        self.personID = personID
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.ageAtReferral = ageAtReferral
        self.gender = gender
        self.relationship = relationship
        self.aliases = aliases
        self.alsoIn = alsoIn
    }
}

/// Another case a person of this case is in, and as what.
public struct PersonLink: Equatable, Sendable, Codable {
    /// What the person is in that case.
    public enum Role: String, Equatable, Sendable, Codable {
        case perpetrator, victim
    }

    /// The other case's reference.
    public var reference: String
    public var role: Role

    public init(reference: String, role: Role) {
        self.reference = reference
        self.role = role
    }
}

/// A child in the household of one case, as recorded.
public struct CaseChild: Equatable, Sendable, Codable {
    /// The child's place within the case, from 1, in the order added (`child:N`).
    public var ordinal: Int
    /// The name, never in minutes or agendas; `nil` in an agency representative's view.
    public var name: String?
    public var dateOfBirth: Day
    public var relationshipToVictim: String
    public var relationshipToPerpetrator: String
    public var livesWith: String
    /// The school or nursery; `nil` when not known and in an agency representative's view.
    public var school: String?

    public init(
        ordinal: Int, name: String?, dateOfBirth: Day, relationshipToVictim: String,
        relationshipToPerpetrator: String, livesWith: String, school: String?
    ) {
        self.ordinal = ordinal
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.relationshipToVictim = relationshipToVictim
        self.relationshipToPerpetrator = relationshipToPerpetrator
        self.livesWith = livesWith
        self.school = school
    }

    /// The child's age in whole years on `day`.
    public func age(on day: Day) -> Int { PersonMatch.age(on: day, bornOn: dateOfBirth) }
}

extension RelationshipsPolicy {
    /// `word` when it is listed for `kind`, "not recorded" when it is `nil`, else an error
    /// naming `field` and the listed words.
    public func checked(_ word: String?, kind: Kind, field: String) throws(MARACError) -> String {
        guard let word else { return Diversity.notRecorded }
        guard contains(word, in: kind) else {
            throw .invalid(
                field: field,
                expected: "one of " + words(kind).joined(separator: ", ")
                    + " (Policies/relationships.xml), got "
                    + (word.isSafeToEcho ? "\"\(word)\"" : word.echoedAsValue))
        }
        return word
    }
}
