/// The "adult at risk" test DPA 2018 Schedule 1 paragraph 18(3) (and Schedule 8 paragraph 4)
/// asks of an adult: reasonable cause to suspect they (a) have needs for care and support,
/// (b) are experiencing, or at risk of, neglect or harm, and (c) as a result of those needs
/// are unable to protect themselves.
///
/// Rule 5 refuses a record whose test does not say something real about (a) and (c): a
/// statement naming the care and support needs, and one saying why the person cannot protect
/// themselves, each with words of its own beyond the statute's (`"x"`, or "care and support
/// needs; cannot protect herself", says neither).
///
/// ```swift
/// AdultAtRiskTest.missing(in: "x")   // [.careAndSupportNeeds, .unableToProtect]
/// AdultAtRiskTest.missing(in: "Care and support needs: early dementia; "
///     + "cannot protect herself because she relies on him for her medication")   // []
/// ```
public enum AdultAtRiskTest {
    /// A part of the test a recorded text must state.
    public enum Limb: Equatable, Sendable, CaseIterable {
        /// (a) what the care and support needs are.
        case careAndSupportNeeds
        /// (c) why, as a result, the person cannot protect themselves.
        case unableToProtect

        /// What the text must state, for the rule's message.
        public var requirement: String {
            switch self {
            case .careAndSupportNeeds:
                "what the care and support needs are (a statement naming them, such as "
                    + "\"care and support needs: early dementia\")"
            case .unableToProtect:
                "why the person cannot protect themselves as a result (a statement with "
                    + "\"protect\" and the reason, such as \"cannot protect herself because "
                    + "she relies on him for her care\")"
            }
        }

        /// The word a statement about this limb contains.
        fileprivate var keywords: [String] {
            switch self {
            case .careAndSupportNeeds: ["care", "support", "need"]
            case .unableToProtect: ["protect"]
            }
        }

        /// Words that only restate the limb, and say nothing about this person.
        fileprivate var stockWords: Set<String> {
            let common: Set<String> = [
                "and", "the", "has", "have", "with", "for", "she", "her", "his", "him", "they",
                "them", "their", "are", "was", "were", "being", "who", "this", "that", "person",
                "adult", "victim", "not", "from", "result", "also", "any", "some",
            ]
            switch self {
            case .careAndSupportNeeds:
                return common.union([
                    "care", "support", "supports", "needs", "need", "needing", "needed",
                ])
            case .unableToProtect:
                return common.union([
                    "cannot", "can't", "can", "unable", "protect", "protecting", "protects",
                    "herself", "himself", "themselves", "themself", "self", "therefore",
                ])
            }
        }
    }

    /// The limbs `text` does not state, in order; empty when it states both.
    public static func missing(in text: String) -> [Limb] {
        let statements = text.lowercased().split(whereSeparator: { ";.\n".contains($0) })
        return Limb.allCases.filter { limb in
            !statements.contains { statement in
                limb.keywords.contains(where: statement.contains)
                    && words(of: statement).contains { !limb.stockWords.contains($0) }
            }
        }
    }

    /// The words of three letters or more in `statement`.
    private static func words(of statement: Substring) -> [String] {
        statement.split(whereSeparator: { !$0.isLetter && $0 != "'" })
            .map(String.init).filter { $0.count >= 3 }
    }
}
