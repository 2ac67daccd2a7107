extension Workbench {
    /// The information-sharing part of the demo, recorded while `meeting` is open.
    ///
    /// What each agency shared about its cases, on which lawful basis; a decision not to
    /// share; one record shared between meetings; and one record refused for relying on
    /// legitimate interests as a public authority. The minutes carry them.
    func demoSharing(_ steps: inout [String], at meeting: Meeting, cases upcoming: [String]) throws
    {
        guard upcoming.count >= 4, let followUp = upcoming.last else { return }
        let next = meeting
        let t = meeting.date

        let requests = [
            // Police: a competent authority, sharing under DPA 2018 Part 3.
            SharingRequest(
                caseReference: upcoming[0], agency: "POL", recipients: ["MARAC"],
                summary: "Perpetrator on bail with a condition not to contact the victim; four "
                    + "call-outs to the address in the last year (demo)",
                categories: ["criminal-offence", "alleged-offence"],
                basisTags: ["DPA2018-sec35-2-b", "CDA1998-s115"],
                consent: .notSought(.wouldPrejudicePurpose), commonLawPosition: .publicInterest,
                rationale: "High risk of serious harm; bail conditions and call-out history are "
                    + "needed to plan the victim's safety (demo)",
                purpose: "MARAC risk assessment", meeting: next.id, date: t),
            // Health: a public authority, Art 6(1)(e) with Art 9 conditions and their paragraphs.
            SharingRequest(
                caseReference: upcoming[1], agency: "HEALTH-GP", recipients: ["MARAC"],
                summary: "Attended the surgery twice with injuries; pregnant; anxiety treated "
                    + "since spring (demo)",
                categories: ["health", "mental-health"],
                basisTags: [
                    "UKGDPR-6-1-e", "UKGDPR-9-2-h", "DPA2018-S1-P2", "UKGDPR-9-2-g",
                    "DPA2018-S1-P18", "CDA1998-s115",
                ],
                consent: .refused, commonLawPosition: .publicInterest,
                rationale: "Pregnancy raises the risk; the injuries corroborate the DASH "
                    + "answers; consent refused but the risk of serious harm overrides (demo)",
                adultAtRiskTest: "Care and support needs (pregnancy complications, anxiety); "
                    + "experiencing abuse; unable to protect herself as a result: her anxiety and a "
                    + "high-risk pregnancy leave her dependent on him (demo)",
                meeting: next.id, date: t),
            // The IDVA service: voluntary sector, sharing with the victim's consent.
            SharingRequest(
                caseReference: upcoming[2], agency: "IDVA", recipients: ["MARAC"],
                summary: "Victim's safety plan and the safe times to call her (demo)",
                categories: ["safety-plan", "contact-details"], basisTags: ["UKGDPR-6-1-a"],
                consent: .given, commonLawPosition: .consent,
                rationale: "The victim asked the IDVA to share her safety plan so agencies "
                    + "contact her safely (demo)",
                meeting: next.id, date: t),
            // Housing: a public authority sharing tenancy details as a public body.
            SharingRequest(
                caseReference: upcoming[3], agency: "HOUSING", recipients: ["MARAC", "POL"],
                summary: "Joint tenancy; perpetrator still holds keys; sanctuary scheme "
                    + "available (demo)",
                categories: ["housing", "contact-details"], basisTags: ["preset:public-body"],
                consent: .sought, commonLawPosition: .publicInterest,
                rationale: "Target hardening needs the tenancy position; the police need the "
                    + "address for a marker (demo)",
                meeting: next.id, date: t),
            // The IDVA service again, between meetings, on legitimate interests.
            SharingRequest(
                caseReference: followUp, agency: "IDVA", recipients: ["POL"],
                summary: "Victim reports the perpetrator waiting outside her work (demo)",
                categories: ["alleged-offence", "contact-details"],
                basisTags: ["preset:idva-unlawful-acts"], consent: .notSought(.unsafe),
                commonLawPosition: .publicInterest,
                rationale: "Possible breach of bail; asking would alert the perpetrator (demo)",
                date: try today.adding(days: -3)),
        ]
        for request in requests { _ = try recordSharing(request) }

        _ = try declineSharing(
            DeclineRequest(
                caseReference: upcoming[1], agency: "HEALTH-GP",
                reasons: "Detailed counselling notes are not necessary for the risk assessment; "
                    + "the relevant risk summary was shared instead (demo)",
                categories: ["mental-health"], requestedBy: ["MARAC"], meeting: next.id, date: t))

        let without = requests.filter {
            switch $0.consent {
            case .refused, .notSought: true
            case .sought, .given: false
            }
        }
        steps.append(
            "recorded \(requests.count) sharing records (\(without.count) without consent) and 1 "
                + "decision not to share, each with its lawful-basis tags")

        try demoSharingAboutAChild(&steps, at: next, cases: upcoming)

        var refused = requests[3]
        refused.basisTags = ["UKGDPR-6-1-f"]
        do {
            _ = try recordSharing(refused)
        } catch let error as SharingRefused {
            steps.append(
                "refused a HOUSING sharing record: "
                    + error.violations.map(\.description).joined(separator: "; "))
        }
    }

    /// One sharing record about a child (issue 14): children's social care shares about the
    /// first child of a case with children, under Schedule 1 paragraph 18, which asks no
    /// adult-at-risk test of a child under 18.
    private func demoSharingAboutAChild(
        _ steps: inout [String], at meeting: Meeting, cases upcoming: [String]
    ) throws {
        // The first case with a child recorded (the demo's people), or else the first with
        // children in the household, given one.
        var found: (reference: String, ordinal: Int)?
        for reference in upcoming {
            guard let id = try db.referralID(reference: reference) else { continue }
            if let child = try db.children(referralID: id, withNames: false).first {
                found = (reference, child.ordinal)
                break
            }
        }
        if found == nil,
            let reference = try upcoming.first(where: {
                (try db.referral(reference: $0)?.children ?? 0) > 0
            })
        {
            let child = try addChild(
                ChildRequest(
                    name: "Jamie Demochild", dateOfBirth: meeting.date.adding(days: -365 * 9 - 20),
                    school: "Demoshire Primary (demo)"),
                to: reference)
            found = (reference, child.ordinal)
        }
        guard let (reference, ordinal) = found else { return }
        _ = try recordSharing(
            SharingRequest(
                caseReference: reference, agency: "CSC", recipients: ["MARAC"],
                summary: "The child told a teacher about shouting and a broken door at home; "
                    + "a child protection plan is being considered (demo)",
                categories: ["children", "health"],
                basisTags: ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "DPA2018-S1-P18", "CDA1998-s115"],
                consent: .notSought(.unsafe), commonLawPosition: .publicInterest,
                rationale: "Safeguarding a child at risk of harm; asking the parents would alert "
                    + "the perpetrator (demo)",
                meeting: meeting.id, date: meeting.date, about: .child(ordinal)))
        steps.append(
            "recorded one sharing record about child \(ordinal) of \(reference) (Schedule 1 "
                + "para 18, no adult-at-risk test for a child)")
    }
}
