#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The minutes of a closed meeting, frozen: the `MinutesData` as at the close, stored once
/// and rendered from whenever the minutes (or an agency's extract) are exported again.
///
/// The record of a meeting is what was known when it closed: attendance, the statuses of
/// actions, risks, sharing and actions as at that day. Later action updates belong in the
/// action status report (`export action-status`), never in the minutes.
///
/// The snapshot is the data, not a rendered file, so a replaced template or a new marking
/// still applies; it is JSON (sorted keys) rather than the XML vocabulary because it must
/// round-trip every value exactly, including characters XML 1.0 cannot hold.
///
/// ```swift
/// let content = try MinutesSnapshot.encode(minutes)
/// let again = try MinutesSnapshot.decode(content)   // == minutes
/// ```
public enum MinutesSnapshot {
    /// When the minutes were frozen.
    public enum Origin: String, Equatable, Sendable, Codable {
        /// At `meeting close`.
        case close
        /// At the first export after an upgrade, for a meeting closed before the workbench
        /// froze minutes at the close (the data were then as at that export).
        case firstExport = "first-export"
    }

    /// The stored form's version, written beside the data.
    static let version = 1

    private struct Stored: Codable {
        var version: Int
        var minutes: MinutesData
    }

    /// The stored text of `minutes`.
    public static func encode(_ minutes: MinutesData) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            let data = try encoder.encode(Stored(version: version, minutes: minutes))
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw DocumentError.snapshotUnreadable
        }
    }

    /// The minutes stored as `content`.
    ///
    /// Read with `JSONValueDecoder`, which decodes what `JSONEncoder` wrote several times
    /// faster than `JSONDecoder` (a snapshot can hold thousands of earlier actions).
    public static func decode(_ content: String) throws -> MinutesData {
        do {
            let stored = try JSONValueDecoder().decode(Stored.self, from: Array(content.utf8))
            guard stored.version == version else { throw DocumentError.snapshotUnreadable }
            return stored.minutes
        } catch {
            throw DocumentError.snapshotUnreadable
        }
    }
}
