#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A text document to export as OpenDocument (ODF): a title, a protective marking and blocks.
///
/// The model is deliberately small; layout comes from an `ODFTemplate`. All text is plain:
/// it may hold anything a user typed (markup characters, emoji, right-to-left scripts,
/// control characters) and the writers keep the output valid.
///
/// ```swift
/// var minutes = ODFDocument(title: "MARAC minutes, 25 November 2026", organisation: "Anytown MARAC")
/// minutes.blocks = [
///     .heading(level: 1, text: "Attendance"),
///     .table(columns: ["Agency", "Name"], rows: [["Police", "DS Smith"]]),
/// ]
/// let odt = try ODFPackageWriter(template: .embedded(.minutes)).write(minutes)
/// ```
public struct ODFDocument: Equatable, Sendable {
    /// How the pages are turned.
    public enum Orientation: String, Equatable, Sendable {
        case portrait
        case landscape
    }

    /// The look of a plain paragraph; each maps to a paragraph style the template defines.
    public enum ParagraphStyle: String, Equatable, Sendable, CaseIterable {
        /// Running text.
        case body
        /// A line under the title (meeting date, venue).
        case subtitle
        /// A boxed statement, such as the MARAC confidentiality statement.
        case notice
        /// Small print.
        case small

        /// The ODF style name (`Text_20_body` is "Text body" with its space encoded).
        var styleName: String {
            switch self {
            case .body: "Text_20_body"
            case .subtitle: "Subtitle"
            case .notice: "MARAC_20_Notice"
            case .small: "MARAC_20_Small"
            }
        }
    }

    /// One block of the document body.
    public enum Block: Equatable, Sendable {
        /// A heading; `level` 1 to 3 (others are clamped).
        case heading(level: Int, text: String)
        /// A paragraph; newlines become line breaks and tabs become tab stops.
        case paragraph(String, style: ParagraphStyle = .body)
        /// A table with a repeated, shaded header row; `columnWidths` are relative weights
        /// (`[1, 3]` makes the second column three times as wide), equal when `nil`.
        case table(columns: [String], rows: [[String]], columnWidths: [Double]? = nil)
        /// A bulleted list.
        case list([String])
        /// Starts the next block on a new page.
        case pageBreak
    }

    /// The title, shown at the top of the first page and stored in the file's metadata.
    public var title: String
    /// The organisation the document comes from (shown in the footer).
    public var organisation: String
    /// The Government Security Classification marking shown in every page header and footer.
    public var marking: String
    /// Portrait for minutes and agendas, landscape for wide action plans.
    public var orientation: Orientation
    /// When the document was created, recorded in its metadata and ZIP timestamps.
    public var created: Date
    /// The body, in order.
    public var blocks: [Block]
    /// The audit chain's length and head at the export, written to the metadata as
    /// user-defined fields (`AuditAnchor.odfEntriesField`, `odfHeadField`); `nil` writes none.
    public var auditAnchor: AuditAnchor?

    /// The marking used unless a template or caller sets another.
    public static let defaultMarking = "OFFICIAL-SENSITIVE"

    public init(
        title: String, organisation: String = "", marking: String = ODFDocument.defaultMarking,
        orientation: Orientation = .portrait, created: Date = Date(), blocks: [Block] = []
    ) {
        self.title = title
        self.organisation = organisation
        self.marking = marking
        self.orientation = orientation
        self.created = created
        self.blocks = blocks
    }

    /// The values substituted for `{{title}}`, `{{organisation}}` and `{{marking}}` in a template.
    var templateVariables: [String: String] {
        ["title": title, "organisation": organisation, "marking": marking]
    }
}
