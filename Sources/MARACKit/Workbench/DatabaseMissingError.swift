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

/// The file at the path is another program's SQLite database, not a workbench database.
///
/// It has tables of its own and no workbench schema. The workbench never adds its tables to
/// someone else's database; nothing was changed.
public struct ForeignDatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path of the other database.
    public var path: String

    public var description: String {
        "\(path) is a SQLite database of another program, not a MARAC & DHR workbench "
            + "database; nothing was changed. Give --db the path of a workbench database, or a "
            + "new path for a new one"
    }
}
