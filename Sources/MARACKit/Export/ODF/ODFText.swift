/// Writes user text inside an ODF paragraph, keeping what XML would otherwise lose.
///
/// ODF collapses whitespace like HTML, so a newline becomes `<text:line-break/>`, a tab
/// `<text:tab/>` and a run of spaces one space plus `<text:s text:c="n"/>`. Carriage returns
/// (from Windows text) count as newlines. Forbidden characters are replaced by `XMLWriter`.
enum ODFText {
    /// Writes `text` as the content of the paragraph or heading just opened.
    static func write(_ text: String, to writer: XMLWriter) throws {
        // Most cells are plain words and single spaces: one text node, no scanning by
        // Character (which costs more than the rest of the export).
        if isPlain(text) { return try writer.text(text) }
        var normalised = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = scalar == "\r"
            normalised.append(afterReturn ? "\n" : scalar)
        }
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
        for character in String(normalised) {
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

    /// Whether `text` needs none of ODF's whitespace elements: no newline, tab or carriage
    /// return, no leading space and no run of two spaces.
    static func isPlain(_ text: String) -> Bool {
        var previousWasSpace = true  // a leading space needs text:s
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): return false
            case UInt8(ascii: " "):
                if previousWasSpace { return false }
                previousWasSpace = true
            default:
                previousWasSpace = false
            }
        }
        return true
    }
}
