/// Why a document could not be exported or read back.
///
/// Each case reads as one sentence naming what was expected. None quotes the document's text
/// or the validator's message, which could echo personal data from the document.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file name does not end in an extension the exporter writes.
    case unsupportedFormat(fileName: String)
    /// The XML is not well-formed; the line, when known.
    case malformedXML(line: Int?)
    /// The XML does not match `Templates/marac-documents.rng`; the first failing line.
    case failsSchema(line: Int?)
    /// The schema file exists but cannot be read or compiled.
    case schemaUnusable(path: String)
    /// A password was given for a format that cannot be encrypted (`.fodt`, `.xml`).
    case cannotEncrypt(format: DocumentFormat)
    /// The frozen minutes stored for a closed meeting cannot be read (or written) back.
    case snapshotUnreadable
    /// The document given to `audit verify --against` carries no audit chain anchor.
    case noAuditAnchor(fileName: String)

    public var description: String {
        switch self {
        case .unsupportedFormat(let fileName):
            "--to must name a file ending in .odt, .fodt or .xml"
                + (Self.fileExtension(fileName).map { ", not .\($0)" } ?? "")
        case .malformedXML(let line):
            "the document is not well-formed XML" + Self.at(line)
        case .failsSchema(let line):
            "the document does not match the schema marac-documents.rng" + Self.at(line)
        case .schemaUnusable(let path):
            "the schema \(path) cannot be read as RELAX NG"
        case .cannotEncrypt(let format):
            "a .\(format.rawValue) file cannot be encrypted (only an .odt package can): "
                + "nothing was written; export to a file ending in .odt, or leave out the password"
        case .snapshotUnreadable:
            "the frozen minutes of this meeting cannot be read: the stored snapshot is damaged "
                + "or from another version of the workbench"
        case .noAuditAnchor:
            "--against: the document carries no audit anchor (it is not a workbench export, or "
                + "it was exported before documents carried the audit chain's head)"
        }
    }

    /// The extension of `fileName` when it is safe to repeat (a short lower-case word or code),
    /// never the name itself, which may name a person.
    private static func fileExtension(_ fileName: String) -> String? {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        let ext = String(fileName[fileName.index(after: dot)...])
        return ext.count <= 8 && ext.isSafeToEcho ? ext : nil
    }

    private static func at(_ line: Int?) -> String {
        line.map { " (line \($0))" } ?? ""
    }
}
