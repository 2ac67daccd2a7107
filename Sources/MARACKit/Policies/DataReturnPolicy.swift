/// The SafeLives data return's settings, from `Policies/data-return.xml`: the benchmarks the
/// figures are set beside, small-number suppression in documents, the recorded words each
/// diversity indicator counts, and each area's adult female population and staffing.
///
/// ```swift
/// let policy = policies.dataReturn
/// policy.area("Demoshire").adultFemalePopulation  // 128000
/// policy.suppressed(3)                            // "5 or under"
/// ```
public struct DataReturnPolicy: Equatable, Sendable {
    /// SafeLives' benchmarks ("Reviewing your Marac data").
    public struct Benchmarks: Equatable, Sendable {
        /// Expected cases a year per 10,000 adult women (40).
        public var casesPer10000Women: Int
        /// Cases a year one full-time IDVA can support (100).
        public var idvaCasesPerFTE: Int
        /// Cases a year one full-time MARAC administrator can support (400).
        public var administratorCasesPerFTE: Int
    }

    /// A diversity field of the victim's person record.
    public enum Field: String, Equatable, Sendable {
        case gender, ethnicity, disability
        case sexualOrientation = "sexual-orientation"

        /// The `person` column holding it.
        var column: String {
            switch self {
            case .gender: "gender"
            case .ethnicity: "ethnicity"
            case .disability: "disability"
            case .sexualOrientation: "sexual_orientation"
            }
        }
    }

    /// How the listed values decide an indicator.
    public enum Match: String, Equatable, Sendable {
        /// The field is one of the values.
        case listed
        /// The field is recorded and not one of the values.
        case recordedExcept = "recorded-except"
    }

    /// One of the data return's diversity counts.
    public enum IndicatorID: String, Equatable, Sendable, CaseIterable {
        case raciallyMinoritised = "racially-minoritised"
        case lgbt
        case disabled
        case male
    }

    /// Which recorded words count for an indicator.
    public struct Indicator: Equatable, Sendable {
        public var id: IndicatorID
        public var field: Field
        public var match: Match
        /// The values, in lower case (matching ignores case).
        public var values: [String]
    }

    /// An area's population and staffing; `nil` where the policy does not give it.
    public struct AreaFigures: Equatable, Sendable, Codable {
        public var area: String
        /// Women aged 16 and over in the area.
        public var adultFemalePopulation: Int?
        /// Full-time-equivalent IDVAs in post.
        public var idvaFTE: Double?
        /// Full-time-equivalent MARAC administrators in post.
        public var administratorFTE: Double?
    }

    public var benchmarks: Benchmarks
    /// Counts from 1 to this are shown as ``suppressionLabel`` in documents.
    public var suppressAtOrBelow: Int
    public var suppressionLabel: String
    public var indicators: [Indicator]
    public var areas: [AreaFigures]

    /// The figures of `area` (its entry, else area `*`'s, named as `area`).
    public func area(_ area: String) -> AreaFigures {
        let key = Area.key(area)
        var figures =
            areas.first { Area.key($0.area) == key } ?? areas.first { $0.area == "*" }
            ?? AreaFigures(area: area)
        figures.area = area
        return figures
    }

    /// The indicator `id` (the schema requires each to be defined once).
    public func indicator(_ id: IndicatorID) -> Indicator {
        indicators.first { $0.id == id }
            ?? Indicator(id: id, field: .gender, match: .listed, values: [])
    }

    /// `count` as a document shows it: the suppression label from 1 to the threshold.
    public func suppressed(_ count: Int) -> String {
        count > 0 && count <= suppressAtOrBelow ? suppressionLabel : String(count)
    }

    /// The file name inside the policy directory.
    static let fileName = "data-return"

    /// The policy from the validated root element of `data-return.xml`.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> DataReturnPolicy {
        let reader = PolicyReader(file: file)
        guard let benchmarks = root.child(named: "benchmarks"),
            let suppression = root.child(named: "suppression")
        else { throw PolicyError(file: file, line: root.line, reason: .invalidValue("incomplete")) }
        let indicatorNodes = root.children(named: "indicator")
        try reader.requireUnique(indicatorNodes) { $0.attribute("id") }
        var indicators: [Indicator] = []
        for node in indicatorNodes {
            indicators.append(
                Indicator(
                    id: try reader.value("id", of: node),
                    field: try reader.value("field", of: node),
                    match: try reader.value("match", of: node),
                    values: node.children(named: "value").map { $0.trimmedText.lowercased() }))
        }
        for id in IndicatorID.allCases where !indicators.contains(where: { $0.id == id }) {
            throw reader.error(root, .invalidValue("no <indicator id=\"\(id.rawValue)\">"))
        }
        let areaNodes = root.children(named: "area")
        try reader.requireUnique(areaNodes) { $0.attribute("name").map(Area.key) }
        func decimal(_ name: String, of node: PolicyNode) throws(PolicyError) -> Double? {
            guard let text = node.attribute(name) else { return nil }
            guard let value = Double(text) else {
                throw reader.error(node, .invalidValue("\(name) \"\(text)\" is not a number"))
            }
            return value
        }
        var areas: [AreaFigures] = []
        for node in areaNodes {
            areas.append(
                AreaFigures(
                    area: try reader.attribute("name", of: node),
                    adultFemalePopulation: node.attribute("adult-female-population") == nil
                        ? nil : try reader.integer("adult-female-population", of: node),
                    idvaFTE: try decimal("idva-fte", of: node),
                    administratorFTE: try decimal("administrator-fte", of: node)))
        }
        return DataReturnPolicy(
            benchmarks: Benchmarks(
                casesPer10000Women: try reader.integer("cases-per-10000-women", of: benchmarks),
                idvaCasesPerFTE: try reader.integer("idva-cases-per-fte", of: benchmarks),
                administratorCasesPerFTE: try reader.integer(
                    "administrator-cases-per-fte", of: benchmarks)),
            suppressAtOrBelow: try reader.integer("at-or-below", of: suppression),
            suppressionLabel: try reader.attribute("label", of: suppression),
            indicators: indicators, areas: areas)
    }
}
