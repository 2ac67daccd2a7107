/// Makes arbitrary user text safe to place in an XML 1.0 document.
///
/// Users type (or paste) anything: control characters from other systems, form feeds, byte
/// order marks. XML 1.0 forbids most C0 controls and U+FFFE/U+FFFF outright, so a document
/// containing one is not well-formed and no reader will open it. Markup characters
/// (`<`, `&`, `>`, quotes) are *not* touched here: the XML writer escapes them.
///
/// ```swift
/// XMLText.sanitized("Risk\u{0C}level")   // "Risk\u{FFFD}level"
/// ```
public enum XMLText {
    /// The character put in place of one XML 1.0 forbids.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in character data
    /// (production `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: true
        default: false
        }
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    public static func sanitized(_ text: String) -> String {
        guard !isAllowedUTF8(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(result)
    }

    /// Whether every character of `text` is allowed, read byte by byte: a control byte other
    /// than tab, LF and CR, or the UTF-8 of U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`), is not.
    /// (Swift strings are valid UTF-8, so they hold no surrogates.)
    static func isAllowedUTF8(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return false }
            if (byte == 0xBE || byte == 0xBF), previous == (0xEF, 0xBF) { return false }
            previous = (previous.1, byte)
        }
        return true
    }
}
