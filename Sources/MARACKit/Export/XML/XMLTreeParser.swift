internal import CLibXML2

extension XMLTree {
    /// Parses `bytes` with libxml2 into an `XMLTree.Element`: the only libxml2 *reader* in Export.
    ///
    /// The parse is safe for untrusted files: no network access (`XML_PARSE_NONET`) and no
    /// entity substitution, so a template cannot pull in local files or expand "billion laughs".
    /// Whitespace-only text is dropped except inside paragraphs and spans, where ODF keeps it.
    /// Calls `xmlReadMemory` (https://gnome.github.io/libxml2/html/parser.html).
    static func parse(_ bytes: [UInt8], part: String) throws -> Element {
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), part, nil, options)
            }
        }
        guard let document else {
            let message = xmlGetLastError().flatMap { $0.pointee.message }.map {
                String(cString: $0)
            }
            throw ExportError.xmlMalformed(
                part: part,
                message: message?.trimmingTrailingNewlines ?? "unknown error")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw ExportError.xmlMalformed(part: part, message: "no root element")
        }
        return element(root, document: document)
    }

    private static func element(_ node: xmlNodePtr, document: xmlDocPtr) -> Element {
        var result = Element(
            namespace: node.pointee.ns.flatMap { $0.pointee.href }.map(string),
            localName: string(node.pointee.name))
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            if let content = xmlNodeListGetString(document, current.pointee.children, 1) {
                value = string(content)
                cxml_free(content)
            }
            result.attributes.append(
                Attribute(
                    namespace: current.pointee.ns.flatMap { $0.pointee.href }.map(string),
                    localName: string(current.pointee.name), value: value))
            attribute = current.pointee.next
        }
        let keepsWhitespace = ["p", "h", "span", "a"].contains(result.localName)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(.element(element(current, document: document)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let content: UnsafeMutablePointer<xmlChar>? = current.pointee.content
                let text = content.map { string($0) } ?? ""
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

    private static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var copy = self
        while copy.last?.isNewline == true { copy.removeLast() }
        return copy
    }
}
