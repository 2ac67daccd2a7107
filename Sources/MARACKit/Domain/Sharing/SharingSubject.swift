/// Whom a sharing record (or a decision not to share) is about: the case's victim, one of its
/// perpetrators or children (by their 1-based number in the case), or someone else described
/// in words (product.md section 3: "about whom").
///
/// The subject decides which rules apply (para 18's adult-at-risk test asks nothing for a
/// child under 18) and which records a subject access request gathers.
///
/// ```swift
/// try SharingSubject.Typed(parsing: "child:2")   // .child(2)
/// SharingSubject.perpetrator(1).description      // "perpetrator:1"
/// ```
public enum SharingSubject: Equatable, Hashable, Sendable {
    /// The case's victim (the default).
    case victim
    /// The case's perpetrator with this number (1 for the first recorded).
    case perpetrator(Int)
    /// The case's child with this number (1 for the first recorded).
    case child(Int)
    /// Someone else, as the person recording it describes them (never checked against a
    /// record).
    case other(String)

    /// The kinds of subject, as stored in the `subject` column and typed before the colon.
    public enum Kind: String, Equatable, Sendable, CaseIterable, Codable {
        case victim, perpetrator, child, other
    }

    /// The kind of subject.
    public var kind: Kind {
        switch self {
        case .victim: .victim
        case .perpetrator: .perpetrator
        case .child: .child
        case .other: .other
        }
    }

    /// The perpetrator's or child's number in the case.
    public var ordinal: Int? {
        switch self {
        case .perpetrator(let number), .child(let number): number
        case .victim, .other: nil
        }
    }

    /// The description of someone else.
    public var otherText: String? {
        if case .other(let text) = self { return text }
        return nil
    }

    /// The subject from its stored columns; `nil` when they disagree.
    public init?(kind: Kind, ordinal: Int?, text: String?) {
        switch (kind, ordinal, text) {
        case (.victim, nil, nil): self = .victim
        case (.perpetrator, let number?, nil) where number >= 1: self = .perpetrator(number)
        case (.child, let number?, nil) where number >= 1: self = .child(number)
        case (.other, nil, let text?): self = .other(text)
        default: return nil
        }
    }

    /// `victim`, `perpetrator:1`, `child:2` or `other:TEXT`, as `--about` takes it.
    public var description: String {
        switch self {
        case .victim: "victim"
        case .perpetrator(let number): "perpetrator:\(number)"
        case .child(let number): "child:\(number)"
        case .other(let text): "other:\(text)"
        }
    }

    /// As the audit log names it: the `--about` form, except that someone else's description
    /// is left out (it may name them).
    public var auditWords: String {
        if case .other = self { return "other" }
        return description
    }

    /// In words for documents: `the victim`, `perpetrator 1`, `child 2`, `other: a neighbour`.
    public var words: String {
        switch self {
        case .victim: "the victim"
        case .perpetrator(let number): "perpetrator \(number)"
        case .child(let number): "child \(number)"
        case .other(let text): "other: \(text)"
        }
    }

    /// A subject as typed after `--about`: the number of a perpetrator or child may be left out
    /// when the case has only one.
    public enum Typed: Equatable, Sendable {
        case victim
        case perpetrator(Int?)
        case child(Int?)
        case other(String)

        /// The words `--about` accepts, for usage lines and errors.
        public static let forms = "victim|perpetrator[:N]|child[:N]|other:TEXT"

        /// Parses `victim`, `perpetrator`, `perpetrator:N`, `child`, `child:N` or `other:TEXT`
        /// (the kind in any case); throws `SubjectError.malformed` with what was expected.
        public init(parsing word: String) throws(SubjectError) {
            let (head, tail) =
                word.firstIndex(of: ":").map {
                    (String(word[..<$0]), String(word[word.index(after: $0)...]))
                } ?? (word, nil)
            guard let kind = Kind(rawValue: head.lowercased()) else {
                throw .malformed(word, problem: "unknown kind of subject")
            }
            switch kind {
            case .victim:
                guard tail == nil else { throw .malformed(word, problem: "victim takes no :N") }
                self = .victim
            case .perpetrator, .child:
                var number: Int?
                if let tail {
                    guard let value = Int(tail), value >= 1, value <= 99 else {
                        throw .malformed(word, problem: "N must be a whole number from 1")
                    }
                    number = value
                }
                self = kind == .child ? .child(number) : .perpetrator(number)
            case .other:
                guard let tail, !tail.allSatisfy(\.isWhitespace) else {
                    throw .malformed(word, problem: "other needs a description after the colon")
                }
                self = .other(tail)
            }
        }
    }
}

/// Why `--about` was refused: one sentence naming the option and what was expected, never the
/// description typed after `other:` (it may name someone).
public enum SubjectError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The word is not one of the accepted forms.
    case malformed(String, problem: String)
    /// `perpetrator` or `child` without a number, and the case has several (or none).
    case ambiguous(SharingSubject.Kind, case: String, count: Int)
    /// The number is beyond those the case records.
    case noSuchPerson(SharingSubject.Kind, number: Int, case: String, count: Int)

    public var description: String {
        switch self {
        case .malformed(let word, let problem):
            let shown = word.lowercased().hasPrefix("other:") ? "other:…" : word.echoedAsIdentifier
            return "--about: expected \(SharingSubject.Typed.forms), got \(shown) (\(problem))"
        case .ambiguous(let kind, let reference, let count):
            return count == 0
                ? "--about: \(reference) has no \(kind.rawValue) recorded; add one with "
                    + "'\(kind.rawValue) add \(reference)' first"
                : "--about: \(reference) has \(count) \(Self.plural(kind)): say which, as "
                    + "\(kind.rawValue):N (1 to \(count))"
        case .noSuchPerson(let kind, let number, let reference, let count):
            return "--about: \(reference) has no \(kind.rawValue) \(number); it records "
                + (count == 0 ? "none" : "\(count) (1 to \(count))")
        }
    }

    /// What was wrong with a malformed word, for a usage error; empty otherwise.
    public var problem: String {
        if case .malformed(_, let problem) = self { return problem }
        return ""
    }

    private static func plural(_ kind: SharingSubject.Kind) -> String {
        kind == .child ? "children" : "\(kind.rawValue)s"
    }
}

extension SharingSubject: Codable, CustomStringConvertible {
    /// Encoded as its `--about` form (`"child:1"`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        let typed: Typed
        do { typed = try Typed(parsing: word) } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a subject: \(error)")
        }
        switch typed {
        case .victim: self = .victim
        case .perpetrator(let number?): self = .perpetrator(number)
        case .child(let number?): self = .child(number)
        case .other(let text): self = .other(text)
        case .perpetrator(nil), .child(nil):
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a stored subject needs its number")
        }
    }
}

extension SharingSubject {
    /// Which subjects `share list --about` shows: a kind (`child`: every child), one person of
    /// it (`child:2`), or one description of someone else (`other:a neighbour`).
    public struct Filter: Equatable, Sendable {
        public var kind: Kind
        public var ordinal: Int?
        public var text: String?

        /// Parses the forms `--about` takes, where `other` alone is every other subject.
        public init(parsing word: String) throws(SubjectError) {
            if word.lowercased() == Kind.other.rawValue {
                self.init(kind: .other)
                return
            }
            switch try Typed(parsing: word) {
            case .victim: self.init(kind: .victim)
            case .perpetrator(let number): self.init(kind: .perpetrator, ordinal: number)
            case .child(let number): self.init(kind: .child, ordinal: number)
            case .other(let text): self.init(kind: .other, text: text)
            }
        }

        public init(kind: Kind, ordinal: Int? = nil, text: String? = nil) {
            self.kind = kind
            self.ordinal = ordinal
            self.text = text
        }
    }
}
