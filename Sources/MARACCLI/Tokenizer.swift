/// Splits one typed line into words, shell-like, without expansions, keeping free text as typed.
///
/// - Whitespace separates words.
/// - A quote opens quoting only where a word starts (or right after `--option=`): `'...'` is
///   literal, `"..."` literal except for the escapes `\"`, `\\` and `\$`. Inside, a matching
///   quote followed by a letter or digit is an apostrophe (`'don't panic'` is `don't panic`);
///   any other closes the quoted text, and the word goes on (`'home'.` is `home.`). A quote that
///   starts an inner word (`"say "hi" now"`) is refused: which quote closes would be a guess.
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
        var scanner = Scanner(Array(line))
        return try scanner.split()
    }

    /// The words of `line` and, for each, the whitespace typed before it (`""` for the first),
    /// so free text keeps its spacing (`Threats made.  Police called.`).
    static func splitKeepingSpaces(_ line: String) throws(CommandError)
        -> (words: [String], spaces: [String])
    {
        var scanner = Scanner(Array(line))
        let words = try scanner.split()
        return (words, scanner.spaces)
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

/// The state of one `Tokenizer.split`: the characters, the position, the words so far.
private struct Scanner {
    let characters: [Character]
    /// The index of the next character; after reading one, also its 1-based column.
    var index = 0
    var words: [String] = []
    /// The whitespace typed before each word of `words`.
    var spaces: [String] = []
    /// The whitespace read since the last word ended.
    var pendingSpace = ""
    var word = ""
    /// Whether a word is open: a word can be empty (`''`), so this is apart from `word.isEmpty`.
    var inWord = false

    init(_ characters: [Character]) {
        self.characters = characters
    }

    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r"
            || character == "\r\n"
    }

    /// Whether the character at `position` ends a word: whitespace or the end of the line.
    func endsWord(at position: Int) -> Bool {
        position >= characters.count || Scanner.isSpace(characters[position])
    }

    /// Whether the character at `position` is a letter or digit, so a quote before it is part
    /// of a word (`don't`, `O'Brien`) rather than the end of a quoted text.
    func continuesWord(at position: Int) -> Bool {
        position < characters.count
            && (characters[position].isLetter || characters[position].isNumber)
    }

    /// Whether a quote read now opens quoting: where a word starts, or as `--option=`'s value.
    var quoteMayOpen: Bool {
        !inWord || (word.hasPrefix("--") && word.last == "=" && word.count { $0 == "=" } == 1)
    }

    /// Reads every word of the line.
    mutating func split() throws(CommandError) -> [String] {
        while index < characters.count {
            let character = characters[index]
            index += 1
            if Scanner.isSpace(character) {
                endWord()
                pendingSpace.append(character)
                continue
            }
            if character == "#" && !inWord && (words.isEmpty || endsWord(at: index)) {
                return words  // a comment runs to the end of the line
            }
            if !inWord {
                spaces.append(words.isEmpty ? "" : pendingSpace)
                pendingSpace = ""
            }
            if (character == "'" || character == "\"") && quoteMayOpen {
                inWord = true
                try readQuoted(until: character)
            } else if character == "\\" {
                inWord = true
                readEscape()
            } else {
                inWord = true
                word.append(character)
            }
        }
        endWord()
        return words
    }

    private mutating func endWord() {
        guard inWord else { return }
        words.append(word)
        word = ""
        inWord = false
    }

    /// Outside quotes, a backslash before a quote, a backslash, `#` or whitespace makes it
    /// literal; before anything else the backslash itself is kept (`C:\temp`).
    private mutating func readEscape() {
        if index < characters.count {
            let next = characters[index]
            if next == "'" || next == "\"" || next == "\\" || next == "#" || Scanner.isSpace(next) {
                index += 1
                word.append(next)
                return
            }
        }
        word.append("\\")
    }

    /// The text after an opening `quote`, up to the matching quote that ends a word.
    private mutating func readQuoted(until quote: Character) throws(CommandError) {
        let column = index
        while index < characters.count {
            let next = characters[index]
            index += 1
            if next == quote {
                // The shell's way to write a single quote inside single quotes.
                if quote == "'", characters[index...].starts(with: ["\\", "'", "'"]) {
                    index += 3
                    word.append("'")
                    continue
                }
                // Closing, unless a letter or digit follows: then it is an apostrophe.
                if !continuesWord(at: index) { return }
                // A quote starting an inner word: it would close one text and open another.
                if index >= 2, Scanner.isSpace(characters[index - 2]) {
                    throw .quoteInsideQuotes(column: index)
                }
                word.append(next)  // inside a word: `don't`
                continue
            }
            if quote == "\"", next == "\\", index < characters.count,
                ["\"", "\\", "$"].contains(characters[index])
            {
                word.append(characters[index])
                index += 1
                continue
            }
            word.append(next)
        }
        throw .unterminatedQuote(column: column)
    }
}
