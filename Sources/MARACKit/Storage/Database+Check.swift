/// SQL for the database's own health checks.
extension Database {
    /// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` report; empty when sound.
    func integrityProblems() throws -> [String] {
        var problems = try rows("PRAGMA integrity_check").map { row -> String in row[0] }
        if problems == ["ok"] { problems = [] }
        problems += try rows("PRAGMA foreign_key_check").map { row -> String in
            let table: String = row[0]
            let parent: String = row[2]
            return "\(table) row refers to a missing \(parent)"
        }
        return problems
    }
}
