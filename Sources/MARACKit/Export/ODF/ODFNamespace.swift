/// The namespaces of OpenDocument (ODF) 1.3 and the prefixes this package writes them with.
///
/// Only these namespaces may appear in an exported file: anything else (LibreOffice's
/// `loext:`, `officeooo:`, `ooo:`...) makes the file an *extended* document, which fails the
/// strict schema check. Templates are filtered against `uris` when loaded.
enum ODFNamespace {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Every namespace the ODF 1.3 schema uses, with its conventional prefix, in the order
    /// they are declared on a root element.
    static let declared: [(prefix: String, uri: String)] = [
        ("office", office),
        ("style", style),
        ("text", text),
        ("table", table),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("fo", fo),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("dc", dc),
        ("meta", meta),
        ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("chart", "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"),
        ("dr3d", "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0"),
        ("math", "http://www.w3.org/1998/Math/MathML"),
        ("form", "urn:oasis:names:tc:opendocument:xmlns:form:1.0"),
        ("script", "urn:oasis:names:tc:opendocument:xmlns:script:1.0"),
        ("config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
        ("presentation", "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"),
        ("anim", "urn:oasis:names:tc:opendocument:xmlns:animation:1.0"),
        ("smil", "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0"),
        ("db", "urn:oasis:names:tc:opendocument:xmlns:database:1.0"),
        ("xforms", "http://www.w3.org/2002/xforms"),
        ("xhtml", "http://www.w3.org/1999/xhtml"),
        ("grddl", "http://www.w3.org/2003/g/data-view#"),
    ]

    /// Namespace URI to prefix, including the predeclared `xml` namespace (`xml:id`).
    static let prefixes: [String: String] = Dictionary(
        uniqueKeysWithValues: declared.map { ($0.uri, $0.prefix) } + [(xml, "xml")])

    /// The namespaces allowed in strict ODF 1.3 output.
    static let uris = Set(prefixes.keys)

    /// Declares every ODF namespace on the element just opened.
    static func declareAll(on writer: XMLWriter) throws {
        for (prefix, uri) in declared {
            try writer.namespace(prefix, uri)
        }
    }
}
