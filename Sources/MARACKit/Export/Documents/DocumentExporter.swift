#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The formats a document is exported in, chosen by the file name's extension.
public enum DocumentFormat: String, Equatable, Sendable, CaseIterable, Codable {
    /// An OpenDocument text package.
    case odt
    /// A flat OpenDocument text file: the whole package as one XML file.
    case fodt
    /// The workbench's own XML vocabulary (`urn:marac-workbench:documents:1`).
    case xml

    /// The format named by `path`'s extension (any case); refuses any other extension.
    public init(path: String) throws {
        let name = AtomicFile.fileName(of: path)
        guard let dot = name.lastIndex(of: "."),
            let format = DocumentFormat(rawValue: name[name.index(after: dot)...].lowercased())
        else {
            throw DocumentError.unsupportedFormat(fileName: name)
        }
        self = format
    }
}

/// Writes minutes, agendas, action plans and progress reports to files, choosing the format
/// from the extension: `.odt`, `.fodt` or `.xml`.
///
/// Files are written atomically with mode 0600 (they hold personal data), and their metadata
/// names only the tool and the document's title. XML is validated against the shipped schema
/// before it is written, so an invalid export never reaches the disk.
///
/// ```swift
/// let exporter = DocumentExporter(templates: TemplateLoader(directory: "Templates"))
/// try exporter.export(try workbench.minutesData(meeting: 3), to: "minutes.odt")
/// ```
public struct DocumentExporter: Sendable {
    /// Where the ODF templates (and the XML schema) come from.
    public var templates: TemplateLoader
    /// The password `.odt` packages are encrypted with; `nil` writes them in the clear.
    ///
    /// A flat `.fodt` or `.xml` file cannot be encrypted: with a password they are refused.
    public var password: DocumentPassword?

    /// An exporter using the templates in `templates`' folder, or the embedded ones, that
    /// encrypts `.odt` packages with `password` when one is given.
    public init(
        templates: TemplateLoader = TemplateLoader(directory: TemplateLoader.locateDirectory()),
        password: DocumentPassword? = nil
    ) {
        self.templates = templates
        self.password = password
    }

    /// Whether the documents this exporter writes are encrypted.
    public var encrypts: Bool { password != nil }

    /// Refuses `format` when this exporter encrypts and `format` cannot be encrypted (only an
    /// `.odt` package can: `.fodt` and `.xml` are single plain files).
    public func checkEncryptable(_ format: DocumentFormat) throws {
        if password != nil { try Self.requireEncryptable(format) }
    }

    /// Refuses a format that cannot be encrypted: only an `.odt` package can.
    public static func requireEncryptable(_ format: DocumentFormat) throws {
        guard format == .odt else { throw DocumentError.cannotEncrypt(format: format) }
    }

    /// This exporter with its templates already read (`TemplateLoader.preloaded()`).
    public func preloadingTemplates() throws -> DocumentExporter {
        DocumentExporter(templates: try templates.preloaded(), password: password)
    }

    /// The bytes of `document` in `format`, stamped as created at `created`, with `anchor`
    /// (the audit chain's length and head at the export) in its metadata.
    public func bytes(
        of document: some ExportableDocument, as format: DocumentFormat, created: Date = Date(),
        anchor: AuditAnchor? = nil
    ) throws -> [UInt8] {
        try checkEncryptable(format)
        var odf: ODFDocument {
            var odf = document.odfDocument(created: created)
            odf.auditAnchor = anchor
            return odf
        }
        switch format {
        case .odt:
            return try ODFPackageWriter(template: templates.template(for: document.templateKind))
                .write(odf, password: password)
        case .fodt:
            return try FlatODFWriter(template: templates.template(for: document.templateKind))
                .write(odf)
        case .xml:
            let xml = try DocumentXML.bytes(of: document, created: created, anchor: anchor)
            try DocumentSchema.embedded.validate(xml)
            return xml
        }
    }

    /// Writes `document` to `path` in the format its extension names, atomically, mode 0600.
    @discardableResult
    public func export(
        _ document: some ExportableDocument, to path: String, created: Date = Date()
    ) throws -> DocumentFormat {
        let format = try DocumentFormat(path: path)
        try AtomicFile.write(try bytes(of: document, as: format, created: created), to: path)
        return format
    }
}
