/// One row of the append-only audit log: who changed what, when, with which command.
///
/// The summary names records by id or reference and says what changed, never personal data.
/// Each entry's hash covers its fields and the previous entry's hash, so editing or deleting
/// a row breaks the chain that `audit verify` walks.
public struct AuditEntry: Equatable, Sendable, Codable {
    public var id: Int
    public var at: String
    public var user: String
    public var command: String
    public var entity: String
    public var entityID: String
    public var summary: String
    public var previousHash: String
    public var hash: String

    /// The hash an entry with these fields must carry.
    ///
    /// SHA-256 of the fields joined by ``separator``. Pass one `hasher` when hashing many
    /// entries (`audit verify`, a seed).
    public static func hash(
        previous: String, at: String, user: String, command: String, entity: String,
        entityID: String, summary: String, using hasher: SHA256.FieldHasher = SHA256.FieldHasher()
    ) -> String {
        hasher.hex(
            [previous, at, user, command, entity, entityID, summary], separator: Self.separator)
    }

    /// The byte between the hashed fields (US, the unit separator, U+001F).
    static let separator: UInt8 = 0x1F

    /// The hash of the chain's start, before any entry.
    public static let genesis = String(repeating: "0", count: 64)
}

/// The outcome of walking the audit chain.
///
/// `entries` and `head` are the chain's length and last hash: noted outside the database
/// (`audit verify --expect`) or carried by an exported document (`--against`), they are an
/// anchor that shows entries cut from the end or a stretch rewritten with its hashes
/// recomputed, which the chain cannot show by itself.
public struct AuditVerification: Equatable, Sendable, Codable {
    public var entries: Int
    /// The hash of the last entry (all zeros for an empty chain).
    public var head: String
    /// The id of the first entry whose hash or link does not match, if any.
    public var firstBrokenID: Int?
    public var reason: String?
    /// Each anchor checked, and whether the chain still holds it.
    public var anchors: [AnchorCheck]
    public var isIntact: Bool { firstBrokenID == nil && anchors.allSatisfy(\.holds) }

    public init(
        entries: Int, head: String, firstBrokenID: Int? = nil, reason: String? = nil,
        anchors: [AnchorCheck] = []
    ) {
        self.entries = entries
        self.head = head
        self.firstBrokenID = firstBrokenID
        self.reason = reason
        self.anchors = anchors
    }
}
