/// One row of a query result, its columns read by position.
///
/// ```swift
/// for row in try db.rows("SELECT code, name FROM agency") {
///     let code: String = row[0]
/// }
/// ```
public struct Row: Sendable, Equatable {
    /// The column values, in the order of the `SELECT` list.
    public var values: [SQLValue]

    public init(values: [SQLValue]) {
        self.values = values
    }

    /// The value of column `index` converted to `T`.
    ///
    /// A column of the wrong type is a programmer mistake (the schema and the query disagree),
    /// so it stops the program rather than returning a wrong value.
    public subscript<T: SQLValueConvertible>(index: Int) -> T {
        guard let value = T(sqlValue: values[index]) else {
            preconditionFailure("column \(index) holds \(values[index]), not \(T.self)")
        }
        return value
    }
}
