/// The agenda of one MARAC meeting, in SafeLives' suggested order, as plain values.
///
/// Introductions and the confidentiality statement; incomplete actions from earlier meetings;
/// cases involving children; other cases, oldest referral first; cases reviewed after 12 months;
/// any other business. Cases appear by reference only, never by the victim's name.
public struct AgendaData: Equatable, Sendable {
    /// One case on the agenda with its time slot.
    public struct Item: Equatable, Sendable {
        /// The position on the agenda, from 1.
        public var position: Int
        /// When the case is due to be heard, `HH:MM`.
        public var slot: String
        /// The case reference (never the victim's name).
        public var reference: String
        /// The agenda section the case sits in.
        public var section: AgendaSection
        public var referringAgencyCode: String
        public var referringAgencyName: String
        public var referredOn: Day
        /// Whether the referral is a repeat (referred within 12 months of the last one).
        public var isRepeat: Bool
        /// The number of children in the household.
        public var children: Int
        /// The earlier case this one repeats.
        public var repeatOf: String? = nil
        /// Other cases the case's perpetrators are in (another victim's, or as a victim).
        public var perpetratorAlsoIn: [String] = []
        /// Cases in which the case's victim is recorded as a perpetrator.
        public var victimIsPerpetratorIn: [String] = []
        /// The IDVA service and engagement, in words, if the case is allocated to one.
        public var idva: String? = nil
        /// The MARAC the case was transferred in from, if it was.
        public var transferredFrom: String? = nil

        public init(
            position: Int, slot: String, reference: String, section: AgendaSection,
            referringAgencyCode: String, referringAgencyName: String, referredOn: Day,
            isRepeat: Bool = false, children: Int = 0
        ) {
            self.position = position
            self.slot = slot
            self.reference = reference
            self.section = section
            self.referringAgencyCode = referringAgencyCode
            self.referringAgencyName = referringAgencyName
            self.referredOn = referredOn
            self.isRepeat = isRepeat
            self.children = children
        }
    }

    public var meetingID: Int
    public var area: String
    public var date: Day
    /// When the meeting (introductions) starts, `HH:MM`.
    public var startsAt: String
    /// When the review of incomplete actions from earlier meetings starts, `HH:MM`.
    public var earlierActionsAt: String
    /// When any other business starts, after the last case, `HH:MM`.
    public var otherBusinessAt: String
    public var chair: String?
    public var venue: String?
    /// The organisation named in every page footer.
    public var organisation: String
    /// The protective marking in every page header and footer.
    public var marking: String
    /// How many incomplete actions from earlier meetings will be reviewed.
    public var earlierActionCount: Int
    /// The cases, in agenda order.
    public var items: [Item]
    /// References of cases deferred from this meeting to a later one.
    public var deferred: [String]
    /// The day the agenda's content (cases waiting, earlier actions) is as at; `nil` for the
    /// day it is produced.
    public var asAt: Day? = nil

    public init(
        meetingID: Int, area: String, date: Day, startsAt: String, earlierActionsAt: String,
        otherBusinessAt: String, chair: String? = nil, venue: String? = nil, organisation: String,
        marking: String = ODFDocument.defaultMarking, earlierActionCount: Int = 0,
        items: [Item] = [], deferred: [String] = []
    ) {
        self.meetingID = meetingID
        self.area = area
        self.date = date
        self.startsAt = startsAt
        self.earlierActionsAt = earlierActionsAt
        self.otherBusinessAt = otherBusinessAt
        self.chair = chair
        self.venue = venue
        self.organisation = organisation
        self.marking = marking
        self.earlierActionCount = earlierActionCount
        self.items = items
        self.deferred = deferred
    }
}
