/// SQL for copying a whole database between backends (`copy --from A --to B`).
extension Database {
    /// Tables kept by the schema itself, not copied: the migration record (the target has its
    /// own) and the audit chain's head (the target's trigger moves it as entries arrive).
    static let bookkeepingTables: Set<String> = ["schema_migration", "audit_head"]

    /// The tables to copy, parents before children by their foreign keys.
    func copyableTables() throws -> [String] {
        let names = try rows(
            dialect == .sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        ).map { try $0.decode(String.self, at: 0) }.filter {
            !Self.bookkeepingTables.contains($0)
        }
        var parents: [String: Set<String>] = [:]
        for table in names {
            parents[table] = Set(try foreignKeyParents(of: table)).subtracting([table])
        }
        var ordered: [String] = []
        var placed: Set<String> = []
        while ordered.count < names.count {
            guard
                let next = names.first(where: {
                    !placed.contains($0) && parents[$0, default: []].isSubset(of: placed)
                })
            else {
                throw StorageError(
                    code: .misuse, message: "the tables' foreign keys form a cycle", sql: "")
            }
            ordered.append(next)
            placed.insert(next)
        }
        return ordered
    }

    /// The tables `table`'s foreign keys refer to.
    func foreignKeyParents(of table: String) throws -> [String] {
        try rows(
            dialect == .sqlite
                ? "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"
                : """
                SELECT DISTINCT c.confrelid::regclass::text FROM pg_constraint c
                WHERE c.contype = 'f' AND c.conrelid = to_regclass(?)
                """, [table]
        ).map { try $0.decode(String.self, at: 0) }
    }

    /// `table`'s columns, in order.
    func columnNames(of table: String) throws -> [String] {
        try rows(
            dialect == .sqlite
                ? "SELECT name FROM pragma_table_info(?) ORDER BY cid"
                : """
                SELECT column_name::text FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
                """, [table]
        ).map { try $0.decode(String.self, at: 0) }
    }

    /// Removes the areas a migration registered on a database with no cases or meetings yet
    /// (the one area of a new database), so that a copy's target is empty.
    func removeAreasRegisteredByMigration() throws {
        try execute(
            """
            DELETE FROM area WHERE created_by = 'migration'
              AND NOT EXISTS (SELECT 1 FROM referral) AND NOT EXISTS (SELECT 1 FROM meeting)
            """)
    }

    /// The first table of `tables` with a row, if any.
    func firstNonEmptyTable(_ tables: [String]) throws -> String? {
        for table in tables {
            let quoted = try Self.quoted(table)
            if try scalar("SELECT EXISTS(SELECT 1 FROM \(quoted))", as: Bool.self) ?? false {
                return table
            }
        }
        return nil
    }

    /// Copies every row of `table` from `source` into this database, in the source's order of
    /// its first column (ids, so a case's earlier referral and the audit chain come first).
    /// - Returns: the rows copied.
    func copyRows(of table: String, from source: Database) throws -> Int {
        let columns = try source.columnNames(of: table)
        let targetColumns = Set(try columnNames(of: table))
        guard columns.allSatisfy(targetColumns.contains) else {
            throw StorageError(
                code: .misuse,
                message: "the target's table \(table) lacks a column of the source's", sql: "")
        }
        let list = try columns.map(Self.quoted).joined(separator: ", ")
        let quotedTable = try Self.quoted(table)
        let reader = try source.prepare("SELECT \(list) FROM \(quotedTable) ORDER BY 1")
        try reader.bind([])
        defer { reader.reset() }
        let insert =
            "INSERT INTO \(quotedTable)(\(list)) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var count = 0
        while try reader.step() {
            try execute(insert, reader.row.values.map { CopiedValue(copying: $0) })
            count += 1
        }
        return count
    }

    /// `name` double-quoted, if it is a plain lower-case identifier from the catalogue.
    static func quoted(_ name: String) throws -> String {
        guard !name.isEmpty,
            name.utf8.allSatisfy({ $0 == 95 || (97...122).contains($0) || (48...57).contains($0) })
        else {
            throw StorageError(code: .misuse, message: "unexpected table or column name", sql: "")
        }
        return "\"" + name + "\""
    }
}

/// A value read from one database, bound unchanged into another.
private struct CopiedValue: SQLValueConvertible {
    var sqlValue: SQLValue

    init(copying value: SQLValue) { sqlValue = value }
    init?(sqlValue: SQLValue) { self.sqlValue = sqlValue }
}
