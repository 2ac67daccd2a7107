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

    /// The `.odt` bytes of `document`, with `attachments` after its parts, encrypted with
    /// `password` when one is given.
    ///
    /// Encrypted, every part but `mimetype` and `META-INF/manifest.xml` is deflated, encrypted
    /// (`ODFEncryption`) and stored, and its manifest entry carries its size and encryption
    /// data. The package has no thumbnail, as LibreOffice writes encrypted documents.
    public func write(
        _ document: ODFDocument, attachments: [Attachment] = [], password: DocumentPassword? = nil
    ) throws -> [UInt8] {
        let parts = ODFParts(template: template, document: document)
        var zip = ZipArchive(day: ODFParts.day(document.created))
        try zip.add("mimetype", bytes: Array(ODFParts.mediaType.utf8), method: .stored)
        var entries: [ManifestEntry] = []
        func add(_ path: String, _ bytes: [UInt8], _ mediaType: String, _ method: ZipArchive.Method)
            throws
        {
            guard let password else {
                try zip.add(path, bytes: bytes, method: method)
                entries.append(ManifestEntry(path: path, mediaType: mediaType))
                return
            }
            let (sealed, encryption) = try ODFEncryption.seal(bytes, password: password)
            try zip.add(path, bytes: sealed, method: .stored)
            entries.append(ManifestEntry(path: path, mediaType: mediaType, encryption: encryption))
        }
        try add("content.xml", try content(parts), "text/xml", .deflated)
        try add("styles.xml", try styles(parts), "text/xml", .deflated)
        try add("meta.xml", try meta(parts), "text/xml", .deflated)
        for picture in parts.template.pictures {
            try add(picture.path, picture.bytes, picture.mediaType, .stored)
        }
        for attachment in attachments {
            try add(attachment.path, attachment.bytes, attachment.mediaType, .deflated)
        }
        try zip.add("META-INF/manifest.xml", bytes: try Self.manifest(entries))
        return try zip.finish()
    }

    /// One part as `META-INF/manifest.xml` lists it.
    struct ManifestEntry: Equatable, Sendable {
        var path: String
        var mediaType: String
        /// How the part is encrypted; `nil` for a part stored in the clear.
        var encryption: ODFEncryption? = nil
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

    /// `META-INF/manifest.xml`: the root entry (version 1.3) and one entry per part, with its
    /// uncompressed size and encryption data when it is encrypted.
    static func manifest(_ entries: [ManifestEntry]) throws -> [UInt8] {
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
        for entry in entries {
            try writer.startElement("manifest:file-entry")
            try writer.attribute("manifest:full-path", entry.path)
            try writer.attribute("manifest:media-type", entry.mediaType)
            if let encryption = entry.encryption {
                try writer.attribute("manifest:size", "\(encryption.size)")
                try encryption.write(to: writer)
            }
            try writer.endElement()
        }
        return try writer.finish()
    }
}
