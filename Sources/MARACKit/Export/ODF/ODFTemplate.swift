#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The styles, page layouts and master pages an exported ODF document takes its look from.
///
/// A template is read from a flat template (`.fott`, an `office:document` XML file such as
/// `Templates/minutes.fott`) or from a template package saved by LibreOffice (`.ott`), whose
/// `styles.xml` is taken over together with any pictures it uses. Markup outside the ODF 1.3
/// namespaces (LibreOffice's `loext:` and `officeooo:` extensions) is removed on load, so the
/// output stays strictly valid; `removedForeignMarkup` counts what went.
///
/// Text and attribute values may contain `{{marking}}`, `{{organisation}}` and `{{title}}`,
/// which are replaced by the document's values when it is written.
///
/// ```swift
/// let template = try ODFTemplate(contentsOf: "Templates/minutes.ott")
/// let odt = try ODFPackageWriter(template: template).write(document)
/// ```
public struct ODFTemplate: Equatable, Sendable {
    /// The documents the workbench exports, each with its default template file.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        case minutes
        case agenda
        case agencyExtract = "agency-extract"
        case actionPlan = "action-plan"

        /// The page orientation of the default template.
        public var orientation: ODFDocument.Orientation {
            self == .actionPlan ? .landscape : .portrait
        }

        /// The base name of the shipped template this kind falls back to
        /// (`minutes` for portrait documents, `action-plan` for landscape ones).
        var defaultTemplateName: String {
            orientation == .landscape ? "action-plan" : "minutes"
        }
    }

    /// A picture a template's styles refer to (a logo in a page header), copied into exports.
    struct Picture: Equatable, Sendable {
        var path: String
        var mediaType: String
        var bytes: [UInt8]
    }

    /// Where the template came from: a file path, or `embedded:<name>`.
    public let source: String
    /// How many foreign (non-ODF) elements and attributes were removed when it was loaded.
    public let removedForeignMarkup: Int
    var fontFaces: [XMLTree.Element]
    var styles: [XMLTree.Element]
    var automaticStyles: [XMLTree.Element]
    var masterStyles: [XMLTree.Element]
    var pictures: [Picture] = []

    /// The shipped template for `kind`, compiled into the library, for when no folder is found.
    public static func embedded(_ kind: Kind) -> ODFTemplate {
        let name = kind.defaultTemplateName
        let text = name == "action-plan" ? EmbeddedTemplates.actionPlan : EmbeddedTemplates.minutes
        // The embedded texts are fixed at build time and checked by the tests.
        return try! ODFTemplate(flatXML: Array(text.utf8), path: "embedded:\(name)")
    }

    /// Loads the template at `path`: a `.ott`/`.odt` package or a `.fott`/`.fodt` flat file.
    ///
    /// Refuses (with `ExportError`) a file that cannot be read, is not a ZIP or XML file, lacks
    /// `mimetype` or `styles.xml`, or is not an OpenDocument *text* template or document.
    public init(contentsOf path: String) throws {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ExportError.templateUnreadable(path: path, reason: "the file cannot be opened")
        }
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let lowercased = path.lowercased()
        if isZip || lowercased.hasSuffix(".ott") || lowercased.hasSuffix(".odt") {
            try self.init(package: bytes, path: path)
        } else {
            try self.init(flatXML: bytes, path: path)
        }
    }

    /// Reads a flat ODF text template or document (`office:document`).
    init(flatXML bytes: [UInt8], path: String) throws {
        let root = try XMLTree.parse(bytes, part: path)
        guard root.isNamed(ODFNamespace.office, "document") else {
            throw ExportError.notATextTemplate(
                path: path, reason: "its root element is \(root.localName), not office:document")
        }
        try Self.checkMediaType(root.attribute(ODFNamespace.office, "mimetype"), path: path)
        try self.init(root: root, source: path)
    }

    /// Reads an ODF text template or document package (`.ott`, `.odt`).
    init(package bytes: [UInt8], path: String) throws {
        let zip = try ZipReader(bytes: bytes, path: path)
        guard zip.entry("mimetype") != nil else {
            throw ExportError.templateMissingPart(path: path, part: "mimetype")
        }
        try Self.checkMediaType(
            String(decoding: try zip.read("mimetype"), as: UTF8.self), path: path)
        guard zip.entry("styles.xml") != nil else {
            throw ExportError.templateMissingPart(path: path, part: "styles.xml")
        }
        let root = try XMLTree.parse(try zip.read("styles.xml"), part: "\(path): styles.xml")
        guard root.isNamed(ODFNamespace.office, "document-styles") else {
            throw ExportError.notATextTemplate(
                path: path, reason: "styles.xml holds \(root.localName), not office:document-styles"
            )
        }
        try self.init(root: root, source: path)
        pictures = try zip.entries.filter { $0.name.hasPrefix("Pictures/") && $0.size > 0 }
            .compactMap { entry in
                guard
                    let type = Self.pictureTypes[
                        entry.name.split(separator: ".").last.map(String.init)?
                            .lowercased() ?? ""]
                else { return nil }
                return Picture(path: entry.name, mediaType: type, bytes: try zip.read(entry))
            }
    }

    private init(root: XMLTree.Element, source: String) throws {
        let (strict, removed) = root.keepingOnly(ODFNamespace.uris)
        func section(_ name: String) -> [XMLTree.Element] {
            strict.child(ODFNamespace.office, name)?.elements ?? []
        }
        self.source = source
        removedForeignMarkup = removed
        fontFaces = section("font-face-decls")
        styles = section("styles")
        automaticStyles = section("automatic-styles")
        masterStyles = section("master-styles")
    }

    private static let pictureTypes = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "svg": "image/svg+xml",
    ]

    private static func checkMediaType(_ mediaType: String?, path: String) throws {
        let accepted = [
            "application/vnd.oasis.opendocument.text-template",
            "application/vnd.oasis.opendocument.text",
        ]
        guard let mediaType, accepted.contains(mediaType) else {
            let found = mediaType.map { "its media type is \($0)" } ?? "it declares no media type"
            throw ExportError.notATextTemplate(path: path, reason: found)
        }
    }
}
