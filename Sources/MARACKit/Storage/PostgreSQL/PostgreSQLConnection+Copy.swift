internal import CLibPQ

extension PostgreSQLConnection: BulkCopying {
    /// Sends `rows` to `table` with `COPY … FROM STDIN` (text format), in chunks of 1 MiB.
    ///
    /// The statement fails as a whole: a row the table refuses (a constraint, a type) rolls the
    /// whole `COPY` back and throws, with the server's primary message only.
    /// See https://www.postgresql.org/docs/current/libpq-copy.html.
    func copy(into table: String, columns: [String], rows: BulkRows) throws {
        guard rows.count > 0 else { return }
        let sql = "COPY \(table)(\(columns.joined(separator: ", "))) FROM STDIN"
        _ = try PostgreSQLResult(
            PQexec(handle, sql), connection: self, sql: sql, expected: [PGRES_COPY_IN])
        let chunk = 1 << 20
        var sent = true
        rows.bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count, sent {
                let length = min(chunk, buffer.count - offset)
                let start = UnsafeRawPointer(buffer.baseAddress! + offset)
                    .assumingMemoryBound(to: CChar.self)
                sent = PQputCopyData(handle, start, Int32(length)) == 1
                offset += length
            }
        }
        // On a failed send, end the COPY with an error so the server rolls it back.
        let ended = sent ? PQputCopyEnd(handle, nil) : PQputCopyEnd(handle, "send failed")
        var failure: (any Error)?
        if ended != 1 {
            failure = StorageError(
                code: .error, message: lastMessage, sql: sql,
                sqlState: SQLState.connectionFailure)
        }
        // Drain every result of the command; the first failure is the one reported.
        while let result = PQgetResult(handle) {
            do {
                _ = try PostgreSQLResult(result, connection: self, sql: sql)
            } catch {
                if failure == nil { failure = error }
            }
        }
        if let failure { throw failure }
    }
}
