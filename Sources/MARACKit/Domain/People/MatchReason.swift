/// Why an existing person may be the one being referred: one reason of a possible-duplicate
/// warning.
public enum MatchReason: String, Codable, Sendable, CaseIterable, Comparable {
    /// The names differ by a few typing slips, accents or punctuation ("Smyth" and "Smith").
    case closeSpelling = "close-spelling"
    /// The forename and surname sound alike (Metaphone keys agree: "Muhammad", "Mohammed").
    case samePhoneticKey = "same-phonetic-key"
    /// The same words in another order ("Smith Mary", "Smith, Mary").
    case swappedOrder = "swapped-order"
    /// One part of a double-barrelled or hyphenated surname ("Smith-Jones", "Jones").
    case surnamePart = "surname-part"
    /// The name matches a known alias of the existing person, not their recorded name.
    case matchingAlias = "matching-alias"
    /// The same date of birth, with a similar forename (a surname changed on marriage).
    case sameDateOfBirthSimilarName = "same-date-of-birth-similar-name"
    /// The existing person was a victim of the same perpetrator, under a similar name.
    case samePerpetrator = "same-perpetrator"

    /// The reason in a coordinator's words, for the warning text.
    public var explanation: String {
        switch self {
        case .closeSpelling: "close spelling"
        case .samePhoneticKey: "sounds the same"
        case .swappedOrder: "names in another order"
        case .surnamePart: "one part of a double-barrelled surname"
        case .matchingAlias: "matches a known alias"
        case .sameDateOfBirthSimilarName: "same date of birth and a similar forename"
        case .samePerpetrator: "same perpetrator"
        }
    }

    public static func < (a: MatchReason, b: MatchReason) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How two dates of birth agree: a mistyped date (one digit, two digits swapped, day and
/// month the wrong way round) is near, not different.
public enum DateOfBirthAgreement: String, Codable, Sendable {
    case same
    /// One digit different or two adjacent digits swapped, or day and month exchanged.
    case near
    case different
    /// One of the two is not recorded.
    case unknown

    /// How `a` and `b` agree.
    public static func of(_ a: Day?, _ b: Day?) -> DateOfBirthAgreement {
        guard let a, let b else { return .unknown }
        if a == b { return .same }
        if a.year == b.year, a.month == b.day, a.day == b.month { return .near }
        return oneSlipApart(a, b) ? .near : .different
    }

    /// Whether the `YYYY-MM-DD` forms of two different days are one slip apart.
    ///
    /// One digit changed, or two adjacent digits swapped: the same as
    /// `DamerauLevenshtein.distance(a.description, b.description) <= 1`, digit by digit and
    /// without building the strings (an import asks it for every candidate of every row).
    static func oneSlipApart(_ a: Day, _ b: Day) -> Bool {
        guard (1000...9999).contains(a.year), (1000...9999).contains(b.year) else {
            return DamerauLevenshtein.distance(a.description, b.description) <= 1
        }
        // The eight digits: 0–3 the year, 4–5 the month, 6–7 the day.
        func digit(_ day: Day, _ index: Int) -> Int {
            switch index {
            case 0: day.year / 1000
            case 1: day.year / 100 % 10
            case 2: day.year / 10 % 10
            case 3: day.year % 10
            case 4: day.month / 10
            case 5: day.month % 10
            case 6: day.day / 10
            default: day.day % 10
            }
        }
        var differing: [Int] = []
        for index in 0..<8 where digit(a, index) != digit(b, index) {
            differing.append(index)
            if differing.count > 2 { return false }
        }
        if differing.count < 2 { return true }
        let (first, second) = (differing[0], differing[1])
        // Adjacent in the text: not across a dash (after digit 3 and after digit 5).
        return second == first + 1 && first != 3 && first != 5
            && digit(a, first) == digit(b, second) && digit(a, second) == digit(b, first)
    }

    /// The years a mistyped year of birth `year` may have been written as: a year either
    /// side, a decade either side (one digit), and the last two digits swapped.
    public static func nearYears(_ year: Int) -> [Int] {
        var years = [year, year - 1, year + 1, year - 10, year + 10]
        let swapped = (year / 100) * 100 + (year % 10) * 10 + (year / 10) % 10
        if !years.contains(swapped) { years.append(swapped) }
        return years
    }
}
