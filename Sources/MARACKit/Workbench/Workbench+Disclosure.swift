/// Whom a disclosure bundle is about: the victim of a case, or one of its perpetrators (by
/// number, which may be left out when the case records one).
public enum DisclosureSubject: Equatable, Sendable {
    case victim
    case perpetrator(Int?)
}

extension Workbench {
    /// Everything held about one person (`person disclose`): the victim of `reference`, or
    /// with `.perpetrator` one of its perpetrators; see ``DisclosureBundle``.
    ///
    /// Gathers the person's cases (every referral of that person, not only `reference`), each
    /// case's risks and actions with their updates, the sharing records and decisions not to
    /// share about them, and the audit entries on those records and on the person. Each item
    /// that also concerns someone else is marked: it names another person recorded in those
    /// cases, it is another agency's information (shared or withheld by an agency), or, for a
    /// perpetrator, it is the victim's case.
    public func disclosureBundle(case reference: String, about subject: DisclosureSubject = .victim)
        throws -> DisclosureBundle
    {
        try authorize(.discloseRecords)
        return try gatherDisclosure(case: reference, about: subject)
    }

    /// Writes the bundle to `path` (`.odt`, `.fodt` or `.xml`) and records the disclosure in
    /// the audit log, against the person (never their name, nor the path).
    public func exportDisclosure(
        case reference: String, about subject: DisclosureSubject = .victim,
        marking: String? = nil, to path: String, exporter: DocumentExporter = DocumentExporter()
    ) throws -> ExportReceipt {
        try authorize(.discloseRecords)
        let format = try DocumentFormat(path: path)
        try exporter.checkEncryptable(format)
        let exporter = format == .xml ? exporter : try exporter.preloadingTemplates()
        let (file, receipt) = try change { () throws -> (PendingFile, ExportReceipt) in
            var (bundle, personID) = try gatherDisclosureWithPerson(case: reference, about: subject)
            if let marking { bundle.marking = marking }
            let summary =
                "disclosure bundle for the \(bundle.role.rawValue) of \(reference) exported as "
                + ".\(format.rawValue): \(bundle.cases.count) cases, \(bundle.items.count) "
                + "items, \(bundle.markedForReview) marked for third-party review"
                + (exporter.encrypts ? ", encrypted" : "")
            let anchor = try auditAnchor(
                afterAppending: .discloseRecords, "person", personID, summary)
            let bytes = try exporter.bytes(of: bundle, as: format, anchor: anchor)
            // The audit entry first: no bundle of personal data leaves without one; the file
            // takes its name only once that entry is committed.
            try audit(.discloseRecords, "person", personID, summary)
            let file = try PendingFile(for: path)
            try file.write(bytes)
            return (
                file,
                ExportReceipt(
                    path: path, format: format, document: "disclosure",
                    cases: bundle.cases.count,
                    actions: bundle.items.filter { $0.kind == .action }.count, bytes: bytes.count,
                    encrypted: exporter.encrypts)
            )
        }
        try file.publish()
        return receipt
    }

    private func gatherDisclosure(case reference: String, about subject: DisclosureSubject)
        throws -> DisclosureBundle
    {
        try gatherDisclosureWithPerson(case: reference, about: subject).0
    }

    /// The bundle, and the person's row id for the audit entry.
    private func gatherDisclosureWithPerson(
        case reference: String, about subject: DisclosureSubject
    ) throws -> (DisclosureBundle, Int) {
        let caseID = try referralID(reference)
        let person: Database.PersonRecord
        switch subject {
        case .victim:
            guard let victim = try db.victim(ofReferral: caseID) else {
                throw MARACError.unknownCase(reference)
            }
            person = victim
        case .perpetrator(let number):
            let perpetrators = try db.perpetrators(ofReferral: caseID)
            let chosen: Database.PersonRecord
            if let number {
                guard let found = perpetrators.first(where: { $0.ordinal == number }) else {
                    throw SubjectError.noSuchPerson(
                        .perpetrator, number: number, case: reference, count: perpetrators.count)
                }
                chosen = found.person
            } else {
                guard perpetrators.count == 1 else {
                    throw SubjectError.ambiguous(
                        .perpetrator, case: reference, count: perpetrators.count)
                }
                chosen = perpetrators[0].person
            }
            person = chosen
        }
        // Every case of the person, whichever role they have in it: a victim may be recorded
        // as the perpetrator in another case, and a perpetrator as a victim.
        let referrals =
            (try db.referrals(ofVictim: person.id)
            + db.referrals(ofPerpetrator: person.id)).sorted { ($0.date, $0.id) < ($1.date, $1.id) }

        var items: [DisclosureBundle.Item] = []
        var leftOut = 0
        var touched: [(entity: String, id: String)] = [("person", "\(person.id)")]
        for referral in referrals {
            let victim = try db.victim(ofReferral: referral.id)
            let perpetrators = try db.perpetrators(ofReferral: referral.id)
            // The others recorded in this case, as the reasons name them.
            var others: [ThirdPartyNames.Person] = []
            if let victim, victim.id != person.id {
                others.append(.init(name: victim.name, role: "the victim of \(referral.reference)"))
            }
            for (ordinal, other) in perpetrators where other.id != person.id {
                others.append(
                    .init(name: other.name, role: "perpetrator \(ordinal) of \(referral.reference)")
                )
            }
            for child in try db.children(referralID: referral.id, withNames: true) {
                others.append(
                    .init(
                        name: child.name ?? "",
                        role: "child \(child.ordinal) of \(referral.reference)"))
            }
            let names = ThirdPartyNames(people: others)
            // Where the person is a perpetrator, the case is the victim's: every record of it
            // concerns her too.
            let isVictim = victim?.id == person.id
            let victimsCase = isVictim ? [] : ["concerns the victim of \(referral.reference)"]
            let ownSubject: SharingSubject =
                isVictim
                ? .victim
                : .perpetrator(perpetrators.first { $0.person.id == person.id }?.ordinal ?? 0)

            touched.append(("referral", referral.reference))
            let referralFields = referralFields(referral)
            items.append(
                .init(
                    kind: .referral, id: referral.reference, caseReference: referral.reference,
                    date: referral.date.description, fields: referralFields,
                    thirdParty: victimsCase
                        + names.reasons(in: referralFields.map(\.value))
                        + ["information from the referring agency, \(referral.referringAgency)"]
                ))
            for risk in try db.risks(referralID: referral.id) {
                touched.append(("risk", "\(risk.id)"))
                var fields = [DisclosureBundle.Field("Risk", risk.text)]
                if let meeting = risk.meeting { fields.append(.init("Meeting", "\(meeting)")) }
                items.append(
                    .init(
                        kind: .risk, id: "risk \(risk.id)", caseReference: referral.reference,
                        date: "", fields: fields,
                        thirdParty: victimsCase + names.reasons(in: [risk.text])))
            }
            for action in try db.allActions(referralID: referral.id) {
                touched.append(("action", "\(action.id)"))
                var fields: [DisclosureBundle.Field] = [
                    .init("Action", action.text), .init("Agency", action.agencyCode),
                    .init("Due", action.due.description), .init("Status", action.status.rawValue),
                ]
                if let owner = action.owner { fields.append(.init("Owner", owner)) }
                for update in try db.actionUpdates(actionID: action.id) {
                    let parts = [
                        update.status.map { "status \($0.rawValue)" }, update.note,
                        update.evidence.map { "evidence: \($0)" },
                        update.due.map { "due \($0)" },
                    ].compactMap { $0 }
                    fields.append(
                        .init("Update \(update.at) by \(update.by)", parts.joined(separator: "; ")))
                }
                items.append(
                    .init(
                        kind: .action, id: "action \(action.id)",
                        caseReference: referral.reference, date: action.due.description,
                        fields: fields,
                        // The owner is agency staff acting in their role, not a third
                        // party whose name is redacted.
                        thirdParty: victimsCase
                            + names.reasons(in: fields.filter { $0.label != "Owner" }.map(\.value)))
                )
            }
            for entry in try db.sharingEntries(
                referralID: referral.id, meetingID: nil, tag: nil, limit: 1_000_000)
            {
                guard entry.subject == ownSubject else {
                    leftOut += 1
                    continue
                }
                touched.append(("sharing", "\(entry.id)"))
                let fields = sharingFields(entry)
                items.append(
                    .init(
                        kind: entry.kind == .shared ? .sharing : .declined,
                        id: "sharing \(entry.id)", caseReference: referral.reference,
                        date: entry.date.description, fields: fields,
                        thirdParty: names.reasons(in: fields.map(\.value))
                            + [
                                "another agency's information: "
                                    + (entry.kind == .shared
                                        ? "shared by \(entry.agencyCode)"
                                        : "withheld by \(entry.agencyCode)")
                                    + "; consult it before release"
                            ]))
            }
        }
        let names = ThirdPartyNames(
            people: try referrals.flatMap { referral -> [ThirdPartyNames.Person] in
                let victim = try db.victim(ofReferral: referral.id).map { [$0] } ?? []
                let children = try db.children(referralID: referral.id, withNames: true)
                    .map { Database.PersonRecord(id: 0, name: $0.name ?? "", dateOfBirth: nil) }
                return
                    (victim + (try db.perpetrators(ofReferral: referral.id)).map(\.person)
                    + children)
                    .filter { $0.id != person.id }
                    .map { .init(name: $0.name, role: "someone in \(referral.reference)") }
            })
        var seen: Set<Int> = []
        var audits: [AuditEntry] = []
        for (entity, id) in touched {
            for entry in try db.auditEntries(entity: entity, id: id)
            where seen.insert(entry.id).inserted {
                audits.append(entry)
            }
        }
        for entry in audits.sorted(by: { $0.id < $1.id }) {
            items.append(
                .init(
                    kind: .audit, id: "audit \(entry.id)", caseReference: nil, date: entry.at,
                    fields: [
                        .init("By", entry.user), .init("Command", entry.command),
                        .init("Record", "\(entry.entity) \(entry.entityID)"),
                        .init("What", entry.summary),
                    ], thirdParty: names.reasons(in: [entry.summary])))
        }
        items.sort { lhs, rhs in
            let order = DisclosureBundle.ItemKind.allCases
            return order.firstIndex(of: lhs.kind)! < order.firstIndex(of: rhs.kind)!
        }
        let bundle = DisclosureBundle(
            role: subject == .victim ? .victim : .perpetrator, requestedFor: reference,
            name: person.name, dateOfBirth: person.dateOfBirth,
            cases: referrals.map(\.reference), items: items, aboutOthersLeftOut: leftOut,
            organisation: referrals.first.map { "\($0.area) MARAC" } ?? "MARAC", asAt: today)
        return (bundle, person.id)
    }

    /// A referral's facts as the bundle lists them.
    private func referralFields(_ referral: Referral) -> [DisclosureBundle.Field] {
        var fields: [DisclosureBundle.Field] = [
            .init("Referred by", referral.referringAgency), .init("Area", referral.area),
            .init("Criteria", referral.criteria.map(\.rawValue).joined(separator: ", ")),
        ]
        if let score = referral.dashScore { fields.append(.init("DASH score", "\(score)")) }
        if let reason = referral.visibleHighRisk {
            fields.append(.init("Professional judgement", reason))
        }
        if let callouts = referral.callouts {
            fields.append(.init("Call-outs in 12 months", "\(callouts)"))
        }
        fields.append(.init("Children in the household", "\(referral.children)"))
        if referral.isRepeat {
            fields.append(.init("Repeat of", referral.previousReference ?? "an earlier case"))
        }
        if let reason = referral.overrideReason { fields.append(.init("Override", reason)) }
        if let heard = referral.heardOn { fields.append(.init("Heard on", heard.description)) }
        return fields
    }

    /// A sharing record's or decision's facts as the bundle lists them.
    private func sharingFields(_ entry: SharingLogEntry) -> [DisclosureBundle.Field] {
        var fields: [DisclosureBundle.Field] = [
            .init("About", entry.subject.words), .init("By", entry.agencyCode),
            .init(
                entry.kind == .shared ? "To" : "Requested by",
                entry.recipients.joined(separator: ", ")),
        ]
        if let summary = entry.summary { fields.append(.init("What was shared", summary)) }
        if !entry.categories.isEmpty {
            fields.append(.init("Categories", entry.categories.joined(separator: ", ")))
        }
        if entry.kind == .shared {
            fields.append(.init("Lawful basis", entry.basisTags.joined(separator: ", ")))
            fields.append(.init("Consent", entry.consent?.words ?? "not recorded"))
            fields.append(
                .init("Common law", entry.commonLawPosition?.words ?? "not recorded"))
        }
        fields.append(.init(entry.kind == .shared ? "Rationale" : "Reasons", entry.rationale))
        if let test = entry.adultAtRiskTest { fields.append(.init("Adult-at-risk test", test)) }
        if let meeting = entry.meeting { fields.append(.init("Meeting", "\(meeting)")) }
        return fields
    }
}
