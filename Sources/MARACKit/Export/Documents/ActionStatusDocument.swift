#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Lays out the action status report of a past meeting as a document and as XML: a title
/// that says it is not the minutes, the day its statuses are as at, and one table of the
/// meeting's actions with their status at the close and now, overdue ones marked.
extension ActionStatusData: ExportableDocument {
    public var templateKind: ODFTemplate.Kind { agency == nil ? .minutes : .agencyExtract }

    public var xmlRootName: String { "action-status" }

    public var contentAsAt: Day? { asAt }

    /// The title on the first page and in the file's metadata (no personal data).
    var title: String {
        let whose = agency.map { " for \(agencyName ?? $0)" } ?? ""
        return "\(area) MARAC: action status\(whose), as at \(DocumentText.medium(asAt))"
    }

    public func odfDocument(created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: title, organisation: organisation, marking: marking,
            orientation: templateKind.orientation, created: created)
        var line =
            "Actions agreed at the meeting of \(DocumentText.long(date)), as they stand on "
            + DocumentText.long(asAt)
        if let chair, !chair.isEmpty { line += " · Chair: \(chair)" }
        let frozen =
            closedOn.map {
                "The minutes of the meeting were frozen at its close on "
                    + "\(DocumentText.medium($0)) and are unchanged by later updates. "
            } ?? "The meeting has not been closed. "
        var blocks: [ODFDocument.Block] = [
            .paragraph(line, style: .subtitle),
            .paragraph(
                "\(marking). This is an action status report, not the minutes. " + frozen
                    + "Statuses here are as at \(DocumentText.medium(asAt)). Cases are "
                    + "referred to by reference only.",
                style: .notice),
            .heading(level: 1, text: "Actions agreed at the meeting"),
        ]
        if rows.isEmpty {
            blocks.append(.paragraph("No actions were agreed at this meeting."))
        } else {
            blocks.append(
                .table(
                    columns: [
                        "Case", "No.", "Action", "Agency and owner", "Due", "At close", "Now",
                    ],
                    rows: rows.map { row in
                        let action = row.action
                        let owner = action.owner.map { "\n\($0)" } ?? ""
                        var now = DocumentText.status(action.status)
                        if action.isOverdue(on: asAt) { now += "\nOverdue" }
                        return [
                            action.reference, String(action.id), action.text,
                            action.agencyName + owner, DocumentText.short(action.due),
                            row.statusAtClose.map(DocumentText.status) ?? "—", now,
                        ]
                    }, columnWidths: [1.3, 0.6, 3.4, 1.7, 1.4, 1.1, 1.3]))
        }
        blocks.append(
            .paragraph(
                "Overdue: past its due date on \(DocumentText.medium(asAt)) and not done or "
                    + "cancelled. Produced by the MARAC workbench; content as at "
                    + "\(DocumentText.medium(asAt)). Marking: \(marking).",
                style: .small))
        document.blocks = blocks
        return document
    }

    public func writeXML(to writer: XMLWriter) throws {
        if let agency { try writer.attribute("agency", agency) }
        try writer.leaf(
            "meeting",
            [
                ("id", String(meetingID)), ("area", area), ("date", date.description),
                ("starts-at", startsAt), ("chair", chair), ("organisation", organisation),
                ("final", (closedOn != nil).xml),
            ])
        try writer.start("actions")
        for row in rows {
            let action = row.action
            try writer.leaf(
                "action",
                [
                    ("id", String(action.id)), ("reference", action.reference),
                    ("agency", action.agencyCode), ("agency-name", action.agencyName),
                    ("owner", action.owner), ("due", action.due.description),
                    ("status", action.status.rawValue),
                    ("status-at-close", row.statusAtClose?.rawValue),
                    ("overdue", action.isOverdue(on: asAt).xml),
                ], text: action.text)
        }
        try writer.endElement()
    }
}
