internal import CLibXML2

/// Writes an XML document into memory through libxml2's `xmlTextWriter`.
///
/// The writer owns an `xmlBuffer` and an `xmlTextWriter` and frees both in `deinit`; no libxml2
/// pointer escapes. Every name, value and text passes through `XMLText.sanitized` first, so
/// user text with control characters still yields a well-formed document; libxml2 escapes
/// `<`, `&`, `>` and (in attributes) quotes. Output is not indented, because whitespace inside
/// ODF paragraphs is significant.
/// See https://gnome.github.io/libxml2/html/xmlwriter.html
///
/// ```swift
/// let writer = try XMLWriter()
/// try writer.startDocument()
/// try writer.startElement("office:document-meta")
/// try writer.namespace("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
/// try writer.element("office:meta", text: "")
/// try writer.endElement()
/// let bytes = try writer.finish()
/// ```
public final class XMLWriter {
    private let buffer: UnsafeMutablePointer<xmlBuffer>
    private var writer: OpaquePointer?
    private var finished: [UInt8]?

    /// Creates a writer into a fresh memory buffer.
    ///
    /// Calls `xmlBufferCreate` and `xmlNewTextWriterMemory`.
    public init() throws {
        guard LibXML2.isReady else {
            throw ExportError.xmlWriterFailed(operation: "loading libxml2 (libxml2.so.2)")
        }
        guard let buffer = cxml_xmlBufferCreate() else {
            throw ExportError.xmlWriterFailed(operation: "creating a buffer")
        }
        // Double the buffer as it grows: libxml2's default grows it to the exact size on
        // every write, which reallocates (and copies) a large document hundreds of times.
        cxml_xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
        guard let writer = cxml_xmlNewTextWriterMemory(buffer, 0) else {
            cxml_xmlBufferFree(buffer)
            throw ExportError.xmlWriterFailed(operation: "creating a writer")
        }
        self.buffer = buffer
        self.writer = writer
    }

    deinit {
        if let writer { cxml_xmlFreeTextWriter(writer) }
        cxml_xmlBufferFree(buffer)
    }

    /// Writes the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    ///
    /// Calls `xmlTextWriterStartDocument`.
    public func startDocument() throws {
        try check("starting the document") {
            cxml_xmlTextWriterStartDocument($0, "1.0", "UTF-8", nil)
        }
    }

    /// Opens the element named `qname` (`"text:p"`); close it with `endElement()`.
    ///
    /// Calls `xmlTextWriterStartElement`.
    public func startElement(_ qname: String) throws {
        try Self.withXMLString(qname) { name in
            try check("starting element \(qname)") { cxml_xmlTextWriterStartElement($0, name) }
        }
    }

    /// Adds the attribute `qname="value"` to the element just opened.
    ///
    /// Calls `xmlTextWriterWriteAttribute`.
    public func attribute(_ qname: String, _ value: String) throws {
        try Self.withXMLString(qname) { name in
            try Self.withXMLString(value) { value in
                try check("writing attribute \(qname)") {
                    cxml_xmlTextWriterWriteAttribute($0, name, value)
                }
            }
        }
    }

    /// Declares the namespace `uri` under `prefix` on the element just opened.
    public func namespace(_ prefix: String, _ uri: String) throws {
        try attribute("xmlns:\(prefix)", uri)
    }

    /// Writes character data, escaping markup characters.
    ///
    /// Calls `xmlTextWriterWriteString`.
    public func text(_ text: String) throws {
        guard !text.isEmpty else { return }
        try Self.withXMLString(text) { content in
            try check("writing text") { cxml_xmlTextWriterWriteString($0, content) }
        }
    }

    /// Writes `fragment`, a constant of the code, as it is: markup that is the same in every
    /// document, written in one call instead of an element and its attributes one by one
    /// (a table of thousands of cells writes the same cell markup thousands of times).
    ///
    /// A `StaticString` can only be a literal, so no data can reach this unescaped. The
    /// fragment must be well-formed on its own or close what an earlier fragment opened;
    /// elements opened by `startElement` are still closed by `endElement`, which knows
    /// nothing of the elements in fragments.
    ///
    /// Calls `xmlTextWriterWriteRaw` (which first closes a start tag still open).
    public func markup(_ fragment: StaticString) throws {
        try check("writing markup") { writer in
            fragment.utf8Start.withMemoryRebound(
                to: xmlChar.self, capacity: fragment.utf8CodeUnitCount + 1
            ) { cxml_xmlTextWriterWriteRaw(writer, $0) }
        }
    }

    /// Closes the innermost open element with `xmlTextWriterEndElement`.
    public func endElement() throws {
        try check("ending an element") { cxml_xmlTextWriterEndElement($0) }
    }

    /// Writes a whole element: its attributes in order, then its text if any.
    public func element(
        _ qname: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil
    ) throws {
        try startElement(qname)
        for (name, value) in attributes {
            try attribute(name, value)
        }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element, ends the document and returns its UTF-8 bytes.
    ///
    /// Calls `xmlTextWriterEndDocument` and `xmlFreeTextWriter` (which flushes the buffer).
    public func finish() throws -> [UInt8] {
        if let finished { return finished }
        try check("ending the document") { cxml_xmlTextWriterEndDocument($0) }
        cxml_xmlFreeTextWriter(writer)
        writer = nil
        let length = Int(cxml_xmlBufferLength(buffer))
        let bytes: [UInt8]
        if let content = cxml_xmlBufferContent(buffer), length > 0 {
            bytes = Array(UnsafeBufferPointer(start: content, count: length))
        } else {
            bytes = []
        }
        finished = bytes
        return bytes
    }

    private func check(_ operation: @autoclosure () -> String, _ call: (OpaquePointer) -> Int32)
        throws
    {
        guard let writer, call(writer) >= 0 else {
            throw ExportError.xmlWriterFailed(operation: operation())
        }
    }

    /// Passes the sanitized `string` to libxml2 as a NUL-terminated `xmlChar` (UTF-8) string.
    private static func withXMLString<R>(
        _ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R
    ) rethrows -> R {
        try XMLText.sanitized(string).withCString { characters in
            try characters.withMemoryRebound(to: xmlChar.self, capacity: 1) { try body($0) }
        }
    }
}
