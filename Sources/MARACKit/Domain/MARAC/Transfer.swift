/// Which way a case crossed between MARACs.
public enum TransferDirection: String, Equatable, Sendable, Codable, CaseIterable {
    /// The case left an area of this database.
    case out
    /// The case joined an area of this database.
    case `in`
}

/// One MARAC-to-MARAC transfer of a case, as recorded on one side.
///
/// A transfer between two areas of one database is two records, `out` of the sending area and
/// `in` to the receiving one; a transfer to another database is an `out` record here and, once
/// that MARAC runs `case receive`, an `in` record there.
public struct CaseTransfer: Equatable, Sendable, Codable {
    public var reference: String
    public var direction: TransferDirection
    /// The area of this database the case left or joined.
    public var area: String
    /// The MARAC (area) the case went to or came from.
    public var otherMARAC: String
    public var date: Day
    public var reason: String
    /// The case's reference at the other MARAC, for a case received from another database.
    public var theirReference: String?

    public init(
        reference: String, direction: TransferDirection, area: String, otherMARAC: String,
        date: Day, reason: String, theirReference: String? = nil
    ) {
        self.reference = reference
        self.direction = direction
        self.area = area
        self.otherMARAC = otherMARAC
        self.date = date
        self.reason = reason
        self.theirReference = theirReference
    }

    /// `transferred in from North Shire on 2026-11-02` or `transferred out to …`.
    public var summary: String {
        switch direction {
        case .in: "transferred in from \(otherMARAC) on \(date)"
        case .out: "transferred out to \(otherMARAC) on \(date)"
        }
    }
}
