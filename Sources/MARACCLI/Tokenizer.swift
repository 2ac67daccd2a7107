/// Splits one typed line into words, shell-like, without expansions, keeping free text as typed.
///
/// - Whitespace separates words.
/// - A quote opens quoting only where a word starts (or right after `--option=`): `'...'` is
///   literal, `"..."` literal except for the escapes `\"`, `\\` and `\$`. Inside, the closing
///   quote is the one followed by whitespace or the end of the line, so `'don't panic'` is
///   `don't panic`; a quote that starts an inner word (`"say "hi" now"`) is refused, because
///   which quote closes would be a guess.
/// - A quote inside a word is an ordinary character: `O'Brien`, `victim's`, `5"`. Inside
///   single quotes the shell's `'\''` is one quote too.
/// - Outside quotes a backslash before a quote, a backslash, whitespace or `#` makes it
///   literal (`\'tis`, `a\ b`); before anything else the backslash is kept (`C:\temp`).
/// - `#` begins a comment that runs to the end of the line when it starts the line or stands
///   alone as a word (`version # noted`); inside a word (`item #3`) it is text.
///
/// Nothing typed is dropped or changed without an error.
///
/// ```swift
/// try Tokenizer.split(#"risk add MC-1 --meeting 3 the victim's workplace # noted"#)
/// // ["risk", "add", "MC-1", "--meeting", "3", "the", "victim's", "workplace"]
/// ```
enum Tokenizer {
    /// The words of `line`; throws `CommandError.unterminatedQuote` with the quote's column, or
    /// `CommandError.quoteInsideQuotes` with the column of the inner quote.
    static func split(_ line: String) throws(CommandError) -> [String] {
        let characters = Array(line)
        var words: [String] = []
        var word = ""
        // A word can be empty (`''`), so "inside a word" is tracked apart from `word.isEmpty`.
        var inWord = false
        var index = 0

        func isSpace(_ character: Character) -> Bool {
            character == " " || character == "\t" || character == "\n" || character == "\r"
                || character == "\r\n"
        }
        /// Whether the character at `position` ends a word: whitespace or the end of the line.
        func endsWord(at position: Int) -> Bool {
            position >= characters.count || isSpace(characters[position])
        }

        while index < characters.count {
            let character = characters[index]
            index += 1
            if isSpace(character) {
                if inWord {
                    words.append(word)
                    word = ""
                    inWord = false
                }
                continue
            }
            // A quote opens quoting where a word starts, or as the value of `--option=`.
            let opensQuote =
                (character == "'" || character == "\"")
                && (!inWord
                    || (word.hasPrefix("--") && word.last == "="
                        && word.filter { $0 == "=" }.count == 1))
            if opensQuote {
                inWord = true
                let start = index  // the 1-based column of the quote
                var closed = false
                while index < characters.count {
                    let next = characters[index]
                    index += 1
                    if next == character {
                        // The shell's way to write a single quote inside single quotes.
                        if character == "'", characters[index...].starts(with: ["\\", "'", "'"]) {
                            index += 3
                            word.append("'")
                            continue
                        }
                        if endsWord(at: index) {
                            closed = true
                            break
                        }
                        if index >= 2, isSpace(characters[index - 2]) {
                            throw .quoteInsideQuotes(column: index)
                        }
                        word.append(next)
                        continue
                    }
                    if character == "\"", next == "\\", index < characters.count {
                        let escaped = characters[index]
                        switch escaped {
                        case "\"", "\\", "$":
                            index += 1
                            word.append(escaped)
                            continue
                        default:
                            break
                        }
                    }
                    word.append(next)
                }
                guard closed else { throw .unterminatedQuote(column: start) }
                continue
            }
            switch character {
            case "#" where !inWord && (words.isEmpty || endsWord(at: index)):
                return words
            case "\\":
                inWord = true
                if index < characters.count {
                    let next = characters[index]
                    if next == "'" || next == "\"" || next == "\\" || next == "#" || isSpace(next) {
                        index += 1
                        word.append(next)
                        continue
                    }
                }
                word.append("\\")
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// The words of `line` for completion: like `split`, but an open quote is closed at the end
    /// and the last word is kept apart when the cursor is still inside it.
    ///
    /// Returns the finished words and the partial word being typed (empty after a space).
    static func splitForCompletion(_ line: String) -> (words: [String], partial: String) {
        var text = line
        var words: [String]
        do {
            words = try split(text)
        } catch {
            guard case .unterminatedQuote(let column) = error else { return ([], "") }
            let quote = text[text.index(text.startIndex, offsetBy: column - 1)]
            text.append(quote)
            words = (try? split(text)) ?? []
        }
        let endsInSpace = line.last.map { $0 == " " || $0 == "\t" } ?? true
        if endsInSpace || words.isEmpty { return (words, "") }
        let partial = words.removeLast()
        return (words, partial)
    }

    /// The two lines that point at `column` of `line`: the line, indented, and a caret under it.
    static func caret(under line: String, column: Int) -> String {
        var pointer = ""
        for character in line.prefix(max(0, column - 1)) {
            // Keep tabs so the caret lines up however the terminal expands them.
            pointer +=
                character == "\t" ? "\t" : String(repeating: " ", count: displayWidth(character))
        }
        return "  \(line)\n  \(pointer)^"
    }
}
