/// The relationships recorded between the people of a case, from `Policies/relationships.xml`:
/// a perpetrator's to the victim, a child's to the victim and to the perpetrator, and whom a
/// child lives with.
///
/// ```swift
/// policies.relationships.words(.perpetratorToVictim)      // ["partner", "ex-partner", ...]
/// policies.relationships.title("ex-partner", in: .perpetratorToVictim)   // "Former intimate partner"
/// ```
public struct RelationshipsPolicy: Equatable, Sendable {
    /// Which relationship a list describes.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// The perpetrator's relationship to the victim (`--relationship` of `perpetrator add`).
        case perpetratorToVictim = "perpetrator-to-victim"
        /// A child's relationship to the victim (`--relationship` of `child add`).
        case childToVictim = "child-to-victim"
        /// A child's relationship to the perpetrator (`--perpetrator-relationship`).
        case childToPerpetrator = "child-to-perpetrator"
        /// Whom a child lives with (`--lives-with`).
        case livesWith = "lives-with"
    }

    /// One relationship: the word typed and what it means.
    public struct Relationship: Equatable, Sendable {
        public var id: String
        public var title: String
    }

    /// The relationships of each kind, in file order.
    public var lists: [Kind: [Relationship]]

    public init(lists: [Kind: [Relationship]]) { self.lists = lists }

    /// The words accepted for `kind`, in file order.
    public func words(_ kind: Kind) -> [String] { (lists[kind] ?? []).map(\.id) }

    /// Whether `word` is listed for `kind`.
    public func contains(_ word: String, in kind: Kind) -> Bool {
        lists[kind]?.contains { $0.id == word } ?? false
    }

    /// What `word` means in `kind`, or the word itself when it is not listed ("not recorded").
    public func title(_ word: String, in kind: Kind) -> String {
        lists[kind]?.first { $0.id == word }?.title ?? word
    }

    /// The file name inside the policy directory.
    static let fileName = "relationships"

    /// The lists from the validated root element, refusing a list given twice, a list missing
    /// and a word repeated within a list.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> RelationshipsPolicy {
        let reader = PolicyReader(file: file)
        let listNodes = root.children(named: "list")
        try reader.requireUnique(listNodes) { $0.attribute("name") }
        var lists: [Kind: [Relationship]] = [:]
        for node in listNodes {
            let kind: Kind = try reader.value("name", of: node)
            let words = node.children(named: "relationship")
            try reader.requireUnique(words) { $0.attribute("id") }
            var relationships: [Relationship] = []
            for word in words {
                relationships.append(
                    Relationship(id: try reader.attribute("id", of: word), title: word.trimmedText))
            }
            lists[kind] = relationships
        }
        for kind in Kind.allCases where lists[kind] == nil {
            throw PolicyError(
                file: file, line: root.line, reason: .invalidValue("no list \"\(kind.rawValue)\""))
        }
        return RelationshipsPolicy(lists: lists)
    }
}
