#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension AuditAnchor {
    /// The name of the ODF user-defined metadata field holding the chain's length.
    public static let odfEntriesField = "MARAC audit entries"
    /// The name of the ODF user-defined metadata field holding the chain's head hash.
    public static let odfHeadField = "MARAC audit head"

    /// Reads the anchor an exported document carries (`audit verify --against FILE`): the
    /// user-defined fields of an `.odt`'s `meta.xml` or a `.fodt`'s `office:meta`, or the
    /// `audit-entries` and `audit-head` of an `.xml` export's root.
    public init(documentAt path: String) throws {
        let format = try DocumentFormat(path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError.noAuditAnchor(fileName: AtomicFile.fileName(of: path))
        }
        let bytes = [UInt8](data)
        let name = AtomicFile.fileName(of: path)
        switch format {
        case .odt:
            let meta = try XMLTree.parse(
                try ZipReader(bytes: bytes, path: name).read("meta.xml"), part: "meta.xml")
            self = try Self.odf(meta.child(ODFNamespace.office, "meta"), fileName: name)
        case .fodt:
            let document = try XMLTree.parse(bytes, part: name)
            self = try Self.odf(document.child(ODFNamespace.office, "meta"), fileName: name)
        case .xml:
            let root = try XMLTree.parse(bytes, part: name)
            guard let head = root.attribute(nil, "audit-head"), Self.isHash(head) else {
                throw DocumentError.noAuditAnchor(fileName: name)
            }
            let entries = root.attribute(nil, "audit-entries").flatMap { Int($0) }
            self.init(entries: entries, head: head.lowercased())
        }
    }

    /// The anchor in an `office:meta` element's user-defined fields.
    private static func odf(_ meta: XMLTree.Element?, fileName: String) throws -> AuditAnchor {
        var fields: [String: String] = [:]
        for field in meta?.elements ?? [] where field.isNamed(ODFNamespace.meta, "user-defined") {
            guard let name = field.attribute(ODFNamespace.meta, "name") else { continue }
            fields[name] = field.children.compactMap {
                if case .text(let text) = $0 { text } else { nil }
            }.joined()
        }
        guard let head = fields[odfHeadField], isHash(head) else {
            throw DocumentError.noAuditAnchor(fileName: fileName)
        }
        return AuditAnchor(
            entries: fields[odfEntriesField].flatMap { Int($0) }, head: head.lowercased())
    }
}
