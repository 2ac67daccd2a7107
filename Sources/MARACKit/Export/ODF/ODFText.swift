/// Writes user text inside an ODF paragraph, keeping what XML would otherwise lose.
///
/// ODF collapses whitespace like HTML, so a newline becomes `<text:line-break/>`, a tab
/// `<text:tab/>` and a run of spaces one space plus `<text:s text:c="n"/>`. Carriage returns
/// (from Windows text) count as newlines. Forbidden characters are replaced by `XMLWriter`.
enum ODFText {
    /// Writes `text` as the content of the paragraph or heading just opened.
    static func write(_ text: String, to writer: XMLWriter) throws {
        let normalised = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        var run = ""
        var spaces = 0
        func flush() throws {
            try writer.text(run)
            run = ""
        }
        func flushSpaces() throws {
            guard spaces > 0 else { return }
            // A leading space, or any after the first of a run, must be written as text:s.
            let atStart = run.isEmpty
            if !atStart {
                run.append(" ")
                spaces -= 1
            }
            try flush()
            if spaces > 0 {
                try writer.startElement("text:s")
                if spaces > 1 { try writer.attribute("text:c", String(spaces)) }
                try writer.endElement()
            }
            spaces = 0
        }
        for character in normalised {
            switch character {
            case " ":
                spaces += 1
            case "\n", "\t":
                try flushSpaces()
                try flush()
                try writer.element(character == "\n" ? "text:line-break" : "text:tab")
            default:
                try flushSpaces()
                run.append(character)
            }
        }
        try flushSpaces()
        try flush()
    }
}
