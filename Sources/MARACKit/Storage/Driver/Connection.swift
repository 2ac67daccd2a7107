/// One open connection to a database server or file: what each driver (SQLite, PostgreSQL)
/// provides to ``Database``, which holds the statement cache, transactions and retries.
///
/// Only the driver folders (`SQLite/`, `PostgreSQL/`) implement it; the rest of the library
/// talks to ``Database``.
protocol Connection: AnyObject {
    /// Which SQL this connection speaks.
    var dialect: Dialect { get }

    /// Compiles `sql`, written with `?` or `?NNN` placeholders, into a reusable statement.
    func prepare(_ sql: String) throws -> any PreparedStatement

    /// Runs a script of one or more statements with no parameters (migrations, settings).
    func executeScript(_ sql: String) throws

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    var changes: Int { get }
}

/// A compiled statement: bind values, step through the rows, reset and reuse.
protocol PreparedStatement: AnyObject {
    /// The SQL text the statement was prepared from (with `?` placeholders).
    var sql: String { get }
    /// The number of parameters the statement expects.
    var parameterCount: Int { get }
    /// Ends the current run and forgets every bound value.
    func clear()
    /// Binds `value` to parameter `index` (1-based).
    func bind(_ value: SQLValue, at index: Int32) throws
    /// Advances to the next row; `false` when the statement has finished.
    func step() throws -> Bool
    /// The value of column `index` of the current row.
    func column(_ index: Int) -> SQLValue
    /// The number of columns each row has.
    var columnCount: Int { get }
    /// Ends the current run, keeping the bound values.
    func reset()
}

extension PreparedStatement {
    /// Binds `values` to the parameters in order, after clearing the previous run.
    func bind(_ values: [any SQLValueConvertible]) throws {
        clear()
        precondition(
            values.count == parameterCount,
            "\(sql): \(values.count) values for \(parameterCount) parameters")
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// Binds an integer (or NULL) to parameter `index` (1-based).
    func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map { .integer(Int64($0)) } ?? .null, at: index)
    }

    /// Binds text (or NULL) to parameter `index` (1-based).
    func bind(_ value: String?, at index: Int32) throws {
        try bind(value.map(SQLValue.text) ?? .null, at: index)
    }

    /// Runs the bound statement to completion, ignoring any rows, and resets it.
    func runBound() throws {
        defer { reset() }
        while try step() {}
    }

    /// Column `index` of the current row as an integer (0 for NULL or another type).
    func int(_ index: Int) -> Int {
        if case .integer(let value) = column(index) { return Int(value) }
        return 0
    }

    /// The current row, every column read.
    var row: Row {
        Row(values: (0..<columnCount).map(column))
    }

    /// Runs the statement with `values` to completion, ignoring any rows.
    func run(_ values: [any SQLValueConvertible] = []) throws {
        try bind(values)
        try runBound()
    }

    /// Runs the statement with `values` and returns every row.
    func rows(_ values: [any SQLValueConvertible] = []) throws -> [Row] {
        try bind(values)
        defer { reset() }
        var result: [Row] = []
        while try step() { result.append(row) }
        return result
    }
}
