#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes the XML parts of an ODF text document, shared by the package and flat writers.
///
/// Each function writes one `office:` section through an open `XMLWriter`; the package writer
/// wraps them in `office:document-content`, `office:document-styles` and
/// `office:document-meta`, the flat writer in a single `office:document`.
struct ODFParts {
    /// The template, with the document's variables substituted and missing styles completed.
    let template: ODFTemplate
    let document: ODFDocument
    let body: ODFBody

    /// The ODF version written in every `office:version` attribute.
    static let version = "1.3"
    /// The media type of an ODF text document.
    static let mediaType = "application/vnd.oasis.opendocument.text"
    /// The `meta:generator` value, naming the tool only: no user, no machine.
    static let generator = "MARAC workbench"

    init(template: ODFTemplate, document: ODFDocument) {
        var variables = document.templateVariables
        variables = variables.mapValues(XMLText.sanitized)
        self.template = template.substituting(variables)
            .completed(from: .embedded(document.orientation == .landscape ? .actionPlan : .minutes))
        self.document = document
        self.body = ODFBody(document: document)
    }

    /// Opens a root element, declares the ODF namespaces and sets `office:version`.
    static func startRoot(_ qname: String, _ writer: XMLWriter) throws {
        try writer.startElement(qname)
        try ODFNamespace.declareAll(on: writer)
        try writer.attribute("office:version", version)
    }

    /// `office:meta`: title, generator, creation date and the audit chain's anchor; never an
    /// author or editing time.
    func writeMeta(_ writer: XMLWriter) throws {
        let date = ODFParts.dateTime(document.created)
        try writer.startElement("office:meta")
        try writer.element("meta:generator", text: Self.generator)
        if !document.title.isEmpty { try writer.element("dc:title", text: document.title) }
        try writer.element("meta:creation-date", text: date)
        try writer.element("dc:date", text: date)
        if let anchor = document.auditAnchor {
            // The chain's end at the export: each copy circulated is an anchor for
            // `audit verify --against`.
            if let entries = anchor.entries {
                try writer.startElement("meta:user-defined")
                try writer.attribute("meta:name", AuditAnchor.odfEntriesField)
                try writer.attribute("meta:value-type", "float")
                try writer.text(String(entries))
                try writer.endElement()
            }
            try writer.startElement("meta:user-defined")
            try writer.attribute("meta:name", AuditAnchor.odfHeadField)
            try writer.attribute("meta:value-type", "string")
            try writer.text(anchor.head)
            try writer.endElement()
        }
        try writer.endElement()
    }

    func writeFontFaces(_ writer: XMLWriter) throws {
        try section("office:font-face-decls", template.fontFaces, writer)
    }

    func writeStyles(_ writer: XMLWriter) throws {
        try section("office:styles", template.styles, writer)
    }

    /// The template's automatic styles; `forContent` keeps only those content can use and adds
    /// the body's generated ones, `forStyles` keeps all of the template's (page layouts...).
    func writeAutomaticStyles(_ writer: XMLWriter, content: Bool, styles: Bool) throws {
        var elements: [XMLTree.Element] = []
        if styles { elements += template.automaticStyles }
        if content {
            if !styles { elements += template.contentAutomaticStyles }
            elements += body.automaticStyles()
        }
        try section("office:automatic-styles", elements, writer)
    }

    func writeMasterStyles(_ writer: XMLWriter) throws {
        try section("office:master-styles", template.masterStyles, writer)
    }

    func writeBody(_ writer: XMLWriter) throws {
        try writer.startElement("office:body")
        try writer.startElement("office:text")
        try body.write(to: writer)
        try writer.endElement()
        try writer.endElement()
    }

    private func section(_ qname: String, _ elements: [XMLTree.Element], _ writer: XMLWriter) throws
    {
        try writer.startElement(qname)
        for element in elements {
            try element.write(to: writer, prefixes: ODFNamespace.prefixes)
        }
        try writer.endElement()
    }

    /// `date` as an XML Schema `dateTime` in UTC, to the second (`2026-11-25T09:30:00Z`).
    static func dateTime(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let time = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(Day(ordinal: days))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    /// The UTC day of `date`, for ZIP timestamps.
    static func day(_ date: Date) -> Day {
        Day(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
