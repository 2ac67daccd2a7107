/// The MARAC data return in SafeLives' style: one record per meeting held (closed) in a
/// period, their sum, and the benchmarks beside the actual figures.
///
/// SafeLives collects the return at meeting level ("information about the cohort of cases
/// discussed at each meeting but not data on individual cases"): a victim heard at two
/// meetings of the period counts at each, and the period's figures are the meetings' sum.
public struct DataReturn: Equatable, Sendable, Codable {
    public var from: Day
    public var to: Day
    /// The area the return is for; `nil` for every area of the database.
    public var area: String? = nil
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
    /// Every field of the return for the whole period: the meetings' sum.
    public var totals = Figures()
    /// The return's record for each meeting held in the period, oldest first.
    public var perMeeting: [MeetingFigures] = []
    /// Transfers dated in the period: out of and in to the areas covered.
    public var transfersOut = 0
    public var transfersIn = 0
    /// Expected volume and capacities beside the actual figures, per area.
    public var capacity: [AreaCapacity] = []

    /// One row of a breakdown.
    public struct Count: Equatable, Sendable, Codable {
        public var label: String
        public var count: Int
    }

    /// The fields SafeLives' data form asks of each meeting.
    public struct Figures: Equatable, Sendable, Codable {
        public var casesHeard = 0
        public var repeatCases = 0
        public var casesWithChildren = 0
        /// Children in the households of the cases heard.
        public var children = 0
        /// Cases referred by the police (agencies of sector `police`), and by every other
        /// agency (SafeLives' "partner agencies").
        public var policeReferrals = 0
        public var partnerReferrals = 0
        /// Cases by referring agency code.
        public var referralsByAgency: [Count] = []
        /// Cases whose victim is Black, Asian or racially minoritised.
        public var raciallyMinoritised = 0
        /// Cases whose victim is lesbian, gay, bisexual or trans.
        public var lgbt = 0
        public var disabled = 0
        public var male = 0
        /// Cases whose victim was 16 or 17 when referred.
        public var aged16To17 = 0
        /// People aged 17 or under (when referred) recorded as perpetrating the abuse.
        public var perpetratorsAged17OrUnder = 0
        /// Cases allocated to an IDVA service, and how the victim engaged.
        public var idvaAllocated = 0
        public var idvaEngaged = 0
        public var idvaNotEngaged = 0
        public var idvaDeclined = 0
        /// Cases heard that came to the area by a transfer in.
        public var transferredIn = 0

        public init() {}

        /// Repeat cases as a share of cases heard; 0 when none were heard.
        public var repeatRate: Double {
            casesHeard == 0 ? 0 : Double(repeatCases) / Double(casesHeard)
        }

        /// The sum of two meetings' figures.
        public static func + (a: Figures, b: Figures) -> Figures {
            var sum = Figures()
            sum.casesHeard = a.casesHeard + b.casesHeard
            sum.repeatCases = a.repeatCases + b.repeatCases
            sum.casesWithChildren = a.casesWithChildren + b.casesWithChildren
            sum.children = a.children + b.children
            sum.policeReferrals = a.policeReferrals + b.policeReferrals
            sum.partnerReferrals = a.partnerReferrals + b.partnerReferrals
            var agencies: [String: Int] = [:]
            for count in a.referralsByAgency + b.referralsByAgency {
                agencies[count.label, default: 0] += count.count
            }
            sum.referralsByAgency = DataReturn.sorted(agencies)
            sum.raciallyMinoritised = a.raciallyMinoritised + b.raciallyMinoritised
            sum.lgbt = a.lgbt + b.lgbt
            sum.disabled = a.disabled + b.disabled
            sum.male = a.male + b.male
            sum.aged16To17 = a.aged16To17 + b.aged16To17
            sum.perpetratorsAged17OrUnder =
                a.perpetratorsAged17OrUnder
                + b.perpetratorsAged17OrUnder
            sum.idvaAllocated = a.idvaAllocated + b.idvaAllocated
            sum.idvaEngaged = a.idvaEngaged + b.idvaEngaged
            sum.idvaNotEngaged = a.idvaNotEngaged + b.idvaNotEngaged
            sum.idvaDeclined = a.idvaDeclined + b.idvaDeclined
            sum.transferredIn = a.transferredIn + b.transferredIn
            return sum
        }
    }

    /// One meeting's record.
    public struct MeetingFigures: Equatable, Sendable, Codable {
        public var meetingID: Int
        public var date: Day
        public var area: String
        public var figures: Figures
    }

    /// An area's actual volume beside SafeLives' benchmarks, for the period.
    ///
    /// Yearly benchmarks are scaled to the period's length (days / 365); the FTEs needed are
    /// yearly figures (the period's cases scaled to a year).
    public struct AreaCapacity: Equatable, Sendable, Codable {
        public var area: String
        public var casesHeard: Int
        /// Women aged 16 and over, from the policy; `nil` when not given.
        public var adultFemalePopulation: Int?
        /// Cases the benchmark expects in the period (40 a year per 10,000 adult women).
        public var expectedCases: Double?
        /// Cases heard a year per 10,000 adult women, at the period's rate.
        public var casesPer10000Women: Double?
        /// IDVAs in post, from the policy.
        public var idvaFTE: Double?
        /// Cases the IDVAs in post can support in the period (100 a year per FTE).
        public var idvaCapacity: Double?
        /// IDVAs needed for the actual volume, and for the expected one.
        public var idvaFTENeeded: Double
        public var idvaFTENeededForExpected: Double?
        /// Administrators in post, from the policy.
        public var administratorFTE: Double?
        /// Cases the administrators in post can support in the period (400 a year per FTE).
        public var administratorCapacity: Double?
        /// Administrators needed for the actual volume.
        public var administratorFTENeeded: Double
    }

    /// The recommended range of the repeat rate.
    public static let recommendedRepeatRate = 0.28...0.40

    /// Counts by label, largest first, then by label.
    static func sorted(_ counts: [String: Int]) -> [Count] {
        counts.map { Count(label: $0.key, count: $0.value) }.sorted {
            ($0.count, $1.label) > ($1.count, $0.label)
        }
    }

    /// The capacity of `area` for `casesHeard` cases over `days` days, from the policy.
    static func capacity(
        area: String, casesHeard: Int, days: Int, policy: DataReturnPolicy
    ) -> AreaCapacity {
        let figures = policy.area(area)
        let benchmarks = policy.benchmarks
        let share = Double(days) / 365
        let yearly = share == 0 ? 0 : Double(casesHeard) / share
        let expectedYearly = figures.adultFemalePopulation.map {
            Double($0) / 10_000 * Double(benchmarks.casesPer10000Women)
        }
        return AreaCapacity(
            area: area, casesHeard: casesHeard,
            adultFemalePopulation: figures.adultFemalePopulation,
            expectedCases: expectedYearly.map { $0 * share },
            casesPer10000Women: figures.adultFemalePopulation.map {
                yearly / Double($0) * 10_000
            },
            idvaFTE: figures.idvaFTE,
            idvaCapacity: figures.idvaFTE.map { $0 * Double(benchmarks.idvaCasesPerFTE) * share },
            idvaFTENeeded: yearly / Double(benchmarks.idvaCasesPerFTE),
            idvaFTENeededForExpected: expectedYearly.map {
                $0 / Double(benchmarks.idvaCasesPerFTE)
            },
            administratorFTE: figures.administratorFTE,
            administratorCapacity: figures.administratorFTE.map {
                $0 * Double(benchmarks.administratorCasesPerFTE) * share
            },
            administratorFTENeeded: yearly / Double(benchmarks.administratorCasesPerFTE))
    }
}
