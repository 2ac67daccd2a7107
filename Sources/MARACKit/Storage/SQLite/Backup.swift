internal import CSQLite

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension SQLiteConnection {
    /// Copies this database, while in use, to a hidden file in `path`'s folder and checks the
    /// copy; ``PendingBackup/publish()`` then gives it the name `path`.
    ///
    /// Uses SQLite's online backup API (`sqlite3_backup_init`, `_step`, `_finish`:
    /// https://www.sqlite.org/c3ref/backup_finish.html) inside one read transaction, so other
    /// users keep working and the row counts compared are those of the snapshot copied. The
    /// copy must pass `PRAGMA integrity_check` and hold as many rows in every table as the
    /// source; otherwise it is removed and nothing is left under either name.
    ///
    /// An existing file (or a symbolic link, even a dangling one) at `path` is never
    /// overwritten or followed: it may be another backup, and it keeps its own permissions.
    func prepareBackup(to path: String) throws -> PendingBackup {
        var status = stat()
        if lstat(path, &status) == 0 {
            throw (status.st_mode & S_IFMT) == S_IFLNK
                ? BackupError.symbolicLink(path: path) : BackupError.exists(path: path)
        }
        let directory = AtomicFile.directory(of: path)
        PendingFile.removeStaleTemporaries(in: directory)
        let pending = PendingBackup(
            path: path,
            temporary: "\(directory)/.\(AtomicFile.fileName(of: path))"
                + PendingFile.temporarySuffix(pid: getpid()))
        pending.removeTemporary()
        try executeScript("BEGIN")
        defer { try? executeScript("COMMIT") }
        // Reading a row starts the read transaction: the snapshot both copy and counts see.
        let tables = try strings(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "ORDER BY name")
        var expected: [String: Int] = [:]
        for table in tables { expected[table] = try rowCount(table) }
        do {
            let destination = try SQLiteConnection(path: pending.temporary)
            try copy(into: destination)
            let problems = try destination.strings("PRAGMA integrity_check")
            guard problems == ["ok"] else {
                throw BackupError.checkFailed(reason: problems.prefix(3).joined(separator: "; "))
            }
            for table in tables {
                let copied = try destination.rowCount(table)
                guard copied == expected[table] else {
                    throw BackupError.checkFailed(
                        reason: "table \(table) has \(copied) rows in the copy and "
                            + "\(expected[table] ?? 0) in the database")
                }
            }
            // Closing checkpoints the copy's WAL into the file and removes it.
            try destination.executeScript("PRAGMA journal_mode = DELETE")
        }
        return pending
    }

    /// Copies every page of this database into `destination` (the online backup API).
    private func copy(into destination: SQLiteConnection) throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(code: SQLITE_ERROR)
        }
        var code: Int32
        var waits = 0
        repeat {
            code = sqlite3_backup_step(backup, -1)
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

    /// The first column of every row of `sql`, as text.
    private func strings(_ sql: String) throws -> [String] {
        let statement = try SQLiteStatement(connection: self, sql: sql)
        var values: [String] = []
        while try statement.step() {
            if case .text(let text) = statement.column(0) { values.append(text) }
        }
        return values
    }

    /// How many rows `table` holds.
    private func rowCount(_ table: String) throws -> Int {
        let quoted =
            "\""
            + table.split(separator: "\"", omittingEmptySubsequences: false)
            .joined(separator: "\"\"") + "\""
        let statement = try SQLiteStatement(connection: self, sql: "SELECT count(*) FROM \(quoted)")
        guard try statement.step(), case .integer(let count) = statement.column(0) else {
            return -1
        }
        return Int(count)
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

/// A checked backup under a hidden name in its folder, waiting to take its own name; removed
/// if it never does.
final class PendingBackup {
    /// The name the backup takes.
    let path: String
    /// The hidden `.NAME.marac-PID.tmp` it is written under.
    let temporary: String
    private var published = false

    init(path: String, temporary: String) {
        self.path = path
        self.temporary = temporary
    }

    deinit { if !published { removeTemporary() } }

    /// Gives the copy its name: `link(2)`, which fails rather than replace a file that
    /// appeared at `path` meanwhile, then removes the hidden name and syncs the folder.
    func publish() throws {
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw BackupError.exists(path: path) }
            throw BackupError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        published = true
        unlink(temporary)
        let directory = open(AtomicFile.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }

    /// Removes the hidden copy and any journal SQLite left beside it.
    func removeTemporary() {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
    }
}
