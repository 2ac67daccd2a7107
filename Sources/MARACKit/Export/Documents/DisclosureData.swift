/// Everything the workbench holds about one person, gathered for a subject access request or
/// a disclosure (to a court, a review panel): `person disclose REF --to FILE`.
///
/// The subject is a case's victim, or one of its perpetrators; the bundle holds the person
/// record, every case of theirs (not only REF), each case's risks and actions, the sharing
/// records and decisions not to share about them, and the audit entries that touch those
/// records. Records in those cases about someone else (a child, another perpetrator) are left
/// out and counted.
///
/// Each item that also concerns a third party is marked with the reasons (`thirdParty`), for
/// the reviewer's redaction decision: the bundle is what is held, not what may be released.
public struct DisclosureBundle: Equatable, Sendable {
    /// Whom the bundle is about.
    public enum SubjectRole: String, Equatable, Sendable, Codable {
        case victim, perpetrator
    }

    /// The kinds of item, in the order the bundle lists them.
    public enum ItemKind: String, Equatable, Sendable, CaseIterable, Codable {
        case referral, risk, action, sharing, declined, audit

        /// The section heading in the document.
        var heading: String {
            switch self {
            case .referral: "Referrals"
            case .risk: "Risks identified"
            case .action: "Actions"
            case .sharing: "Information shared about the person"
            case .declined: "Decisions not to share"
            case .audit: "Audit log entries"
            }
        }
    }

    /// One labelled value of an item.
    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// One record held about the person.
    public struct Item: Equatable, Sendable {
        public var kind: ItemKind
        /// The record's id as the tool prints it (`C-000001`, `risk 3`, `sharing 7`).
        public var id: String
        /// The case it belongs to, if any.
        public var caseReference: String?
        /// The day (or time) it was made.
        public var date: String
        public var fields: [Field]
        /// Why the item also concerns a third party, one sentence each (none when it does not).
        ///
        /// The reviewer decides what to redact.
        public var thirdParty: [String]

        public init(
            kind: ItemKind, id: String, caseReference: String?, date: String, fields: [Field],
            thirdParty: [String] = []
        ) {
            self.kind = kind
            self.id = id
            self.caseReference = caseReference
            self.date = date
            self.fields = fields
            self.thirdParty = thirdParty
        }
    }

    /// Whether the subject is the case's victim or a perpetrator.
    public var role: SubjectRole
    /// The case reference the request named.
    public var requestedFor: String
    /// The person's name and date of birth, as held.
    public var name: String
    public var dateOfBirth: Day?
    /// Every case of the person, oldest first.
    public var cases: [String]
    /// Every item, by kind and then as held.
    public var items: [Item]
    /// Sharing records and decisions in these cases about someone else, left out.
    public var aboutOthersLeftOut: Int
    public var organisation: String
    public var marking: String
    /// The day the bundle is as at.
    public var asAt: Day

    public init(
        role: SubjectRole, requestedFor: String, name: String, dateOfBirth: Day?,
        cases: [String], items: [Item], aboutOthersLeftOut: Int, organisation: String,
        marking: String = ODFDocument.defaultMarking, asAt: Day
    ) {
        self.role = role
        self.requestedFor = requestedFor
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.cases = cases
        self.items = items
        self.aboutOthersLeftOut = aboutOthersLeftOut
        self.organisation = organisation
        self.marking = marking
        self.asAt = asAt
    }

    /// The items marked as also concerning a third party.
    public var markedForReview: Int { items.filter { !$0.thirdParty.isEmpty }.count }
}

/// Finds the names of other people in an item's text: the third parties a reviewer must
/// consider before a bundle is released.
///
/// A person is named when their full name appears in the text (ignoring case), or their first
/// name as a whole word written with its capital (`Pat`, not the word `pat`). Names are never
/// printed in the reasons: the reason says which record's person it is (`perpetrator 1 of
/// C-000001`).
struct ThirdPartyNames {
    /// Another person recorded in the subject's cases, with how the bundle refers to them.
    struct Person {
        var name: String
        var role: String
    }

    var people: [Person]

    /// The reasons `texts` name one of `people`, one per person named.
    func reasons(in texts: [String]) -> [String] {
        let exactWords = Set(texts.flatMap { Self.words(of: $0, lowercased: false) })
        let joined =
            " "
            + texts.map { Self.words(of: $0, lowercased: true).joined(separator: " ") }
            .joined(separator: " ") + " "
        var reasons: [String] = []
        for person in people {
            let parts = Self.words(of: person.name, lowercased: true)
            guard !parts.isEmpty else { continue }
            let full = " " + parts.joined(separator: " ") + " "
            let first = Self.words(of: person.name, lowercased: false)[0]
            let capitalised = first.prefix(1).uppercased() + first.dropFirst()
            if joined.contains(full) || (first.count >= 3 && exactWords.contains(capitalised)) {
                let reason = "names another person (\(person.role))"
                if !reasons.contains(reason) { reasons.append(reason) }
            }
        }
        return reasons
    }

    /// The words of `text`, letters and apostrophes only.
    static func words(of text: String, lowercased: Bool) -> [String] {
        (lowercased ? text.lowercased() : text)
            .split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
            .map(String.init)
    }
}
