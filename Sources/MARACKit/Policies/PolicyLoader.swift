internal import CLibXML2

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a policy file with libxml2, validates it against its RELAX NG schema and returns a
/// `PolicyNode` tree: the only code that touches libxml2 for reading (ODF templates and
/// exported documents are read here too).
///
/// libxml2 prints its errors to standard error by default; here a structured error handler
/// collects them instead, so a refused file becomes one `PolicyError` with a file and line.
/// Parsing never touches the network (`XML_PARSE_NONET`), never loads a DTD or expands
/// entities (no `XML_PARSE_DTDLOAD`, no `XML_PARSE_NOENT`), never processes XIncludes, and the
/// external entity loader refuses every URL, so a RELAX NG `<include>` or `<externalRef>` cannot
/// make the tool open a file or a socket: the only schemas are the ones compiled in, whole.
///
/// ```swift
/// let root = try PolicyLoader.load(
///     xml: bytes, schema: schemaBytes, file: "Policies/retention.xml",
///     schemaFile: "Policies/retention.rng")
/// ```
enum PolicyLoader {
    /// Reads the bytes of the file at `path`, naming `path` when it cannot.
    static func read(_ path: String) throws(PolicyError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(filePath: path)))
        } catch {
            throw PolicyError(file: path, line: nil, reason: .unreadable)
        }
    }

    /// Whether a directory exists at `path`.
    static func directoryExists(_ path: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory
    }

    /// Whether a file exists at `path`.
    static func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Parses `xml`, validates it against the RELAX NG `schema` and returns its root element.
    ///
    /// `file` and `schemaFile` name the inputs in errors. Calls `xmlReadMemory`,
    /// `xmlRelaxNGNewMemParserCtxt`, `xmlRelaxNGParse` and `xmlRelaxNGValidateDoc`
    /// (https://gnome.pages.gitlab.gnome.org/libxml2/html/libxml-relaxng.html).
    static func load(
        xml: [UInt8], schema: [UInt8], file: String, schemaFile: String
    ) throws(PolicyError) -> PolicyNode {
        let document = try XMLDocumentHandle(parsing: xml, file: file)
        let grammar = try RelaxNGSchema(compiling: schema, file: schemaFile)
        try grammar.validate(document, file: file)
        guard let root = cxml_xmlDocGetRootElement(document.pointer) else {
            throw PolicyError(file: file, line: nil, reason: .malformedXML("no root element"))
        }
        return node(from: root)
    }

    /// Parses `bytes` into an `XMLTree.Element` (namespaces kept), for reading ODF templates.
    ///
    /// Whitespace-only text is dropped except inside the elements named in
    /// `keepingWhitespaceIn`, where it is content. No network access and no entity expansion,
    /// so an untrusted template cannot pull in local files or expand "billion laughs".
    static func tree(
        _ bytes: [UInt8], file: String, keepingWhitespaceIn keep: Set<String>
    ) throws(PolicyError) -> XMLTree.Element {
        let document = try XMLDocumentHandle(parsing: bytes, file: file)
        guard let root = cxml_xmlDocGetRootElement(document.pointer) else {
            throw PolicyError(file: file, line: nil, reason: .malformedXML("no root element"))
        }
        return element(from: root, document: document.pointer, keepingWhitespaceIn: keep)
    }

    /// Copies the element `node` and its descendants into an `XMLTree.Element`.
    private static func element(
        from node: xmlNodePtr, document: xmlDocPtr, keepingWhitespaceIn keep: Set<String>
    ) -> XMLTree.Element {
        func string(_ pointer: UnsafePointer<xmlChar>) -> String { String(cString: pointer) }
        var result = XMLTree.Element(
            namespace: node.pointee.ns.flatMap { $0.pointee.href }.map(string),
            localName: string(node.pointee.name))
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            if let content = cxml_xmlNodeListGetString(document, current.pointee.children, 1) {
                value = string(content)
                cxml_free(content)
            }
            result.attributes.append(
                XMLTree.Attribute(
                    namespace: current.pointee.ns.flatMap { $0.pointee.href }.map(string),
                    localName: string(current.pointee.name), value: value))
            attribute = current.pointee.next
        }
        let keepsWhitespace = keep.contains(result.localName)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(
                    .element(element(from: current, document: document, keepingWhitespaceIn: keep)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = current.pointee.content.map { string($0) } ?? ""
                if keepsWhitespace || !text.allSatisfy(\.isWhitespace) {
                    result.children.append(.text(text))
                }
            default:
                break  // comments, processing instructions, entity references
            }
            child = current.pointee.next
        }
        return result
    }

    /// Parses `xml` without a schema (for tests and tools); the root element.
    static func parse(xml: [UInt8], file: String) throws(PolicyError) -> PolicyNode {
        let document = try XMLDocumentHandle(parsing: xml, file: file)
        guard let root = cxml_xmlDocGetRootElement(document.pointer) else {
            throw PolicyError(file: file, line: nil, reason: .malformedXML("no root element"))
        }
        return node(from: root)
    }

    /// Copies the element `pointer` and its descendants into Swift values.
    private static func node(from pointer: xmlNodePtr) -> PolicyNode {
        var attributes: [String: String] = [:]
        var property = pointer.pointee.properties
        while let attribute = property {
            let name = String(cString: attribute.pointee.name)
            if let value = cxml_xmlNodeListGetString(
                pointer.pointee.doc, attribute.pointee.children, 1)
            {
                attributes[name] = String(cString: value)
                cxml_free(value)
            } else {
                attributes[name] = ""
            }
            property = attribute.pointee.next
        }
        var children: [PolicyNode] = []
        var text = ""
        var child = pointer.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(node(from: current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        return PolicyNode(
            name: String(cString: pointer.pointee.name), attributes: attributes,
            children: children, text: text, line: Int(cxml_xmlGetLineNo(pointer)))
    }
}

/// The parser options of every parse: no network, line numbers above 65535; entities are left
/// unexpanded and no DTD is loaded (the options that would do so are never set).
private let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

/// Collects libxml2's structured errors while a parse or validation runs.
///
/// Installed with `xmlSetStructuredErrorFunc` (thread-local in libxml2) for the duration of one
/// call and removed afterwards, so nothing reaches standard error.
private final class XMLErrorCollector {
    /// Every error seen, in order, with its line (0 when libxml2 gave none).
    var errors: [(line: Int, message: String)] = []
    /// The first error seen.
    var first: (line: Int, message: String)? { errors.first }

    /// The C callback: records the first error into the collector passed as `context`.
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
        var line = Int(error.pointee.line)
        if line == 0, let node = error.pointee.node {
            line = Int(cxml_xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        collector.errors.append((line, message))
    }

    /// Runs `body` with this collector installed as the thread's structured error handler.
    func capturing<T>(_ body: (UnsafeMutableRawPointer) -> T) -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        cxml_xmlSetStructuredErrorFunc(context, XMLErrorCollector.handler)
        defer { cxml_xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body(context) }
    }

    /// The line of the first error that has one (a RELAX NG failure on an attribute can come
    /// without a line, followed by the failing element's), or `nil` when libxml2 gave none.
    var line: Int? { errors.first { $0.line > 0 }?.line }
    /// The message of the first error, or `fallback`.
    func message(or fallback: String) -> String { first?.message ?? fallback }
}

/// Owns a parsed `xmlDoc` and frees it with `xmlFreeDoc`.
private final class XMLDocumentHandle {
    let pointer: xmlDocPtr

    /// Parses `bytes` with `xmlReadMemory`, no network, keeping line numbers above 65535.
    init(parsing bytes: [UInt8], file: String) throws(PolicyError) {
        guard LibXML2.isReady else {
            throw PolicyError(file: file, line: nil, reason: .xmlLibraryMissing)
        }
        let collector = XMLErrorCollector()
        let options = parseOptions
        let parsed = collector.capturing { _ in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        cxml_xmlReadMemory($0, Int32(buffer.count), file, nil, options)
                    }
                }
            }
        }
        guard let parsed, collector.first == nil else {
            if let parsed { cxml_xmlFreeDoc(parsed) }
            throw PolicyError(
                file: file, line: collector.line,
                reason: .malformedXML(collector.message(or: "the document is empty")))
        }
        pointer = parsed
    }

    deinit { cxml_xmlFreeDoc(pointer) }
}

/// Owns a compiled RELAX NG grammar and frees it with `xmlRelaxNGFree`.
private final class RelaxNGSchema {
    let pointer: xmlRelaxNGPtr

    /// Compiles `bytes` with `xmlRelaxNGNewMemParserCtxt` and `xmlRelaxNGParse`.
    init(compiling bytes: [UInt8], file: String) throws(PolicyError) {
        guard LibXML2.isReady else {
            throw PolicyError(file: file, line: nil, reason: .xmlLibraryMissing)
        }
        let collector = XMLErrorCollector()
        let compiled: xmlRelaxNGPtr? = collector.capturing { context in
            bytes.withUnsafeBufferPointer { buffer -> xmlRelaxNGPtr? in
                guard let base = buffer.baseAddress else { return nil }
                let parser = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cxml_xmlRelaxNGNewMemParserCtxt($0, Int32(buffer.count))
                }
                guard let parser else { return nil }
                defer { cxml_xmlRelaxNGFreeParserCtxt(parser) }
                cxml_xmlRelaxNGSetParserStructuredErrors(parser, XMLErrorCollector.handler, context)
                return cxml_xmlRelaxNGParse(parser)
            }
        }
        guard let compiled, collector.first == nil else {
            if let compiled { cxml_xmlRelaxNGFree(compiled) }
            throw PolicyError(
                file: file, line: collector.line,
                reason: .badSchema(collector.message(or: "the schema is empty")))
        }
        pointer = compiled
    }

    deinit { cxml_xmlRelaxNGFree(pointer) }

    /// Validates `document` with `xmlRelaxNGValidateDoc`, naming the first failing line.
    func validate(_ document: XMLDocumentHandle, file: String) throws(PolicyError) {
        let collector = XMLErrorCollector()
        let result: Int32 = collector.capturing { context in
            guard let validator = cxml_xmlRelaxNGNewValidCtxt(pointer) else { return -1 }
            defer { cxml_xmlRelaxNGFreeValidCtxt(validator) }
            cxml_xmlRelaxNGSetValidStructuredErrors(validator, XMLErrorCollector.handler, context)
            return cxml_xmlRelaxNGValidateDoc(validator, document.pointer)
        }
        guard result == 0 else {
            throw PolicyError(
                file: file, line: collector.line,
                reason: .failsSchema(collector.message(or: "the document is not valid")))
        }
    }
}
