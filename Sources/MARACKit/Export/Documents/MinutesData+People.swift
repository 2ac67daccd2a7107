extension MinutesData {
    /// A perpetrator as minutes show them: by number, relationship and age, never by name.
    public struct PerpetratorSummary: Equatable, Sendable, Codable {
        /// The perpetrator's number in the case, from 1.
        public var number: Int
        /// The relationship to the victim, in words (`Former intimate partner`).
        public var relationship: String
        /// The age on the referral date, when known.
        public var age: Int?
        /// Other cases the same person is in (another victim's, or as a victim).
        public var alsoIn: [String]

        public init(number: Int, relationship: String, age: Int?, alsoIn: [String] = []) {
            self.number = number
            self.relationship = relationship
            self.age = age
            self.alsoIn = alsoIn
        }
    }

    /// A child as minutes show them: by number, age and relationships, never by name.
    public struct ChildSummary: Equatable, Sendable, Codable {
        public var number: Int
        /// The age on the day of the meeting.
        public var age: Int
        /// The relationship to the victim, in words (`Son or daughter`).
        public var relationshipToVictim: String
        /// The relationship to the perpetrator, in words.
        public var relationshipToPerpetrator: String
        /// Whom the child lives with, in words.
        public var livesWith: String

        public init(
            number: Int, age: Int, relationshipToVictim: String, relationshipToPerpetrator: String,
            livesWith: String
        ) {
            self.number = number
            self.age = age
            self.relationshipToVictim = relationshipToVictim
            self.relationshipToPerpetrator = relationshipToPerpetrator
            self.livesWith = livesWith
        }
    }
}
