/// A MARAC area: the place whose cases one MARAC hears, such as a borough or a county.
///
/// Areas are registered (`area add`) before cases or meetings use them. Names are matched
/// ignoring case and spaces (`north shire` finds `Northshire`) and shown as registered.
public struct Area: Equatable, Sendable, Codable {
    public var name: String
    /// Cases of the area not yet heard.
    public var waiting: Int
    /// Meetings scheduled or held for the area.
    public var meetings: Int

    public init(name: String, waiting: Int = 0, meetings: Int = 0) {
        self.name = name
        self.waiting = waiting
        self.meetings = meetings
    }

    /// The name of the area a new database starts with, used while it is the only one.
    ///
    /// It takes the national thresholds (area `*` of `Policies/referral-criteria.xml`) until
    /// `area rename` gives it the real name and the policy an entry for it.
    public static let initialName = "default"

    /// The form names are compared in: lower case, without white space.
    public static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// The registered name `typed` means: the exact name if registered, else the one name
    /// equal ignoring case and spaces; `nil` when none is.
    public static func match(_ typed: String, among registered: [String]) -> String? {
        if registered.contains(typed) { return typed }
        let key = key(typed)
        return registered.first { Self.key($0) == key }
    }

    /// The registered name nearest to `typed`, as a suggestion when it matches none.
    public static func suggestion(for typed: String, among registered: [String]) -> String? {
        let keys = registered.map(key)
        guard let nearest = EditDistance.nearest(to: key(typed), among: keys) else { return nil }
        return registered[keys.firstIndex(of: nearest)!]
    }
}
