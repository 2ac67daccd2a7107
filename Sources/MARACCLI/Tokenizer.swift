/// Splits one typed line into words the way a POSIX shell does, without expansions.
///
/// - Whitespace separates words.
/// - `'...'` is literal; `"..."` is literal except for the escapes `\"`, `\\` and `\$`.
/// - Outside quotes a backslash makes the next character literal (`O\'Brien`).
/// - `#` at the start of a word begins a comment that runs to the end of the line.
///
/// ```swift
/// try Tokenizer.split(#"risk add MC-1 --meeting 3 "threats to kill" # noted"#)
/// // ["risk", "add", "MC-1", "--meeting", "3", "threats to kill"]
/// ```
enum Tokenizer {
    /// The words of `line`; throws `CommandError.unterminatedQuote` with the quote's column.
    static func split(_ line: String) throws(CommandError) -> [String] {
        var words: [String] = []
        var word = ""
        // A word can be empty (`''`), so "inside a word" is tracked apart from `word.isEmpty`.
        var inWord = false
        var column = 0
        var characters = line.makeIterator()

        while let character = characters.next() {
            column += 1
            switch character {
            case " ", "\t", "\n", "\r", "\r\n":
                if inWord {
                    words.append(word)
                    word = ""
                    inWord = false
                }
            case "#" where !inWord:
                return words
            case "\\":
                inWord = true
                if let next = characters.next() {
                    column += 1
                    word.append(next)
                } else {
                    word.append("\\")
                }
            case "'":
                inWord = true
                let start = column
                var closed = false
                while let next = characters.next() {
                    column += 1
                    if next == "'" {
                        closed = true
                        break
                    }
                    word.append(next)
                }
                guard closed else { throw .unterminatedQuote(column: start) }
            case "\"":
                inWord = true
                let start = column
                var closed = false
                while let next = characters.next() {
                    column += 1
                    if next == "\"" {
                        closed = true
                        break
                    }
                    if next == "\\" {
                        guard let escaped = characters.next() else { break }
                        column += 1
                        switch escaped {
                        case "\"", "\\", "$": word.append(escaped)
                        default:
                            word.append("\\")
                            word.append(escaped)
                        }
                        continue
                    }
                    word.append(next)
                }
                guard closed else { throw .unterminatedQuote(column: start) }
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
