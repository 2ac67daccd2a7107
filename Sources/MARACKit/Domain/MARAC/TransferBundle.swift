/// What one MARAC sends another when a victim moves (`case transfer --to-file`): the victim,
/// the referral, and the case's history at the sending MARAC.
///
/// SafeLives' MARAC-to-MARAC process sends the previous minutes and action plans; the bundle
/// carries what the receiving MARAC needs of them and nothing else:
/// - the victim's identity (name, date of birth) and the data return's fields, since the
///   receiving MARAC must match the person and report on the case;
/// - the referral (date, referring agency, criteria, DASH score, call-outs, children);
/// - the meetings that heard the case, the risks identified, the actions agreed with where
///   they stand, the IDVA service and engagement, earlier transfers and the dates of the
///   victim's earlier referrals.
///
/// Left out on purpose: sharing records (each was a disclosure to this MARAC under its own
/// lawful basis; the receiving agencies research and share afresh), who recorded what (user
/// names), the audit log, internal row ids, and any other victim's case.
public struct TransferBundle: Equatable, Sendable, Codable {
    /// The format's name and version, checked when a bundle is read.
    public var format = TransferBundle.formatName
    public var version = TransferBundle.currentVersion
    /// The protective marking the document carries.
    public var marking: String
    /// The sending MARAC (its area).
    public var fromMARAC: String
    /// The MARAC the case is sent to.
    public var toMARAC: String
    public var date: Day
    public var reason: String
    /// The case's reference at the sending MARAC.
    public var reference: String
    public var victim: Victim
    public var history: History

    /// Who the case is about: what the receiving MARAC needs to match the person.
    public struct Victim: Equatable, Sendable, Codable {
        public var name: String
        public var dateOfBirth: Day
        public var diversity: Diversity
    }

    /// The case at the sending MARAC, without the victim's identity: what the receiving
    /// database keeps beside the case it creates.
    public struct History: Equatable, Sendable, Codable {
        public var referredOn: Day
        /// The referring agency's code and name at the sending MARAC.
        public var referringAgencyCode: String
        public var referringAgency: String
        public var criteria: [String]
        public var dashScore: Int?
        public var visibleHighRisk: String?
        public var callouts: Int?
        public var children: Int
        public var ageBand: String
        public var wasRepeat: Bool
        /// The victim's earlier referrals at the sending MARAC, by date.
        public var earlierReferrals: [Day]
        /// The meetings that heard the case: area and day.
        public var hearings: [Hearing]
        public var risks: [String]
        public var actions: [Action]
        public var idva: IDVAAllocation?
        /// Earlier transfers of the case, in words.
        public var transfers: [String]
    }

    /// A meeting that heard the case.
    public struct Hearing: Equatable, Sendable, Codable {
        public var area: String
        public var day: Day
    }

    /// An action agreed for the case, with the agency's name (the receiving MARAC may have no
    /// agency of that code).
    public struct Action: Equatable, Sendable, Codable {
        public var agency: String
        public var text: String
        public var due: Day
        public var status: String
    }

    /// The name written in `format`.
    public static let formatName = "marac-transfer"
    /// The version this workbench writes and reads.
    public static let currentVersion = 1
    /// Where the machine-readable copy sits inside the `.odt` package.
    public static let packagePath = "marac-transfer.json"
}
