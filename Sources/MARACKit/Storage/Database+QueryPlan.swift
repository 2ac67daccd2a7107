/// How SQLite runs a statement, for tests that keep the target queries on their indexes.
extension Database {
    /// The lines of `EXPLAIN QUERY PLAN` for `sql`, such as `SEARCH t USING INDEX
    /// action_pending_by_agency (agency_id=? AND due_on>? AND due_on<?)`.
    ///
    /// Parameters stay unbound: without `ANALYZE` statistics the plan does not depend on them.
    /// See https://www.sqlite.org/eqp.html.
    func queryPlan(_ sql: String) throws -> [String] {
        guard let sqlite else { return [] }
        return try sqlite.queryPlan(sql)
    }

    /// Runs `body`, returning the SQL of every statement it ran, in order, with repeats.
    func recordingStatements(_ body: () throws -> Void) throws -> [String] {
        var recorded: [String] = []
        statementObserver = { recorded.append($0) }
        defer { statementObserver = nil }
        try body()
        return recorded
    }

    /// The names of the partial indexes (those with a `WHERE`), which only hold some rows.
    func partialIndexes() throws -> Set<String> {
        Set(
            try rows("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE '% WHERE %'")
                .map { row -> String in try row[0] })
    }
}
