#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Lays out a DHR action plan as a landscape document and as XML: the review's details, a
/// count of actions by RAG rating, then one table in the Home Office column layout.
extension ActionPlanData: ExportableDocument {
    public var templateKind: ODFTemplate.Kind { .actionPlan }

    public var xmlRootName: String { "action-plan" }

    public var contentAsAt: Day? { asOf }

    /// The published column headings, then the workbench's status and RAG.
    static let columns = [
        "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones achieved",
        "Target date", "Date of completion and outcome", "Status", "RAG",
    ]

    public func odfDocument(created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: "\(type.rawValue) action plan: \(pseudonym)", organisation: organisation,
            marking: marking, orientation: templateKind.orientation, created: created)
        var line = "\(type.title) commissioned by \(csp)"
        if let chair, !chair.isEmpty { line += " · Independent chair: \(chair)" }
        var facts = [["Review", "\(type.title) (\(type.rawValue)) into the death of \(pseudonym)"]]
        facts.append(["Community Safety Partnership", csp])
        for (label, day) in [
            ("Date of death", deathDate), ("Decision to review", decisionDate),
            ("Submitted to the Home Office", submissionDate), ("Published", publicationDate),
        ] {
            if let day { facts.append([label, DocumentText.medium(day)]) }
        }
        facts.append(["Review status", DocumentText.capitalised(status)])
        facts.append(["Progress", progressLine])
        facts.append(["Content as at", DocumentText.long(asOf ?? ODFParts.day(created))])
        var blocks: [ODFDocument.Block] = [
            .paragraph(line, style: .subtitle),
            .table(columns: [], rows: facts, columnWidths: [1, 4]),
            .heading(level: 1, text: "Action plan"),
        ]
        if rows.isEmpty {
            blocks.append(.paragraph("No actions have been agreed yet."))
        } else {
            blocks.append(
                .table(
                    columns: Self.columns, rows: tableRows,
                    columnWidths: [2.8, 1.3, 3.1, 1.5, 2.3, 1.2, 2.4, 1.1, 1]))
        }
        var legend =
            "RAG: Red, overdue or at risk of not being met; Amber, in progress and on track; "
            + "Green, complete with evidence."
        legend +=
            " Status and RAG as at \(DocumentText.medium(asOf ?? ODFParts.day(created)))."
        legend +=
            " Produced by the MARAC workbench on \(DocumentText.medium(ODFParts.day(created)))."
        blocks.append(.paragraph(legend, style: .small))
        document.blocks = blocks
        return document
    }

    private var progressLine: String {
        let done = rows.filter { $0.status == "done" || $0.completedOn != nil }.count
        var parts = ["\(DocumentText.count(rows.count, "action")), \(done) complete"]
        for rag in RAG.allCases {
            let count = rows.filter { $0.rag == rag }.count
            if count > 0 { parts.append("\(count) \(rag.rawValue)") }
        }
        return parts.joined(separator: ", ")
    }

    /// The table rows: the recommendation's number and text on its first action only, as
    /// published plans merge those cells.
    private var tableRows: [[String]] {
        var previous: String?
        return rows.map { row in
            let first = row.recommendationNumber != previous
            previous = row.recommendationNumber
            var action = row.action
            if let owner = row.owner, !owner.isEmpty { action += "\nOwner: \(owner)" }
            var completion = DocumentText.short(row.completedOn)
            if !row.outcome.isEmpty {
                completion += completion.isEmpty ? row.outcome : "\n\(row.outcome)"
            }
            return [
                first
                    ? "\(row.recommendationNumber). \(row.recommendation)"
                    : "\(row.recommendationNumber) (continued)",
                first ? DocumentText.capitalised(row.scope) : "",
                action, row.leadAgency, row.milestones, DocumentText.short(row.targetDate),
                completion, DocumentText.capitalised(row.status), row.rag?.label ?? "",
            ]
        }
    }

    public func writeXML(to writer: XMLWriter) throws {
        try writer.leaf(
            "review",
            [
                ("pseudonym", pseudonym), ("csp", csp), ("type", type.rawValue),
                ("status", status), ("chair", chair), ("death-date", deathDate?.description),
                ("decision-date", decisionDate?.description),
                ("submission-date", submissionDate?.description),
                ("publication-date", publicationDate?.description),
                ("organisation", organisation), ("as-of", asOf?.description),
            ])
        var open: String?
        for row in rows {
            if row.recommendationNumber != open {
                if open != nil { try writer.endElement() }
                open = row.recommendationNumber
                try writer.start(
                    "recommendation", [("number", row.recommendationNumber), ("scope", row.scope)])
                try writer.leaf("text", text: row.recommendation)
            }
            try writer.start(
                "action",
                [
                    ("id", row.actionID.map(String.init)), ("lead-agency", row.leadAgency),
                    ("owner", row.owner), ("target-date", row.targetDate?.description),
                    ("completed-on", row.completedOn?.description), ("status", row.status),
                    ("rag", row.rag?.rawValue),
                ])
            try writer.leaf("text", text: row.action)
            try writer.leaf("milestones", text: row.milestones)
            try writer.leaf("outcome", text: row.outcome)
            try writer.endElement()
        }
        if open != nil { try writer.endElement() }
    }
}
