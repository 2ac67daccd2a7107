/// The number of terminal columns `character` takes: 2 for East Asian wide characters and emoji,
/// 0 for controls and zero-width marks, else 1.
///
/// An approximation of `wcwidth(3)` that needs no locale; good enough to align tables and to put
/// the cursor and the caret in the right place.
func displayWidth(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation })
        || character.unicodeScalars.contains("\u{FE0F}")
    {
        return 2
    }
    switch first.properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    switch first.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
        return 2
    default:
        return 1
    }
}

/// The number of terminal columns `text` takes (see `displayWidth(_:)` for a character).
func displayWidth(_ text: some StringProtocol) -> Int {
    // Printable ASCII (most cells: references, codes, dates, numbers) is one column a byte.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var width = 0
    for character in text { width += displayWidth(character) }
    return width
}
