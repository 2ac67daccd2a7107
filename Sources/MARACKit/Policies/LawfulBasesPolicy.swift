/// Reads `lawful-bases.xml` into a `LawfulBasisCatalogue`, refusing repeated ids and
/// `satisfies` references to tags that do not exist.
enum LawfulBasesPolicy {
    /// The file name inside the policy directory.
    static let fileName = "lawful-bases"

    /// The catalogue from the validated root element of `lawful-bases.xml`.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> LawfulBasisCatalogue {
        let reader = PolicyReader(file: file)
        let nodes = root.children(named: "tag")
        try reader.requireUnique(nodes) { $0.attribute("id") }
        var tags: [LawfulBasis] = []
        for node in nodes {
            var flags: LawfulBasis.Flags = []
            for (name, flag) in LawfulBasis.Flags.byName where node.has(name) {
                flags.insert(flag)
            }
            let position: CommonLawPosition? = try node.child(named: "common-law-position").map {
                (element) throws(PolicyError) -> CommonLawPosition in
                try reader.value("value", of: element)
            }
            tags.append(
                LawfulBasis(
                    id: try reader.attribute("id", of: node),
                    kind: try reader.value("kind", of: node),
                    regime: try reader.value("regime", of: node),
                    status: try reader.value("status", of: node),
                    inForceDate: try reader.day("in-force", of: node),
                    title: node.childText("title") ?? "",
                    citation: node.childText("citation") ?? "",
                    sources: node.children(named: "source").map(\.trimmedText),
                    flags: flags,
                    satisfies: node.children(named: "satisfies").compactMap {
                        $0.attribute("ref")
                    },
                    commonLawPosition: position,
                    note: node.childText("note"), shortTitle: node.childText("short-title")))
        }
        let ids = Set(tags.map(\.id))
        for node in nodes {
            for reference in node.children(named: "satisfies") {
                let id = try reader.attribute("ref", of: reference)
                if !ids.contains(id) {
                    throw reader.error(reference, .unknownReference(what: "tag", id: id))
                }
            }
        }
        return LawfulBasisCatalogue(tags, version: try reader.attribute("version", of: root))
    }
}

/// Reads `sharing-presets.xml`, refusing repeated names and tags missing from the catalogue.
enum SharingPresetsPolicy {
    /// The file name inside the policy directory.
    static let fileName = "sharing-presets"

    /// The presets from the validated root element, checked against `catalogue`.
    static func read(
        _ root: PolicyNode, file: String, catalogue: LawfulBasisCatalogue
    ) throws(PolicyError) -> [SharingPreset] {
        let reader = PolicyReader(file: file)
        let nodes = root.children(named: "preset")
        try reader.requireUnique(nodes) { $0.attribute("name") }
        var presets: [SharingPreset] = []
        for node in nodes {
            var tags: [String] = []
            for reference in node.children(named: "tag") {
                let id = try reader.attribute("ref", of: reference)
                guard catalogue[id] != nil else {
                    throw reader.error(reference, .unknownReference(what: "tag", id: id))
                }
                tags.append(id)
            }
            presets.append(
                SharingPreset(
                    name: try reader.attribute("name", of: node),
                    title: node.childText("title") ?? "", note: node.childText("note"),
                    tags: tags))
        }
        return presets
    }
}

/// Reads `data-categories.xml`, refusing repeated ids.
enum DataCategoriesPolicy {
    /// The file name inside the policy directory.
    static let fileName = "data-categories"

    /// The categories from the validated root element.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> DataCategoryCatalogue
    {
        let reader = PolicyReader(file: file)
        let nodes = root.children(named: "category")
        try reader.requireUnique(nodes) { $0.attribute("id") }
        var categories: [DataCategory] = []
        for node in nodes {
            let special: DataCategory.Special? =
                node.attribute("special") == nil ? nil : try reader.value("special", of: node)
            categories.append(
                DataCategory(
                    id: try reader.attribute("id", of: node),
                    title: node.childText("title") ?? "", special: special))
        }
        return DataCategoryCatalogue(categories)
    }
}
