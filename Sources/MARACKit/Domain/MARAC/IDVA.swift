/// Whether a victim engaged with the IDVA (Independent Domestic Violence Adviser) service
/// allocated to their case, as the data return counts it.
public enum IDVAEngagement: String, Equatable, Sendable, Codable, CaseIterable {
    /// The victim took up the IDVA's support.
    case engaged
    /// The IDVA could not make safe contact, or contact did not lead to support.
    case notEngaged = "not-engaged"
    /// The victim was offered support and declined it.
    case declined
}

/// The IDVA service and worker allocated to a case, and whether the victim engaged.
///
/// The worker is a professional and may be named in agendas and minutes; the victim never is.
public struct IDVAAllocation: Equatable, Sendable, Codable {
    /// The case the allocation is for.
    public var reference: String
    /// The IDVA service (an agency of the MARAC).
    public var agencyCode: String
    public var agencyName: String
    /// The IDVA allocated, when the service has named one.
    public var worker: String?
    /// The day the case was allocated.
    public var allocatedOn: Day
    /// Whether the victim engaged, once known.
    public var engagement: IDVAEngagement?
    /// The day the engagement was recorded as at.
    public var engagementOn: Day?

    public init(
        reference: String, agencyCode: String, agencyName: String, worker: String? = nil,
        allocatedOn: Day, engagement: IDVAEngagement? = nil, engagementOn: Day? = nil
    ) {
        self.reference = reference
        self.agencyCode = agencyCode
        self.agencyName = agencyName
        self.worker = worker
        self.allocatedOn = allocatedOn
        self.engagement = engagement
        self.engagementOn = engagementOn
    }

    /// One line for agendas and minutes: `IDVA: Safe Steps IDVA (J. Patel), engaged since
    /// 2026-11-20`.
    public var summary: String {
        var text = agencyName
        if let worker { text += " (\(worker))" }
        switch engagement {
        case nil: text += ", engagement not yet recorded"
        case .engaged?: text += ", engaged"
        case .notEngaged?: text += ", not engaged"
        case .declined?: text += ", support declined"
        }
        if let engagementOn { text += " (\(engagementOn))" }
        return text
    }
}
