import MARACKit

/// The one rule every error message passes before it is printed: nothing the user typed comes
/// back unless it passes `SafeEcho`'s `isSafeToEcho` (a code, a number, a date, a lower-case
/// word), so a name typed in the wrong place never reaches a terminal, a script's log or a
/// ticket.
///
/// Each error type already words itself without the values it was given; this is the net
/// under them all: every typed word, and each piece of it between spaces, quotes, `=` and
/// commas, that fails the rule and still appears in the message is replaced.
enum ErrorEcho {
    /// What replaces a typed value in an error.
    static let notShown = "(not shown)"

    /// `message` with every unsafe piece of `typed` replaced by `notShown` where it stands as
    /// a word of its own (so a typed "Retired" leaves the message's "retired on" alone).
    static func scrub(_ message: String, typed: [String]) -> String {
        var message = message
        for piece in unsafePieces(of: typed) {
            message = replacing(piece, in: message)
        }
        return message
    }

    /// `text` with each occurrence of `piece` not inside a longer word replaced by `notShown`.
    private static func replacing(_ piece: String, in text: String) -> String {
        let needle = Array(piece)
        let characters = Array(text)
        guard !needle.isEmpty, characters.count >= needle.count else { return text }
        func isWordCharacter(_ index: Int) -> Bool {
            index >= 0 && index < characters.count
                && (characters[index].isLetter || characters[index].isNumber)
        }
        var result = ""
        var index = 0
        while index < characters.count {
            if index + needle.count <= characters.count,
                characters[index..<index + needle.count].elementsEqual(needle),
                !(needle.first!.isLetter && isWordCharacter(index - 1)),
                !(needle.last!.isLetter && isWordCharacter(index + needle.count))
            {
                result += notShown
                index += needle.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The typed words and their pieces that may not be echoed, longest first (so a whole
    /// name is replaced before its parts).
    static func unsafePieces(of typed: [String]) -> [String] {
        var pieces: Set<String> = []
        for word in typed {
            // A word holding several pieces ("Jo Smith" as one argument) goes whole first.
            let whole = word.trimmingSpaces()
            if whole.count >= 3, whole.contains(where: \.isWhitespace), !isSafe(whole) {
                pieces.insert(whole)
            }
            for part in word.split(whereSeparator: isSeparator) where part.count >= 3 {
                let text = String(part)
                if !isSafe(text) { pieces.insert(text) }
            }
        }
        return pieces.sorted { $0.count > $1.count }
    }

    /// `SafeEcho`'s rule: a code, number, date or lower-case word, a path of that shape, or a
    /// policy identifier with a digit in it whose parts are each in one case (a lawful-basis
    /// tag such as `UKGDPR-6-1-e` or `DPA2018-sec35-2-b`; never `Victimname12`).
    private static func isSafe(_ text: String) -> Bool {
        text.isSafeToEcho || text.isSafeToEchoAsPath || isPolicyTag(text)
    }

    private static func isPolicyTag(_ text: String) -> Bool {
        guard text.contains(where: \.isNumber), text.echoedAsIdentifier.hasPrefix("\"") else {
            return false
        }
        return text.split(whereSeparator: { "-_:".contains($0) }).allSatisfy { part in
            !(part.contains(where: \.isUppercase) && part.contains(where: \.isLowercase))
        }
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || "\"'=,:;()[]{}<>`/".contains(character)
    }

    /// `line` with every word that fails the rule masked character for character (`·`), so a
    /// caret under it still points at the right column; quotes and safe words are kept.
    static func redacted(_ line: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            let inner = String(
                word.drop { $0 == "\"" || $0 == "'" }.reversed().drop { $0 == "\"" || $0 == "'" }
                    .reversed())
            if inner.isEmpty || inner.isSafeToEcho {
                result += word
            } else {
                for character in word {
                    result +=
                        character == "\"" || character == "'"
                        ? String(character)
                        : String(repeating: "·", count: max(1, displayWidth(character)))
                }
            }
            word = ""
        }
        for character in line {
            if character == " " || character == "\t" {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }
}
