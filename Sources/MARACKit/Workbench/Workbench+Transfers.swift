#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `case transfer --to-file` wrote.
public struct TransferFileReceipt: Equatable, Sendable, Codable {
    public var transfer: CaseTransfer
    public var path: String
    public var bytes: Int
}

/// What `case receive` created: the new case and its transfer in.
public struct ReceivedCase: Equatable, Sendable, Codable {
    public var referral: Referral
    public var transfer: CaseTransfer
}

extension Workbench {
    /// Transfers a case to another area of this database (`case transfer --to-area`): the
    /// case moves with its history (hearings, risks, actions, sharing) and waits to be heard
    /// at the receiving MARAC, recorded as transferred out of one area and in to the other.
    public func transferCase(
        _ reference: String, toArea typed: String, reason: String, on day: Day? = nil
    ) throws -> [CaseTransfer] {
        try authorize(.transferCase)
        let reason = try Self.transferReason(reason)
        return try change {
            let referral = try transferable(reference, on: day)
            let area = try resolveArea(typed, field: "--to-area")
            guard area != referral.area else {
                throw MARACError.invalid(
                    field: "--to-area",
                    expected: "another area; \(reference) is already in \(area)")
            }
            let day = try checkedDay(day ?? today, field: "--date", notBefore: referral.date)
            let out = CaseTransfer(
                reference: reference, direction: .out, area: referral.area, otherMARAC: area,
                date: day, reason: reason)
            let into = CaseTransfer(
                reference: reference, direction: .in, area: area, otherMARAC: referral.area,
                date: day, reason: reason)
            try db.insertTransfer(referralID: referral.id, out, at: now, by: user)
            try db.insertTransfer(referralID: referral.id, into, at: now, by: user)
            try db.transferReferral(referralID: referral.id, toArea: area)
            try audit(
                .transferCase, "referral", reference,
                "transferred out of \(referral.area) and in to \(area) on \(day)")
            return [out, into]
        }
    }

    /// Transfers a case to a MARAC using another database (`case transfer --to-file`): writes
    /// the transfer bundle (`.odt`, mode 0600, with the protective marking) and records the
    /// case as transferred out; it is no longer listed on this area's agendas.
    public func transferCase(
        _ reference: String, toFile path: String, toMARAC marac: String, reason: String,
        on day: Day? = nil, marking: String? = nil, exporter: DocumentExporter
    ) throws -> TransferFileReceipt {
        try authorize(.transferCase)
        let reason = try Self.transferReason(reason)
        let marac = String(marac.trimmingSpaces)
        guard !marac.isEmpty, marac.count <= 80 else {
            throw MARACError.invalid(
                field: "--to-marac", expected: "the receiving MARAC's name, 1 to 80 characters")
        }
        guard AtomicFile.fileName(of: path).lowercased().hasSuffix(".odt") else {
            throw MARACError.invalid(field: "--to-file", expected: "a file name ending in .odt")
        }
        let template = try exporter.templates.template(for: .minutes)
        let (file, receipt) = try change { () throws -> (PendingFile, TransferFileReceipt) in
            let referral = try transferable(reference, on: day)
            let day = try checkedDay(day ?? today, field: "--date", notBefore: referral.date)
            let transfer = CaseTransfer(
                reference: reference, direction: .out, area: referral.area, otherMARAC: marac,
                date: day, reason: reason)
            let bundle = try transferBundle(
                referral, transfer: transfer,
                marking: marking.map { String($0.trimmingSpaces) } ?? ODFDocument.defaultMarking)
            try db.insertTransfer(referralID: referral.id, transfer, at: now, by: user)
            try audit(
                .transferCase, "referral", reference,
                "transferred out of \(referral.area) to \(marac) on \(day); bundle written")
            let bytes = try TransferBundleFile.bytes(of: bundle, template: template)
            // The bundle takes its name only once the transfer and its audit entry are
            // committed.
            let file = try PendingFile(for: path)
            try file.write(bytes)
            return (file, TransferFileReceipt(transfer: transfer, path: path, bytes: bytes.count))
        }
        try file.publish()
        return receipt
    }

    /// Creates, from a transfer bundle, the case as transferred in (`case receive`).
    ///
    /// The victim is matched to a person record as at referral, so a victim already known
    /// here makes the case a repeat when the policy says so. The referral is dated `day`
    /// (today by default) in `area` (the only area by default), referred by `agency` (by
    /// default the agency of the bundle's referral, when one of that code is registered). The
    /// history the bundle carried is kept beside the case; a bundle is received once.
    public func receiveCase(
        from path: String, by agency: String? = nil, area: String? = nil, on day: Day? = nil
    ) throws -> ReceivedCase {
        try authorize(.receiveCase)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MARACError.invalid(field: "FILE", expected: "a readable transfer bundle (.odt)")
        }
        let bundle = try TransferBundleFile.bundle(from: Array(data), path: path)
        return try receive(bundle, by: agency, area: area, on: day)
    }

    /// The body of `case receive` for a bundle already read (the demo makes one in memory).
    func receive(_ bundle: TransferBundle, by agency: String?, area: String?, on day: Day?)
        throws -> ReceivedCase
    {
        try authorize(.receiveCase)
        return try change {
            if try db.hasReceived(reference: bundle.reference, from: bundle.fromMARAC) {
                throw MARACError.invalid(
                    field: "FILE",
                    expected: "a bundle not received before; \(bundle.reference) from "
                        + "\(bundle.fromMARAC) was received already")
            }
            let code = agency ?? bundle.history.referringAgencyCode
            guard try agency != nil || db.agency(code: code) != nil else {
                throw MARACError.invalid(
                    field: "--by",
                    expected: "the agency referring the case here: the bundle's referring "
                        + "agency \(code) is not registered in this database")
            }
            let day = try checkedDay(day ?? today, field: "--date", notBefore: nil)
            var request = ReferralRequest(
                victimName: bundle.victim.name, dateOfBirth: bundle.victim.dateOfBirth,
                referringAgency: code, date: day, area: area ?? "",
                dashScore: bundle.history.dashScore,
                visibleHighRisk: bundle.history.visibleHighRisk,
                callouts: bundle.history.callouts, children: bundle.history.children,
                diversity: bundle.victim.diversity)
            let areas = try db.areaNames()
            let stored: StoredReferral
            do {
                stored = try insertReferral(request, areas: areas, audited: false)
            } catch MARACError.belowThreshold {
                // Met the sending MARAC's criteria but not this area's thresholds: the
                // transfer itself is the recorded reason (nothing was written by the refusal).
                request.overrideReason =
                    "transferred in from \(bundle.fromMARAC) MARAC (\(bundle.reference)), "
                    + "where it met the MARAC criteria"
                stored = try insertReferral(request, areas: areas, audited: false)
            }
            let referral = try db.referral(reference: stored.reference)!
            let transfer = CaseTransfer(
                reference: stored.reference, direction: .in, area: referral.area,
                otherMARAC: bundle.fromMARAC, date: day, reason: bundle.reason,
                theirReference: bundle.reference)
            try db.insertTransfer(
                referralID: stored.id, transfer, history: try Self.encode(bundle.history),
                at: now, by: user)
            try audit(
                .receiveCase, "referral", stored.reference,
                "received from \(bundle.fromMARAC) (their \(bundle.reference)) into "
                    + "\(referral.area)" + (stored.isRepeat ? "; repeat" : ""))
            return ReceivedCase(referral: referral, transfer: transfer)
        }
    }

    /// The case, if it may be transferred: not on the agenda of a meeting yet to be held,
    /// and not already transferred to another database.
    private func transferable(_ reference: String, on day: Day?) throws -> Referral {
        guard let referral = try db.referral(reference: reference) else {
            throw MARACError.unknownCase(reference)
        }
        if referral.heardOn == nil, let meeting = referral.listedMeeting {
            throw MARACError.invalid(
                field: "REF",
                expected: "a case not on an agenda; \(reference) is listed for meeting "
                    + "\(meeting) ('agenda defer \(meeting) \(reference)' takes it off)")
        }
        if try db.isTransferredAway(referralID: referral.id) {
            throw MARACError.invalid(
                field: "REF",
                expected: "a case of this database's areas; \(reference) was transferred to "
                    + "another MARAC's database already")
        }
        return referral
    }

    /// The bundle for a case about to be transferred.
    private func transferBundle(_ referral: Referral, transfer: CaseTransfer, marking: String)
        throws -> TransferBundle
    {
        let victim = try db.victim(referralID: referral.id)
        guard let dateOfBirth = victim.dateOfBirth else {
            throw MARACError.invalid(
                field: "REF", expected: "a case whose victim's date of birth is recorded")
        }
        let agency = try db.agency(code: referral.referringAgency)
        let actions = try db.actions(ActionFilter(reference: referral.reference), today: today)
        return TransferBundle(
            marking: marking.isEmpty ? ODFDocument.defaultMarking : marking,
            fromMARAC: referral.area, toMARAC: transfer.otherMARAC, date: transfer.date,
            reason: transfer.reason, reference: referral.reference,
            victim: TransferBundle.Victim(
                name: victim.name, dateOfBirth: dateOfBirth, diversity: victim.2),
            history: TransferBundle.History(
                referredOn: referral.date, referringAgencyCode: referral.referringAgency,
                referringAgency: agency?.name ?? referral.referringAgency,
                criteria: referral.criteria.map(\.rawValue), dashScore: referral.dashScore,
                visibleHighRisk: referral.visibleHighRisk, callouts: referral.callouts,
                children: referral.children, ageBand: referral.ageBand,
                wasRepeat: referral.isRepeat,
                earlierReferrals: try db.relatedReferrals(of: referral.id).map(\.1).filter {
                    $0 < referral.date
                },
                hearings: try db.hearings(referralID: referral.id).map {
                    TransferBundle.Hearing(area: $0.area, day: $0.day)
                },
                risks: try db.risks(referralID: referral.id).map(\.text),
                actions: actions.map {
                    TransferBundle.Action(
                        agency: $0.agencyCode, text: $0.text, due: $0.due,
                        status: $0.status.rawValue)
                },
                idva: try idvaAllocation(referralID: referral.id),
                transfers: try db.transfers(referralID: referral.id).map(\.summary)))
    }

    /// A transfer's reason as typed, trimmed; refused when empty or too long.
    static func transferReason(_ typed: String) throws -> String {
        let reason = String(typed.trimmingSpaces)
        guard !reason.isEmpty, reason.count <= 1000 else {
            throw MARACError.invalid(
                field: "--reason", expected: "why the case is transferred, 1 to 1000 characters")
        }
        return reason
    }

    /// The stored form of a received case's history.
    static func encode(_ history: TransferBundle.History) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(history), as: UTF8.self)
    }

    /// The history a received case's bundle carried, if any.
    func receivedHistory(referralID: Int) throws -> TransferBundle.History? {
        guard let text = try db.receivedHistory(referralID: referralID) else { return nil }
        return try? JSONDecoder().decode(TransferBundle.History.self, from: Data(text.utf8))
    }
}
