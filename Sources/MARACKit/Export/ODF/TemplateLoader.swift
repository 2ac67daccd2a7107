#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds the template for each kind of document in a template folder, or falls back to the
/// templates compiled into the library.
///
/// For a kind such as `.agenda` it tries, in order: `agenda.ott`, `agenda.fott`, then the
/// default of the same orientation (`minutes.ott`, `minutes.fott`, or `action-plan.*` for
/// landscape), and finally the embedded copy. A user replaces a look by saving a template from
/// LibreOffice as, say, `Templates/minutes.ott`; a file that exists but is not a usable ODF
/// text template is refused rather than silently ignored.
///
/// ```swift
/// let loader = TemplateLoader(directory: TemplateLoader.locateDirectory())
/// let template = try loader.template(for: .actionPlan)
/// ```
public struct TemplateLoader: Sendable {
    /// The folder searched, or `nil` to use only the embedded templates.
    public let directory: String?

    /// The environment variable naming the template folder.
    public static let environmentVariable = "MARAC_TEMPLATES"

    /// Templates already read, by kind (`preloaded()`).
    private var loaded: [ODFTemplate.Kind: ODFTemplate] = [:]

    public init(directory: String?) {
        self.directory = directory
    }

    /// The template for `kind`: from the folder when it has one, otherwise embedded.
    public func template(for kind: ODFTemplate.Kind) throws -> ODFTemplate {
        if let template = loaded[kind] { return template }
        if let path = path(for: kind) {
            return try ODFTemplate(contentsOf: path)
        }
        return .embedded(kind)
    }

    /// This loader with every kind's template read now, each file once, so that writing a
    /// document later reads no file (an export reads them before it takes the write lock).
    public func preloaded() throws -> TemplateLoader {
        var loader = self
        var byPath: [String: ODFTemplate] = [:]
        for kind in ODFTemplate.Kind.allCases {
            guard let path = path(for: kind) else {
                loader.loaded[kind] = .embedded(kind)
                continue
            }
            if byPath[path] == nil { byPath[path] = try ODFTemplate(contentsOf: path) }
            loader.loaded[kind] = byPath[path]
        }
        return loader
    }

    /// The file `template(for:)` would read for `kind`, or `nil` when it would use the embedded one.
    public func path(for kind: ODFTemplate.Kind) -> String? {
        guard let directory else { return nil }
        let names = [kind.rawValue, kind.defaultTemplateName]
        for name in names {
            for fileExtension in ["ott", "fott"] {
                let path = "\(directory)/\(name).\(fileExtension)"
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The template folder: `$MARAC_TEMPLATES` if set, else `nil` (the embedded templates).
    ///
    /// Never the current folder or one beside the executable (see `ResourceDirectory`).
    public static func locateDirectory(environment: [String: String]? = nil) -> String? {
        ResourceDirectory.named(by: environmentVariable, environment: environment)
    }
}
