/// Every policy the workbench reads: the lawful-basis catalogue, sharing presets, data
/// categories, retention periods, referral criteria, the SMART and RAG rules of DHR action
/// plans, working days, agency sectors, the relationships between a case's people and the
/// data return's benchmarks.
///
/// The policies in force come from one place: a folder the user named (`--policies DIR` or
/// `MARAC_POLICIES`), or the copy built into the library (`PolicySet.embedded`). A folder's
/// `NAME.xml` is validated against the *built-in* `NAME.rng` (a folder's own schemas are never
/// read), then cross-checked (presets name catalogued tags, areas name defined checklists).
///
/// Only what a command uses is read: a file byte for byte the same as the embedded copy is not
/// validated again (the embedded copy is validated by `EmbeddedResourcesTests`), and each
/// embedded policy is read into Swift values the first time a command asks for it. A file that
/// differs is parsed, validated and read when the set is loaded, so a broken local policy stops
/// the command before it starts, naming the file and line.
///
/// ```swift
/// let policies = try PolicySet.load(from: "/etc/marac/Policies")
/// let rules = SharingRules(policies: policies)
/// let criteria = policies.referralCriteria.criteria(forArea: "Example Borough")
/// print(policies.origin.description)  // "/etc/marac/Policies (sha256 3f…)"
/// ```
public struct PolicySet: Equatable, Sendable {
    /// The policies that differ from the embedded copy; `nil` means the embedded one.
    private var given = Given()
    /// Where the set came from: the embedded copy or a folder, with its digest.
    public private(set) var origin: PolicyOrigin = .embedded

    /// The lawful-basis tags (`lawful-bases.xml`).
    public var lawfulBases: LawfulBasisCatalogue {
        get { given.lawfulBases ?? EmbeddedPolicyValues.lawfulBases }
        set { given.lawfulBases = newValue }
    }
    /// Named tag combinations (`sharing-presets.xml`).
    public var sharingPresets: [SharingPreset] {
        get { given.sharingPresets ?? EmbeddedPolicyValues.sharingPresets }
        set { given.sharingPresets = newValue }
    }
    /// Categories of information (`data-categories.xml`).
    public var dataCategories: DataCategoryCatalogue {
        get { given.dataCategories ?? EmbeddedPolicyValues.dataCategories }
        set { given.dataCategories = newValue }
    }
    /// Retention periods per record type (`retention.xml`).
    public var retention: RetentionPolicy {
        get { given.retention ?? EmbeddedPolicyValues.retention }
        set { given.retention = newValue }
    }
    /// Referral thresholds per area (`referral-criteria.xml`).
    public var referralCriteria: ReferralCriteriaPolicy {
        get { given.referralCriteria ?? EmbeddedPolicyValues.referralCriteria }
        set { given.referralCriteria = newValue }
    }
    /// The SMART check of DHR actions (`smart-rules.xml`).
    public var smartRules: SMARTRulesPolicy {
        get { given.smartRules ?? EmbeddedPolicyValues.smartRules }
        set { given.smartRules = newValue }
    }
    /// Red, amber, green ratings of DHR actions (`rag-rules.xml`).
    public var rag: RAGPolicy {
        get { given.rag ?? EmbeddedPolicyValues.rag }
        set { given.rag = newValue }
    }
    /// Bank holidays and closure days per area (`working-days.xml`).
    public var workingDays: WorkingDaysPolicy {
        get { given.workingDays ?? EmbeddedPolicyValues.workingDays }
        set { given.workingDays = newValue }
    }
    /// The sectors an agency may belong to (`agency-sectors.xml`).
    public var agencySectors: AgencySectors {
        get { given.agencySectors ?? EmbeddedPolicyValues.agencySectors }
        set { given.agencySectors = newValue }
    }
    /// The relationships recorded between a case's people (`relationships.xml`).
    public var relationships: RelationshipsPolicy {
        get { given.relationships ?? EmbeddedPolicyValues.relationships }
        set { given.relationships = newValue }
    }
    /// The data return's benchmarks, suppression, indicators and areas (`data-return.xml`).
    public var dataReturn: DataReturnPolicy {
        get { given.dataReturn ?? EmbeddedPolicyValues.dataReturn }
        set { given.dataReturn = newValue }
    }

    /// A set of the given policies (for tests and tools).
    public init(
        lawfulBases: LawfulBasisCatalogue, sharingPresets: [SharingPreset],
        dataCategories: DataCategoryCatalogue, retention: RetentionPolicy,
        referralCriteria: ReferralCriteriaPolicy, smartRules: SMARTRulesPolicy, rag: RAGPolicy,
        workingDays: WorkingDaysPolicy, agencySectors: AgencySectors,
        relationships: RelationshipsPolicy,
        dataReturn: DataReturnPolicy
    ) {
        given = Given(
            lawfulBases: lawfulBases, sharingPresets: sharingPresets,
            dataCategories: dataCategories, retention: retention,
            referralCriteria: referralCriteria, smartRules: smartRules, rag: rag,
            workingDays: workingDays, agencySectors: agencySectors,
            relationships: relationships, dataReturn: dataReturn)
    }

    private init(given: Given, origin: PolicyOrigin) {
        self.given = given
        self.origin = origin
    }

    /// The policy file names, without `.xml` or `.rng`, in the order of `Policies/policy-names`
    /// (the list `scripts/embed-resources` makes the embedded copy from).
    public static let fileNames = EmbeddedPolicies.names

    /// The shipped policies, compiled into the library; each is read on first use.
    public static let embedded = PolicySet(given: Given(), origin: .embedded)

    /// Loads the policies of the folder `directory`; each `NAME.xml` must be there.
    ///
    /// Errors name the file as `directory/NAME.xml`, with the line when known.
    public static func load(from directory: String) throws(PolicyError) -> PolicySet {
        try load(directory: directory, missingFromEmbedded: false)
    }

    /// Loads the policies of the folder `directory` when it exists, taking any file missing
    /// there from the embedded copy; the embedded copy alone when the directory does not exist.
    ///
    /// A file that is present but broken is still refused: a broken local policy must not be
    /// silently replaced by the national default.
    public static func loadIfPresent(from directory: String) throws(PolicyError) -> PolicySet {
        guard PolicyLoader.directoryExists(directory) else { return embedded }
        return try load(directory: directory, missingFromEmbedded: true)
    }

    /// Reads each file of `directory`; those that differ from the embedded copy are validated
    /// against the built-in schema and read now, the others stay the embedded values.
    private static func load(
        directory: String, missingFromEmbedded: Bool
    ) throws(PolicyError) -> PolicySet {
        guard PolicyLoader.directoryExists(directory) else {
            throw PolicyError(file: directory, line: nil, reason: .notAFolder)
        }
        var given = Given()
        var changed: [String: [UInt8]] = [:]
        var missing: [String] = []
        for name in fileNames {
            let file = PolicySource.path(directory, name, "xml")
            if missingFromEmbedded, !PolicyLoader.fileExists(file) {
                missing.append(name)
                continue
            }
            let bytes = try PolicyLoader.read(file)
            guard !EmbeddedPolicyValues.isEmbeddedCopy(bytes, of: name) else { continue }
            changed[name] = bytes
            let root = try PolicyLoader.load(
                xml: bytes, schema: EmbeddedPolicyValues.schema(name), file: file,
                schemaFile: EmbeddedPolicyValues.schemaFile(name))
            try given.read(name, root, file: file)
        }
        if given.lawfulBases != nil, given.sharingPresets == nil {
            // The embedded presets must still name only tags of the folder's catalogue.
            let name = SharingPresetsPolicy.fileName
            try given.read(
                name, EmbeddedPolicyValues.root(name),
                file: PolicySource.path(directory, name, "xml"))
        }
        return PolicySet(
            given: given,
            origin: PolicyOrigin(directory: directory, changed: changed, missing: missing))
    }

    public static func == (left: PolicySet, right: PolicySet) -> Bool {
        left.lawfulBases == right.lawfulBases && left.sharingPresets == right.sharingPresets
            && left.dataCategories == right.dataCategories && left.retention == right.retention
            && left.referralCriteria == right.referralCriteria
            && left.smartRules == right.smartRules && left.rag == right.rag
            && left.workingDays == right.workingDays && left.agencySectors == right.agencySectors
            && left.relationships == right.relationships && left.dataReturn == right.dataReturn
    }

    /// The policies of a set that are not the embedded ones.
    private struct Given: Sendable {
        var lawfulBases: LawfulBasisCatalogue?
        var sharingPresets: [SharingPreset]?
        var dataCategories: DataCategoryCatalogue?
        var retention: RetentionPolicy?
        var referralCriteria: ReferralCriteriaPolicy?
        var smartRules: SMARTRulesPolicy?
        var rag: RAGPolicy?
        var workingDays: WorkingDaysPolicy?
        var agencySectors: AgencySectors?
        var relationships: RelationshipsPolicy?
        var dataReturn: DataReturnPolicy?

        /// Reads the validated root of the policy `name` into its field.
        mutating func read(_ name: String, _ root: PolicyNode, file: String) throws(PolicyError) {
            switch name {
            case LawfulBasesPolicy.fileName:
                lawfulBases = try LawfulBasesPolicy.read(root, file: file)
            case SharingPresetsPolicy.fileName:
                sharingPresets = try SharingPresetsPolicy.read(
                    root, file: file,
                    catalogue: lawfulBases ?? EmbeddedPolicyValues.lawfulBases)
            case DataCategoriesPolicy.fileName:
                dataCategories = try DataCategoriesPolicy.read(root, file: file)
            case RetentionPolicy.fileName:
                retention = try RetentionPolicy.read(root, file: file)
            case ReferralCriteriaPolicy.fileName:
                referralCriteria = try ReferralCriteriaPolicy.read(root, file: file)
            case SMARTRulesPolicy.fileName:
                smartRules = try SMARTRulesPolicy.read(root, file: file)
            case RAGPolicy.fileName:
                rag = try RAGPolicy.read(root, file: file)
            case WorkingDaysPolicy.fileName:
                workingDays = try WorkingDaysPolicy.read(root, file: file)
            case AgencySectors.fileName:
                agencySectors = try AgencySectors.read(root, file: file)
            case RelationshipsPolicy.fileName:
                relationships = try RelationshipsPolicy.read(root, file: file)
            case DataReturnPolicy.fileName:
                dataReturn = try DataReturnPolicy.read(root, file: file)
            default:
                preconditionFailure("no reader for the policy \(name)")
            }
        }
    }
}

/// Naming of policy files.
enum PolicySource {
    /// `directory/name.ext`, without doubling a trailing slash.
    static func path(_ directory: String, _ name: String, _ ext: String) -> String {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return base.isEmpty ? "\(name).\(ext)" : "\(base)/\(name).\(ext)"
    }
}
