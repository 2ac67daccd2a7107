/// The sectors an agency may belong to, from `Policies/agency-sectors.xml`.
///
/// ```swift
/// policies.agencySectors.contains("police")   // true
/// policies.agencySectors.contains("banana")   // false
/// ```
public struct AgencySectors: Equatable, Sendable {
    /// One sector: its id (typed in `--sector`) and what it covers.
    public struct Sector: Equatable, Sendable {
        public var id: String
        public var title: String
    }

    /// Every sector, in file order.
    public var sectors: [Sector]

    public init(sectors: [Sector]) { self.sectors = sectors }

    /// The sector ids, in file order.
    public var ids: [String] { sectors.map(\.id) }

    /// Whether `id` is a listed sector.
    public func contains(_ id: String) -> Bool { sectors.contains { $0.id == id } }

    /// The file name inside the policy directory.
    static let fileName = "agency-sectors"

    /// The list from the validated root element of `agency-sectors.xml`.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> AgencySectors {
        let reader = PolicyReader(file: file)
        let nodes = root.children(named: "sector")
        try reader.requireUnique(nodes) { $0.attribute("id") }
        var sectors: [Sector] = []
        for node in nodes {
            sectors.append(
                Sector(id: try reader.attribute("id", of: node), title: node.trimmedText))
        }
        return AgencySectors(sectors: sectors)
    }
}
