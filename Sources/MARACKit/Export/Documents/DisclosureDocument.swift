#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Lays out a subject access or disclosure bundle as a document and as XML: a notice that it
/// is for review before release, the person as held, their cases, then every item by kind,
/// each marked "Review" with its reasons when it also concerns a third party.
extension DisclosureBundle: ExportableDocument {
    public var templateKind: ODFTemplate.Kind { .minutes }

    public var xmlRootName: String { "disclosure" }

    public var contentAsAt: Day? { asAt }

    /// The title on the first page and in the file's metadata (no personal data).
    var title: String {
        "\(organisation): records held about the \(role.rawValue) of \(requestedFor)"
    }

    public func odfDocument(created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: title, organisation: organisation, marking: marking,
            orientation: templateKind.orientation, created: created)
        var blocks: [ODFDocument.Block] = [
            .paragraph(
                "Subject access and disclosure bundle, as at \(DocumentText.long(asAt))",
                style: .subtitle),
            .paragraph(
                "\(marking). For the reviewer, not for release as it stands: this bundle holds "
                    + "everything the MARAC workbench holds about one person. "
                    + "\(DocumentText.count(markedForReview, "item")) marked \u{201C}Review\u{201D} "
                    + "also concern someone else (another person named, another agency's "
                    + "information, or the victim's case): decide what to redact, and consult "
                    + "the agency concerned, before anything is released.",
                style: .notice),
            .table(
                columns: [],
                rows: [
                    ["Person", name],
                    ["Date of birth", dateOfBirth.map(DocumentText.medium) ?? "not recorded"],
                    ["Cases", cases.joined(separator: ", ")],
                    ["Requested for", requestedFor],
                ], columnWidths: [1, 3]),
        ]
        if aboutOthersLeftOut > 0 {
            blocks.append(
                .paragraph(
                    "\(DocumentText.count(aboutOthersLeftOut, "sharing entry", "sharing entries")) "
                        + "in these cases about someone else (a child, another perpetrator, the "
                        + "victim) are not included."))
        }
        for kind in ItemKind.allCases {
            let ofKind = items.filter { $0.kind == kind }
            blocks.append(.heading(level: 1, text: kind.heading))
            if ofKind.isEmpty {
                blocks.append(.paragraph("None held."))
                continue
            }
            for item in ofKind {
                var heading = item.id
                if let reference = item.caseReference, reference != item.id {
                    heading += " (case \(reference))"
                }
                if !item.date.isEmpty { heading += ", \(item.date)" }
                blocks.append(.heading(level: 2, text: heading))
                blocks.append(
                    .table(
                        columns: [], rows: item.fields.map { [$0.label, $0.value] },
                        columnWidths: [1.3, 3.7]))
                if !item.thirdParty.isEmpty {
                    blocks.append(
                        .paragraph(
                            "Review: " + item.thirdParty.joined(separator: "; ") + ".",
                            style: .notice))
                }
            }
        }
        blocks.append(
            .paragraph(
                "Produced by the MARAC workbench; content as at \(DocumentText.medium(asAt)). "
                    + "The disclosure is recorded in the audit log. Marking: \(marking).",
                style: .small))
        document.blocks = blocks
        return document
    }

    public func writeXML(to writer: XMLWriter) throws {
        try writer.attribute("subject", role.rawValue)
        try writer.attribute("requested-for", requestedFor)
        try writer.attribute("organisation", organisation)
        try writer.leaf(
            "person", [("name", name), ("date-of-birth", dateOfBirth?.description)])
        try writer.start("cases")
        for reference in cases { try writer.leaf("case", [("reference", reference)]) }
        try writer.endElement()
        try writer.start("items")
        for item in items {
            try writer.start(
                "item",
                [
                    ("kind", item.kind.rawValue), ("id", item.id), ("case", item.caseReference),
                    ("date", item.date.isEmpty ? nil : item.date),
                    ("review", (!item.thirdParty.isEmpty).xml),
                ])
            for field in item.fields {
                try writer.leaf("field", [("label", field.label)], text: field.value)
            }
            try writer.leaves("third-party", item.thirdParty)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.leaf("left-out", [("about-others", String(aboutOthersLeftOut))])
    }
}
