/// Every policy the workbench reads from `Policies/`: the lawful-basis catalogue, sharing
/// presets, data categories, retention periods, referral criteria, the SMART and RAG rules
/// of DHR action plans, working days, agency sectors and the relationships between a case's
/// people.
///
/// Each `NAME.xml` is validated against `NAME.rng` beside it, then cross-checked (presets name
/// catalogued tags, areas name defined checklists). A copy of the shipped files is compiled in
/// (`PolicySet.embedded`), so the library works when the folder cannot be found.
///
/// ```swift
/// let policies = try PolicySet.loadIfPresent(from: "Policies")
/// let rules = SharingRules(policies: policies)
/// let criteria = policies.referralCriteria.criteria(forArea: "Example Borough")
/// ```
public struct PolicySet: Equatable, Sendable {
    /// The lawful-basis tags (`lawful-bases.xml`).
    public var lawfulBases: LawfulBasisCatalogue
    /// Named tag combinations (`sharing-presets.xml`).
    public var sharingPresets: [SharingPreset]
    /// Categories of information (`data-categories.xml`).
    public var dataCategories: DataCategoryCatalogue
    /// Retention periods per record type (`retention.xml`).
    public var retention: RetentionPolicy
    /// Referral thresholds per area (`referral-criteria.xml`).
    public var referralCriteria: ReferralCriteriaPolicy
    /// The SMART check of DHR actions (`smart-rules.xml`).
    public var smartRules: SMARTRulesPolicy
    /// Red, amber, green ratings of DHR actions (`rag-rules.xml`).
    public var rag: RAGPolicy
    /// Bank holidays and closure days per area (`working-days.xml`).
    public var workingDays: WorkingDaysPolicy
    /// The sectors an agency may belong to (`agency-sectors.xml`).
    public var agencySectors: AgencySectors
    /// The relationships recorded between a case's people (`relationships.xml`).
    public var relationships: RelationshipsPolicy
    /// The data return's benchmarks, suppression, indicators and areas (`data-return.xml`).
    public var dataReturn: DataReturnPolicy

    public init(
        lawfulBases: LawfulBasisCatalogue, sharingPresets: [SharingPreset],
        dataCategories: DataCategoryCatalogue, retention: RetentionPolicy,
        referralCriteria: ReferralCriteriaPolicy, smartRules: SMARTRulesPolicy, rag: RAGPolicy,
        workingDays: WorkingDaysPolicy, agencySectors: AgencySectors,
        relationships: RelationshipsPolicy,
        dataReturn: DataReturnPolicy
    ) {
        self.lawfulBases = lawfulBases
        self.sharingPresets = sharingPresets
        self.dataCategories = dataCategories
        self.retention = retention
        self.referralCriteria = referralCriteria
        self.smartRules = smartRules
        self.rag = rag
        self.workingDays = workingDays
        self.agencySectors = agencySectors
        self.relationships = relationships
        self.dataReturn = dataReturn
    }

    /// The policy file names, without `.xml` or `.rng`.
    public static let fileNames = [
        LawfulBasesPolicy.fileName, SharingPresetsPolicy.fileName, DataCategoriesPolicy.fileName,
        RetentionPolicy.fileName, ReferralCriteriaPolicy.fileName, SMARTRulesPolicy.fileName,
        RAGPolicy.fileName, WorkingDaysPolicy.fileName, AgencySectors.fileName,
        RelationshipsPolicy.fileName,
        DataReturnPolicy.fileName,
    ]

    /// Loads every policy from `directory`; each file and its schema must be there.
    ///
    /// Errors name the file as `directory/NAME.xml`, with the line when known.
    public static func load(from directory: String) throws(PolicyError) -> PolicySet {
        try load { name throws(PolicyError) in
            try PolicySource(directory: directory, name: name)
        }
    }

    /// Loads the policies from `directory` when it exists, taking any file missing there from
    /// the embedded copy; the embedded copy alone when the directory does not exist.
    ///
    /// A file that is present but broken is still refused: a broken local policy must not be
    /// silently replaced by the national default.
    public static func loadIfPresent(from directory: String) throws(PolicyError) -> PolicySet {
        guard PolicyLoader.directoryExists(directory) else { return embedded }
        return try load { name throws(PolicyError) in
            let path = PolicySource.path(directory, name, "xml")
            guard PolicyLoader.fileExists(path) else { return PolicySource(embedded: name) }
            return try PolicySource(directory: directory, name: name)
        }
    }

    /// The shipped policies, compiled into the library.
    public static let embedded: PolicySet = {
        do {
            return try load { name throws(PolicyError) in PolicySource(embedded: name) }
        } catch {
            fatalError("the embedded policies are invalid: \(error)")
        }
    }()

    /// Loads every policy from the sources `source` gives by file name.
    static func load(
        _ source: (String) throws(PolicyError) -> PolicySource
    ) throws(PolicyError) -> PolicySet {
        func root(_ name: String) throws(PolicyError) -> (PolicyNode, String) {
            let input = try source(name)
            let node = try PolicyLoader.load(
                xml: input.xml, schema: input.schema, file: input.file,
                schemaFile: input.schemaFile)
            return (node, input.file)
        }
        let (basesRoot, basesFile) = try root(LawfulBasesPolicy.fileName)
        let catalogue = try LawfulBasesPolicy.read(basesRoot, file: basesFile)
        let (presetsRoot, presetsFile) = try root(SharingPresetsPolicy.fileName)
        let (categoriesRoot, categoriesFile) = try root(DataCategoriesPolicy.fileName)
        let (retentionRoot, retentionFile) = try root(RetentionPolicy.fileName)
        let (criteriaRoot, criteriaFile) = try root(ReferralCriteriaPolicy.fileName)
        let (smartRoot, smartFile) = try root(SMARTRulesPolicy.fileName)
        let (ragRoot, ragFile) = try root(RAGPolicy.fileName)
        let (daysRoot, daysFile) = try root(WorkingDaysPolicy.fileName)
        let (sectorsRoot, sectorsFile) = try root(AgencySectors.fileName)
        let (relationshipsRoot, relationshipsFile) = try root(RelationshipsPolicy.fileName)
        let (returnRoot, returnFile) = try root(DataReturnPolicy.fileName)
        return PolicySet(
            lawfulBases: catalogue,
            sharingPresets: try SharingPresetsPolicy.read(
                presetsRoot, file: presetsFile, catalogue: catalogue),
            dataCategories: try DataCategoriesPolicy.read(categoriesRoot, file: categoriesFile),
            retention: try RetentionPolicy.read(retentionRoot, file: retentionFile),
            referralCriteria: try ReferralCriteriaPolicy.read(criteriaRoot, file: criteriaFile),
            smartRules: try SMARTRulesPolicy.read(smartRoot, file: smartFile),
            rag: try RAGPolicy.read(ragRoot, file: ragFile),
            workingDays: try WorkingDaysPolicy.read(daysRoot, file: daysFile),
            agencySectors: try AgencySectors.read(sectorsRoot, file: sectorsFile),
            relationships: try RelationshipsPolicy.read(relationshipsRoot, file: relationshipsFile),
            dataReturn: try DataReturnPolicy.read(returnRoot, file: returnFile))
    }
}

/// The bytes of one policy file and its schema, and the names to use in errors.
struct PolicySource {
    var xml: [UInt8]
    var schema: [UInt8]
    var file: String
    var schemaFile: String

    /// `directory/name.ext`, without doubling a trailing slash.
    static func path(_ directory: String, _ name: String, _ ext: String) -> String {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return base.isEmpty ? "\(name).\(ext)" : "\(base)/\(name).\(ext)"
    }

    /// Reads `directory/name.xml` and `directory/name.rng`.
    init(directory: String, name: String) throws(PolicyError) {
        file = Self.path(directory, name, "xml")
        schemaFile = Self.path(directory, name, "rng")
        xml = try PolicyLoader.read(file)
        schema = try PolicyLoader.read(schemaFile)
    }

    /// The compiled-in copy of `name`.
    init(embedded name: String) {
        guard let copy = EmbeddedPolicies.files[name] else {
            preconditionFailure("no embedded policy \(name)")
        }
        file = "<embedded>/\(name).xml"
        schemaFile = "<embedded>/\(name).rng"
        xml = Array(copy.xml.utf8)
        schema = Array(copy.schema.utf8)
    }
}
