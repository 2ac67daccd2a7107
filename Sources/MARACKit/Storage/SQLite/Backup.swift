internal import CSQLite

extension Database {
    /// Copies this database, while in use, to a new file at `path` created with mode 0600.
    ///
    /// Uses SQLite's online backup API (`sqlite3_backup_init`, `_step`, `_finish`:
    /// https://www.sqlite.org/c3ref/backup_finish.html), so other users may keep working.
    public func backup(to path: String) throws {
        let destination = try Database(path: path)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(code: SQLITE_ERROR)
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, 256)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(10) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw destination.error(code: code) }
    }
}
