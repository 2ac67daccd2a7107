/// Everything the minutes of one MARAC (Multi-Agency Risk Assessment Conference) meeting say,
/// as plain values: what `MinutesDocument` lays out and `DocumentXML` writes.
///
/// Victims appear only by case reference; nothing here holds a victim's name. The workbench
/// fills it from the MARAC tables (`Workbench.minutesData(meeting:agency:)`); the sharing
/// records of each case are filled by the sharing adapter.
///
/// A per-agency extract is the same value with `extractAgency` set and everything but that
/// agency's actions removed (see `extract(for:)`).
public struct MinutesData: Equatable, Sendable, Codable {
    /// One agency's attendance at the meeting.
    public struct Attendee: Equatable, Sendable, Codable {
        public var agencyCode: String
        public var agencyName: String
        public var status: AttendanceStatus
        /// The representative who attended or sent apologies, if recorded.
        public var representative: String?

        public init(
            agencyCode: String, agencyName: String, status: AttendanceStatus,
            representative: String? = nil
        ) {
            self.agencyCode = agencyCode
            self.agencyName = agencyName
            self.status = status
            self.representative = representative
        }
    }

    /// An action agreed for a case: what, by whom, by when, and where it stands.
    public struct Action: Equatable, Sendable, Codable {
        /// The action's number in the workbench (`action show ID`).
        public var id: Int
        /// The case the action is for.
        public var reference: String
        public var agencyCode: String
        public var agencyName: String
        /// The person in the agency who owns it, if named.
        public var owner: String?
        public var text: String
        public var due: Day
        public var status: ActionStatus

        public init(
            id: Int, reference: String, agencyCode: String, agencyName: String,
            owner: String? = nil, text: String, due: Day, status: ActionStatus
        ) {
            self.id = id
            self.reference = reference
            self.agencyCode = agencyCode
            self.agencyName = agencyName
            self.owner = owner
            self.text = text
            self.due = due
            self.status = status
        }

        /// Whether the action is past due and not done or cancelled on `day`.
        public func isOverdue(on day: Day) -> Bool { status.isPending && due < day }
    }

    /// An action from an earlier meeting that is still incomplete, reviewed first.
    public struct EarlierAction: Equatable, Sendable, Codable {
        public var action: Action
        /// The meeting date the action was agreed at, if known.
        public var agreedOn: Day?
        /// Whether a change in circumstances blocked it (`true`) or the agency simply has not
        /// done it yet (`false`): SafeLives asks minutes to tell the two apart.
        public var isBlocked: Bool

        public init(action: Action, agreedOn: Day? = nil, isBlocked: Bool) {
            self.action = action
            self.agreedOn = agreedOn
            self.isBlocked = isBlocked
        }
    }

    /// One case heard at the meeting, in agenda order.
    public struct Case: Equatable, Sendable, Codable {
        /// The case reference used in minutes (never the victim's name).
        public var reference: String
        /// The agenda section's title (`Cases involving children`...), if it was on the agenda.
        public var section: String?
        public var referringAgencyCode: String
        public var referringAgencyName: String
        /// The day the case was referred, if known.
        public var referredOn: Day? = nil
        /// The MARAC criteria the referral met, in words (`DASH score 16 of 24`,
        /// `professional judgement`, `repeat`...).
        public var criteria: [String] = []
        /// The DASH risk checklist score, if one was given.
        public var dashScore: Int? = nil
        /// Whether the referral is a repeat (referred within 12 months of the last one).
        public var isRepeat: Bool
        /// The reference of the earlier case this one repeats, when it is a repeat.
        public var repeatOf: String? = nil
        /// The number of children in the household.
        public var children: Int
        /// The perpetrators, by number, relationship and age (never by name); `nil` in
        /// minutes frozen before perpetrators were recorded.
        public var perpetrators: [PerpetratorSummary]? = nil
        /// The children recorded, by number, age and relationships (never by name).
        public var householdChildren: [ChildSummary]? = nil
        /// Cases in which the victim is recorded as a perpetrator.
        public var victimIsPerpetratorIn: [String]? = nil
        /// The IDVA service and worker allocated and the victim's engagement, in words.
        public var idva: String? = nil
        /// The MARAC the case was transferred in from, if it was.
        public var transferredFrom: String? = nil
        /// The risks identified at the meeting.
        public var risks: [String]
        /// What each agency shared about the case, with its lawful basis.
        public var sharing: [SharedInformation]
        /// The actions agreed.
        public var actions: [Action]

        public init(
            reference: String, section: String? = nil, referringAgencyCode: String,
            referringAgencyName: String, isRepeat: Bool = false, children: Int = 0,
            risks: [String] = [], sharing: [SharedInformation] = [], actions: [Action] = []
        ) {
            self.reference = reference
            self.section = section
            self.referringAgencyCode = referringAgencyCode
            self.referringAgencyName = referringAgencyName
            self.isRepeat = isRepeat
            self.children = children
            self.risks = risks
            self.sharing = sharing
            self.actions = actions
        }
    }

    /// The meeting's number in the workbench.
    public var meetingID: Int
    /// The MARAC area (`Anytown`).
    public var area: String
    public var date: Day
    /// When the meeting starts, `HH:MM`.
    public var startsAt: String
    public var chair: String?
    /// The venue, if recorded.
    public var venue: String?
    /// Who took the minutes, if recorded.
    public var minuteTaker: String? = nil
    /// The date of the area's next meeting, if set.
    public var nextMeeting: Day? = nil
    /// The day the document's content is as at.
    ///
    /// The close for frozen minutes, otherwise the day it was produced. Statuses, overdue marks and earlier actions are as at this day.
    public var asAt: Day
    /// How the minutes were frozen, for a closed meeting; `nil` for a draft.
    public var frozen: MinutesSnapshot.Origin? = nil
    /// The organisation named in every page footer (`Anytown MARAC`).
    public var organisation: String
    /// The protective marking in every page header and footer (`OFFICIAL-SENSITIVE`).
    public var marking: String
    /// The confidentiality statement read at the start of the meeting.
    public var confidentialityStatement: String
    /// Who recorded the statement as read, and when; `nil` if the meeting was never opened.
    public var statementReadBy: String?
    public var statementReadAt: String?
    /// The day the minutes are due (3 working days after the meeting by default).
    public var minutesDue: Day?
    /// Whether the meeting is closed and its minutes frozen (otherwise they are a draft).
    public var isFinal: Bool
    public var attendance: [Attendee]
    public var earlierActions: [EarlierAction]
    public var cases: [Case]
    /// References of cases deferred to a later meeting.
    public var deferred: [String]
    /// Items of any other business raised at the meeting, in order.
    public var otherBusiness: [String] = []
    /// What retention has removed from these frozen minutes, one sentence each (`Case
    /// C-000003 was removed on 2032-11-25: its retention period ended`).
    public var removedUnderRetention: [String] = []
    /// The agency code when this is that agency's extract; `nil` for the full minutes.
    public var extractAgency: String?
    /// The agency's name when this is an extract.
    public var extractAgencyName: String?
    /// The agency code when these are the full minutes as that agency may see them
    /// (`redacted(for:agencyName:)`); `nil` otherwise.
    public var redactedFor: String? = nil
    /// The agency's name when the minutes are redacted for it.
    public var redactedForName: String? = nil

    public init(
        meetingID: Int, area: String, date: Day, startsAt: String = "09:30", chair: String? = nil,
        venue: String? = nil, organisation: String, marking: String = ODFDocument.defaultMarking,
        confidentialityStatement: String = ConfidentialityStatement.text,
        statementReadBy: String? = nil, statementReadAt: String? = nil, minutesDue: Day? = nil,
        isFinal: Bool = false, attendance: [Attendee] = [], earlierActions: [EarlierAction] = [],
        cases: [Case] = [], deferred: [String] = [], asAt: Day? = nil
    ) {
        self.asAt = asAt ?? date
        self.meetingID = meetingID
        self.area = area
        self.date = date
        self.startsAt = startsAt
        self.chair = chair
        self.venue = venue
        self.organisation = organisation
        self.marking = marking
        self.confidentialityStatement = confidentialityStatement
        self.statementReadBy = statementReadBy
        self.statementReadAt = statementReadAt
        self.minutesDue = minutesDue
        self.isFinal = isFinal
        self.attendance = attendance
        self.earlierActions = earlierActions
        self.cases = cases
        self.deferred = deferred
    }

    /// A copy without the case `reference` and the sharing records `sharingIDs`, each removal
    /// noted; `nil` when nothing changes.
    ///
    /// What retention does to frozen minutes when it deletes the records they hold: the case
    /// goes with its actions among the earlier ones.
    public func removing(case reference: String?, sharing sharingIDs: Set<Int>, on day: Day)
        -> MinutesData?
    {
        var copy = self
        if let reference,
            cases.contains(where: { $0.reference == reference })
                || earlierActions.contains(where: { $0.action.reference == reference })
                || deferred.contains(reference)
        {
            copy.cases.removeAll { $0.reference == reference }
            copy.earlierActions.removeAll { $0.action.reference == reference }
            copy.deferred.removeAll { $0 == reference }
            copy.removedUnderRetention.append(
                "Case \(reference) was removed on \(day): its retention period ended.")
        }
        for index in copy.cases.indices {
            let before = copy.cases[index].sharing.count
            copy.cases[index].sharing.removeAll { $0.sharingID.map(sharingIDs.contains) ?? false }
            let removed = before - copy.cases[index].sharing.count
            if removed > 0 {
                copy.removedUnderRetention.append(
                    "\(DocumentText.count(removed, "sharing record")) of case "
                        + "\(copy.cases[index].reference) removed on \(day): the retention "
                        + "period ended.")
            }
        }
        return copy == self ? nil : copy
    }

    /// Whether this is a per-agency extract rather than the full minutes.
    public var isExtract: Bool { extractAgency != nil }

    /// Every action agreed at the meeting, in case order.
    public var actions: [Action] { cases.flatMap(\.actions) }

    /// The extract for the agency `code`: only the actions it owns (agreed at this meeting and
    /// still incomplete from earlier ones), and nothing else: no risks, no information shared,
    /// no perpetrators or children, no attendance, no deferred cases, and no case without one
    /// of its actions.
    public func extract(for code: String, agencyName: String? = nil) -> MinutesData {
        var copy = self
        copy.extractAgency = code
        copy.extractAgencyName =
            agencyName
            ?? actions.first { $0.agencyCode == code }?.agencyName
            ?? attendance.first { $0.agencyCode == code }?.agencyName
        copy.attendance = []
        copy.otherBusiness = []
        copy.deferred = []
        copy.earlierActions = earlierActions.filter { $0.action.agencyCode == code }
        copy.cases = cases.compactMap { heard in
            let owned = heard.actions.filter { $0.agencyCode == code }
            guard !owned.isEmpty else { return nil }
            var trimmed = heard
            trimmed.risks = []
            trimmed.sharing = []
            trimmed.perpetrators = nil
            trimmed.householdChildren = nil
            trimmed.victimIsPerpetratorIn = nil
            trimmed.idva = nil
            trimmed.transferredFrom = nil
            trimmed.actions = owned
            return trimmed
        }
        return copy
    }
}

/// One item of information an agency shared about a case, as the minutes record it.
///
/// Plain strings, so the minutes do not depend on how sharing records are stored: the sharing
/// adapter turns each `SharingRecord` into one of these. Everything here is printed in full.
public struct SharedInformation: Equatable, Sendable, Codable {
    /// The agency that shared it (code or name, as it should be printed).
    public var agency: String
    /// Who received it: `MARAC` or agency codes.
    public var recipients: [String]
    /// What was shared.
    public var summary: String
    /// Data categories (`health`, `criminal-offence`, `children`...).
    public var categories: [String]
    /// The sharing record's number in the workbench, when it came from one.
    public var sharingID: Int? = nil
    /// Lawful-basis tags from `Policies/lawful-bases.xml` (`UKGDPR-6-1-e`, `DPA2018-S1-P18`...).
    public var lawfulBases: [String]
    /// The short title of each tag in `lawfulBases` from the catalogue (`Public task or
    /// official authority`), by tag id; a tag missing here is printed by its id alone.
    public var basisTitles: [String: String] = [:]
    /// The consent position (`given`, `not sought: unsafe`...).
    public var consent: String
    /// The common-law confidentiality position (consent, law, overriding public interest).
    public var commonLaw: String
    /// Why it was necessary and proportionate, if recorded; for a decision not to share, why not.
    public var rationale: String?
    /// A recorded decision NOT to share (no lawful basis; `rationale` holds the reasons).
    public var isDecisionNotToShare: Bool
    /// Whom it is about, in words (`child 1`), when not the case's victim; `nil` for the
    /// victim (and in minutes frozen before subjects were recorded).
    public var about: String? = nil
    /// Whether the item is withheld from the agency the minutes are redacted for: only who
    /// shared it with whom remains, and `summary` is the notice.
    public var isWithheld: Bool? = nil

    public init(
        agency: String, recipients: [String], summary: String, categories: [String] = [],
        lawfulBases: [String], consent: String, commonLaw: String, rationale: String? = nil,
        isDecisionNotToShare: Bool = false
    ) {
        self.isDecisionNotToShare = isDecisionNotToShare
        self.agency = agency
        self.recipients = recipients
        self.summary = summary
        self.categories = categories
        self.lawfulBases = lawfulBases
        self.consent = consent
        self.commonLaw = commonLaw
        self.rationale = rationale
    }
}
