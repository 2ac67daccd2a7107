#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Lays out a MARAC agenda as a document and as XML: the order of business with times, then
/// each section's cases with their time slot, reference, referring agency and flags for
/// repeats and children.
extension AgendaData: ExportableDocument {
    public var templateKind: ODFTemplate.Kind { .agenda }

    public var xmlRootName: String { "agenda" }

    public var contentAsAt: Day? { asAt }

    public func odfDocument(created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: "\(area) MARAC agenda", organisation: organisation, marking: marking,
            orientation: templateKind.orientation, created: created)
        var line = "Meeting on \(DocumentText.long(date)) at \(startsAt)"
        if let chair, !chair.isEmpty { line += " · Chair: \(chair)" }
        var facts = [
            ["MARAC area", area], ["Meeting", "No. \(meetingID)"],
            ["Date", DocumentText.long(date)],
        ]
        if let venue, !venue.isEmpty { facts.append(["Venue", venue]) }
        facts.append(["Chair", chair ?? "Not recorded"])
        facts.append(["Cases listed", summary])
        facts.append(["Content as at", DocumentText.long(asAt ?? ODFParts.day(created))])
        var blocks: [ODFDocument.Block] = [
            .paragraph(line, style: .subtitle),
            .paragraph(
                "\(marking). Cases are listed by reference only. Before the meeting, each "
                    + "agency checks the cases against its own records and prepares what is "
                    + "relevant and proportionate to share. Do not forward this agenda.",
                style: .notice),
            .table(columns: [], rows: facts, columnWidths: [1, 3]),
            .heading(level: 1, text: "Order of business"),
            .table(columns: ["Time", "Item"], rows: orderOfBusiness, columnWidths: [1, 7]),
        ]
        for (number, section) in numberedSections {
            let listed = items.filter { $0.section == section }
            guard !listed.isEmpty else { continue }
            blocks.append(.heading(level: 1, text: "\(number). \(section.title)"))
            blocks.append(
                .table(
                    columns: [
                        "Time", "Case", "Referring agency", "Referred", "Repeat", "Children",
                        "IDVA",
                    ],
                    rows: listed.map {
                        [
                            $0.slot,
                            $0.reference
                                + ($0.transferredFrom.map { " (transferred in from \($0))" } ?? ""),
                            "\($0.referringAgencyName) (\($0.referringAgencyCode))",
                            DocumentText.short($0.referredOn),
                            $0.isRepeat ? ($0.repeatOf.map { "Yes, of \($0)" } ?? "Yes") : "No",
                            $0.children == 0 ? "None" : String($0.children),
                            $0.idva ?? "Not allocated",
                        ]
                    }, columnWidths: [0.8, 1.5, 2.4, 1.3, 0.8, 0.9, 2.3]))
            let links = listed.compactMap(Self.linkNote)
            if !links.isEmpty { blocks.append(.list(links)) }
        }
        if !deferred.isEmpty {
            blocks.append(.heading(level: 1, text: "Cases deferred from this meeting"))
            blocks.append(.list(deferred))
        }
        blocks.append(
            .paragraph(
                "Repeat: referred to this MARAC within 12 months of the last referral (of the "
                    + "same victim and perpetrator, where the area counts repeats so). "
                    + "Children: the number of children in the household. Cases involving "
                    + "children are heard first so that children's services may leave after them. "
                    + "Produced by the MARAC workbench on \(DocumentText.medium(ODFParts.day(created))).",
                style: .small))
        document.blocks = blocks
        return document
    }

    /// "C-000005: perpetrator also in C-000031; victim recorded as a perpetrator in
    /// C-000040", or nil when the case has no such links.
    static func linkNote(_ item: Item) -> String? {
        var parts: [String] = []
        if !item.perpetratorAlsoIn.isEmpty {
            parts.append("perpetrator also in " + item.perpetratorAlsoIn.joined(separator: ", "))
        }
        if !item.victimIsPerpetratorIn.isEmpty {
            parts.append(
                "victim recorded as a perpetrator in "
                    + item.victimIsPerpetratorIn.joined(separator: ", "))
        }
        return parts.isEmpty ? nil : "\(item.reference): " + parts.joined(separator: "; ")
    }

    private var summary: String {
        let children = items.filter { $0.children > 0 }.count
        let repeats = items.filter(\.isRepeat).count
        return "\(DocumentText.count(items.count, "case")): \(children) involving children, "
            + DocumentText.count(repeats, "repeat")
    }

    /// The agenda's numbered items: 1 and 2 are fixed, then the case sections, then any other
    /// business.
    private var numberedSections: [(Int, AgendaSection)] {
        [(3, .children), (4, .other), (5, .review)]
    }

    private var orderOfBusiness: [[String]] {
        var rows = [
            [startsAt, "1. Introductions and the confidentiality statement"],
            [
                earlierActionsAt,
                "2. Incomplete actions from earlier meetings ("
                    + DocumentText.count(earlierActionCount, "action") + ")",
            ],
        ]
        for (number, section) in numberedSections {
            let listed = items.filter { $0.section == section }
            rows.append([
                listed.first?.slot ?? "",
                "\(number). \(section.title) (\(DocumentText.count(listed.count, "case")))",
            ])
        }
        rows.append([otherBusinessAt, "6. Any other business"])
        return rows
    }

    public func writeXML(to writer: XMLWriter) throws {
        try writer.leaf(
            "meeting",
            [
                ("id", String(meetingID)), ("area", area), ("date", date.description),
                ("starts-at", startsAt), ("chair", chair), ("venue", venue),
                ("organisation", organisation),
            ])
        try writer.leaf("introductions", [("at", startsAt)])
        try writer.leaf(
            "earlier-actions", [("at", earlierActionsAt), ("count", String(earlierActionCount))])
        try writer.start("cases")
        for item in items {
            try writer.leaf(
                "case",
                [
                    ("position", String(item.position)), ("slot", item.slot),
                    ("reference", item.reference), ("section", item.section.rawValue),
                    ("referring-agency", item.referringAgencyCode),
                    ("referring-agency-name", item.referringAgencyName),
                    ("referred-on", item.referredOn.description), ("repeat", item.isRepeat.xml),
                    ("children", String(item.children)), ("repeat-of", item.repeatOf),
                    (
                        "perpetrator-also-in",
                        item.perpetratorAlsoIn.isEmpty
                            ? nil : item.perpetratorAlsoIn.joined(separator: " ")
                    ),
                    (
                        "victim-is-perpetrator-in",
                        item.victimIsPerpetratorIn.isEmpty
                            ? nil : item.victimIsPerpetratorIn.joined(separator: " ")
                    ),
                    ("idva", item.idva), ("transferred-from", item.transferredFrom),
                ])
        }
        try writer.endElement()
        try writer.leaf("other-business", [("at", otherBusinessAt)])
        try writer.start("deferred")
        for reference in deferred {
            try writer.leaf("case", [("reference", reference)])
        }
        try writer.endElement()
    }
}
