/// What an export wrote: for the tool's message and for scripts.
public struct ExportReceipt: Equatable, Sendable, Codable {
    /// The file written.
    public var path: String
    public var format: DocumentFormat
    /// `minutes`, `agency-extract`, `agenda`, `action-status`, `action-plan` or `progress`.
    public var document: String
    /// Cases in the document.
    public var cases: Int
    /// Actions in the document.
    public var actions: Int
    /// The file's size in bytes.
    public var bytes: Int
    /// Whether the file is an encrypted package (`--password-file`).
    public var encrypted: Bool = false
}

extension Workbench {
    /// The minutes of a meeting, or with `agency` that agency's extract.
    ///
    /// A closed meeting's minutes are frozen: they come from the snapshot taken at the close
    /// (`MinutesSnapshot`), so later action updates never change them (the action status
    /// report, `actionStatusData(meeting:agency:)`, shows where actions stand now). A meeting
    /// that is not closed gives draft minutes as at today, assembled from the MARAC tables.
    /// A meeting closed before minutes were frozen at the close is frozen at its first export
    /// (`exportMinutes`); until then this gives its minutes as at today.
    public func minutesData(meeting id: Int, agency code: String? = nil) throws -> MinutesData {
        try authorize(.exportMinutes)
        try requireOwnExtract(meeting: id, agency: code)
        return try checkedMinutesData(meeting: id, agency: code)
    }

    /// `minutesData(meeting:agency:)` once the caller has checked the user may have them.
    private func checkedMinutesData(meeting id: Int, agency code: String?) throws -> MinutesData {
        let meeting = try existingMeeting(id)
        if meeting.isClosed, let code,
            let frozen = try db.minutesExtractSnapshotContent(meetingID: id, agencyCode: code)
        {
            return try MinutesSnapshot.decode(frozen)
        }
        let minutes =
            try meeting.isClosed
            ? db.minutesSnapshotContent(meetingID: id).map(MinutesSnapshot.decode) : nil
        return try extract(minutes ?? liveMinutesData(meeting), agency: code)
    }

    /// `minutes`, or with `code` that agency's extract (an unknown agency is an error).
    private func extract(_ minutes: MinutesData, agency code: String?) throws -> MinutesData {
        guard let code else { return minutes }
        guard let agencyName = try db.agencies().first(where: { $0.code == code })?.name else {
            throw MARACError.unknownAgency(code)
        }
        return minutes.extract(for: code, agencyName: agencyName)
    }

    /// Freezes a closed meeting's minutes: stores them as at now (`meeting close`, or the
    /// first export of a meeting closed before minutes were frozen at the close).
    ///
    /// Each agency's extract is frozen with them (`freezeExtracts`).
    func freezeMinutes(_ meeting: Meeting, origin: MinutesSnapshot.Origin) throws -> MinutesData {
        var minutes = try liveMinutesData(meeting)
        minutes.frozen = origin
        try db.insertMinutesSnapshot(
            meetingID: meeting.id, origin: origin, content: try MinutesSnapshot.encode(minutes),
            at: now, by: user)
        try freezeExtracts(
            of: minutes, for: try db.agenciesWithoutMinutesExtract(meetingID: meeting.id))
        return minutes
    }

    /// Stores the extract of each of `agencies` from the frozen minutes `minutes`, one row per
    /// agency, so an agency representative's extract of a closed meeting is read from its own
    /// agency's row (on a server, row-level security shows it no other).
    func freezeExtracts(of minutes: MinutesData, for agencies: [Agency]) throws {
        for agency in agencies {
            try db.insertMinutesExtractSnapshot(
                meetingID: minutes.meetingID, agencyCode: agency.code,
                content: try MinutesSnapshot.encode(
                    minutes.extract(for: agency.code, agencyName: agency.name)))
        }
    }

    /// The minutes as the MARAC tables hold them today: attendance, the confidentiality
    /// statement as recorded, incomplete actions from earlier meetings, per case in agenda
    /// order its referral (criteria, DASH score, repeat of which case, children), risks,
    /// information shared and actions, and any other business.
    ///
    /// Each case carries the information shared about it at the meeting, with its lawful-basis
    /// tags (and their short titles from the catalogue) and consent in words, and the
    /// decisions not to share. Cases not on the agenda but with actions recorded at the
    /// meeting follow the agenda's cases.
    func liveMinutesData(_ meeting: Meeting) throws -> MinutesData {
        let id = meeting.id
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
                .map(sharedInformation)
            if let referral = try db.referral(reference: reference) {
                cases[index].referredOn = referral.date
                cases[index].dashScore = referral.dashScore
                cases[index].repeatOf = referral.isRepeat ? referral.previousReference : nil
                cases[index].criteria = criteriaWords(referral)
                cases[index].risks = try db.risks(referralID: referral.id)
                    .filter { $0.meeting == id }.map(\.text)
                try addPeople(to: &cases[index], referralID: referral.id, on: meeting.date)
                cases[index].idva = try db.idvaAllocation(referralID: referral.id)?.0.summary
                cases[index].transferredFrom = try db.transferredFrom(referralID: referral.id)
            }
            cases[index].actions = (agreed[reference] ?? []).map(action)
        }

        var minutes = MinutesData(
            meetingID: id, area: meeting.area, date: meeting.date, startsAt: meeting.startsAt,
            chair: meeting.chair, venue: meeting.venue, organisation: "\(meeting.area) MARAC",
            statementReadBy: meeting.openedBy, statementReadAt: meeting.openedAt,
            minutesDue: try minutesDue(meeting), isFinal: meeting.isClosed,
            attendance: try db.attendance(meetingID: id).map {
                MinutesData.Attendee(
                    agencyCode: $0.agencyCode, agencyName: $0.agencyName, status: $0.status,
                    representative: $0.isDeputy
                        ? $0.representative.map { "\($0) (deputy)" } : $0.representative)
            }, earlierActions: earlier, cases: cases,
            deferred: try db.deferredReferences(meetingID: id), asAt: today)
        minutes.minuteTaker = meeting.minuteTaker
        minutes.nextMeeting = meeting.nextMeetingOn
        minutes.otherBusiness = try db.otherBusiness(meetingID: id)
        return minutes
    }

    /// The MARAC criteria a referral met, in words (`DASH score 16 of 24`).
    private func criteriaWords(_ referral: Referral) -> [String] {
        referral.criteria.map { criterion in
            switch criterion {
            case .dash:
                let questions = referralCriteria(area: referral.area, on: referral.date)
                    .questionCount
                return "DASH score \(referral.dashScore.map(String.init) ?? "?") of \(questions)"
            case .professionalJudgement: return "professional judgement (visible high risk)"
            case .escalation:
                return "potential escalation"
                    + (referral.callouts.map { " (\($0) call-outs in 12 months)" } ?? "")
            case .repeat: return "repeat referral"
            case .override: return "referred on the coordinator's override"
            }
        }
    }

    /// Removes from frozen minutes what retention deletes: the cases `references` and the
    /// sharing records `sharing` (id and case), each removal noted in the minutes and audited;
    /// the minutes of the meetings `deleted` (going in the same purge) are left alone.
    ///
    /// Frozen minutes are never otherwise rewritten; keeping a deleted case's risks and
    /// sharing in them would keep personal data past its retention period.
    func removeFromFrozenMinutes(
        cases references: [String], sharing: [(id: Int, ofCase: String)],
        except deleted: Set<Int>
    ) throws {
        var work: [String: (isCase: Bool, sharing: Set<Int>)] = [:]
        for reference in references { work[reference, default: (false, [])].isCase = true }
        for (id, reference) in sharing { work[reference, default: (false, [])].sharing.insert(id) }
        for (reference, what) in work.sorted(by: { $0.key < $1.key }) {
            for (meetingID, content) in try db.minutesSnapshots(mentioning: reference)
            where !deleted.contains(meetingID) {
                guard
                    let changed = try MinutesSnapshot.decode(content).removing(
                        case: what.isCase ? reference : nil, sharing: what.sharing, on: today)
                else { continue }
                try db.replaceMinutesSnapshot(
                    meetingID: meetingID, content: try MinutesSnapshot.encode(changed))
                for agency in try db.agencies() {
                    try db.replaceMinutesExtractSnapshot(
                        meetingID: meetingID, agencyCode: agency.code,
                        content: try MinutesSnapshot.encode(
                            changed.extract(for: agency.code, agencyName: agency.name)))
                }
                try audit(
                    .retentionPurge, "meeting", meetingID,
                    "frozen minutes: \(what.isCase ? "case" : "sharing of") \(reference) removed")
            }
        }
    }

    /// One sharing log entry as the minutes print it: consent and the common-law position in
    /// words, each tag with its short title from the catalogue in force.
    func sharedInformation(_ entry: SharingLogEntry) -> SharedInformation {
        switch entry.kind {
        case .shared:
            var titles: [String: String] = [:]
            for tag in entry.basisTags {
                if let basis = policies.lawfulBases[tag] { titles[tag] = basis.shortTitle }
            }
            var information = SharedInformation(
                agency: entry.agencyCode, recipients: entry.recipients,
                summary: entry.summary ?? "", categories: entry.categories,
                lawfulBases: entry.basisTags, consent: entry.consent?.words ?? "not recorded",
                commonLaw: entry.commonLawPosition?.words ?? "not recorded",
                rationale: entry.rationale)
            information.basisTitles = titles
            information.sharingID = entry.id
            information.about = entry.subject == .victim ? nil : entry.subject.words
            return information
        case .declined:
            var decision = SharedInformation(
                agency: entry.agencyCode, recipients: entry.recipients,
                summary: "Decision not to share", categories: entry.categories, lawfulBases: [],
                consent: "not shared", commonLaw: "not applicable", rationale: entry.rationale,
                isDecisionNotToShare: true)
            decision.about = entry.subject == .victim ? nil : entry.subject.words
            return decision
        }
    }

    /// The agenda of a meeting in SafeLives' order, with the time of each item.
    public func agendaData(meeting id: Int) throws -> AgendaData {
        try authorize(.exportAgenda)
        let meeting = try existingMeeting(id)
        let names = Dictionary(uniqueKeysWithValues: try db.agencies().map { ($0.code, $0.name) })
        let items =
            try withCaseLinks(
                try db.agendaItems(meetingID: id, timing: agendaTiming, startsAt: meeting.startsAt))
            + lapsedCases(meeting)
        var agenda = AgendaData(
            meetingID: id, area: meeting.area, date: meeting.date, startsAt: meeting.startsAt,
            earlierActionsAt: (TimeOfDay(parsing: meeting.startsAt) ?? .defaultStart)
                .adding(minutes: agendaTiming.introductionMinutes).description,
            otherBusinessAt: agendaTiming.slot(position: items.count + 1, start: meeting.startsAt),
            chair: meeting.chair, organisation: "\(meeting.area) MARAC",
            earlierActionCount: try db.pendingActions(area: meeting.area, before: meeting.date)
                .count,
            items: items.map {
                var item = AgendaData.Item(
                    position: $0.position, slot: $0.slot, reference: $0.reference,
                    section: $0.section, referringAgencyCode: $0.referringAgency,
                    referringAgencyName: names[$0.referringAgency] ?? $0.referringAgency,
                    referredOn: $0.referredOn, isRepeat: $0.isRepeat, children: $0.children)
                item.repeatOf = $0.repeatOf
                item.perpetratorAlsoIn = $0.perpetratorAlsoIn
                item.victimIsPerpetratorIn = $0.victimIsPerpetratorIn
                item.idva = $0.idva
                item.transferredFrom = $0.transferredFrom
                return item
            }, deferred: try db.deferredReferences(meetingID: id))
        agenda.venue = meeting.venue
        agenda.asAt = today
        return agenda
    }

    /// Exports the minutes of a meeting, or one agency's extract, to a file (`export minutes`).
    ///
    /// The format follows the extension of `path` (`.odt`, `.fodt`, `.xml`). The export is
    /// recorded in the audit log (meeting, format and agency; never the path, which may name a
    /// person), in the same transaction.
    ///
    /// With `redactedFor` the full minutes as that agency may see them
    /// (`MinutesData.redacted(for:agencyName:)`), which `agency` cannot be given with.
    public func exportMinutes(
        meeting id: Int, agency code: String? = nil, redactedFor: String? = nil,
        marking: String? = nil, to path: String, exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.exportMinutes)
        if let redactedFor {
            return try exportRedactedMinutes(
                meeting: id, for: redactedFor, agencyGiven: code != nil, marking: marking,
                to: path, exporter: exporter)
        }
        let what = code.map { "extract for \($0)" } ?? "minutes"
        try requireOwnExtract(meeting: id, agency: code)
        return try export(
            { try minutesForExport(meeting: id, agency: code) }, marking: marking, to: path,
            exporter: exporter, audit: (.exportMinutes, "meeting", "\(id)", what)
        ) { minutes in
            (code == nil ? "minutes" : "agency-extract", minutes.cases.count, minutes.actions.count)
        }
    }

    /// `export minutes M --for AGENCY`: the full minutes redacted for one agency.
    ///
    /// The coordinator and the chair may write them for any agency (to send it); a
    /// representative only for their own, and only on a file: on a server PostgreSQL lets a
    /// representative read no other agency's part of the minutes, so the coordinator writes
    /// them.
    private func exportRedactedMinutes(
        meeting id: Int, for code: String, agencyGiven: Bool, marking: String?, to path: String,
        exporter: DocumentExporter
    ) throws -> ExportReceipt {
        if agencyGiven {
            throw MARACError.invalid(
                field: "--for",
                expected: "either --agency (the agency's own actions) or --for (the minutes as "
                    + "it may see them), not both")
        }
        if let represented = try representedAgency() {
            guard represented.code == code else {
                throw AccessError.otherAgency(
                    record: "the minutes for \(code)", user: user, agency: represented.code)
            }
            if isOnServer {
                throw MARACError.invalid(
                    field: "--for",
                    expected: "the coordinator or the chair on a server (PostgreSQL shows a "
                        + "representative only its own agency's extract: use --agency "
                        + "\(code), or ask the coordinator for the minutes --for \(code))")
            }
        }
        guard let agency = try db.agencies().first(where: { $0.code == code }) else {
            throw MARACError.unknownAgency(code)
        }
        return try export(
            {
                try minutesForExport(meeting: id, agency: nil).redacted(
                    for: code, agencyName: agency.name)
            },
            marking: marking, to: path, exporter: exporter,
            audit: (.exportMinutes, "meeting", "\(id)", "minutes for \(code)")
        ) { minutes in ("minutes-for-agency", minutes.cases.count, minutes.actions.count) }
    }

    /// The minutes to export: as `minutesData(meeting:agency:)`, except that a meeting closed
    /// before minutes were frozen at the close is frozen now, so every later export of it
    /// gives the same content (recorded in the audit log); and the extract of an agency that
    /// has none frozen (the minutes were frozen before extracts were, or the agency was
    /// registered since) is frozen now from the frozen minutes.
    ///
    /// An agency representative whose agency's extract is frozen gets it from there alone: on a
    /// server it may read no other agency's extract nor the full minutes.
    private func minutesForExport(meeting id: Int, agency code: String?) throws -> MinutesData {
        let meeting = try existingMeeting(id)
        guard meeting.isClosed else { return try checkedMinutesData(meeting: id, agency: code) }
        if let code, try db.minutesExtractSnapshotContent(meetingID: id, agencyCode: code) != nil {
            return try checkedMinutesData(meeting: id, agency: code)
        }
        if let content = try db.minutesSnapshotContent(meetingID: id) {
            let missing = try db.agenciesWithoutMinutesExtract(meetingID: id)
            if !missing.isEmpty {
                try freezeExtracts(of: try MinutesSnapshot.decode(content), for: missing)
                try audit(
                    .exportMinutes, "meeting", id,
                    "agency extracts frozen from the frozen minutes for "
                        + missing.map(\.code).joined(separator: ", "))
            }
            return try checkedMinutesData(meeting: id, agency: code)
        }
        let minutes = try freezeMinutes(meeting, origin: .firstExport)
        try audit(
            .exportMinutes, "meeting", id,
            "minutes frozen as at \(today) (the meeting closed before minutes were frozen at "
                + "the close)")
        return try extract(minutes, agency: code)
    }

    /// Refuses an agency representative anything but their own agency's extract.
    func requireOwnExtract(meeting id: Int, agency code: String?) throws {
        guard let represented = try representedAgency(), code != represented.code else { return }
        throw AccessError.ownExtractOnly(user: user, agency: represented.code)
    }

    /// Where the actions agreed at a meeting stand today (`export action-status`), with
    /// `agency` only that agency's: each with its status now and, for a closed meeting, at
    /// the close (from the frozen minutes).
    public func actionStatusData(meeting id: Int, agency code: String? = nil) throws
        -> ActionStatusData
    {
        try authorize(.exportActionStatus)
        try requireOwnExtract(meeting: id, agency: code)
        let meeting = try existingMeeting(id)
        let names = Dictionary(uniqueKeysWithValues: try db.agencies().map { ($0.code, $0.name) })
        if let code, names[code] == nil { throw MARACError.unknownAgency(code) }
        var atClose: [Int: ActionStatus] = [:]
        if meeting.isClosed, let content = try db.minutesSnapshotContent(meetingID: id) {
            for action in try MinutesSnapshot.decode(content).actions {
                atClose[action.id] = action.status
            }
        }
        let rows = try db.actions(meetingID: id)
            .filter { code == nil || $0.agencyCode == code }
            .map { action in
                ActionStatusData.Row(
                    action: MinutesData.Action(
                        id: action.id, reference: action.reference,
                        agencyCode: action.agencyCode,
                        agencyName: names[action.agencyCode] ?? action.agencyCode,
                        owner: action.owner, text: action.text, due: action.due,
                        status: action.status),
                    statusAtClose: atClose[action.id])
            }
        return ActionStatusData(
            meetingID: id, area: meeting.area, date: meeting.date, startsAt: meeting.startsAt,
            chair: meeting.chair, organisation: "\(meeting.area) MARAC", asAt: today,
            closedOn: meeting.closedAt.flatMap { try? Day(parsing: String($0.prefix(10))) },
            agency: code, agencyName: code.flatMap { names[$0] }, rows: rows)
    }

    /// Exports the action status report of a meeting (`export action-status`).
    ///
    /// An agency representative may export only their own agency's. Recorded in the audit log.
    public func exportActionStatus(
        meeting id: Int, agency code: String? = nil, marking: String? = nil, to path: String,
        exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.exportActionStatus)
        try requireOwnExtract(meeting: id, agency: code)
        let what = code.map { "action status for \($0)" } ?? "action status"
        return try export(
            { try actionStatusData(meeting: id, agency: code) }, marking: marking, to: path,
            exporter: exporter, audit: (.exportActionStatus, "meeting", "\(id)", what)
        ) { report in
            ("action-status", Set(report.rows.map(\.action.reference)).count, report.rows.count)
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

    /// Builds a document, writes it to `path` in the format its extension names (mode 0600)
    /// and records the export in the audit log.
    ///
    /// The templates are read before the transaction, so a large one never holds the write
    /// lock. The file is written (and flushed) inside the transaction, so a full disk aborts
    /// it, but it takes its name only after the audit entry is committed: a failed commit
    /// leaves no file, and a killed process leaves neither a file nor a temporary one.
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
        try exporter.checkEncryptable(format)
        let exporter = format == .xml ? exporter : try exporter.preloadingTemplates()
        let (file, receipt) = try change { () throws -> (PendingFile, ExportReceipt) in
            var document = try build()
            if let marking { document.marking = marking }
            let summary =
                "\(entry.what) exported as .\(format.rawValue)"
                + (exporter.encrypts ? ", encrypted" : "")
            // The document carries the chain's end with its own export entry appended: an
            // anchor outside the database for `audit verify --against`.
            let anchor = try auditAnchor(
                afterAppending: entry.operation, entry.entity, entry.id, summary)
            let bytes = try exporter.bytes(of: document, as: format, anchor: anchor)
            // The audit entry first: no document of personal data leaves without one.
            try audit(entry.operation, entry.entity, entry.id, summary)
            let file = try PendingFile(for: path)
            try file.write(bytes)
            let (name, cases, actions) = counts(document)
            return (
                file,
                ExportReceipt(
                    path: path, format: format, document: name, cases: cases, actions: actions,
                    bytes: bytes.count, encrypted: exporter.encrypts)
            )
        }
        try file.publish()
        return receipt
    }
}
