/// Text made safe to print to a terminal: every character that could drive it shown visibly.
///
/// A note holding `ESC ] 0 ; … BEL ESC [ 2 J` would retitle the window, clear the screen and
/// print a fake line in red if written raw. Stored text stays verbatim and exports stay exact;
/// only what `marac` prints for people passes through here (`Output`, errors, table cells):
///
/// - C0 controls other than tab and line feed in caret notation, as `cat -v` shows them:
///   ESC as `^[`, BEL as `^G`, carriage return as `^M`; DEL as `^?`;
/// - C1 controls (U+0080–U+009F, which some terminals obey like ESC sequences) and the
///   bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which reorder what
///   follows them on the line) as `<U+009B>`.
///
/// `--json` output escapes the same characters as `\u001b`, `\u202e` (see `JSONValue`).
enum TerminalText {
    /// `text` with every character that could drive a terminal shown visibly; tabs and line
    /// breaks kept.
    static func visible(_ text: String) -> String {
        // Printable ASCII, tabs and newlines are safe: one pass over the bytes decides.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }) {
            return text
        }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: shown(scalar).unicodeScalars)
        }
        return String(result)
    }

    /// Whether `scalar` must not reach a terminal as it is.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F, 0x80...0x9F: true
        default: isBidiControl(scalar)
        }
    }

    /// The bidirectional embeddings, overrides and isolates.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// How an unsafe character is shown: `^[`, `^?`, `<U+202E>`.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: "^?"
        default: "<U+" + hex(scalar.value) + ">"
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
