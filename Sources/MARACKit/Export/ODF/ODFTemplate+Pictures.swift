#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension ODFTemplate {
    /// A copy whose `draw:image` elements carry their picture inline as `office:binary-data`
    /// (base64) instead of pointing at a package part, as a flat `.fodt` file needs.
    func inliningPictures() -> ODFTemplate {
        guard !pictures.isEmpty else { return self }
        let byPath = Dictionary(
            pictures.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        func inline(_ element: XMLTree.Element) -> XMLTree.Element {
            var copy = element
            let xlink = "http://www.w3.org/1999/xlink"
            if element.isNamed("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "image"),
                let href = element.attribute(xlink, "href"), let bytes = byPath[href]
            {
                copy.attributes.removeAll { $0.namespace == xlink }
                let data = XMLTree.Element(
                    namespace: ODFNamespace.office, localName: "binary-data",
                    children: [.text(Data(bytes).base64EncodedString())])
                copy.children.insert(.element(data), at: 0)
                return copy
            }
            copy.children = element.children.map { node in
                if case .element(let child) = node { .element(inline(child)) } else { node }
            }
            return copy
        }
        var copy = self
        copy.styles = styles.map(inline)
        copy.masterStyles = masterStyles.map(inline)
        copy.pictures = []
        return copy
    }
}
