#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// There is no database file at the path, and the caller asked not to create one
/// (`Workbench(path:user:create: false)`, for commands that only read).
public struct DatabaseMissingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path that holds no database.
    public var path: String

    public var description: String { "there is no database at \(path)" }

    /// Throws unless a file exists at `path` (`:memory:` always does); calls `access(2)`.
    static func check(_ path: String) throws {
        guard path == ":memory:" || access(path, F_OK) == 0 else {
            throw DatabaseMissingError(path: path)
        }
    }
}
