/// What an export wrote: for the tool's message and for scripts.
public struct ExportReceipt: Equatable, Sendable, Codable {
    /// The file written.
    public var path: String
    public var format: DocumentFormat
    /// `minutes`, `agency-extract` or `agenda`.
    public var document: String
    /// Cases in the document.
    public var cases: Int
    /// Actions in the document.
    public var actions: Int
    /// The file's size in bytes.
    public var bytes: Int
}

extension Workbench {
    /// The minutes of a meeting, or with `agency` that agency's extract, assembled from the
    /// MARAC tables: attendance, the confidentiality statement as recorded, incomplete actions
    /// from earlier meetings, and per case in agenda order its risks and actions.
    ///
    /// Each case carries the information shared about it at the meeting, with its lawful-basis
    /// tags and consent, and the decisions not to share; an extract drops them again
    /// (`MinutesData.extract(for:)`). Cases not on the agenda but with actions recorded at the
    /// meeting follow the agenda's cases.
    public func minutesData(meeting id: Int, agency code: String? = nil) throws -> MinutesData {
        try authorize(.exportMinutes)
        let meeting = try existingMeeting(id)
        let names = Dictionary(uniqueKeysWithValues: try db.agencies().map { ($0.code, $0.name) })
        func name(_ code: String) -> String { names[code] ?? code }
        func action(_ action: MARACAction) -> MinutesData.Action {
            MinutesData.Action(
                id: action.id, reference: action.reference, agencyCode: action.agencyCode,
                agencyName: name(action.agencyCode), owner: action.owner, text: action.text,
                due: action.due, status: action.status)
        }

        var meetingDates: [Int: Day] = [:]
        var earlier: [MinutesData.EarlierAction] = []
        for pending in try db.pendingActions(area: meeting.area, before: meeting.date) {
            var agreedOn: Day?
            if let held = pending.meeting {
                if meetingDates[held] == nil { meetingDates[held] = try db.meeting(id: held)?.date }
                agreedOn = meetingDates[held]
            }
            earlier.append(
                MinutesData.EarlierAction(
                    action: action(pending), agreedOn: agreedOn,
                    isBlocked: pending.status == .blocked))
        }

        let agreed = Dictionary(grouping: try db.actions(meetingID: id), by: \.reference)
        var cases: [MinutesData.Case] = []
        var listed: Set<String> = []
        let agenda = try db.agendaItems(
            meetingID: id, timing: agendaTiming, startsAt: meeting.startsAt)
        for item in agenda {
            listed.insert(item.reference)
            cases.append(
                MinutesData.Case(
                    reference: item.reference, section: item.section.title,
                    referringAgencyCode: item.referringAgency,
                    referringAgencyName: name(item.referringAgency), isRepeat: item.isRepeat,
                    children: item.children))
        }
        for reference in agreed.keys.sorted() where !listed.contains(reference) {
            guard let referral = try db.referral(reference: reference) else { continue }
            cases.append(
                MinutesData.Case(
                    reference: reference, referringAgencyCode: referral.referringAgency,
                    referringAgencyName: name(referral.referringAgency),
                    isRepeat: referral.isRepeat, children: referral.children))
        }
        let shared = Dictionary(
            grouping: try db.sharingEntries(
                referralID: nil, meetingID: id, tag: nil, limit: 100_000),
            by: \.caseReference)
        for index in cases.indices {
            let reference = cases[index].reference
            cases[index].sharing = (shared[reference] ?? []).sorted { $0.id < $1.id }
                .map(Self.sharedInformation)
            if let referralID = try db.referralID(reference: reference) {
                cases[index].risks = try db.risks(referralID: referralID)
                    .filter { $0.meeting == id }.map(\.text)
            }
            cases[index].actions = (agreed[reference] ?? []).map(action)
        }

        let minutes = MinutesData(
            meetingID: id, area: meeting.area, date: meeting.date, startsAt: meeting.startsAt,
            chair: meeting.chair, organisation: "\(meeting.area) MARAC",
            statementReadBy: meeting.openedBy, statementReadAt: meeting.openedAt,
            minutesDue: minutesDue(meeting), isFinal: meeting.isClosed,
            attendance: try db.attendance(meetingID: id).map {
                MinutesData.Attendee(
                    agencyCode: $0.agencyCode, agencyName: $0.agencyName, status: $0.status,
                    representative: $0.representative)
            }, earlierActions: earlier, cases: cases,
            deferred: try db.deferredReferences(meetingID: id))
        guard let code else { return minutes }
        guard let agencyName = names[code] else { throw MARACError.unknownAgency(code) }
        return minutes.extract(for: code, agencyName: agencyName)
    }

    /// One sharing log entry as the minutes print it.
    static func sharedInformation(_ entry: SharingLogEntry) -> SharedInformation {
        switch entry.kind {
        case .shared:
            var consent = entry.consent?.name ?? "not recorded"
            if let reason = entry.consent?.notSoughtReason { consent += ": \(reason.rawValue)" }
            return SharedInformation(
                agency: entry.agencyCode, recipients: entry.recipients,
                summary: entry.summary ?? "", categories: entry.categories,
                lawfulBases: entry.basisTags, consent: consent,
                commonLaw: entry.commonLawPosition?.rawValue ?? "not recorded",
                rationale: entry.rationale)
        case .declined:
            return SharedInformation(
                agency: entry.agencyCode, recipients: entry.recipients,
                summary: "Decision not to share", categories: entry.categories, lawfulBases: [],
                consent: "not shared", commonLaw: "not applicable", rationale: entry.rationale,
                isDecisionNotToShare: true)
        }
    }

    /// The agenda of a meeting in SafeLives' order, with the time of each item.
    public func agendaData(meeting id: Int) throws -> AgendaData {
        try authorize(.exportAgenda)
        let meeting = try existingMeeting(id)
        let names = Dictionary(uniqueKeysWithValues: try db.agencies().map { ($0.code, $0.name) })
        let items =
            try db.agendaItems(meetingID: id, timing: agendaTiming, startsAt: meeting.startsAt)
            + lapsedCases(meeting)
        return AgendaData(
            meetingID: id, area: meeting.area, date: meeting.date, startsAt: meeting.startsAt,
            earlierActionsAt: (TimeOfDay(parsing: meeting.startsAt) ?? .defaultStart)
                .adding(minutes: agendaTiming.introductionMinutes).description,
            otherBusinessAt: agendaTiming.slot(position: items.count + 1, start: meeting.startsAt),
            chair: meeting.chair, organisation: "\(meeting.area) MARAC",
            earlierActionCount: try db.pendingActions(area: meeting.area, before: meeting.date)
                .count,
            items: items.map {
                AgendaData.Item(
                    position: $0.position, slot: $0.slot, reference: $0.reference,
                    section: $0.section, referringAgencyCode: $0.referringAgency,
                    referringAgencyName: names[$0.referringAgency] ?? $0.referringAgency,
                    referredOn: $0.referredOn, isRepeat: $0.isRepeat, children: $0.children)
            }, deferred: try db.deferredReferences(meetingID: id))
    }

    /// Exports the minutes of a meeting, or one agency's extract, to a file (`export minutes`).
    ///
    /// The format follows the extension of `path` (`.odt`, `.fodt`, `.xml`). The export is
    /// recorded in the audit log (meeting, format and agency; never the path, which may name a
    /// person), in the same transaction.
    public func exportMinutes(
        meeting id: Int, agency code: String? = nil, marking: String? = nil, to path: String,
        exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.exportMinutes)
        let what = code.map { "extract for \($0)" } ?? "minutes"
        return try export(
            { try minutesData(meeting: id, agency: code) }, marking: marking, to: path,
            exporter: exporter, audit: (.exportMinutes, "meeting", "\(id)", what)
        ) { minutes in
            (code == nil ? "minutes" : "agency-extract", minutes.cases.count, minutes.actions.count)
        }
    }

    /// Exports the agenda of a meeting to `path` (`export agenda`), recorded in the audit log.
    public func exportAgenda(
        meeting id: Int, marking: String? = nil, to path: String,
        exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.exportAgenda)
        return try export(
            { try agendaData(meeting: id) }, marking: marking, to: path, exporter: exporter,
            audit: (.exportAgenda, "meeting", "\(id)", "agenda")
        ) { agenda in ("agenda", agenda.items.count, 0) }
    }

    /// Builds a document, writes it to `path` in the format its extension names (atomically,
    /// mode 0600) and records the export in the audit log, all in one transaction.
    ///
    /// - Parameters:
    ///   - audit: the operation, the record exported and what was exported, for the audit entry.
    ///   - counts: the receipt's document name and its counts of cases and actions.
    func export<Document: ExportableDocument>(
        _ build: () throws -> Document, marking: String?, to path: String,
        exporter: DocumentExporter,
        audit entry: (operation: Operation, entity: String, id: String, what: String),
        counts: (Document) -> (document: String, cases: Int, actions: Int)
    ) throws -> ExportReceipt {
        let format = try DocumentFormat(path: path)
        return try change {
            var document = try build()
            if let marking { document.marking = marking }
            let bytes = try exporter.bytes(of: document, as: format)
            // The audit entry first: no document of personal data leaves without one.
            try audit(
                entry.operation, entry.entity, entry.id,
                "\(entry.what) exported as .\(format.rawValue)")
            try AtomicFile.write(bytes, to: path)
            let (name, cases, actions) = counts(document)
            return ExportReceipt(
                path: path, format: format, document: name, cases: cases, actions: actions,
                bytes: bytes.count)
        }
    }
}
