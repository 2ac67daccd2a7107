/// Why `backup` made no backup; nothing is left under the backup's name or beside it.
public enum BackupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file is already there: it may be another backup.
    case exists(path: String)
    /// The name is a symbolic link (perhaps dangling): a backup never follows one.
    case symbolicLink(path: String)
    /// The copy failed its integrity check or its row counts differ from the database's.
    case checkFailed(reason: String)
    /// The copy could not be given its name.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path):
            "the backup file \(path) already exists; name a new file"
        case .symbolicLink(let path):
            "\(path) is a symbolic link; a backup is written only to a new plain file, "
                + "so name one"
        case .checkFailed(let reason):
            "the copy failed its check (\(reason)), so it was removed and no backup was made"
        case .writeFailed(let path, let reason):
            "the backup could not be named \(path): \(reason); no backup was made"
        }
    }
}
