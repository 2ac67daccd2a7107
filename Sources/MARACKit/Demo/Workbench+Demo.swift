/// What `marac demo` did, for printing: each step in a sentence, and what to try next.
public struct DemoReport: Equatable, Sendable, Codable {
    public var alreadyLoaded: Bool
    public var steps: [String]
    public var tryNext: [String]
}

extension Workbench {
    /// Builds the clearly fictional "Demoshire" MARAC area in one transaction (`marac demo`).
    ///
    /// It holds agencies and representatives, a dozen referrals (repeats among them, and one refused for
    /// missing the threshold and then overridden), a past meeting with attendance, risks and
    /// actions (some overdue), and the next meeting's agenda. Dates are relative to today.
    ///
    /// A database that already holds the demo is left as it is.
    public func buildDemo() throws -> DemoReport {
        try authorize(.demo)
        if try db.agency(code: "POL")?.name == DemoData.policeName {
            return DemoReport(
                alreadyLoaded: true, steps: [], tryNext: try DemoData.tryNext(today: today))
        }
        var steps: [String] = []
        try db.transaction {
            try demoMARAC(&steps)
            try demoDHR(&steps)
        }
        return DemoReport(
            alreadyLoaded: false, steps: steps, tryNext: try DemoData.tryNext(today: today))
    }

    /// The MARAC part of the demo.
    func demoMARAC(_ steps: inout [String]) throws {
        // A new database's one area, still unused, becomes the demo's: referrals then need no
        // --area, as in a single-area MARAC.
        let areas = try db.areas()
        if areas.count == 1, areas[0].name == Area.initialName, areas[0].waiting == 0,
            areas[0].meetings == 0
        {
            _ = try renameArea(Area.initialName, to: DemoData.area)
            steps.append("named the database's area \(DemoData.area)")
        } else if Area.match(DemoData.area, among: areas.map(\.name)) == nil {
            _ = try addArea(DemoData.area)
            steps.append("registered the area \(DemoData.area)")
        }
        for agency in DemoData.agencies { try addAgency(agency) }
        for (code, name, role) in DemoData.representatives {
            try addRepresentative(agency: code, name: name, email: nil, role: role)
        }
        steps.append("registered \(DemoData.agencies.count) agencies and their representatives")

        let t = today
        var references: [String: String] = [:]
        for person in DemoData.referrals {
            let referral = try referCase(
                ReferralRequest(
                    victimName: person.name, dateOfBirth: t.adding(days: -365 * person.age - 40),
                    referringAgency: person.agency, date: t.adding(days: person.daysAgo),
                    area: DemoData.area, dashScore: person.dash, visibleHighRisk: person.judgement,
                    callouts: person.callouts, children: person.children,
                    diversity: Diversity(
                        gender: person.gender, ethnicity: person.ethnicity, disability: nil,
                        sexualOrientation: nil),
                    perpetrators: demoPerpetrators(person.key)))
            references[person.key] = referral.reference
            try addDemoChildren(person.key, to: referral.reference)
        }
        let repeats = try cases(repeatOnly: true).count
        steps.append(
            "recorded \(DemoData.referrals.count) referrals with their perpetrators and "
                + "\(DemoData.children.values.map(\.count).reduce(0, +)) children; repeats: \(repeats)"
        )

        let refused = ReferralRequest(
            victimName: "Demo Person Thirteen", dateOfBirth: try t.adding(days: -365 * 29),
            referringAgency: "HOUSING", date: try t.adding(days: -2), area: DemoData.area,
            dashScore: 11, callouts: 1)
        do {
            _ = try referCase(refused)
        } catch let error as MARACError {
            steps.append("refused a HOUSING referral: \(error)")
        }
        var overridden = refused
        overridden.overrideReason = "coordinator: escalating stalking not captured by the checklist"
        let override = try referCase(overridden)
        steps.append("referred it again with --override: \(override.reference)")

        let past = try newMeeting(
            date: t.adding(days: -21), area: DemoData.area, chair: "DI Demo Chair", capacity: 8,
            record: MeetingRecord(
                venue: "Demoshire Civic Centre, Room 2 (demo)", minuteTaker: "Demo Minute-taker",
                nextMeeting: t.adding(days: 7)))
        let agenda = try buildAgenda(past.id)
        if let first = agenda.agenda.first {
            let allocation = try allocateIDVA(
                first.reference, agency: "IDVA", worker: DemoData.idvaWorker,
                on: past.date.adding(days: -6))
            _ = try recordIDVAEngagement(
                first.reference, status: .engaged, on: past.date.adding(days: -3))
            steps.append(
                "allocated \(allocation.reference) to the IDVA service (\(DemoData.idvaWorker)); "
                    + "the victim engaged")
        }
        _ = try openMeeting(past.id)
        for (code, status, rep) in DemoData.attendance {
            try recordAttendance(
                meeting: past.id, agency: code, status: status, representative: rep)
        }
        for (index, item) in agenda.agenda.enumerated() {
            let risks = DemoData.risks[index % DemoData.risks.count]
            for risk in risks {
                _ = try addRisk(reference: item.reference, meeting: past.id, text: risk)
            }
            for (offset, template) in DemoData.actions.enumerated() where (index + offset) % 3 != 2
            {
                _ = try addAction(
                    reference: item.reference, agency: template.agency,
                    due: past.date.adding(days: template.dueAfter), text: template.text,
                    owner: template.owner, meeting: past.id)
            }
        }
        let agreed = try db.actions(meetingID: past.id)
        for action in agreed.prefix(4) {
            _ = try updateAction(
                action.id, ActionChange(status: .done, evidence: "confirmed at the follow-up call"))
        }
        if let blocked = agreed.dropFirst(4).first {
            _ = try updateAction(
                blocked.id, ActionChange(status: .blocked, note: "victim moved out of area"))
        }
        try demoSharing(&steps, at: past, cases: agenda.agenda.map(\.reference))
        try addOtherBusiness(
            meeting: past.id, text: "Training on the new DASH guidance for all agencies (demo)")
        _ = try closeMeeting(past.id)
        let overdue = try actions(ActionFilter(overdue: true)).count
        steps.append(
            "held meeting \(past.id) on \(past.date): \(agenda.agenda.count) cases, "
                + "\(agreed.count) actions, \(overdue) now overdue")

        let received = try receive(
            DemoData.transferBundle(today: t), by: nil, area: DemoData.area, on: t.adding(days: -1))
        steps.append(
            "received \(received.referral.reference) transferred in from "
                + "\(received.transfer.otherMARAC) (their \(received.transfer.theirReference ?? ""))"
        )

        let next = try newMeeting(
            date: t.adding(days: 7), area: DemoData.area, chair: "DI Demo Chair", capacity: 16)
        let upcoming = try buildAgenda(next.id)
        steps.append(
            "built the agenda of meeting \(next.id) on \(next.date): \(upcoming.agenda.count) cases"
        )
        try demoMisspeltVictim(&steps)
    }

    /// A victim referred again under a misspelt name: warned of, recorded as a new person,
    /// and left for review in `person list --possible-duplicates`.
    private func demoMisspeltVictim(_ steps: inout [String]) throws {
        guard let person = DemoData.referrals.first(where: { $0.key == "three" }) else { return }
        let misspelt = person.name.replacing("Person", with: "Persn")
        let outcome = try refer(
            ReferralRequest(
                victimName: misspelt, dateOfBirth: today.adding(days: -365 * person.age - 40),
                referringAgency: "POL", date: today, area: DemoData.area, dashScore: 14))
        guard let warning = outcome.possibleDuplicates.first else { return }
        steps.append(
            "referred \(outcome.referral.reference) with the victim's name misspelt: warned it "
                + "may be \(warning.reference) (\(warning.person): "
                + warning.reasons.map(\.explanation).joined(separator: ", ")
                + "); recorded as a new person for review")
    }
}
