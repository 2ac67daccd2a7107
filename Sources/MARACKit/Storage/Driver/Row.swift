/// One row of a query result, its columns read by position and decoded to Swift values.
///
/// Reading a column as a type it does not hold throws a ``RowDecodingError`` (the schema and
/// the query disagree, or a row was written by something else): never a trap, never a wrong
/// value.
///
/// ```swift
/// for row in try db.rows("SELECT code, name FROM agency") {
///     let code: String = try row[0]
/// }
/// ```
public struct Row: Sendable, Equatable {
    /// The column values, in the order of the `SELECT` list.
    public var values: [SQLValue]

    public init(values: [SQLValue]) {
        self.values = values
    }

    /// The value of column `index` converted to `T`.
    public subscript<T: SQLValueConvertible>(index: Int) -> T {
        get throws { try decode(T.self, at: index) }
    }

    /// The value of column `index` converted to `T`, or a ``RowDecodingError``.
    public func decode<T: SQLValueConvertible>(_ type: T.Type, at index: Int) throws -> T {
        guard values.indices.contains(index) else {
            throw RowDecodingError(column: index, expected: "\(T.self)", found: "no such column")
        }
        guard let value = T(sqlValue: values[index]) else {
            throw RowDecodingError(
                column: index, expected: "\(T.self)", found: values[index].kindName)
        }
        return value
    }
}

/// A column held a value its Swift type cannot represent.
///
/// The message names the column's position and the kinds involved, never the value itself
/// (it may be personal data).
public struct RowDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The column's position in the `SELECT` list.
    public var column: Int
    /// The Swift type asked for.
    public var expected: String
    /// The kind of value found (`text`, `integer`, `null`...).
    public var found: String

    public var description: String {
        "the database returned \(found) in column \(column + 1) where \(expected) was expected; "
            + "the database may have been changed by another program"
    }
}
