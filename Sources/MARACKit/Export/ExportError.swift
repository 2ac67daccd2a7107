/// A failure while building or writing an exported document, or while reading a template.
///
/// Each case reads as one sentence (see `description`). None carries the document's text:
/// exported documents hold personal data, which must not reach logs or error output.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2's text writer refused an operation (`xmlTextWriterStartElement`...).
    case xmlWriterFailed(operation: String)
    /// An XML part could not be parsed; `message` is libxml2's first error.
    case xmlMalformed(part: String, message: String)
    /// The bytes are not a ZIP archive (no end-of-central-directory record).
    case notAZipArchive(path: String)
    /// The ZIP archive is damaged: a header is out of bounds, or a checksum does not match.
    case corruptArchive(path: String, reason: String)
    /// An entry uses a compression method other than stored (0) or deflate (8), or encryption.
    case unsupportedEntry(name: String, reason: String)
    /// The archive has no entry with this name.
    case entryNotFound(name: String)
    /// The archive holds more than a template may: too many entries, or too many bytes once
    /// extracted (a "zip bomb").
    case archiveOverLimit(path: String, reason: String)
    /// An entry's name climbs out of the package (`../`, an absolute path, a backslash).
    case unsafeEntryName(path: String, name: String)
    /// The archive would need ZIP64 (more than 65,535 entries or 4 GiB), which is not written.
    case archiveTooLarge
    /// zlib reported an error while compressing or decompressing.
    case compressionFailed(code: Int32)
    /// A template file could not be read from disk.
    case templateUnreadable(path: String, reason: String)
    /// A template is not an OpenDocument text template or text document.
    case notATextTemplate(path: String, reason: String)
    /// A template lacks a part every ODF text package needs (`mimetype`, `styles.xml`).
    case templateMissingPart(path: String, part: String)
    /// The exported file could not be written; `reason` is the system's message.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .xmlWriterFailed(let operation):
            "the XML writer failed while \(operation)"
        case .xmlMalformed(let part, let message):
            "\(part) is not well-formed XML: \(message)"
        case .notAZipArchive(let path):
            "\(path) is not a ZIP archive"
        case .corruptArchive(let path, let reason):
            "\(path) is a damaged ZIP archive: \(reason)"
        case .unsupportedEntry(let name, let reason):
            "the archive entry \(name) cannot be read: \(reason)"
        case .entryNotFound(let name):
            "the archive has no entry named \(name)"
        case .archiveOverLimit(let path, let reason):
            "\(path) is refused: \(reason)"
        case .unsafeEntryName(let path, let name):
            "\(path) is refused: its entry \(name.debugDescription) names a place outside the "
                + "package (an absolute path, a backslash or a '..' step)"
        case .archiveTooLarge:
            "the archive is too large for a ZIP file without ZIP64"
        case .compressionFailed(let code):
            "zlib failed with code \(code)"
        case .templateUnreadable(let path, let reason):
            "the template \(path) cannot be read: \(reason)"
        case .notATextTemplate(let path, let reason):
            "\(path) is not an OpenDocument text template: \(reason)"
        case .templateMissingPart(let path, let part):
            "the template \(path) has no \(part)"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
