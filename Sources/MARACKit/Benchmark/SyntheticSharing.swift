/// A kind of sharing record the generator writes: who shares what, with whom, on which lawful
/// basis and consent state.
///
/// Every template passes `SharingRules` for an adult or a child subject (checked by
/// `SyntheticAreaTests`), so the synthetic register looks like one the workbench recorded.
struct SyntheticSharingTemplate: Sendable {
    /// The sharing agency's code (one of `SyntheticArea.agencies`).
    var agency: String
    /// Recipients: `nil` is the MARAC, otherwise an agency code.
    var recipients: [String?]
    var categories: [String]
    /// Lawful-basis tags, presets already expanded, in order.
    var tags: [String]
    /// A `ConsentState` name: `sought`, `given`, `refused` or `not-sought`.
    var consent: String
    /// The reason consent was not sought, for `not-sought`.
    var consentReason: ConsentNotSoughtReason?
    var commonLaw: CommonLawPosition
    var summary: String
    var rationale: String
    var purpose: String?
    var adultAtRiskTest: String?
    /// How often the template is drawn (weight).
    var weight: Int

    /// The consent state as the domain names it.
    var consentState: ConsentState {
        ConsentState(name: consent, reason: consentReason) ?? .sought
    }
}

extension SyntheticArea {
    static let publicBody = ["UKGDPR-6-1-e", "DPA2018-sec8-c", "CDA1998-s115"]
    static let publicBodySafeguarding = [
        "UKGDPR-6-1-e", "DPA2018-sec8-c", "UKGDPR-9-2-g", "DPA2018-S1-P18", "UKGDPR-10-DL",
        "CDA1998-s115",
    ]
    static let adultAtRisk =
        "Care and support needs: memory loss and limited mobility; experiencing abuse; unable to "
        + "protect themselves as a result: relies on the abuser for daily care"

    /// The kinds of sharing records, by agency, with their weights.
    static let sharingTemplates: [SyntheticSharingTemplate] = [
        SyntheticSharingTemplate(
            agency: "POL", recipients: [nil], categories: ["criminal-offence", "alleged-offence"],
            tags: ["DPA2018-sec35-2-b", "CDA1998-s115"], consent: "not-sought",
            consentReason: .wouldPrejudicePurpose, commonLaw: .publicInterest,
            summary: "Call-outs to the address and the perpetrator's bail conditions",
            rationale: "High risk of serious harm; the call-out history is needed to plan safety",
            purpose: "MARAC risk assessment", weight: 30),
        SyntheticSharingTemplate(
            agency: "POL", recipients: [nil, "HOUSING"], categories: ["contact-details"],
            tags: ["DPA2018-sec35-2-b", "DPA2018-S8-P1"], consent: "sought",
            commonLaw: .publicInterest,
            summary: "Address marker requested for an urgent response",
            rationale: "The address needs a marker so a call is answered as urgent", weight: 8),
        SyntheticSharingTemplate(
            agency: "IDVA", recipients: [nil], categories: ["safety-plan", "contact-details"],
            tags: ["UKGDPR-6-1-a"], consent: "given", commonLaw: .consent,
            summary: "Safety plan and the safe times to call",
            rationale: "The victim asked the IDVA to share the safety plan", weight: 12),
        SyntheticSharingTemplate(
            agency: "IDVA", recipients: ["POL"],
            categories: ["alleged-offence", "contact-details"],
            tags: ["UKGDPR-6-1-f", "UKGDPR-9-2-g", "DPA2018-S1-P10", "UKGDPR-10-DL"],
            consent: "not-sought", consentReason: .unsafe, commonLaw: .publicInterest,
            summary: "Perpetrator seen waiting outside the victim's work",
            rationale: "Possible breach of bail; asking would alert the perpetrator", weight: 4),
        SyntheticSharingTemplate(
            agency: "HEALTH-GP", recipients: [nil], categories: ["health", "mental-health"],
            tags: [
                "UKGDPR-6-1-e", "UKGDPR-9-2-h", "DPA2018-S1-P2", "UKGDPR-9-2-g", "DPA2018-S1-P18",
                "CDA1998-s115",
            ],
            consent: "refused", commonLaw: .publicInterest,
            summary: "Attendances with injuries and treatment for anxiety",
            rationale: "The injuries corroborate the risk assessment; the risk overrides refusal",
            adultAtRiskTest: adultAtRisk, weight: 6),
        SyntheticSharingTemplate(
            agency: "HEALTH-AE", recipients: [nil], categories: ["health"],
            tags: publicBodySafeguarding, consent: "not-sought", consentReason: .unsafe,
            commonLaw: .publicInterest, summary: "Attendances at the emergency department",
            rationale: "Repeated injuries show escalation", adultAtRiskTest: adultAtRisk,
            weight: 5),
        SyntheticSharingTemplate(
            agency: "HEALTH-MH", recipients: [nil], categories: ["mental-health"],
            tags: ["UKGDPR-6-1-e", "UKGDPR-9-2-h", "DPA2018-S1-P2", "CDA1998-s115"],
            consent: "given", commonLaw: .consent,
            summary: "Current mental health support and crisis contacts",
            rationale: "Agencies need to know who to call in a crisis", weight: 3),
        SyntheticSharingTemplate(
            agency: "MIDWIFE", recipients: [nil], categories: ["health"],
            tags: publicBodySafeguarding, consent: "sought", commonLaw: .publicInterest,
            summary: "Pregnancy and the due date", rationale: "Pregnancy raises the risk",
            adultAtRiskTest: adultAtRisk, weight: 2),
        SyntheticSharingTemplate(
            agency: "HOUSING", recipients: [nil, "POL"],
            categories: ["housing", "contact-details"],
            tags: publicBody, consent: "sought", commonLaw: .publicInterest,
            summary: "Joint tenancy; a sanctuary scheme is available",
            rationale: "Target hardening needs the tenancy position", weight: 8),
        SyntheticSharingTemplate(
            agency: "CSC", recipients: [nil], categories: ["children", "household"],
            tags: publicBody, consent: "not-sought", consentReason: .wouldPrejudicePurpose,
            commonLaw: .publicInterest, summary: "Children known to social care and their plan",
            rationale: "The children's safety depends on a joint plan", weight: 6),
        SyntheticSharingTemplate(
            agency: "ASC", recipients: [nil], categories: ["household"], tags: publicBody,
            consent: "given", commonLaw: .consent, summary: "Care package in place",
            rationale: "Carers visit the home and need to know the risk", weight: 2),
        SyntheticSharingTemplate(
            agency: "PROBATION", recipients: [nil], categories: ["criminal-offence"],
            tags: ["DPA2018-sec35-2-b", "DPA2018-S8-P1"], consent: "not-sought",
            consentReason: .wouldPrejudicePurpose, commonLaw: .law,
            summary: "Licence conditions and the supervision plan",
            rationale: "The licence conditions protect the victim", weight: 4),
        SyntheticSharingTemplate(
            agency: "EDU", recipients: [nil], categories: ["children", "education"],
            tags: publicBody, consent: "sought", commonLaw: .publicInterest,
            summary: "Attendance and wellbeing of the children at school",
            rationale: "The school sees the children daily", weight: 2),
        SyntheticSharingTemplate(
            agency: "DRUGS", recipients: [nil], categories: ["substance-misuse"],
            tags: [
                "UKGDPR-6-1-e", "DPA2018-sec8-c", "UKGDPR-9-2-g", "DPA2018-S1-P6", "UKGDPR-10-DL",
                "CDA1998-s115",
            ],
            consent: "given", commonLaw: .consent, summary: "Engagement with the treatment service",
            rationale: "Substance use affects the safety plan", weight: 2),
        SyntheticSharingTemplate(
            agency: "REFUGE", recipients: [nil], categories: ["safety-plan"],
            tags: ["UKGDPR-6-1-a"], consent: "given", commonLaw: .consent,
            summary: "Refuge space offered", rationale: "The victim asked for a refuge place",
            weight: 1),
    ]

    /// The templates' weights, for `SyntheticRandom.pick(weighted:)`.
    static let sharingWeights = sharingTemplates.indices.map { ($0, sharingTemplates[$0].weight) }

    /// Agency row ids by code (ids follow `agencies`' order).
    static let agencyIDs = Dictionary(
        uniqueKeysWithValues: agencies.enumerated().map { ($0.element.code, $0.offset + 1) })

    /// The sharing records of one case heard at `meeting` on `date`: most at the meeting, some
    /// between the referral and the meeting; a few decisions not to share.
    mutating func generateSharing(
        referral: Int, referredOn: Day, meeting: Int, date: Day,
        into sink: inout some SyntheticSink
    ) throws {
        // Retention (Policies/retention.xml): 6 years from the victim's last referral.
        let reviewOn = try referredOn.adding(months: 72).description
        for _ in 0..<random.int(shape.sharingPerCase) {
            let id = counts[SyntheticTable.sharing.rawValue] + 1
            let template = Self.sharingTemplates[random.pick(weighted: Self.sharingWeights)]
            let atMeeting = !random.chance(shape.betweenMeetingsShare)
            let day =
                atMeeting
                ? date
                : try referredOn.adding(days: random.int(0...max(0, referredOn.days(until: date))))
            let recorded = "\(day)T11:15:00Z"
            let agency = Self.agencyIDs[template.agency]!
            if random.chance(shape.declinedShare) {
                try add(
                    .sharing,
                    [
                        id, "declined", referral, atMeeting ? meeting : nil, agency,
                        day.description, String?.none, template.categories.joined(separator: ","),
                        String?.none, String?.none, String?.none,
                        "Not necessary for the risk assessment; a summary was shared instead",
                        String?.none, String?.none, reviewOn, recorded, "synthetic",
                    ], into: &sink)
                try add(.sharingRecipient, [id, 0, String?.none], into: &sink)
                continue
            }
            try add(
                .sharing,
                [
                    id, "shared", referral, atMeeting ? meeting : nil, agency, day.description,
                    template.summary, template.categories.joined(separator: ","),
                    template.consent, template.consentReason?.rawValue,
                    template.commonLaw.rawValue, template.rationale, template.purpose,
                    template.adultAtRiskTest, reviewOn, recorded, "synthetic",
                ], into: &sink)
            for (position, recipient) in template.recipients.enumerated() {
                try add(
                    .sharingRecipient, [id, position, recipient.map { Self.agencyIDs[$0]! }],
                    into: &sink)
            }
            for (position, tag) in template.tags.enumerated() {
                try add(.sharingBasis, [id, position, tag], into: &sink)
            }
        }
    }
}
