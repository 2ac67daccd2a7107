/// Turns an `ODFDocument`'s blocks into `office:text` content and the automatic styles it needs.
///
/// The template supplies every named style (`Heading_20_1`, `Table_20_Heading`, `MARAC_Cell`...);
/// only what depends on the data is generated here: one table style and column styles per
/// table (relative column widths) and paragraph styles carrying a page break. Generated names
/// start with `Ex`, which no template style uses.
struct ODFBody {
    let document: ODFDocument

    /// The automatic styles the body refers to, for `office:automatic-styles`.
    func automaticStyles() -> [XMLTree.Element] {
        var styles: [XMLTree.Element] = []
        var tableNumber = 0
        var breakNumber = 0
        var pendingBreak = false
        for block in document.blocks {
            switch block {
            case .pageBreak:
                pendingBreak = true
                continue
            case .table(let columns, let rows, let widths):
                tableNumber += 1
                styles.append(Self.tableStyle(tableNumber, pageBreak: pendingBreak))
                let count = Self.columnCount(columns, rows)
                for (index, weight) in Self.weights(widths, count: count).enumerated() {
                    styles.append(Self.columnStyle(tableNumber, index, weight: weight))
                }
            case .heading(let level, _):
                if pendingBreak {
                    breakNumber += 1
                    styles.append(Self.breakStyle(breakNumber, parent: Self.headingStyle(level)))
                }
            case .paragraph(_, let style):
                if pendingBreak {
                    breakNumber += 1
                    styles.append(Self.breakStyle(breakNumber, parent: style.styleName))
                }
            case .list(let items):
                if pendingBreak && !items.isEmpty {
                    breakNumber += 1
                    styles.append(Self.breakStyle(breakNumber, parent: Self.listParagraphStyle))
                }
            }
            pendingBreak = false
        }
        return styles
    }

    /// Writes the body's blocks (the children of `office:text`).
    func write(to writer: XMLWriter) throws {
        if !document.title.isEmpty {
            try paragraph(document.title, style: "Title", to: writer)
        }
        var tableNumber = 0
        var breakNumber = 0
        var pendingBreak = false
        func style(_ name: String) -> String {
            guard pendingBreak else { return name }
            breakNumber += 1
            return "ExBreak\(breakNumber)"
        }
        for block in document.blocks {
            switch block {
            case .pageBreak:
                pendingBreak = true
                continue
            case .heading(let level, let text):
                try writer.startElement("text:h")
                try writer.attribute("text:style-name", style(Self.headingStyle(level)))
                try writer.attribute("text:outline-level", String(Self.clamped(level)))
                try ODFText.write(text, to: writer)
                try writer.endElement()
            case .paragraph(let text, let paragraphStyle):
                try paragraph(text, style: style(paragraphStyle.styleName), to: writer)
            case .list(let items):
                try writer.startElement("text:list")
                try writer.attribute("text:style-name", "MARAC_20_Bullets")
                for item in items {
                    try writer.startElement("text:list-item")
                    try paragraph(item, style: style(Self.listParagraphStyle), to: writer)
                    pendingBreak = false
                    try writer.endElement()
                }
                try writer.endElement()
            case .table(let columns, let rows, let widths):
                tableNumber += 1
                try table(tableNumber, columns: columns, rows: rows, widths: widths, to: writer)
            }
            pendingBreak = false
        }
    }

    private func paragraph(_ text: String, style: String, to writer: XMLWriter) throws {
        try writer.startElement("text:p")
        try writer.attribute("text:style-name", style)
        try ODFText.write(text, to: writer)
        try writer.endElement()
    }

    private func table(
        _ number: Int, columns: [String], rows: [[String]], widths: [Double]?, to writer: XMLWriter
    ) throws {
        let count = Self.columnCount(columns, rows)
        try writer.startElement("table:table")
        try writer.attribute("table:name", "Table\(number)")
        try writer.attribute("table:style-name", "ExTable\(number)")
        for index in 0..<count {
            try writer.element(
                "table:table-column",
                attributes: ["table:style-name": "ExTable\(number).C\(index + 1)"])
        }
        if !columns.isEmpty {
            try writer.startElement("table:table-header-rows")
            try row(columns, count: count, isHeader: true, to: writer)
            try writer.endElement()
        }
        for cells in rows {
            try row(cells, count: count, isHeader: false, to: writer)
        }
        if columns.isEmpty && rows.isEmpty {
            try row([], count: count, isHeader: false, to: writer)
        }
        try writer.endElement()
    }

    /// Writes one table row: its cells' fixed markup as fragments (the same for every cell of
    /// its kind), each cell's text through `ODFText`.
    private func row(_ cells: [String], count: Int, isHeader: Bool, to writer: XMLWriter)
        throws
    {
        try writer.markup(#"<table:table-row table:style-name="MARAC_Row">"#)
        for index in 0..<count {
            if isHeader {
                try writer.markup(
                    #"<table:table-cell table:style-name="MARAC_HeaderCell" office:value-type="string"><text:p text:style-name="Table_20_Heading">"#
                )
            } else {
                try writer.markup(
                    #"<table:table-cell table:style-name="MARAC_Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">"#
                )
            }
            try ODFText.write(index < cells.count ? cells[index] : "", to: writer)
            try writer.markup("</text:p></table:table-cell>")
        }
        try writer.markup("</table:table-row>")
    }

    // MARK: - Generated styles

    private static let listParagraphStyle = "MARAC_20_List"

    private static func clamped(_ level: Int) -> Int { min(max(level, 1), 3) }

    private static func headingStyle(_ level: Int) -> String { "Heading_20_\(clamped(level))" }

    /// The number of columns: the header's, or the widest row's when that is wider (at least 1).
    private static func columnCount(_ columns: [String], _ rows: [[String]]) -> Int {
        max(1, columns.count, rows.map(\.count).max() ?? 0)
    }

    private static func weights(_ widths: [Double]?, count: Int) -> [Double] {
        (0..<count).map { index in
            guard let widths, index < widths.count, widths[index] > 0, widths[index].isFinite else {
                return 1
            }
            return widths[index]
        }
    }

    private static func style(_ name: String, family: String, _ children: [XMLTree.Element])
        -> XMLTree.Element
    {
        XMLTree.Element(
            namespace: ODFNamespace.style, localName: "style",
            attributes: [
                .init(namespace: ODFNamespace.style, localName: "name", value: name),
                .init(namespace: ODFNamespace.style, localName: "family", value: family),
            ],
            children: children.map(XMLTree.Node.element))
    }

    private static func properties(_ localName: String, _ attributes: [(String, String, String)])
        -> XMLTree.Element
    {
        XMLTree.Element(
            namespace: ODFNamespace.style, localName: localName,
            attributes: attributes.map { .init(namespace: $0.0, localName: $0.1, value: $0.2) })
    }

    private static func tableStyle(_ number: Int, pageBreak: Bool) -> XMLTree.Element {
        var attributes = [(ODFNamespace.table, "align", "margins")]
        if pageBreak { attributes.append((ODFNamespace.fo, "break-before", "page")) }
        attributes.append((ODFNamespace.fo, "margin-bottom", "0.3cm"))
        return style(
            "ExTable\(number)", family: "table", [properties("table-properties", attributes)])
    }

    private static func columnStyle(_ table: Int, _ index: Int, weight: Double) -> XMLTree.Element {
        let relative = max(1, Int((weight * 1000).rounded()))
        return style(
            "ExTable\(table).C\(index + 1)", family: "table-column",
            [
                properties(
                    "table-column-properties",
                    [(ODFNamespace.style, "rel-column-width", "\(relative)*")])
            ])
    }

    private static func breakStyle(_ number: Int, parent: String) -> XMLTree.Element {
        var element = style(
            "ExBreak\(number)", family: "paragraph",
            [properties("paragraph-properties", [(ODFNamespace.fo, "break-before", "page")])])
        element.attributes.append(
            .init(namespace: ODFNamespace.style, localName: "parent-style-name", value: parent))
        return element
    }
}
