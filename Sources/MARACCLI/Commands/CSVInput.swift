import MARACKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The CSV file of `case import` and `dhr import`, read as it arrives from other systems:
/// a UTF-8 byte-order mark accepted, invalid UTF-8 refused with its line, or another encoding
/// read when `--encoding` names it.
enum CSVInput {
    /// The usage words for the encoding option, shared by both imports.
    static let encodingUsage = "[--encoding \(choices: CSVEncoding.self)]"

    /// The text of the file named by the positional `FILE`, decoded.
    static func text(_ arguments: Arguments) throws -> String {
        let path = try arguments.positional("FILE")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError.invalidValue(
                field: "FILE", expected: "a readable CSV file", got: path,
                usage: arguments.usage)
        }
        let encoding = try arguments.value("--encoding", as: CSVEncoding.self) ?? .utf8
        do {
            return try CSVText.decode([UInt8](data), encoding: encoding)
        } catch {
            throw CommandError.failed(
                "FILE: line \(error.line): \(error.reason); nothing was imported")
        }
    }
}
