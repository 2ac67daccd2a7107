/// The embedded policies read into Swift values, each on first use (a `static let` is
/// initialised once, thread-safely, when first read).
///
/// The embedded XML is not validated at run time: `EmbeddedResourcesTests` validates every
/// embedded file against its embedded schema, and the bytes cannot change after the build.
enum EmbeddedPolicyValues {
    static let lawfulBases = read(LawfulBasesPolicy.fileName) { root, file throws(PolicyError) in
        try LawfulBasesPolicy.read(root, file: file)
    }
    static let sharingPresets = read(SharingPresetsPolicy.fileName) {
        root, file throws(PolicyError) in
        try SharingPresetsPolicy.read(root, file: file, catalogue: lawfulBases)
    }
    static let dataCategories = read(DataCategoriesPolicy.fileName) {
        root, file throws(PolicyError) in
        try DataCategoriesPolicy.read(root, file: file)
    }
    static let retention = read(RetentionPolicy.fileName) { root, file throws(PolicyError) in
        try RetentionPolicy.read(root, file: file)
    }
    static let referralCriteria = read(ReferralCriteriaPolicy.fileName) {
        root, file throws(PolicyError) in
        try ReferralCriteriaPolicy.read(root, file: file)
    }
    static let smartRules = read(SMARTRulesPolicy.fileName) { root, file throws(PolicyError) in
        try SMARTRulesPolicy.read(root, file: file)
    }
    static let rag = read(RAGPolicy.fileName) { root, file throws(PolicyError) in
        try RAGPolicy.read(root, file: file)
    }
    static let workingDays = read(WorkingDaysPolicy.fileName) { root, file throws(PolicyError) in
        try WorkingDaysPolicy.read(root, file: file)
    }
    static let agencySectors = read(AgencySectors.fileName) { root, file throws(PolicyError) in
        try AgencySectors.read(root, file: file)
    }
    static let relationships = read(RelationshipsPolicy.fileName) {
        root, file throws(PolicyError) in
        try RelationshipsPolicy.read(root, file: file)
    }
    static let dataReturn = read(DataReturnPolicy.fileName) { root, file throws(PolicyError) in
        try DataReturnPolicy.read(root, file: file)
    }

    /// The name the embedded copy of `name` has in messages.
    static func file(_ name: String) -> String { "<embedded>/\(name).xml" }
    /// The name the built-in schema of `name` has in messages.
    static func schemaFile(_ name: String) -> String { "<embedded>/\(name).rng" }

    /// The embedded copy of `name`.
    private static func copy(_ name: String) -> (xml: String, schema: String, xmlDigest: String) {
        guard let copy = EmbeddedPolicies.files[name] else {
            preconditionFailure("no embedded policy \(name)")
        }
        return copy
    }

    /// The built-in RELAX NG schema of the policy `name`.
    static func schema(_ name: String) -> [UInt8] { Array(copy(name).schema.utf8) }

    /// The SHA-256 of the embedded `name.xml`, computed when the copy was generated.
    static func digest(_ name: String) -> String { copy(name).xmlDigest }

    /// Whether `bytes` are the embedded `name.xml`, byte for byte.
    static func isEmbeddedCopy(_ bytes: [UInt8], of name: String) -> Bool {
        var xml = copy(name).xml
        return xml.withUTF8 { $0.elementsEqual(bytes) }
    }

    /// The embedded `name.xml` parsed, not validated.
    static func root(_ name: String) throws(PolicyError) -> PolicyNode {
        try PolicyLoader.parse(xml: Array(copy(name).xml.utf8), file: file(name))
    }

    /// Reads the embedded `name.xml` with `body`; the embedded copy cannot fail (tested).
    private static func read<T>(
        _ name: String, _ body: (PolicyNode, String) throws(PolicyError) -> T
    ) -> T {
        do {
            return try body(root(name), file(name))
        } catch {
            fatalError("the embedded policy \(name) is invalid: \(error)")
        }
    }
}
