/// An id typed the way the tool prints it: a letter and a number (`R3`), or the number alone.
///
/// Each kind of record parses its own ids here, not each command.
///
/// | record       | printed as          | accepted         |
/// |--------------|---------------------|------------------|
/// | DHR review   | `R3`                | `R3`, `r3`, `3`  |
/// | DHR action   | `A12`               | `A12`, `a12`, `12` |
/// | MARAC action | `12` (`#12` in lists) | `12`, `#12`    |
/// | meeting      | `3`                 | `3`              |
///
/// Case references (`C-000014`) are text and checked by the library.
protocol RecordID: ArgumentValue, Equatable, CustomStringConvertible {
    /// The letter the tool prints before the number (`R`), if any.
    static var prefix: String? { get }
    /// What the record is called in errors (`review`).
    static var noun: String { get }
    /// The number stored in the database.
    var number: Int { get }
    init(number: Int)
}

extension RecordID {
    static func parse(_ word: String, field: String, usage: String?) throws(CommandError) -> Self {
        var digits = Substring(word)
        if let prefix, digits.uppercased().hasPrefix(prefix) {
            digits = digits.dropFirst(prefix.count)
        }
        guard let number = positiveNumber(digits) else {
            throw .invalidValue(field: field, expected: expectation, got: word, usage: usage)
        }
        return Self(number: number)
    }

    static var allValueStrings: [String] { [] }

    /// `expected a review: R and its number (R3), or the number alone`.
    static var expectation: String {
        guard let prefix else { return "expected a \(noun) number (3)" }
        return "expected a \(noun): \(prefix) and its number (\(prefix)3), or the number alone"
    }

    /// The id as the tool prints it (`R3`).
    var description: String { (Self.prefix ?? "") + String(number) }
}

/// `digits` as a whole number above zero, when they are only ASCII digits.
func positiveNumber(_ digits: Substring) -> Int? {
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let number = Int(digits), number > 0
    else { return nil }
    return number
}

/// A Domestic Homicide Review: `R3`.
struct ReviewID: RecordID {
    static let prefix: String? = "R"
    static let noun = "review"
    var number: Int
}

/// An action of a DHR action plan: `A12`.
struct DHRActionID: RecordID {
    static let prefix: String? = "A"
    static let noun = "DHR action"
    var number: Int
}

/// An action agreed at a MARAC: `12` (lists show `#12`).
struct ActionID: RecordID {
    static let prefix: String? = "#"
    static let noun = "action"
    var number: Int

    /// MARAC actions print as the bare number.
    var description: String { String(number) }
}

/// A MARAC meeting: `3`.
struct MeetingID: RecordID {
    static let prefix: String? = nil
    static let noun = "meeting"
    var number: Int
}

/// What `smart check` checks: a review's actions, or one action.
///
/// `R3` is review 3 and `A12` action 12. A bare number is whichever of the two exists; when
/// both a review and an action have that number the user is asked to say which.
enum SmartTarget: ArgumentValue, Equatable {
    case review(ReviewID)
    case action(DHRActionID)
    /// A bare number: a review or an action, decided against the database.
    case either(Int)

    static func parse(_ word: String, field: String, usage: String?) throws(CommandError)
        -> SmartTarget
    {
        switch word.first?.uppercased() {
        case "R": return .review(try ReviewID.parse(word, field: field, usage: usage))
        case "A": return .action(try DHRActionID.parse(word, field: field, usage: usage))
        default:
            guard let number = positiveNumber(Substring(word)) else {
                throw .invalidValue(
                    field: field,
                    expected: "expected R and a review's number (R3), A and an action's number "
                        + "(A12), or a number", got: word, usage: usage)
            }
            return .either(number)
        }
    }

    static var allValueStrings: [String] { [] }
}
