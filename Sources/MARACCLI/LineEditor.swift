#if canImport(Glibc)
    import Glibc
#endif

/// A small line editor for the REPL: editing keys, an in-memory history and TAB completion.
///
/// In the spirit of linenoise. It puts the terminal in raw mode only while a line is read.
///
/// Keys: left/right (ctrl-B/F), home/end (ctrl-A/E), backspace, delete, ctrl-K (kill to end),
/// ctrl-U (kill to start), ctrl-W (kill the word before), ctrl-C (abandon the line), ctrl-D
/// (end of input on an empty line, else delete), up/down (ctrl-P/N) through history, ctrl-L
/// (clear the screen), TAB (complete; a second TAB lists the candidates).
final class LineEditor {
    /// The prompt printed before each line.
    var prompt: String
    /// The lines entered, oldest first.
    private(set) var history: [String] = []
    /// Completes the word under the cursor: gets the finished words and the partial word,
    /// returns the candidates for the partial word.
    var complete: (_ words: [String], _ partial: String) -> [String]
    /// An open file the history is appended to (`--history FILE`), or `nil` to keep it in memory.
    private var historyDescriptor: Int32?

    private var buffer: [Character] = []
    private var cursor = 0
    private var lastKeyWasTab = false

    init(prompt: String, complete: @escaping (_ words: [String], _ partial: String) -> [String]) {
        self.prompt = prompt
        self.complete = complete
    }

    deinit {
        if let historyDescriptor { close(historyDescriptor) }
    }

    /// Loads the lines of `path` into the history and appends each new line to it; the file is
    /// created, or narrowed, to mode 0600 because commands may contain personal data.
    func keepHistory(in path: String) throws(CommandError) {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: path, reason: Console.lastErrorDescription())
        }
        fchmod(descriptor, 0o600)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        history = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        historyDescriptor = descriptor
    }

    /// Adds `line` to the history, unless it is blank, repeats the last entry, or starts with a
    /// space (a way to keep one line out of the history, as in bash).
    func addToHistory(_ line: String) {
        guard !line.trimmingSpaces().isEmpty, line.first != " ", history.last != line else {
            return
        }
        history.append(line)
        if let historyDescriptor { Console.write(line + "\n", to: historyDescriptor) }
    }

    /// Reads one line; `nil` at end of input (ctrl-D on an empty line).
    ///
    /// Falls back to plain reading when standard input is not a terminal.
    func readLine() -> String? {
        guard Terminal.enterRawMode() else { return LineEditor.readPlainLine(prompt: prompt) }
        defer { Terminal.restore() }
        buffer = []
        cursor = 0
        lastKeyWasTab = false
        var historyIndex = history.count
        var draft: [Character] = []
        refresh()

        while let key = readKey() {
            let wasTab = lastKeyWasTab
            lastKeyWasTab = false
            switch key {
            case .enter:
                Console.out("\r\n")
                return String(buffer)
            case .control("d"):
                if buffer.isEmpty {
                    Console.out("\r\n")
                    return nil
                }
                delete(at: cursor)
            case .control("c"):
                Console.out("^C\r\n")
                buffer = []
                cursor = 0
                historyIndex = history.count
            case .backspace:
                if cursor > 0 {
                    cursor -= 1
                    delete(at: cursor)
                }
            case .delete: delete(at: cursor)
            case .left, .control("b"): cursor = max(0, cursor - 1)
            case .right, .control("f"): cursor = min(buffer.count, cursor + 1)
            case .home, .control("a"): cursor = 0
            case .end, .control("e"): cursor = buffer.count
            case .control("k"): buffer.removeSubrange(cursor...)
            case .control("u"):
                buffer.removeSubrange(..<cursor)
                cursor = 0
            case .control("w"):
                var start = cursor
                while start > 0, buffer[start - 1] == " " { start -= 1 }
                while start > 0, buffer[start - 1] != " " { start -= 1 }
                buffer.removeSubrange(start..<cursor)
                cursor = start
            case .control("l"): Console.out("\u{1B}[H\u{1B}[2J")
            case .up, .control("p"):
                guard historyIndex > 0 else { break }
                if historyIndex == history.count { draft = buffer }
                historyIndex -= 1
                buffer = Array(history[historyIndex])
                cursor = buffer.count
            case .down, .control("n"):
                guard historyIndex < history.count else { break }
                historyIndex += 1
                buffer = historyIndex == history.count ? draft : Array(history[historyIndex])
                cursor = buffer.count
            case .tab:
                completeWord(listing: wasTab)
                lastKeyWasTab = true
            case .text(let text):
                buffer.insert(contentsOf: text, at: cursor)
                cursor += text.count
            case .control, .ignored:
                break
            }
            refresh()
        }
        // End of input without ctrl-D (the terminal went away).
        return nil
    }

    /// Completes the word before the cursor: the only candidate plus a space, or the longest
    /// common prefix; with `listing` (a second TAB) prints every candidate under the line.
    private func completeWord(listing: Bool) {
        let before = String(buffer[..<cursor])
        let (words, partial) = Tokenizer.splitForCompletion(before)
        let candidates = complete(words, partial)
        guard !candidates.isEmpty else { return }
        if candidates.count == 1 {
            insert(String(candidates[0].dropFirst(partial.count)) + " ")
            return
        }
        let common = LineEditor.commonPrefix(candidates)
        if common.count > partial.count {
            insert(String(common.dropFirst(partial.count)))
        } else if listing {
            Console.out(
                "\r\n" + LineEditor.columns(candidates.sorted(by: LineEditor.naturalOrder)) + "\r\n"
            )
        } else {
            Console.out("\u{7}")  // bell: press TAB again to see the candidates
        }
    }

    private func insert(_ text: String) {
        buffer.insert(contentsOf: text, at: cursor)
        cursor += text.count
    }

    private func delete(at index: Int) {
        if index < buffer.count { buffer.remove(at: index) }
    }

    /// Redraws the line; when it is wider than the terminal, scrolls it to keep the cursor visible.
    private func refresh() {
        let width = Terminal.columns()
        let promptWidth = displayWidth(prompt)
        var start = 0
        var cursorColumn = displayWidth(String(buffer[..<cursor]))
        while promptWidth + cursorColumn >= width, start < cursor {
            cursorColumn -= displayWidth(buffer[start])
            start += 1
        }
        var visible = ""
        var used = promptWidth
        for character in buffer[start...] {
            let w = displayWidth(character)
            if used + w >= width { break }
            visible.append(character)
            used += w
        }
        // ESC [ 0 C would still move one column, so column 0 is just the carriage return.
        let column = promptWidth + cursorColumn
        let move = column > 0 ? "\u{1B}[\(column)C" : ""
        Console.out("\r" + prompt + TextTable.clean(visible) + "\u{1B}[0K\r" + move)
    }

    // MARK: - Keys

    private enum Key: Equatable {
        case text(String)
        case control(Character)
        case enter, tab, backspace, delete, left, right, up, down, home, end, ignored
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    private func readKey() -> Key? {
        guard let byte = readByte() else { return nil }
        switch byte {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x1B: return readEscape()
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(byte + 0x60)))
        case 0x00, 0x1C...0x1F: return .ignored
        default:
            // A UTF-8 sequence: the lead byte says how many continuation bytes follow.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            var bytes = [byte]
            while bytes.count < length, let next = readByte() { bytes.append(next) }
            return .text(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `ESC [ A` and friends; unknown sequences are swallowed.
    private func readEscape() -> Key {
        guard let first = readByte() else { return .ignored }
        if first == UInt8(ascii: "O") {
            switch readByte() {
            case UInt8(ascii: "H"): return .home
            case UInt8(ascii: "F"): return .end
            default: return .ignored
            }
        }
        guard first == UInt8(ascii: "[") else { return .ignored }
        guard let second = readByte() else { return .ignored }
        switch second {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // ESC [ n ~ (and ESC [ 1 ; 5 C style modifiers, read to their final byte).
            var digits = [second]
            while let next = readByte() {
                if (0x40...0x7E).contains(next) {
                    guard next == UInt8(ascii: "~") else { return .ignored }
                    switch String(decoding: digits, as: UTF8.self) {
                    case "1", "7": return .home
                    case "4", "8": return .end
                    case "3": return .delete
                    default: return .ignored
                    }
                }
                digits.append(next)
            }
            return .ignored
        default: return .ignored
        }
    }

    // MARK: - Helpers

    /// Reads a line without editing (standard input is not a terminal).
    static func readPlainLine(prompt: String) -> String? {
        Console.out(prompt)
        return Swift.readLine(strippingNewline: true)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var count = 0
            while count < min(prefix.count, characters.count), prefix[count] == characters[count] {
                count += 1
            }
            prefix = Array(prefix[..<count])
        }
        return String(prefix)
    }

    /// Whether `a` comes before `b` with runs of digits compared as numbers, so that `A2` lists
    /// before `A10` and `C-000002` before `C-000010`.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        var left = a.unicodeScalars[...]
        var right = b.unicodeScalars[...]
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        while let l = left.first, let r = right.first {
            if isDigit(l) && isDigit(r) {
                let leftDigits = left.prefix(while: isDigit)
                let rightDigits = right.prefix(while: isDigit)
                let leftNumber = leftDigits.drop { $0 == "0" }
                let rightNumber = rightDigits.drop { $0 == "0" }
                if leftNumber.count != rightNumber.count {
                    return leftNumber.count < rightNumber.count
                }
                if !leftNumber.elementsEqual(rightNumber) {
                    return String(String.UnicodeScalarView(leftNumber))
                        < String(String.UnicodeScalarView(rightNumber))
                }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
                continue
            }
            if l != r { return l.value < r.value }
            left = left.dropFirst()
            right = right.dropFirst()
        }
        return left.isEmpty && !right.isEmpty
    }

    /// The candidates in columns as wide as the terminal allows, lines joined by CR LF.
    static func columns(_ words: [String]) -> String {
        let cell = (words.map { displayWidth($0) }.max() ?? 0) + 2
        let perLine = max(1, Terminal.columns() / cell)
        var lines: [String] = []
        var index = 0
        while index < words.count {
            let slice = words[index..<min(index + perLine, words.count)]
            var line = ""
            for word in slice {
                line += word + String(repeating: " ", count: cell - displayWidth(word))
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
            index += perLine
        }
        return lines.joined(separator: "\r\n")
    }
}
