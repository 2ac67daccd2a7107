#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A document the workbench exports as OpenDocument text (`.odt`, `.fodt`) and as XML in its
/// own vocabulary: minutes and agency extracts, agendas, DHR action plans, progress reports.
///
/// Each conforming data struct lays itself out as an `ODFDocument` and writes itself as XML;
/// `DocumentExporter` picks the format from the file name.
///
/// ```swift
/// let minutes = try workbench.minutesData(meeting: 3)
/// try DocumentExporter().export(minutes, to: "minutes-2026-11-25.odt")
/// ```
public protocol ExportableDocument: Sendable {
    /// The template whose look the document takes.
    var templateKind: ODFTemplate.Kind { get }
    /// The protective marking in every page header and footer and on the XML root.
    var marking: String { get set }
    /// The document laid out as blocks for the ODF writers.
    func odfDocument(created: Date) -> ODFDocument
    /// The day the document's content is as at (statuses, overdue marks, figures), printed
    /// in the document and written as the XML root's `as-at`; `nil` for the day it is produced.
    var contentAsAt: Day? { get }
    /// The root element's local name in the `urn:marac-workbench:documents:1` vocabulary.
    var xmlRootName: String { get }
    /// Writes the root element's own attributes (after `version` and `marking`) and children.
    func writeXML(to writer: XMLWriter) throws
}

/// Plain-language formatting shared by the document builders.
enum DocumentText {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    private static let weekdays = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// `Wednesday 25 November 2026`.
    static func long(_ day: Day) -> String {
        "\(weekdays[day.weekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// `25 November 2026`.
    static func medium(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// `25 Nov 2026`, for table cells.
    static func short(_ day: Day?) -> String {
        guard let day else { return "" }
        return "\(day.day) \(months[day.month - 1].prefix(3)) \(day.year)"
    }

    /// A recorded timestamp (`2026-11-25T09:41:07Z`) as `25 November 2026 at 09:41`, or the
    /// text unchanged when it is not one.
    static func timestamp(_ text: String) -> String {
        guard text.count >= 16, let day = try? Day(parsing: String(text.prefix(10))) else {
            return text
        }
        let start = text.index(text.startIndex, offsetBy: 11)
        let end = text.index(start, offsetBy: 5)
        return "\(medium(day)) at \(text[start..<end])"
    }

    /// An action status as printed (`In progress`).
    static func status(_ status: ActionStatus) -> String {
        status == .inProgress ? "In progress" : capitalised(status.rawValue)
    }

    /// `text` with its first letter in upper case and hyphens as spaces (`in-progress` →
    /// `In progress`).
    static func capitalised(_ text: String) -> String {
        let spaced = text.replacing("-", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// `id` with each hyphen made non-breaking (U+2011), so a tag such as
    /// `DPA2018-sec35-2-b` is never split across lines in a narrow table column.
    static func unbreakable(_ id: String) -> String {
        id.replacing("-", with: "\u{2011}")
    }

    /// `n` with the noun, singular or plural (`1 case`, `2 cases`).
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// A percentage to the nearest whole number (`67%`), or an en dash when there is none.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return "\(Int(value.rounded()))%"
    }
}
