#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The workbench's own XML vocabulary for exported documents, version 1.
///
/// Every document is one root element (`minutes`, `agenda`, `action-plan`, `progress-report`)
/// in the namespace `urn:marac-workbench:documents:1`, with `version="1"`, its protective
/// `marking` and the `created` time. The RELAX NG schema `Templates/marac-documents.rng`
/// describes it; `DocumentSchema` validates against it and reads exports back.
///
/// ```xml
/// <minutes xmlns="urn:marac-workbench:documents:1" version="1" marking="OFFICIAL-SENSITIVE"
///          created="2026-11-25T16:00:00Z">
///   <meeting id="3" area="Anytown" date="2026-11-25" starts-at="09:30" .../>
///   ...
/// </minutes>
/// ```
public enum DocumentXML {
    /// The namespace of every element.
    public static let namespace = "urn:marac-workbench:documents:1"
    /// The vocabulary's version, written on every root element.
    public static let version = "1"

    /// The XML bytes of `document`, created at `created`.
    ///
    /// `anchor`, the audit chain's length and head at the export, is written as the root's
    /// `audit-entries` and `audit-head`.
    public static func bytes(
        of document: some ExportableDocument, created: Date, anchor: AuditAnchor? = nil
    ) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement(document.xmlRootName)
        try writer.attribute("xmlns", namespace)
        try writer.attribute("version", version)
        try writer.attribute("marking", document.marking)
        try writer.attribute("created", ODFParts.dateTime(created))
        try writer.attribute(
            "as-at", (document.contentAsAt ?? ODFParts.day(created)).description)
        if let entries = anchor?.entries { try writer.attribute("audit-entries", String(entries)) }
        if let head = anchor?.head { try writer.attribute("audit-head", head) }
        try document.writeXML(to: writer)
        try writer.endElement()
        return try writer.finish()
    }
}

extension XMLWriter {
    /// Opens `name` with the attributes whose values are present, in order.
    func start(_ name: String, _ attributes: [(String, String?)] = []) throws {
        try startElement(name)
        for case (let attribute, let value?) in attributes {
            try self.attribute(attribute, value)
        }
    }

    /// Writes a whole element: the attributes whose values are present, then `text` if any.
    func leaf(_ name: String, _ attributes: [(String, String?)] = [], text: String? = nil)
        throws
    {
        try start(name, attributes)
        if let text { try self.text(text) }
        try endElement()
    }

    /// Writes `<name>text</name>` for each of `values`.
    func leaves(_ name: String, _ values: [String]) throws {
        for value in values { try leaf(name, text: value) }
    }
}

extension Bool {
    /// `true` or `false`, as XML Schema booleans are written.
    var xml: String { self ? "true" : "false" }
}
