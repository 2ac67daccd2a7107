/// A point of the audit chain kept outside the database: how many entries the chain had and
/// the hash of its last entry, as `audit verify` printed them or an exported document carries
/// them in its metadata.
///
/// A hash chain inside a file cannot prove its own end: whoever can write the file can cut
/// entries from the end, or rewrite a stretch and recompute every hash after it. An anchor
/// held elsewhere (a head noted from `audit verify`, minutes circulated to twelve agencies)
/// can be checked against the chain later: entry `entries` must still carry `head`.
///
/// ```swift
/// let anchor = try AuditAnchor(parsing: "101:3fa2…")   // or just the 64-hex head
/// try workbench.verifyAudit(against: [anchor])
/// ```
public struct AuditAnchor: Equatable, Sendable, Codable {
    /// How many entries the chain had; `nil` when only the head hash is known.
    public var entries: Int?
    /// The hash of the chain's last entry then (64 lower-case hex digits; all zeros for an
    /// empty chain).
    public var head: String

    public init(entries: Int?, head: String) {
        self.entries = entries
        self.head = head
    }

    /// Reads `HEAD` (64 hex digits) or `N:HEAD`, as `audit verify` prints them.
    public init(parsing text: String) throws(MARACError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let expected = "the head hash printed by audit verify (64 hex digits, or ENTRIES:HASH)"
        guard parts.count <= 2, let hash = parts.last.map(String.init), Self.isHash(hash) else {
            throw MARACError.invalid(field: "--expect", expected: expected)
        }
        var entries: Int?
        if parts.count == 2 {
            guard let count = Int(parts[0]), count >= 0 else {
                throw MARACError.invalid(field: "--expect", expected: expected)
            }
            entries = count
        }
        self.init(entries: entries, head: hash.lowercased())
    }

    /// Whether `text` is a SHA-256 in hex.
    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.allSatisfy(\.isHexDigit)
    }

    /// `N:HEAD`, the form `--expect` reads back.
    public var description: String { (entries.map { "\($0):" } ?? "") + head }
}

/// What checking one anchor against the chain found.
public struct AnchorCheck: Equatable, Sendable, Codable {
    /// The anchor checked.
    public var anchor: AuditAnchor
    /// Where it came from: `--expect`, or the document's file name.
    public var source: String
    /// Whether the chain still holds the anchor's head at its place.
    public var holds: Bool
    /// Why not, when it does not hold.
    public var reason: String?
}
