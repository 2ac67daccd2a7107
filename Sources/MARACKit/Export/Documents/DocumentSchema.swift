#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The RELAX NG schema of exported XML documents (`Templates/marac-documents.rng`): validates
/// an export and reads one back to count what it holds.
///
/// Always the copy compiled into the tool (`DocumentSchema.embedded`): a schema is never read
/// from a folder, so a planted file cannot loosen the check or point libxml2 at other files.
///
/// Validation and reading reuse the libxml2 code of `PolicyLoader` (no network, no external
/// entities, errors collected rather than printed).
///
/// ```swift
/// let xml = try DocumentExporter().bytes(of: minutes, as: .xml)
/// let summary = try DocumentSchema.embedded.read(xml)
/// print(summary.cases, summary.actions, summary.sharing)
/// ```
public struct DocumentSchema: Sendable {
    /// The schema's file name in the template folder.
    public static let fileName = "marac-documents.rng"

    /// The schema's bytes.
    let bytes: [UInt8]
    /// Where it came from, for errors.
    public let source: String

    /// The copy compiled into the library.
    public static let embedded = DocumentSchema(
        bytes: Array(EmbeddedDocumentSchema.text.utf8), source: "embedded:\(fileName)")

    init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// Refuses `xml` unless it is well-formed and matches the schema.
    public func validate(_ xml: [UInt8]) throws {
        _ = try root(of: xml)
    }

    /// Validates `xml` and counts what it holds.
    public func read(_ xml: [UInt8]) throws -> DocumentSummary {
        let root = try root(of: xml)
        var summary = DocumentSummary(
            kind: root.name, version: root.attribute("version") ?? "",
            marking: root.attribute("marking") ?? "", extractFor: root.attribute("extract-for"))
        switch root.name {
        case "minutes":
            let cases = root.child(named: "cases")?.children(named: "case") ?? []
            summary.cases = cases.count
            summary.references = cases.compactMap { $0.attribute("reference") }
            summary.actions = cases.reduce(0) {
                $0 + ($1.child(named: "actions")?.children(named: "action").count ?? 0)
            }
            summary.sharing = cases.reduce(0) {
                $0 + ($1.child(named: "sharing")?.children(named: "shared").count ?? 0)
            }
            summary.earlierActions =
                root.child(named: "earlier-actions")?.children(named: "action").count ?? 0
        case "agenda":
            let cases = root.child(named: "cases")?.children(named: "case") ?? []
            summary.cases = cases.count
            summary.references = cases.compactMap { $0.attribute("reference") }
        case "action-status":
            let actions = root.child(named: "actions")?.children(named: "action") ?? []
            summary.actions = actions.count
            summary.references = actions.compactMap { $0.attribute("reference") }
            summary.cases = Set(summary.references).count
        case "action-plan":
            let recommendations = root.children(named: "recommendation")
            summary.recommendations = recommendations.count
            summary.actions = recommendations.reduce(0) {
                $0 + $1.children(named: "action").count
            }
        default:
            summary.reviews = root.child(named: "reviews")?.children(named: "review").count ?? 0
        }
        return summary
    }

    private func root(of xml: [UInt8]) throws -> PolicyNode {
        do {
            return try PolicyLoader.load(
                xml: xml, schema: bytes, file: "exported document", schemaFile: source)
        } catch {
            switch error.reason {
            case .failsSchema: throw DocumentError.failsSchema(line: error.line)
            case .badSchema: throw DocumentError.schemaUnusable(path: source)
            default: throw DocumentError.malformedXML(line: error.line)
            }
        }
    }
}

/// What an exported XML document holds, counted when it is read back.
public struct DocumentSummary: Equatable, Sendable {
    /// The root element: `minutes`, `agenda`, `action-status`, `action-plan` or
    /// `progress-report`.
    public var kind: String
    /// The vocabulary version (`1`).
    public var version: String
    public var marking: String
    /// The agency code of a per-agency extract.
    public var extractFor: String?
    /// Cases in the minutes, on the agenda or in the action status report.
    public var cases = 0
    /// Their references, in order (one per action in an action status report).
    public var references: [String] = []
    /// Actions agreed at the meeting (in the minutes or the action status report), or in the
    /// action plan.
    public var actions = 0
    /// Items of information shared, over all cases.
    public var sharing = 0
    /// Incomplete actions from earlier meetings.
    public var earlierActions = 0
    /// Recommendations of an action plan.
    public var recommendations = 0
    /// Reviews in a progress report.
    public var reviews = 0
}
