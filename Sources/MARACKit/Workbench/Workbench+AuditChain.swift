extension Workbench {
    /// Walks the audit log's hash chain (`audit verify`): an edited, inserted or deleted row
    /// breaks a link or leaves a gap in the ids, entries deleted from the end leave the chain
    /// short of its head row, and each anchor kept outside the database must still hold.
    ///
    /// An empty chain on a database that holds records is broken: every record was added by an
    /// audited command. Each of `anchors` (a head noted earlier, `--expect`, or the metadata of
    /// an exported document, `--against`) must still be in the chain: its entry `entries` must
    /// carry its `head`, which shows entries cut from the end or a stretch rewritten with its
    /// hashes recomputed, even when the head row was rewritten to match.
    public func verifyAudit(against anchors: [(anchor: AuditAnchor, source: String)] = [])
        throws -> AuditVerification
    {
        try authorize(.auditVerify)
        return try Self.verifyChain(of: db, against: anchors)
    }

    /// The anchor an export carries: the chain as it will be once the export's own entry
    /// (`operation`, `entity`, `id`, `summary`) is appended in this transaction, so the
    /// document also vouches for the record of its own export.
    func auditAnchor(
        afterAppending operation: Operation, _ entity: String, _ id: CustomStringConvertible,
        _ summary: String
    ) throws -> AuditAnchor {
        let head = try db.auditAnchorHead()
        let entry = nextAuditEntry(
            previous: head.hash, operation, entity, id.description, summary)
        return AuditAnchor(entries: head.entries + 1, head: entry.hash)
    }

    /// Walks `db`'s audit chain and compares its end with the chain's head and with `anchors`,
    /// so entries deleted from the end show as well as edited, inserted or deleted ones.
    static func verifyChain(
        of db: Database, against anchors: [(anchor: AuditAnchor, source: String)] = []
    ) throws -> AuditVerification {
        var previous = AuditEntry.genesis
        var count = 0
        var expectedID = 1
        var broken: (Int, String)?
        // Where each anchor's head occurs in the chain (entry id), and the hash at each
        // anchor's entry number.
        let heads = Set(anchors.map(\.anchor.head))
        let positions = Set(anchors.compactMap(\.anchor.entries))
        var foundAt: [String: Int] = [:]
        var hashAt: [Int: String] = [0: AuditEntry.genesis]
        let hasher = SHA256.FieldHasher()
        try db.forEachAuditEntry { entry in
            count += 1
            if heads.contains(entry.hash), foundAt[entry.hash] == nil {
                foundAt[entry.hash] = entry.id
            }
            if positions.contains(entry.id) { hashAt[entry.id] = entry.hash }
            guard broken == nil else { return }
            if entry.id != expectedID {
                broken = (entry.id, "entries \(expectedID) to \(entry.id - 1) are missing")
            } else if entry.previousHash != previous {
                broken = (entry.id, "it does not link to the entry before it")
            } else if entry.hash
                != AuditEntry.hash(
                    previous: previous, at: entry.at, user: entry.user, command: entry.command,
                    entity: entry.entity, entityID: entry.entityID, summary: entry.summary,
                    using: hasher)
            {
                broken = (entry.id, "its contents do not match its hash")
            }
            previous = entry.hash
            expectedID = entry.id + 1
        }
        if broken == nil, let head = try db.auditHead() {
            if head.entries > count {
                broken = (
                    count + 1,
                    "the chain's head records \(head.entries) entries but only \(count) remain: "
                        + "entries were deleted from its end"
                )
            } else if head.entries != count || head.hash != previous {
                broken = (count, "the last entry does not match the chain's head")
            }
        }
        if broken == nil, count == 0, try db.holdsRecords() {
            broken = (
                1,
                "the audit log is empty but the database holds records, each added by an "
                    + "audited command: its entries were deleted"
            )
        }
        let checks = anchors.map { anchor, source in
            check(
                anchor, from: source, entries: count, foundAt: foundAt[anchor.head],
                hashAt: anchor.entries.flatMap { hashAt[$0] })
        }
        return AuditVerification(
            entries: count, head: previous, firstBrokenID: broken?.0, reason: broken?.1,
            anchors: checks)
    }

    /// Whether the chain of `entries` entries still holds `anchor`: its head occurs at entry
    /// `foundAt`, and entry `anchor.entries` carries `hashAt`.
    private static func check(
        _ anchor: AuditAnchor, from source: String, entries: Int, foundAt: Int?, hashAt: String?
    ) -> AnchorCheck {
        func refused(_ reason: String) -> AnchorCheck {
            AnchorCheck(anchor: anchor, source: source, holds: false, reason: reason)
        }
        if let expected = anchor.entries {
            if expected > entries {
                return refused(
                    "it records \(expected) entries but the chain has \(entries): entries were "
                        + "cut from the end of the chain")
            }
            if hashAt != anchor.head {
                return refused(
                    "entry \(expected) does not carry its head hash: the chain was rewritten "
                        + "at or before entry \(expected)")
            }
        } else if anchor.head != AuditEntry.genesis, foundAt == nil {
            return refused(
                "its head hash is not in the chain: entries were cut from the end of the "
                    + "chain, or a stretch of it was rewritten")
        }
        return AnchorCheck(anchor: anchor, source: source, holds: true, reason: nil)
    }
}
