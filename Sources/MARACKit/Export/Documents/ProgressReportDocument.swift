#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Lays out a progress report on DHR action plans for a Community Safety Partnership, as a
/// document and as XML: a summary, then completion per review, per agency and over time.
///
/// It takes the landscape look of the action plan template, the other DHR document.
extension ProgressReportData: ExportableDocument {
    public var templateKind: ODFTemplate.Kind { .actionPlan }

    public var xmlRootName: String { "progress-report" }

    public var contentAsAt: Day? { asOf }

    static let figureColumns = [
        "Actions", "Done", "Overdue", "Done without evidence", "% complete",
    ]

    public func odfDocument(created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: "DHR action plans: progress report", organisation: organisation,
            marking: marking, orientation: templateKind.orientation, created: created)
        let total = overall
        var blocks: [ODFDocument.Block] = [
            .paragraph(
                "Report to \(csp) · Figures as at \(DocumentText.long(asOf))", style: .subtitle),
            .heading(level: 1, text: "Summary"),
            .paragraph(
                "\(DocumentText.count(total.total, "action")) across "
                    + "\(DocumentText.count(reviews.count, "review")): \(total.done) done "
                    + "(\(DocumentText.percent(total.percentComplete)) complete), "
                    + "\(total.overdue) overdue, and \(total.withoutEvidence) marked done "
                    + "without evidence of completion."),
            .heading(level: 1, text: "Progress by review"),
        ]
        blocks.append(
            reviews.isEmpty
                ? .paragraph("No reviews have actions yet.")
                : .table(
                    columns: ["Review", "Type", "Status"] + Self.figureColumns,
                    rows: reviews.map {
                        [$0.pseudonym, $0.type.rawValue, DocumentText.capitalised($0.status)]
                            + Self.cells($0.figures)
                    }, columnWidths: [2, 1, 1.5, 1, 1, 1, 1.5, 1.2]))
        blocks.append(.heading(level: 1, text: "Progress by agency"))
        blocks.append(
            agencies.isEmpty
                ? .paragraph("No agency leads an action yet.")
                : .table(
                    columns: ["Lead agency"] + Self.figureColumns,
                    rows: agencies.map { [$0.agency] + Self.cells($0.figures) },
                    columnWidths: [3.5, 1, 1, 1, 1.5, 1.2]))
        blocks.append(.heading(level: 1, text: "Trend"))
        blocks.append(
            trend.isEmpty
                ? .paragraph("No earlier figures are recorded.")
                : .table(
                    columns: ["Period"] + Self.figureColumns,
                    rows: trend.map { [$0.period] + Self.cells($0.figures) },
                    columnWidths: [2, 1, 1, 1, 1.5, 1.2]))
        blocks.append(
            .paragraph(
                "Overdue: past its target date and not complete. Done without evidence: marked "
                    + "complete with no evidence recorded, which the CSP should not sign off. "
                    + "Produced by the MARAC workbench on "
                    + "\(DocumentText.medium(ODFParts.day(created))).",
                style: .small))
        document.blocks = blocks
        return document
    }

    private static func cells(_ figures: Figures) -> [String] {
        [
            String(figures.total), String(figures.done), String(figures.overdue),
            String(figures.withoutEvidence), DocumentText.percent(figures.percentComplete),
        ]
    }

    public func writeXML(to writer: XMLWriter) throws {
        try writer.leaf(
            "partnership",
            [("csp", csp), ("as-of", asOf.description), ("organisation", organisation)])
        try writer.start("reviews")
        for review in reviews {
            try writer.leaf(
                "review",
                [
                    ("pseudonym", review.pseudonym), ("type", review.type.rawValue),
                    ("status", review.status),
                ]
                    + Self.attributes(review.figures))
        }
        try writer.endElement()
        try writer.start("agencies")
        for agency in agencies {
            try writer.leaf("agency", [("name", agency.agency)] + Self.attributes(agency.figures))
        }
        try writer.endElement()
        try writer.start("trend")
        for point in trend {
            try writer.leaf("point", [("period", point.period)] + Self.attributes(point.figures))
        }
        try writer.endElement()
    }

    private static func attributes(_ figures: Figures) -> [(String, String?)] {
        [
            ("total", String(figures.total)), ("done", String(figures.done)),
            ("overdue", String(figures.overdue)),
            ("without-evidence", String(figures.withoutEvidence)),
            ("percent-complete", figures.percentComplete.map { String(Int($0.rounded())) }),
        ]
    }
}
