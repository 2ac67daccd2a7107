/// A parsed XML document as plain Swift values, used to carry a template's styles around.
///
/// Names are kept as (namespace URI, local name) pairs rather than prefixed names, so a
/// template written with any prefixes is re-serialised with the canonical ones, and markup
/// in a namespace the output does not allow can be recognised and removed.
enum XMLTree {
    /// A node: an element or a run of character data.
    enum Node: Equatable, Sendable {
        case element(Element)
        case text(String)
    }

    /// An attribute: its namespace URI (`nil` for none), local name and value.
    struct Attribute: Equatable, Sendable {
        var namespace: String?
        var localName: String
        var value: String
    }

    /// An element with its attributes and children, in document order.
    struct Element: Equatable, Sendable {
        var namespace: String?
        var localName: String
        var attributes: [Attribute] = []
        var children: [Node] = []

        /// The value of the attribute `localName` in `namespace`, if present.
        func attribute(_ namespace: String?, _ localName: String) -> String? {
            attributes.first { $0.namespace == namespace && $0.localName == localName }?.value
        }

        /// The child elements, skipping text.
        var elements: [Element] {
            children.compactMap {
                if case .element(let element) = $0 { element } else { nil }
            }
        }

        /// The first child element named `localName` in `namespace`.
        func child(_ namespace: String, _ localName: String) -> Element? {
            elements.first { $0.namespace == namespace && $0.localName == localName }
        }

        /// Whether this element is `localName` in `namespace`.
        func isNamed(_ namespace: String, _ localName: String) -> Bool {
            self.namespace == namespace && self.localName == localName
        }

        /// A copy without elements and attributes outside `namespaces`, and how many were removed.
        ///
        /// A removed element goes with its whole subtree: foreign markup in ODF files
        /// (LibreOffice's `loext:` properties, for instance) describes itself, not its children.
        func keepingOnly(_ namespaces: Set<String>) -> (element: Element, removed: Int) {
            var removed = 0
            var copy = self
            copy.attributes = attributes.filter { attribute in
                let keep = attribute.namespace.map(namespaces.contains) ?? false
                if !keep { removed += 1 }
                return keep
            }
            copy.children = children.compactMap { node in
                guard case .element(let child) = node else { return node }
                guard let namespace = child.namespace, namespaces.contains(namespace) else {
                    removed += 1
                    return nil
                }
                let (kept, count) = child.keepingOnly(namespaces)
                removed += count
                return .element(kept)
            }
            return (copy, removed)
        }

        /// A copy with `transform` applied to every attribute value and text node.
        func mappingText(_ transform: (String) -> String) -> Element {
            var copy = self
            copy.attributes = attributes.map { attribute in
                var attribute = attribute
                attribute.value = transform(attribute.value)
                return attribute
            }
            copy.children = children.map { node in
                switch node {
                case .text(let text): .text(transform(text))
                case .element(let element): .element(element.mappingText(transform))
                }
            }
            return copy
        }

        /// Writes this element through `writer`, naming each namespace by `prefixes[uri]`.
        ///
        /// Markup in a namespace missing from `prefixes` is skipped (callers strip it first
        /// with `keepingOnly`; this is the backstop that keeps the output strict).
        func write(to writer: XMLWriter, prefixes: [String: String]) throws {
            guard let qname = Self.qualifiedName(namespace, localName, prefixes) else { return }
            try writer.startElement(qname)
            for attribute in attributes {
                guard
                    let name = Self.qualifiedName(
                        attribute.namespace, attribute.localName, prefixes)
                else { continue }
                try writer.attribute(name, attribute.value)
            }
            for child in children {
                switch child {
                case .text(let text): try writer.text(text)
                case .element(let element): try element.write(to: writer, prefixes: prefixes)
                }
            }
            try writer.endElement()
        }

        private static func qualifiedName(
            _ namespace: String?, _ localName: String, _ prefixes: [String: String]
        ) -> String? {
            guard let namespace, let prefix = prefixes[namespace] else { return nil }
            return "\(prefix):\(localName)"
        }
    }
}

extension XMLTree {
    /// Parses `bytes` into an `Element` with the workbench's one libxml2 reader.
    ///
    /// Whitespace-only text is dropped except inside paragraphs, headings, spans and links,
    /// where ODF keeps it.
    static func parse(_ bytes: [UInt8], part: String) throws -> Element {
        do {
            return try PolicyLoader.tree(
                bytes, file: part, keepingWhitespaceIn: ["p", "h", "span", "a"])
        } catch {
            let line = error.line.map { "line \($0): " } ?? ""
            var message = error.sentence
            if case .malformedXML(let libxml2) = error.reason { message = libxml2 }
            throw ExportError.xmlMalformed(part: part, message: line + message)
        }
    }
}
