import MARACKit

/// How library values read on a terminal: the text side of each command's `Output`.
enum Formatting {
    /// `text` cut to `width` characters with an ellipsis, on one line.
    static func clip(_ text: String, _ width: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    static func caseDetail(_ detail: CaseDetail, today: Day) -> String {
        let referral = detail.referral
        var lines = [
            "case \(referral.reference)",
            "  referred     \(referral.date) by \(referral.referringAgency) (\(referral.area))",
            "  criteria     " + referral.criteria.map(\.rawValue).joined(separator: ", "),
            "  DASH         \(referral.dashScore.map(String.init) ?? "not given")",
            "  call-outs    \(referral.callouts.map(String.init) ?? "not given")",
            "  children     \(referral.children)",
            "  age band     \(referral.ageBand)",
            "  repeat       "
                + (referral.isRepeat ? "yes, of \(referral.previousReference ?? "?")" : "no"),
            "  heard        \(referral.heardOn?.description ?? "not yet")",
        ]
        if let judgement = referral.visibleHighRisk { lines.append("  judgement    \(judgement)") }
        if let reason = referral.overrideReason { lines.append("  override     \(reason)") }
        if let idva = detail.idva { lines.append("  IDVA         \(idva.summary)") }
        for transfer in detail.transfers {
            lines.append(
                "  transfer     \(transfer.summary)"
                    + (transfer.theirReference.map { " (their \($0))" } ?? ""))
        }
        if !detail.relatedReferrals.isEmpty {
            lines.append(
                "  other referrals of this victim: "
                    + detail.relatedReferrals.map { "\($0.reference) (\($0.date))" }.joined(
                        separator: ", "))
        }
        lines += people(of: detail, today: today)
        if !detail.risks.isEmpty {
            lines.append("risks")
            lines += detail.risks.map { "  - \($0.text)" }
        }
        if !detail.actions.isEmpty {
            lines.append("actions")
            lines += detail.actions.map {
                "  #\($0.id) \($0.agencyCode) due \($0.due) [\($0.status.rawValue)] \(clip($0.text, 60))"
            }
        }
        if let history = detail.receivedHistory { lines += receivedHistory(history) }
        return lines.joined(separator: "\n")
    }

    /// What a received case's bundle said of its time at the sending MARAC.
    static func receivedHistory(_ history: TransferBundle.History) -> [String] {
        var lines = [
            "at the sending MARAC",
            "  referred     \(history.referredOn) by \(history.referringAgency); criteria "
                + history.criteria.joined(separator: ", "),
        ]
        if !history.hearings.isEmpty {
            lines.append(
                "  heard        "
                    + history.hearings.map { "\($0.day) (\($0.area))" }.joined(separator: ", "))
        }
        if let idva = history.idva { lines.append("  IDVA         \(idva.summary)") }
        lines += history.risks.map { "  risk: \($0)" }
        lines += history.actions.map {
            "  action: \($0.agency) due \($0.due) [\($0.status)] \(clip($0.text, 60))"
        }
        return lines
    }

    static func meeting(_ detail: MeetingDetail) -> String {
        let meeting = detail.meeting
        var lines = [
            "meeting \(meeting.id): \(meeting.area), \(meeting.date) at \(meeting.startsAt)",
            "  chair        \(meeting.chair ?? "not set")",
            "  state        "
                + (meeting.isClosed
                    ? "closed \(meeting.closedAt ?? "")"
                    : meeting.isOpen ? "open; confidentiality statement read" : "scheduled"),
            "  minutes due  \(detail.minutesDue)",
        ]
        // What the minutes record about the meeting, when given (`meeting edit`).
        for (label, value) in [
            ("venue       ", meeting.venue), ("minute-taker", meeting.minuteTaker),
            ("next meeting", meeting.nextMeetingOn?.description),
        ] {
            if let value { lines.append("  \(label) \(value)") }
        }
        lines.append("attendance")
        if detail.attendance.isEmpty { lines.append("  (none recorded)") }
        lines += detail.attendance.map {
            "  \($0.agencyCode.padding(12)) \($0.status.rawValue.padding(10)) \($0.representative ?? "")"
                + ($0.isDeputy ? " (deputy)" : "")
        }
        lines.append(agenda(detail))
        return lines.joined(separator: "\n")
    }

    static func agenda(_ detail: MeetingDetail) -> String {
        let meeting = detail.meeting
        var lines = [
            "agenda of meeting \(meeting.id), \(meeting.date), \(meeting.area): "
                + "\(detail.agenda.count) cases listed, capacity \(meeting.capacity)",
            "  \(meeting.startsAt)  Introductions and the confidentiality statement",
            "        Incomplete actions from earlier meetings: \(detail.earlierActions.count)",
        ]
        var section: AgendaSection?
        for item in detail.agenda {
            if item.section != section {
                section = item.section
                lines.append("  \(item.section.title)")
            }
            var flags: [String] = []
            if item.isRepeat {
                flags.append("REPEAT" + (item.repeatOf.map { " OF \($0)" } ?? ""))
            }
            if item.children > 0 { flags.append("CHILDREN \(item.children)") }
            if !item.heardWith.isEmpty {
                flags.append("WITH " + item.heardWith.joined(separator: ","))
            }
            if !item.perpetratorAlsoIn.isEmpty {
                flags.append("PERPETRATOR ALSO IN " + item.perpetratorAlsoIn.joined(separator: ","))
            }
            if !item.victimIsPerpetratorIn.isEmpty {
                flags.append(
                    "VICTIM IS PERPETRATOR IN " + item.victimIsPerpetratorIn.joined(separator: ","))
            }
            if let from = item.transferredFrom { flags.append("TRANSFERRED IN from \(from)") }
            if let idva = item.idva { flags.append("IDVA: \(idva)") }
            lines.append(
                "  \(item.slot)  \(String(item.position).padding(3)) \(item.reference)  "
                    + "\(item.referringAgency.padding(10)) referred \(item.referredOn)  "
                    + flags.joined(separator: " "))
        }
        if !detail.lapsed.isEmpty {
            lines.append("  \(AgendaSection.review.title) (notification)")
            lines += detail.lapsed.map {
                "  \($0.slot)  \(String($0.position).padding(3)) \($0.reference)  "
                    + "\($0.referringAgency.padding(10)) referred \($0.referredOn)"
            }
        }
        if !detail.deferred.isEmpty {
            lines.append("  deferred: " + detail.deferred.joined(separator: ", "))
        }
        lines.append("  Any other business")
        if !detail.waiting.isEmpty {
            let why =
                detail.agenda.count >= meeting.capacity
                ? "left off: capacity \(meeting.capacity) reached" : "not listed"
            lines.append(
                "waiting (\(why)): \(detail.waiting.count) cases: "
                    + detail.waiting.joined(separator: ", "))
        }
        if detail.agenda.count < meeting.capacity, !detail.waitingElsewhere.isEmpty {
            let total = detail.waitingElsewhere.map(\.count).reduce(0, +)
            lines.append(
                "waiting in other areas: \(total) cases ("
                    + detail.waitingElsewhere.map { "\($0.area) \($0.count)" }
                    .joined(separator: ", ")
                    + "); 'case move REF --area \(meeting.area)' moves a case here")
        }
        return lines.joined(separator: "\n")
    }

    static func action(_ detail: ActionDetail) -> String {
        let action = detail.action
        var lines = [
            "action \(action.id) for \(action.reference) (version \(action.version))",
            "  agency       \(action.agencyCode)" + (action.owner.map { ", owner \($0)" } ?? ""),
            "  due          \(action.due)" + (detail.isOverdue ? " (OVERDUE)" : ""),
            "  status       \(action.status.rawValue)"
                + (action.completedOn.map { ", completed \($0)" } ?? ""),
            "  action       \(action.text)",
        ]
        if !detail.updates.isEmpty {
            lines.append("history")
            for update in detail.updates {
                var parts: [String] = []
                if let status = update.status { parts.append("status \(status.rawValue)") }
                if let due = update.due { parts.append("due \(due)") }
                if let note = update.note { parts.append("note: \(note)") }
                if let evidence = update.evidence { parts.append("evidence: \(evidence)") }
                lines.append("  \(update.at) \(update.by): " + parts.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func dataReturn(_ report: DataReturn) -> String {
        let percent = Int((report.repeatRate * 1000).rounded())
        let t = report.totals
        var lines = [
            "MARAC data return \(report.from) to \(report.to)"
                + (report.area.map { " for \($0)" } ?? ""),
            "  meetings              \(report.meetings)",
            "  cases heard           \(report.casesHeard)",
            "  repeat cases          \(report.repeatCases) (\(percent / 10).\(percent % 10)%; SafeLives recommends 28-40%)",
            "  cases with children   \(report.casesWithChildren)",
            "  children              \(report.children)",
            "  police referrals      \(t.policeReferrals)",
            "  partner referrals     \(t.partnerReferrals)",
            "  racially minoritised  \(t.raciallyMinoritised)",
            "  LGBT+                 \(t.lgbt)",
            "  disabled              \(t.disabled)",
            "  male                  \(t.male)",
            "  aged 16-17            \(t.aged16To17)",
            "  perpetrators <= 17    \(t.perpetratorsAged17OrUnder)",
            "  IDVA allocated        \(t.idvaAllocated) (engaged \(t.idvaEngaged), not engaged "
                + "\(t.idvaNotEngaged), declined \(t.idvaDeclined))",
            "  heard after transfer  \(t.transferredIn)",
            "  transfers in          \(report.transfersIn)",
            "  transfers out         \(report.transfersOut)",
        ]
        for (title, counts) in [
            ("referrals by agency", report.referralsByAgency), ("gender", report.gender),
            ("ethnicity", report.ethnicity), ("disability", report.disability),
            ("sexual orientation", report.sexualOrientation), ("age band", report.ageBand),
        ] {
            lines.append(title)
            lines += counts.map { "  \($0.label.padding(22)) \($0.count)" }
        }
        if !report.perMeeting.isEmpty {
            lines.append("per meeting")
            lines += TextTable(
                headers: [
                    "MEETING", "DATE", "AREA", "HEARD", "REPEAT", "CHILDREN", "POLICE", "BAME",
                    "LGBT+", "DISABLED", "MALE", "16-17", "PERP<=17", "IDVA", "ENGAGED",
                    "TRANSFER-IN",
                ],
                rows: report.perMeeting.map {
                    let f = $0.figures
                    return [String($0.meetingID), $0.date.description, $0.area]
                        + [
                            f.casesHeard, f.repeatCases, f.children, f.policeReferrals,
                            f.raciallyMinoritised, f.lgbt, f.disabled, f.male, f.aged16To17,
                            f.perpetratorsAged17OrUnder, f.idvaAllocated, f.idvaEngaged,
                            f.transferredIn,
                        ].map(String.init)
                }
            ).rendered().split(separator: "\n").map { "  " + $0 }
        }
        if !report.capacity.isEmpty { lines.append("capacity (SafeLives benchmarks)") }
        for area in report.capacity {
            let d = DataReturnFiles.decimal
            var text = "  \(area.area): \(area.casesHeard) cases heard"
            if let expected = area.expectedCases, let population = area.adultFemalePopulation,
                let rate = area.casesPer10000Women
            {
                text +=
                    "; expected \(d(expected)) (40 a year per 10,000 of \(population) adult "
                    + "women); \(d(rate)) a year per 10,000"
            } else {
                text += "; no adult female population in Policies/data-return.xml"
            }
            lines.append(text)
            lines.append(
                "    IDVA FTE in post \(d(area.idvaFTE)) (supports \(d(area.idvaCapacity)) cases); "
                    + "needed \(d(area.idvaFTENeeded)) for these cases, "
                    + "\(d(area.idvaFTENeededForExpected)) for the expected volume")
            lines.append(
                "    administrator FTE in post \(d(area.administratorFTE)) (supports "
                    + "\(d(area.administratorCapacity)) cases); needed "
                    + "\(d(area.administratorFTENeeded))")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The text padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
