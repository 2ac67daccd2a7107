import MARACKit

/// A type whose values are typed on the command line: it parses a word and lists the words it
/// accepts, after swift-argument-parser's `ExpressibleByArgument`.
///
/// An enum of fixed words gets everything from its cases: interpolate it into a usage line to
/// show its choices (`"--status \(choices: ActionStatus.self)"` reads `--status
/// open|in-progress|done|blocked|cancelled`), read it with `arguments.value("--status", as:
/// ActionStatus.self)`, and a bad word is refused with the same list. One source, no copies.
///
/// ```swift
/// extension RecommendationScope: ArgumentValue {}
/// let scope = try arguments.required("--scope", as: RecommendationScope.self)
/// ```
protocol ArgumentValue: Sendable {
    /// The value `word` stands for, or an error naming `field` and what was expected.
    static func parse(_ word: String, field: String, usage: String?) throws(CommandError) -> Self
    /// The words accepted when they are a fixed list (an enum's cases); empty otherwise.
    static var allValueStrings: [String] { get }
}

/// An `ArgumentValue` whose words map to values with a failable initialiser.
protocol ExpressibleByArgument: ArgumentValue {
    /// The value `argument` stands for, or `nil`.
    init?(argument: String)
    /// What an error says was expected (`expected one of a, b or c`).
    static var expectation: String { get }
}

extension ExpressibleByArgument {
    static func parse(_ word: String, field: String, usage: String?) throws(CommandError) -> Self {
        guard let value = Self(argument: word) else {
            throw .invalidValue(field: field, expected: expectation, got: word, usage: usage)
        }
        return value
    }

    static var expectation: String { Arguments.oneOf(allValueStrings) }
}

extension ExpressibleByArgument
where Self: CaseIterable & RawRepresentable, RawValue == String {
    init?(argument: String) { self.init(rawValue: argument) }
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension DefaultStringInterpolation {
    /// The words `type` accepts as a usage placeholder: `open|in-progress|done`.
    mutating func appendInterpolation<T: ArgumentValue>(choices type: T.Type) {
        precondition(!type.allValueStrings.isEmpty, "\(type) has no fixed list of words")
        appendLiteral(type.allValueStrings.joined(separator: "|"))
    }
}

// MARK: - Plain values

extension String: ExpressibleByArgument {
    init?(argument: String) { self = argument }
    static var allValueStrings: [String] { [] }
    static var expectation: String { "expected some text" }
}

extension Int: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
    static var allValueStrings: [String] { [] }
    static var expectation: String { "expected a whole number" }
}

extension Day: ArgumentValue {
    static func parse(_ word: String, field: String, usage: String?) throws(CommandError) -> Day {
        try word.asDay(field: field, usage: usage)
    }
    static var allValueStrings: [String] { [] }
}

/// `yes` or `no`, for an option that sets a true-or-false property (`--public-authority no`).
enum YesNo: String, CaseIterable, ExpressibleByArgument {
    case yes, no
}

// MARK: - The library's enums

extension ActionStatus: ExpressibleByArgument {}
extension AttendanceStatus: ExpressibleByArgument {}
extension CommonLawPosition: ExpressibleByArgument {}
extension ConsentNotSoughtReason: ExpressibleByArgument {}
extension DHRActionStatus: ExpressibleByArgument {}
extension IDVAEngagement: ExpressibleByArgument {}
extension RecommendationScope: ExpressibleByArgument {}
extension ReviewStatus: ExpressibleByArgument {}
extension ReviewType: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension CSVEncoding: ExpressibleByArgument {}

extension ConsentState: ExpressibleByArgument {
    /// `sought`, `given`, `refused` or `not-sought` (without a reason: `--consent-reason`).
    init?(argument: String) { self.init(name: argument) }
    static var allValueStrings: [String] { names }
}

// MARK: - Whom a sharing record is about

extension SharingSubject.Typed: ArgumentValue {
    static func parse(_ word: String, field: String, usage: String?) throws(CommandError) -> Self {
        do {
            return try Self(parsing: word)
        } catch {
            throw .invalidValue(
                field: field, expected: "expected \(forms) (\(error.problem))",
                got: word.subjectEcho, usage: usage)
        }
    }
    static var allValueStrings: [String] { [] }
}

extension SharingSubject.Filter: ArgumentValue {
    static func parse(_ word: String, field: String, usage: String?) throws(CommandError) -> Self {
        do {
            return try Self(parsing: word)
        } catch {
            throw .invalidValue(
                field: field,
                expected: "expected victim|perpetrator[:N]|child[:N]|other[:TEXT] "
                    + "(\(error.problem))",
                got: word.subjectEcho, usage: usage)
        }
    }
    static var allValueStrings: [String] { [] }
}

extension String {
    /// The word as an error may repeat it: a description after `other:` may name someone.
    fileprivate var subjectEcho: String {
        lowercased().hasPrefix("other:") ? "other:…" : self
    }
}
