/// Why a policy file was refused: the file, the line when known, and the reason.
///
/// Printed as `Policies/lawful-bases.xml:42: duplicate id "UKGDPR-6-1-e"`. Policy files hold no
/// personal data, so the reason may quote the offending value.
public struct PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong with the file.
    public enum Reason: Equatable, Sendable {
        /// The file could not be read (missing, unreadable).
        case unreadable
        /// The policy folder named does not exist or is not a folder.
        case notAFolder
        /// libxml2 (`libxml2.so.2`, Debian's `libxml2`), which reads every policy file, could not
        /// be loaded.
        case xmlLibraryMissing
        /// The file is not well-formed XML; libxml2's message.
        case malformedXML(String)
        /// The file does not match its RELAX NG schema; libxml2's message.
        case failsSchema(String)
        /// The schema itself could not be compiled; libxml2's message.
        case badSchema(String)
        /// Two entries share an id that must be unique.
        case duplicateID(String)
        /// A reference names nothing defined (`what` is for example `tag`, `checklist`).
        case unknownReference(what: String, id: String)
        /// A value the schema allows but the policy cannot use.
        case invalidValue(String)
    }

    /// The file as the caller named it, such as `Policies/lawful-bases.xml`.
    public var file: String
    /// The line in `file`, when known.
    public var line: Int?
    /// What was wrong.
    public var reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// The sentence after `file:line:`.
    public var sentence: String {
        switch reason {
        case .unreadable: "cannot be read"
        case .notAFolder: "no such folder of policy files"
        case .xmlLibraryMissing:
            "cannot be read: libxml2 (libxml2.so.2) could not be loaded; install Debian's libxml2"
        case .malformedXML(let message): "not well-formed XML: \(message)"
        case .failsSchema(let message): "does not match its schema: \(message)"
        case .badSchema(let message): "the schema cannot be used: \(message)"
        case .duplicateID(let id): "duplicate id \"\(id)\""
        case .unknownReference(let what, let id): "unknown \(what) \"\(id)\""
        case .invalidValue(let message): message
        }
    }

    /// `file:line: sentence`, or `file: sentence` when the line is unknown.
    public var description: String {
        if let line { return "\(file):\(line): \(sentence)" }
        return "\(file): \(sentence)"
    }
}
