/// A category of information on a sharing record (`health`, `criminal-offence`, `housing`...),
/// from `Policies/data-categories.xml`.
public struct DataCategory: Equatable, Sendable, Identifiable {
    /// How data protection law treats the category.
    public enum Special: String, Equatable, Sendable {
        /// Special category data (UK GDPR Art 9(1)): needs an Art 9 condition.
        case article9 = "art9"
        /// Criminal offence data (UK GDPR Art 10, DPA 2018 s11(2)): needs an Art 10 route.
        case article10 = "art10"
    }

    /// The category, such as `mental-health`.
    public var id: String
    /// A short description.
    public var title: String
    /// Whether it is special category or criminal offence data (`nil` for neither).
    public var special: Special?

    public init(id: String, title: String, special: Special? = nil) {
        self.id = id
        self.title = title
        self.special = special
    }

    /// Whether the category is special category data.
    public var isSpecialCategory: Bool { special == .article9 }
    /// Whether the category is criminal offence data.
    public var isCriminalOffence: Bool { special == .article10 }
}

/// The known data categories, looked up by id.
public struct DataCategoryCatalogue: Equatable, Sendable {
    /// Every category in file order.
    public var categories: [DataCategory]

    public init(_ categories: [DataCategory]) { self.categories = categories }

    /// The category with `id`, if known.
    public subscript(id: String) -> DataCategory? { categories.first { $0.id == id } }
}

/// A named combination of lawful-basis tags (`Policies/sharing-presets.xml`), written on a
/// sharing record as `preset:NAME` and expanded before the rules are checked.
public struct SharingPreset: Equatable, Sendable, Identifiable {
    /// The name used after `preset:`, such as `public-body-unlawful-acts`.
    public var name: String
    /// What the preset is for.
    public var title: String
    /// A caution for people choosing it.
    public var note: String?
    /// The tags it expands to, in order.
    public var tags: [String]

    public var id: String { name }

    public init(name: String, title: String, note: String? = nil, tags: [String]) {
        self.name = name
        self.title = title
        self.note = note
        self.tags = tags
    }

    /// The prefix that marks a preset among basis tags.
    public static let prefix = "preset:"
}
