/// Writes an `ODFDocument` as an OpenDocument text package (`.odt`) in strict ODF 1.3.
///
/// The package holds, in order: `mimetype` (first, stored, no extra field), `content.xml`,
/// `styles.xml`, `meta.xml`, any pictures the template's styles use, and
/// `META-INF/manifest.xml` listing each of them and the root `/` with its media type.
///
/// ```swift
/// let odt = try ODFPackageWriter(template: loader.template(for: .minutes)).write(minutes)
/// try AtomicFile.write(odt, to: "minutes.odt")
/// ```
public struct ODFPackageWriter: Sendable {
    /// The template the documents take their styles from.
    public let template: ODFTemplate

    public init(template: ODFTemplate) {
        self.template = template
    }

    /// A file carried in the package beside the document's parts (a machine-readable copy of
    /// its content), listed in the manifest with its media type.
    public struct Attachment: Sendable {
        public var path: String
        public var mediaType: String
        public var bytes: [UInt8]

        public init(path: String, mediaType: String, bytes: [UInt8]) {
            self.path = path
            self.mediaType = mediaType
            self.bytes = bytes
        }
    }

    /// The `.odt` bytes of `document`, with `attachments` after its parts.
    public func write(_ document: ODFDocument, attachments: [Attachment] = []) throws -> [UInt8] {
        let parts = ODFParts(template: template, document: document)
        var zip = ZipArchive(day: ODFParts.day(document.created))
        try zip.add("mimetype", bytes: Array(ODFParts.mediaType.utf8), method: .stored)
        try zip.add("content.xml", bytes: try content(parts))
        try zip.add("styles.xml", bytes: try styles(parts))
        try zip.add("meta.xml", bytes: try meta(parts))
        for picture in parts.template.pictures {
            try zip.add(picture.path, bytes: picture.bytes, method: .stored)
        }
        var entries = [
            ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
        ]
        entries += parts.template.pictures.map { ($0.path, $0.mediaType) }
        for attachment in attachments {
            try zip.add(attachment.path, bytes: attachment.bytes)
            entries.append((attachment.path, attachment.mediaType))
        }
        try zip.add("META-INF/manifest.xml", bytes: try Self.manifest(entries))
        return try zip.finish()
    }

    private func content(_ parts: ODFParts) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try ODFParts.startRoot("office:document-content", writer)
        try parts.writeFontFaces(writer)
        try parts.writeAutomaticStyles(writer, content: true, styles: false)
        try parts.writeBody(writer)
        return try writer.finish()
    }

    private func styles(_ parts: ODFParts) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try ODFParts.startRoot("office:document-styles", writer)
        try parts.writeFontFaces(writer)
        try parts.writeStyles(writer)
        try parts.writeAutomaticStyles(writer, content: false, styles: true)
        try parts.writeMasterStyles(writer)
        return try writer.finish()
    }

    private func meta(_ parts: ODFParts) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try ODFParts.startRoot("office:document-meta", writer)
        try parts.writeMeta(writer)
        return try writer.finish()
    }

    /// `META-INF/manifest.xml`: the root entry (version 1.3) and one entry per part.
    static func manifest(_ entries: [(path: String, mediaType: String)]) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("manifest:manifest")
        try writer.namespace("manifest", ODFNamespace.manifest)
        try writer.attribute("manifest:version", ODFParts.version)
        try writer.element(
            "manifest:file-entry",
            attributes: [
                "manifest:full-path": "/", "manifest:version": ODFParts.version,
                "manifest:media-type": ODFParts.mediaType,
            ])
        for (path, mediaType) in entries {
            try writer.element(
                "manifest:file-entry",
                attributes: ["manifest:full-path": path, "manifest:media-type": mediaType])
        }
        return try writer.finish()
    }
}
