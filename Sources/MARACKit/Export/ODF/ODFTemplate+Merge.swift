extension ODFTemplate {
    /// A copy with `{{name}}` replaced by `variables[name]` in every text and attribute value.
    ///
    /// Values are substituted into the parsed tree, never into XML source, so a marking or an
    /// organisation name containing `<` or `&` cannot change the markup.
    func substituting(_ variables: [String: String]) -> ODFTemplate {
        func replace(_ text: String) -> String {
            guard text.contains("{{") else { return text }
            var result = text
            for (name, value) in variables {
                result = result.replacing("{{\(name)}}", with: value)
            }
            return result
        }
        var copy = self
        copy.fontFaces = fontFaces.map { $0.mappingText(replace) }
        copy.styles = styles.map { $0.mappingText(replace) }
        copy.automaticStyles = automaticStyles.map { $0.mappingText(replace) }
        copy.masterStyles = masterStyles.map { $0.mappingText(replace) }
        return copy
    }

    /// A copy that also holds every style of `fallback` this template does not define.
    ///
    /// A user's template saved from LibreOffice knows nothing of `MARAC_Cell` or
    /// `MARAC_20_Notice`; taking those from the shipped template keeps tables bordered and
    /// notices boxed, while every style the user did define wins.
    func completed(from fallback: ODFTemplate) -> ODFTemplate {
        func merged(_ own: [XMLTree.Element], _ other: [XMLTree.Element]) -> [XMLTree.Element] {
            let keys = Set(own.map(Self.styleKey))
            return own + other.filter { !keys.contains(Self.styleKey($0)) }
        }
        var copy = self
        copy.fontFaces = merged(fontFaces, fallback.fontFaces)
        copy.styles = merged(styles, fallback.styles)
        copy.automaticStyles = merged(
            automaticStyles,
            fallback.automaticStyles.filter { !$0.isNamed(ODFNamespace.style, "page-layout") })
        return copy
    }

    /// The automatic styles content needs: those of tables, rows, cells and text runs.
    var contentAutomaticStyles: [XMLTree.Element] {
        automaticStyles.filter {
            $0.isNamed(ODFNamespace.style, "style")
                && ["table", "table-column", "table-row", "table-cell", "text"]
                    .contains($0.attribute(ODFNamespace.style, "family") ?? "")
        }
    }

    /// What identifies a style among its siblings: element, family and name.
    private static func styleKey(_ element: XMLTree.Element) -> String {
        let family = element.attribute(ODFNamespace.style, "family") ?? ""
        let name = element.attribute(ODFNamespace.style, "name") ?? ""
        return "\(element.localName)|\(family)|\(name)"
    }
}
