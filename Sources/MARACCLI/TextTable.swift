/// Text laid out in aligned columns under a header row and a rule, for people to read.
///
/// Nothing is truncated; columns whose cells are all numbers are right-aligned; widths count
/// terminal columns, so wide characters (CJK, emoji) line up. Control characters in cells are
/// shown as spaces or visibly (`^[`), so user text cannot break the layout or drive the terminal.
///
/// ```
/// CODE  NAME                 ACTIONS
/// ----  -------------------  -------
/// POL   Police                    12
/// IDVA  Independent advocacy       3
/// ```
struct TextTable: Sendable {
    var headers: [String]
    var rows: [[String]]

    init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    /// The table as lines joined by newlines, without a final newline; no trailing spaces.
    func rendered() -> String {
        let columns = max(headers.count, rows.map(\.count).max() ?? 0)
        let header = TextTable.pad(headers.map(TextTable.clean), to: columns)
        let body = rows.map { TextTable.pad($0.map(TextTable.clean), to: columns) }
        // Each cell measured once: the widths of its column, then its own padding.
        let headerWidths = header.map { displayWidth($0) }
        let bodyWidths = body.map { row in row.map { displayWidth($0) } }
        var widths = headerWidths
        for row in bodyWidths {
            for (i, width) in row.enumerated() { widths[i] = max(widths[i], width) }
        }
        let numeric = (0..<columns).map { column in
            body.contains { !$0[column].isEmpty }
                && body.allSatisfy { $0[column].isEmpty || TextTable.isNumeric($0[column]) }
        }
        var text = ""
        text.reserveCapacity((widths.reduce(0, +) + 2 * columns + 1) * (body.count + 2))
        append(header, measured: headerWidths, widths: widths, rightAligned: numeric, to: &text)
        text += "\n"
        for (i, width) in widths.enumerated() {
            if i > 0 { text += "  " }
            text += String(repeating: "-", count: width)
        }
        for (row, measured) in zip(body, bodyWidths) {
            text += "\n"
            append(row, measured: measured, widths: widths, rightAligned: numeric, to: &text)
        }
        return text
    }

    /// Appends one line, each cell padded to its column's width, without trailing spaces.
    private func append(
        _ cells: [String], measured: [Int], widths: [Int], rightAligned: [Bool],
        to text: inout String
    ) {
        let start = text.utf8.count
        for (i, cell) in cells.enumerated() {
            if i > 0 { text += "  " }
            let padding = widths[i] - measured[i]
            if rightAligned[i] { TextTable.appendSpaces(padding, to: &text) }
            text += cell
            if !rightAligned[i] { TextTable.appendSpaces(padding, to: &text) }
        }
        // Spaces are one byte and one character each: drop those the line ends with.
        var trailing = 0
        for byte in text.utf8.reversed() {
            guard byte == UInt8(ascii: " "), start + trailing < text.utf8.count else { break }
            trailing += 1
        }
        text.removeLast(trailing)
    }

    private static let spaces = String(repeating: " ", count: 64)

    private static func appendSpaces(_ count: Int, to text: inout String) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.utf8.count)
            text += spaces.prefix(run)
            left -= run
        }
    }

    private static func pad(_ cells: [String], to count: Int) -> [String] {
        cells.count >= count ? cells : cells + Array(repeating: "", count: count - cells.count)
    }

    /// A cell on one line: tabs and line breaks become spaces, other controls are shown
    /// visibly (`^[`, `<U+202E>`, see `TerminalText`).
    static func clean(_ cell: String) -> String {
        guard
            cell.unicodeScalars.contains(where: {
                $0.value == 0x09 || $0.value == 0x0A || $0.value == 0x0D
            })
        else {
            return TerminalText.visible(cell)
        }
        var result = String.UnicodeScalarView()
        for scalar in cell.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            default: result.append(scalar)
            }
        }
        return TerminalText.visible(String(result))
    }

    /// `12`, `-3`, `4.5`, `31 %`, `31%`: a number, possibly a percentage.
    static func isNumeric(_ cell: String) -> Bool {
        var text = Substring(cell)
        if text.hasSuffix("%") { text = text.dropLast() }
        while text.last == " " { text = text.dropLast() }
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        guard let first = text.first, first.isASCII, first.isNumber else { return false }
        var dots = 0
        for character in text {
            if character == "." {
                dots += 1
            } else if !(character.isASCII && character.isNumber) && character != "," {
                return false
            }
        }
        return dots <= 1
    }
}
