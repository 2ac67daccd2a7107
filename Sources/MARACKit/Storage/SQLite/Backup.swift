internal import CSQLite

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension SQLiteConnection {
    /// Copies this database, while in use, to a new file at `path` created with mode 0600.
    ///
    /// Uses SQLite's online backup API (`sqlite3_backup_init`, `_step`, `_finish`:
    /// https://www.sqlite.org/c3ref/backup_finish.html), so other users may keep working.
    ///
    /// An existing file is never overwritten: it may be another backup, and it keeps its own
    /// permissions.
    func backup(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw StorageError(
                code: .cannotOpen, message: "the backup file already exists; name a new file")
        }
        let destination = try SQLiteConnection(path: path)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(code: SQLITE_ERROR)
        }
        var code: Int32
        var waits = 0
        repeat {
            code = sqlite3_backup_step(backup, 256)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED {
                // Give up after the same busy timeout a command waits for.
                waits += 1
                if waits * 10 > SQLiteConnection.busyTimeoutMilliseconds { break }
                sqlite3_sleep(10)
            }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw destination.error(code: code) }
    }

    /// The lines of `EXPLAIN QUERY PLAN` for `sql` (https://www.sqlite.org/eqp.html).
    func queryPlan(_ sql: String) throws -> [String] {
        let statement = try SQLiteStatement(connection: self, sql: "EXPLAIN QUERY PLAN " + sql)
        var lines: [String] = []
        while try statement.step() {
            if case .text(let detail) = statement.column(3) { lines.append(detail) }
        }
        return lines
    }
}
