/// What a command returns: the text for people and the JSON for programs (`--json`).
///
/// `Tool` prints one or the other to standard output; commands never print themselves.
struct Output: Sendable {
    /// The text printed without `--json`; a final newline is added when missing.
    var text: String
    /// Builds the document printed with `--json`, only when it is asked for: encoding a
    /// library value to JSON costs more than the query behind a 500-row list.
    private let makeJSON: @Sendable () -> JSONValue

    /// The document printed with `--json`.
    var json: JSONValue { makeJSON() }

    init(text: String, json: @autoclosure @escaping @Sendable () -> JSONValue) {
        self.text = text
        self.makeJSON = json
    }

    /// A sentence or two for people; JSON is `json`, or `{"message": text}` when not given.
    static func message(
        _ text: String, json: @autoclosure @escaping @Sendable () -> JSONValue? = nil
    ) -> Output {
        Output(text: text, json: json() ?? ["message": .string(text)])
    }

    /// An aligned table for people; the same rows as `json` for programs.
    ///
    /// An empty table prints its header and rule, so a script sees the columns it would get.
    static func table(
        headers: [String], rows: [[String]], json: @autoclosure @escaping @Sendable () -> JSONValue
    ) -> Output {
        Output(text: TextTable(headers: headers, rows: rows).rendered(), json: json())
    }

    /// Nothing to print (`{}` for programs).
    static let empty = Output(text: "", json: .object([]))

    /// What to write to standard output: `json` serialized, or `text`, ending in one newline
    /// (nothing at all for empty text).
    ///
    /// The text's control characters are shown visibly (`TerminalText`): what a user typed
    /// into a note must not drive the terminal of whoever reads it.
    func rendered(json asJSON: Bool) -> String {
        if asJSON { return json.serialized() + "\n" }
        let text = TerminalText.visible(self.text)
        if text.isEmpty || text.hasSuffix("\n") { return text }
        return text + "\n"
    }
}
