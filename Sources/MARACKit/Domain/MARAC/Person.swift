/// What the quarterly data return records about a victim; every field may be "not recorded".
public struct Diversity: Equatable, Sendable, Codable {
    public static let notRecorded = "not recorded"
    public var gender: String = Diversity.notRecorded
    public var ethnicity: String = Diversity.notRecorded
    public var disability: String = Diversity.notRecorded
    public var sexualOrientation: String = Diversity.notRecorded

    public init(
        gender: String? = nil, ethnicity: String? = nil, disability: String? = nil,
        sexualOrientation: String? = nil
    ) {
        self.gender = gender ?? Diversity.notRecorded
        self.ethnicity = ethnicity ?? Diversity.notRecorded
        self.disability = disability ?? Diversity.notRecorded
        self.sexualOrientation = sexualOrientation ?? Diversity.notRecorded
    }
}

/// How a victim is recognised across referrals: the same person record, not free text.
///
/// Two referrals are of the same victim when their normalised name and date of birth agree.
/// The key never leaves the database: it is personal data.
public enum PersonMatch {
    /// The matching key for a name and date of birth: case and spacing do not matter.
    public static func key(name: String, dateOfBirth: Day?) -> String {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.joined(separator: " ") + "|" + (dateOfBirth?.description ?? "")
    }

    /// The age in whole years on `day` of someone born on `birth`.
    public static func age(on day: Day, bornOn birth: Day) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }

    /// The data-return age band for an age: 16-17, 18-24, 25-34 and so on to 65+.
    public static func ageBand(_ age: Int) -> String {
        switch age {
        case ..<16: "under 16"
        case 16...17: "16-17"
        case 18...24: "18-24"
        case 25...34: "25-34"
        case 35...44: "35-44"
        case 45...54: "45-54"
        case 55...64: "55-64"
        default: "65+"
        }
    }
}
