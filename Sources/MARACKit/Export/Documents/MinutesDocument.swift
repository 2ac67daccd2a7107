#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Lays out MARAC minutes, or one agency's extract, as a document and as XML.
///
/// The minutes follow SafeLives' example minutes: a title block; the confidentiality statement
/// and who recorded it as read; attendance; incomplete actions from earlier meetings, each
/// marked as blocked by a change in circumstances or not done; then per case its reference,
/// risks, the information shared with its lawful basis and consent, and the actions agreed.
/// The extract holds only the actions one agency owns.
extension MinutesData: ExportableDocument {
    public var templateKind: ODFTemplate.Kind { isExtract ? .agencyExtract : .minutes }

    public var xmlRootName: String { "minutes" }

    public var contentAsAt: Day? { asAt }

    /// The title on the first page and in the file's metadata (no personal data).
    var title: String {
        if isExtract {
            return "\(area) MARAC: actions for \(extractAgencyName ?? extractAgency ?? "")"
        }
        if let redactedFor {
            return "\(area) MARAC minutes for \(redactedForName ?? redactedFor)"
        }
        return "\(area) MARAC minutes"
    }

    public func odfDocument(created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: title, organisation: organisation, marking: marking,
            orientation: templateKind.orientation, created: created)
        document.blocks = isExtract ? extractBlocks() : minutesBlocks()
        return document
    }

    // MARK: - Full minutes

    private func minutesBlocks() -> [ODFDocument.Block] {
        var blocks = titleBlock()
        blocks += [
            .paragraph(
                "\(marking). Strictly confidential. These minutes must not be copied or shared "
                    + "without the agreement of the agencies concerned, and must be kept "
                    + "securely. Victims are referred to by case reference only.",
                style: .notice)
        ]
        if let redactedFor {
            blocks.append(
                .paragraph(
                    "These are the minutes as \(redactedForName ?? redactedFor) (\(redactedFor)) "
                        + "may see them: information an agency shared only with named agencies "
                        + "other than \(redactedFor) is replaced by "
                        + "\u{201C}\(Self.withheldNotice)\u{201D}; ask the sharing agency or the "
                        + "MARAC coordinator if you need it.",
                    style: .notice))
        }
        blocks += [
            .table(columns: [], rows: meetingFacts, columnWidths: [1, 3]),
            .heading(level: 1, text: "1. Introductions and confidentiality statement"),
            .paragraph("The chair read the MARAC confidentiality statement:"),
            .paragraph(confidentialityStatement, style: .notice),
            .paragraph(statementRecord),
            .heading(level: 1, text: "2. Attendance"),
        ]
        if attendance.isEmpty {
            blocks.append(.paragraph("No attendance was recorded."))
        } else {
            blocks.append(
                .table(
                    columns: ["Agency", "Representative", "Attendance"],
                    rows: sortedAttendance.map {
                        [
                            "\($0.agencyName) (\($0.agencyCode))", $0.representative ?? "",
                            DocumentText.capitalised($0.status.rawValue),
                        ]
                    }, columnWidths: [3, 3, 1.4]))
        }
        blocks.append(.heading(level: 1, text: "3. Incomplete actions from earlier meetings"))
        blocks += earlierActionBlocks(withAgency: true)
        blocks.append(.heading(level: 1, text: "4. Cases heard"))
        blocks.append(.paragraph(casesSummary))
        if !removedUnderRetention.isEmpty {
            blocks.append(.paragraph("Removed under the retention policy:"))
            blocks.append(.list(removedUnderRetention))
        }
        for heard in cases {
            blocks += caseBlocks(heard)
        }
        blocks.append(.heading(level: 1, text: "5. Cases deferred"))
        if deferred.isEmpty {
            blocks.append(.paragraph("No cases were deferred."))
        } else {
            blocks.append(.paragraph("These cases were deferred to the next meeting:"))
            blocks.append(.list(deferred))
        }
        blocks.append(.heading(level: 1, text: "6. Any other business"))
        blocks.append(
            otherBusiness.isEmpty
                ? .paragraph("No other business was raised.") : .list(otherBusiness))
        blocks.append(.heading(level: 1, text: "7. Date of the next meeting"))
        blocks.append(
            .paragraph(
                nextMeeting.map { "The next meeting is on \(DocumentText.long($0))." }
                    ?? "The date of the next meeting was not recorded."))
        blocks.append(.paragraph(footnote, style: .small))
        return blocks
    }

    private func titleBlock() -> [ODFDocument.Block] {
        var line = "Meeting held on \(DocumentText.long(date)) at \(startsAt)"
        if let chair, !chair.isEmpty { line += " · Chair: \(chair)" }
        var blocks: [ODFDocument.Block] = [.paragraph(line, style: .subtitle)]
        blocks.append(.paragraph(asAtStatement, style: .notice))
        return blocks
    }

    /// What the content is as at, and whether it can still change.
    var asAtStatement: String {
        let day = DocumentText.long(asAt)
        switch frozen {
        case .close?:
            return "Final: frozen at the close of the meeting. Content as at \(day); later "
                + "updates to actions appear in the action status report, not here."
        case .firstExport?:
            return "Final: frozen when first exported, on \(day) (the meeting was closed "
                + "before the workbench froze minutes at the close). Content as at \(day)."
        case nil:
            return isFinal
                ? "Final: the meeting is closed. Content as at \(day)."
                : "DRAFT. The meeting has not been closed, so these minutes may still change. "
                    + "Content as at \(day)."
        }
    }

    private var meetingFacts: [[String]] {
        var rows = [
            ["MARAC area", area], ["Meeting", "No. \(meetingID)"],
            ["Date", DocumentText.long(date)],
            ["Start", startsAt],
        ]
        rows.append(["Venue", venue ?? "Not recorded"])
        rows.append(["Chair", chair ?? "Not recorded"])
        rows.append(["Minute-taker", minuteTaker ?? "Not recorded"])
        if let minutesDue { rows.append(["Minutes due", DocumentText.long(minutesDue)]) }
        rows.append(["Next meeting", nextMeeting.map(DocumentText.long) ?? "Not recorded"])
        rows.append(["Status", isFinal ? "Final: the meeting is closed" : "Draft"])
        rows.append(["Content as at", DocumentText.long(asAt)])
        return rows
    }

    private var statementRecord: String {
        guard let statementReadBy else {
            return "The statement has not been recorded as read: the meeting was not opened."
        }
        var text = "Recorded as read by \(statementReadBy)"
        if let statementReadAt { text += " on \(DocumentText.timestamp(statementReadAt))" }
        return text + "."
    }

    private var sortedAttendance: [Attendee] {
        let order: [AttendanceStatus: Int] = [.present: 0, .apologies: 1, .absent: 2]
        return attendance.sorted {
            (order[$0.status] ?? 3, $0.agencyName) < (order[$1.status] ?? 3, $1.agencyName)
        }
    }

    private var casesSummary: String {
        guard !cases.isEmpty else { return "No cases were heard." }
        let children = cases.filter { $0.children > 0 }.count
        let repeats = cases.filter(\.isRepeat).count
        return "\(DocumentText.count(cases.count, "case was", "cases were")) heard: "
            + "\(children) involving children and "
            + "\(DocumentText.count(repeats, "repeat referral")). "
            + "Each case is identified by its reference only."
    }

    /// The perpetrators and children of a heard case, by number, relationship and age: never
    /// by name.
    private func peopleBlocks(_ heard: Case) -> [ODFDocument.Block] {
        var blocks: [ODFDocument.Block] = []
        let perpetrators = heard.perpetrators ?? []
        if !perpetrators.isEmpty {
            blocks.append(.heading(level: 3, text: "Perpetrators"))
            blocks.append(
                .list(
                    perpetrators.map {
                        "Perpetrator \($0.number): \($0.relationship)"
                            + ($0.age.map { ", aged \($0) at referral" } ?? ", age not known")
                            + ($0.alsoIn.isEmpty
                                ? "" : "; also in " + $0.alsoIn.joined(separator: ", "))
                    }))
        }
        let children = heard.householdChildren ?? []
        if !children.isEmpty {
            blocks.append(.heading(level: 3, text: "Children in the household"))
            blocks.append(
                .list(
                    children.map {
                        "Child \($0.number): aged \($0.age); "
                            + Self.relationship($0.relationshipToVictim, of: "the victim") + "; "
                            + Self.relationship($0.relationshipToPerpetrator, of: "the perpetrator")
                            + "; lives with: \($0.livesWith)"
                    }))
        }
        if let cases = heard.victimIsPerpetratorIn, !cases.isEmpty {
            blocks.append(
                .paragraph(
                    "The victim is recorded as a perpetrator in " + cases.joined(separator: ", ")
                        + "."))
        }
        return blocks
    }

    /// "Son or daughter of the victim", or "relationship to the victim not recorded".
    static func relationship(_ words: String, of whom: String) -> String {
        words == Diversity.notRecorded
            ? "relationship to \(whom) not recorded" : "\(words) of \(whom)"
    }

    private func caseBlocks(_ heard: Case) -> [ODFDocument.Block] {
        var referred = "Referred by \(heard.referringAgencyName) (\(heard.referringAgencyCode))"
        if let referredOn = heard.referredOn {
            referred += " on \(DocumentText.medium(referredOn))"
        }
        var facts = [referred]
        if !heard.criteria.isEmpty {
            facts.append("Criteria: " + heard.criteria.joined(separator: "; "))
        }
        if let dash = heard.dashScore, !heard.criteria.contains(where: { $0.hasPrefix("DASH") }) {
            facts.append("DASH score \(dash)")
        }
        if heard.isRepeat {
            facts.append(heard.repeatOf.map { "Repeat of \($0)" } ?? "Repeat referral")
        } else {
            facts.append("New referral")
        }
        let recorded = heard.householdChildren ?? []
        let unrecorded = max(0, heard.children - recorded.count)
        facts.append(
            heard.children == 0
                ? "No children in the household"
                : "\(DocumentText.count(heard.children, "child", "children")) in the household"
                    + (unrecorded == 0
                        ? ""
                        : recorded.isEmpty
                            ? " (ages not recorded)" : " (\(unrecorded) without details recorded)"))
        if let from = heard.transferredFrom { facts.append("Transferred in from \(from)") }
        if let idva = heard.idva { facts.append("IDVA: \(idva)") }
        if let section = heard.section { facts.append(section) }
        var blocks: [ODFDocument.Block] = [
            .heading(level: 2, text: "Case \(heard.reference)"),
            .paragraph(facts.joined(separator: " · ")),
        ]
        blocks += peopleBlocks(heard)
        blocks.append(.heading(level: 3, text: "Risks identified"))
        blocks.append(
            heard.risks.isEmpty ? .paragraph("No risks were recorded.") : .list(heard.risks))
        blocks.append(.heading(level: 3, text: "Information shared"))
        if heard.sharing.isEmpty {
            blocks.append(.paragraph("No information sharing was recorded for this case."))
        } else {
            blocks.append(
                .table(
                    columns: [
                        "Shared by → with", "Information shared", "Lawful basis",
                        "Consent and common law",
                    ],
                    rows: heard.sharing.map(Self.sharingRow), columnWidths: [1.4, 3.1, 2.3, 2]))
        }
        blocks.append(.heading(level: 3, text: "Actions agreed"))
        if heard.actions.isEmpty {
            blocks.append(.paragraph("No actions were agreed."))
        } else {
            blocks.append(
                .table(
                    columns: ["No.", "Action", "Agency", "Owner", "Due", "Status"],
                    rows: heard.actions.map {
                        [
                            String($0.id), $0.text, $0.agencyName, $0.owner ?? "",
                            DocumentText.short($0.due), statusCell($0),
                        ]
                    }, columnWidths: [0.6, 3.6, 1.5, 1.4, 1.5, 1.3]))
        }
        return blocks
    }

    private static func sharingRow(_ shared: SharedInformation) -> [String] {
        if shared.isWithheld == true {
            return [
                "\(shared.agency) → \(shared.recipients.joined(separator: ", "))",
                shared.summary, "—", "—",
            ]
        }
        let about = shared.about.map { "About: \($0)\n" } ?? ""
        if shared.isDecisionNotToShare {
            var reasons = "Decision not to share"
            if !shared.categories.isEmpty {
                reasons += " (" + shared.categories.joined(separator: ", ") + ")"
            }
            return [
                "\(shared.agency) (asked by \(shared.recipients.joined(separator: ", ")))",
                about + reasons + "\nWhy not: " + (shared.rationale ?? ""), "none: not shared",
                "—",
            ]
        }
        var information = about + shared.summary
        if !shared.categories.isEmpty {
            information += "\nCategories: " + shared.categories.joined(separator: ", ")
        }
        if let rationale = shared.rationale, !rationale.isEmpty {
            information += "\nWhy necessary and proportionate: " + rationale
        }
        return [
            "\(shared.agency) → \(shared.recipients.joined(separator: ", "))",
            information,
            shared.lawfulBases.map { basisLine($0, title: shared.basisTitles[$0]) }
                .joined(separator: "\n"),
            "Consent: \(shared.consent)\nCommon law: \(shared.commonLaw)",
        ]
    }

    /// A lawful-basis tag as the minutes print it: its short title, then the id with
    /// non-breaking hyphens (U+2011) so a narrow column never splits it mid-token.
    static func basisLine(_ id: String, title: String?) -> String {
        let unbroken = DocumentText.unbreakable(id)
        guard let title, !title.isEmpty else { return unbroken }
        return "\(title) (\(unbroken))"
    }

    /// An action's status as at `asAt`, marked when it is overdue.
    func statusCell(_ action: Action) -> String {
        let status = DocumentText.status(action.status)
        return action.isOverdue(on: asAt) ? "\(status)\nOverdue" : status
    }

    /// The note explaining the overdue mark, when any listed action is overdue.
    func overdueNote(_ listed: [Action]) -> [ODFDocument.Block] {
        guard listed.contains(where: { $0.isOverdue(on: asAt) }) else { return [] }
        return [
            .paragraph(
                "Overdue: past its due date on \(DocumentText.medium(asAt)) and not done or "
                    + "cancelled.")
        ]
    }

    private func earlierActionBlocks(withAgency: Bool) -> [ODFDocument.Block] {
        guard !earlierActions.isEmpty else {
            return [.paragraph("There were no incomplete actions from earlier meetings.")]
        }
        let columns =
            withAgency
            ? ["Case", "Action", "Agency and owner", "Due", "Status", "Review"]
            : ["Case", "Action", "Owner", "Due", "Status", "Review"]
        return [
            .paragraph(
                "Blocked: the action could not be completed because circumstances changed. "
                    + "Not done: the agency has not completed the action."),
            .table(
                columns: columns,
                rows: earlierActions.map { earlier in
                    let action = earlier.action
                    let owner = action.owner ?? ""
                    let who =
                        withAgency
                        ? (owner.isEmpty ? action.agencyName : "\(action.agencyName)\n\(owner)")
                        : owner
                    return [
                        action.reference, action.text, who, DocumentText.short(action.due),
                        statusCell(action), earlier.isBlocked ? "Blocked" : "Not done",
                    ]
                }, columnWidths: [1.3, 3.5, 1.8, 1.5, 1.3, 1]),
        ] + overdueNote(earlierActions.map(\.action))
    }

    /// The closing note.
    ///
    /// It names the day the content is as at, not the day of production
    /// (kept in the file's metadata), so frozen minutes read the same however often exported.
    private var footnote: String {
        "Produced by the MARAC workbench; content as at \(DocumentText.medium(asAt)). "
            + "Distribution: the representatives of the agencies attending this MARAC only. "
            + "Marking: \(marking)."
    }

    // MARK: - Agency extract

    private func extractBlocks() -> [ODFDocument.Block] {
        let agency = extractAgencyName ?? extractAgency ?? ""
        let code = extractAgency ?? ""
        var blocks = titleBlock()
        blocks += [
            .paragraph(
                "\(marking). This extract lists only the actions owned by \(agency) (\(code)) "
                    + "from the \(area) MARAC of \(DocumentText.medium(date)). It holds no other "
                    + "information from the meeting. Do not copy or share it outside the agency.",
                style: .notice),
            .heading(level: 1, text: "Actions agreed at this meeting"),
        ]
        let owned = actions
        if owned.isEmpty {
            blocks.append(.paragraph("\(agency) agreed no actions at this meeting."))
        } else {
            blocks.append(
                .table(
                    columns: ["Case", "No.", "Action", "Owner", "Due", "Status"],
                    rows: owned.map {
                        [
                            $0.reference, String($0.id), $0.text, $0.owner ?? "",
                            DocumentText.short($0.due), statusCell($0),
                        ]
                    }, columnWidths: [1.3, 0.6, 3.6, 1.4, 1.5, 1.3]))
            blocks += overdueNote(owned)
        }
        blocks.append(.heading(level: 1, text: "Incomplete actions from earlier meetings"))
        blocks += earlierActionBlocks(withAgency: false)
        blocks.append(.paragraph(footnote, style: .small))
        return blocks
    }

    // MARK: - XML

    public func writeXML(to writer: XMLWriter) throws {
        if let extractAgency { try writer.attribute("extract-for", extractAgency) }
        if let redactedFor { try writer.attribute("redacted-for", redactedFor) }
        try writer.leaf(
            "meeting",
            [
                ("id", String(meetingID)), ("area", area), ("date", date.description),
                ("starts-at", startsAt), ("chair", chair), ("venue", venue),
                ("organisation", organisation), ("minutes-due", minutesDue?.description),
                ("final", isFinal.xml), ("minute-taker", minuteTaker),
                ("next-meeting", nextMeeting?.description), ("frozen", frozen?.rawValue),
            ])
        try writer.leaf(
            "confidentiality", [("read-by", statementReadBy), ("read-at", statementReadAt)],
            text: confidentialityStatement)
        try writer.start("attendance")
        for attendee in attendance {
            try writer.leaf(
                "agency",
                [
                    ("code", attendee.agencyCode), ("name", attendee.agencyName),
                    ("status", attendee.status.rawValue),
                    ("representative", attendee.representative),
                ])
        }
        try writer.endElement()
        try writer.start("earlier-actions")
        for earlier in earlierActions {
            try Self.writeAction(
                earlier.action,
                extra: [
                    ("agreed-on", earlier.agreedOn?.description),
                    ("blocked", earlier.isBlocked.xml),
                ],
                to: writer)
        }
        try writer.endElement()
        try writer.start("cases")
        for heard in cases {
            try writer.start(
                "case",
                [
                    ("reference", heard.reference), ("section", heard.section),
                    ("referring-agency", heard.referringAgencyCode),
                    ("referring-agency-name", heard.referringAgencyName),
                    ("repeat", heard.isRepeat.xml), ("children", String(heard.children)),
                    ("referred-on", heard.referredOn?.description),
                    ("dash", heard.dashScore.map(String.init)), ("repeat-of", heard.repeatOf),
                    ("idva", heard.idva), ("transferred-from", heard.transferredFrom),
                    (
                        "victim-is-perpetrator-in",
                        (heard.victimIsPerpetratorIn ?? []).isEmpty
                            ? nil : heard.victimIsPerpetratorIn?.joined(separator: " ")
                    ),
                ])
            try writer.leaves("criterion", heard.criteria)
            for perpetrator in heard.perpetrators ?? [] {
                try writer.leaf(
                    "perpetrator",
                    [
                        ("number", String(perpetrator.number)),
                        ("relationship", perpetrator.relationship),
                        ("age", perpetrator.age.map(String.init)),
                        (
                            "also-in",
                            perpetrator.alsoIn.isEmpty
                                ? nil : perpetrator.alsoIn.joined(separator: " ")
                        ),
                    ])
            }
            for child in heard.householdChildren ?? [] {
                try writer.leaf(
                    "child",
                    [
                        ("number", String(child.number)), ("age", String(child.age)),
                        ("relationship-to-victim", child.relationshipToVictim),
                        ("relationship-to-perpetrator", child.relationshipToPerpetrator),
                        ("lives-with", child.livesWith),
                    ])
            }
            try writer.start("risks")
            try writer.leaves("risk", heard.risks)
            try writer.endElement()
            try writer.start("sharing")
            for shared in heard.sharing where shared.isDecisionNotToShare {
                try writer.start("declined", [("agency", shared.agency), ("about", shared.about)])
                try writer.leaves("requested-by", shared.recipients)
                try writer.leaves("category", shared.categories)
                try writer.leaf("reasons", text: shared.rationale ?? "")
                try writer.endElement()
            }
            for shared in heard.sharing
            where !shared.isDecisionNotToShare && shared.isWithheld != true {
                try writer.start(
                    "shared",
                    [
                        ("agency", shared.agency), ("consent", shared.consent),
                        ("about", shared.about),
                    ])
                try writer.leaves("recipient", shared.recipients)
                try writer.leaf("summary", text: shared.summary)
                try writer.leaves("category", shared.categories)
                for tag in shared.lawfulBases {
                    try writer.leaf("lawful-basis", [("title", shared.basisTitles[tag])], text: tag)
                }
                try writer.leaf("common-law", text: shared.commonLaw)
                if let rationale = shared.rationale {
                    try writer.leaf("rationale", text: rationale)
                }
                try writer.endElement()
            }
            for shared in heard.sharing where shared.isWithheld == true {
                try writer.start("withheld", [("agency", shared.agency)])
                try writer.leaves("recipient", shared.recipients)
                try writer.leaf("notice", text: shared.summary)
                try writer.endElement()
            }
            try writer.endElement()
            try writer.start("actions")
            for action in heard.actions {
                try Self.writeAction(action, extra: [], to: writer)
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        try writer.start("deferred")
        for reference in deferred {
            try writer.leaf("case", [("reference", reference)])
        }
        try writer.endElement()
        try writer.start("other-business")
        try writer.leaves("item", otherBusiness)
        try writer.endElement()
        if !removedUnderRetention.isEmpty {
            try writer.start("removed-under-retention")
            try writer.leaves("note", removedUnderRetention)
            try writer.endElement()
        }
    }

    private static func writeAction(
        _ action: Action, extra: [(String, String?)], to writer: XMLWriter
    ) throws {
        try writer.leaf(
            "action",
            [
                ("id", String(action.id)), ("reference", action.reference),
                ("agency", action.agencyCode), ("agency-name", action.agencyName),
                ("owner", action.owner), ("due", action.due.description),
                ("status", action.status.rawValue),
            ] + extra, text: action.text)
    }
}
