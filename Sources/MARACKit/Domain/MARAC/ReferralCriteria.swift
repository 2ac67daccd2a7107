/// The thresholds a referral is judged against: versioned data from
/// `Policies/referral-criteria.xml`, per MARAC area, never code.
///
/// The SafeLives defaults: 14 or more "yes" answers on the 24-question DASH risk identification
/// checklist (RIC), or 3 or more police call-outs in the last 12 months ("potential escalation"),
/// or professional judgement ("visible high risk"), or a repeat within 12 months.
public struct ReferralCriteria: Equatable, Sendable {
    /// The MARAC area these thresholds apply to (`*` for every area without its own entry).
    public var area: String
    /// The checklist and its version, such as `SafeLives DASH RIC 2009`.
    public var checklist: String
    /// How many questions the checklist has (24; the police version 27).
    public var questionCount: Int
    /// The lowest DASH score that meets the threshold on its own.
    public var dashThreshold: Int
    /// The lowest number of incidents or call-outs in the escalation window that meets the threshold.
    public var escalationThreshold: Int
    /// How many months back incidents count towards escalation.
    public var escalationWindowMonths: Int
    /// How many months after a referral a new referral of the same victim is a repeat.
    public var repeatWindowMonths: Int
    /// The youngest age at which a victim is referred to an adult MARAC.
    public var minimumAge: Int
    /// Working days after a meeting by which its minutes are due (3 by default).
    public var minutesDueWorkingDays: Int
    /// What makes a referral a repeat: the same victim and perpetrator(s) (the default), or the
    /// same victim alone.
    public var repeatDefinition: RepeatDefinition

    public init(
        area: String = "*", checklist: String = "SafeLives DASH RIC 2009", questionCount: Int = 24,
        dashThreshold: Int = 14, escalationThreshold: Int = 3, escalationWindowMonths: Int = 12,
        repeatWindowMonths: Int = 12, minimumAge: Int = 16, minutesDueWorkingDays: Int = 3,
        repeatDefinition: RepeatDefinition = .victimAndPerpetrator
    ) {
        self.area = area
        self.checklist = checklist
        self.questionCount = questionCount
        self.dashThreshold = dashThreshold
        self.escalationThreshold = escalationThreshold
        self.escalationWindowMonths = escalationWindowMonths
        self.repeatWindowMonths = repeatWindowMonths
        self.minimumAge = minimumAge
        self.minutesDueWorkingDays = minutesDueWorkingDays
        self.repeatDefinition = repeatDefinition
    }

    /// The SafeLives defaults, used when no policy file names the area.
    public static let safeLivesDefault = ReferralCriteria()
}
