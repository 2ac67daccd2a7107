/// The quarterly MARAC data return in SafeLives' style, summed over the meetings of a period.
public struct DataReturn: Equatable, Sendable, Codable {
    public var from: Day
    public var to: Day
    public var meetings: Int
    public var casesHeard: Int
    public var repeatCases: Int
    /// Repeat cases as a share of cases heard (SafeLives recommends 28–40 %).
    public var repeatRate: Double
    public var casesWithChildren: Int
    public var children: Int
    public var referralsByAgency: [Count]
    public var gender: [Count]
    public var ethnicity: [Count]
    public var disability: [Count]
    public var sexualOrientation: [Count]
    public var ageBand: [Count]

    /// One row of a breakdown.
    public struct Count: Equatable, Sendable, Codable {
        public var label: String
        public var count: Int
    }

    /// The recommended range of the repeat rate.
    public static let recommendedRepeatRate = 0.28...0.40
}
