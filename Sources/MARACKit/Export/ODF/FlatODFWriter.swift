/// Writes an `ODFDocument` as a flat OpenDocument text file (`.fodt`) in strict ODF 1.3.
///
/// A flat document is the whole package in one `office:document` element, with the media
/// type in `office:mimetype`. It suits version control and `diff`, and needs no unzipping.
/// Pictures a `.ott` template's styles use are embedded as `office:binary-data`.
///
/// ```swift
/// let fodt = try FlatODFWriter(template: .embedded(.agenda)).write(agenda)
/// ```
public struct FlatODFWriter: Sendable {
    /// The template the documents take their styles from.
    public let template: ODFTemplate

    public init(template: ODFTemplate) {
        self.template = template
    }

    /// The `.fodt` bytes of `document`.
    public func write(_ document: ODFDocument) throws -> [UInt8] {
        let parts = ODFParts(template: template.inliningPictures(), document: document)
        let writer = try XMLWriter()
        try writer.startDocument()
        try ODFParts.startRoot("office:document", writer)
        try writer.attribute("office:mimetype", ODFParts.mediaType)
        try parts.writeMeta(writer)
        try parts.writeFontFaces(writer)
        try parts.writeStyles(writer)
        try parts.writeAutomaticStyles(writer, content: true, styles: true)
        try parts.writeMasterStyles(writer)
        try parts.writeBody(writer)
        return try writer.finish()
    }
}
