/// How the SMART check turns an action's text into sentences of words.
extension SMARTReading {
    /// `text` without the numbers or bullets a plan puts before an action ("1.", "3.2",
    /// "(a)", "ii)", "R4:", "Recommendation 2 -", "•", or several: "R3: 1."), which are not
    /// part of its wording.
    static func withoutEnumerator(_ text: String) -> Substring {
        var rest = Substring(text)
        // At most four ("R3: 1. (a) •"): a long run of numbers is wording, and costs nothing.
        for _ in 0..<4 {
            let next = withoutOneEnumerator(rest)
            if next.startIndex == rest.startIndex { return rest }
            rest = next
        }
        return rest
    }

    /// `text` without the first number or bullet before it.
    private static func withoutOneEnumerator(_ text: Substring) -> Substring {
        var rest = text.drop(while: \.isWhitespace)
        if let first = rest.first, "•·*-–—".contains(first) {
            return rest.dropFirst().drop(while: \.isWhitespace)
        }
        // A label before the number: "Recommendation 2", "Rec 3", "Action 1.1", "R4"; or a
        // label and a colon alone: "Action: Audit ...".
        var labelled = false
        for label in ["recommendation", "rec", "action", "r"]
        where rest.prefix(label.count).lowercased() == label {
            let number = rest.dropFirst(label.count).drop { $0 == " " }
            if label.count > 1, number.first == ":" {
                return number.dropFirst().drop(while: \.isWhitespace)
            }
            if number.first?.isNumber == true {
                rest = number
                labelled = true
                break
            }
        }
        let opened = rest.first == "("
        let body = opened ? rest.dropFirst() : rest
        let token = body.prefix { $0.isNumber || $0.isLetter || $0 == "." }
        var name = token.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        let after = body.dropFirst(token.count)
        let closer = after.first
        let closedByPunctuation =
            token.hasSuffix(".") || closer.map { ")-–:".contains($0) } ?? false
        let isNumber = name.first?.isNumber == true && name.allSatisfy { $0.isNumber || $0 == "." }
        let isLetter =
            name.count == 1 && name.first!.isLetter
            || (1...4).contains(name.count) && name.allSatisfy { "ivx".contains($0) }
        let isEnumerator =
            isNumber && (closedByPunctuation || name.contains(".") || labelled)
            || isLetter && (closedByPunctuation || opened)
        guard isEnumerator else { return rest }
        let remainder = after.drop { ".)-–:".contains($0) }
        guard remainder.first?.isWhitespace ?? true else { return rest }
        return remainder.drop(while: \.isWhitespace)
    }

    /// The lower-case words of `text`, punctuation dropped.
    static func words(_ text: String) -> [String] {
        sentences(text).joined().compactMap {
            if case .word(let word) = $0 { word } else { nil }
        }
    }

    /// Words a full stop follows without ending the sentence.
    static let abbreviations: Set<String> = [
        "e", "g", "i", "eg", "ie", "etc", "vs", "cf", "no", "nos", "approx", "incl", "inc", "para",
        "paras", "ref", "st", "dr", "mr", "mrs", "ms", "al", "ch", "sec", "s", "a", "p", "m", "am",
        "pm",
    ]

    /// The text as sentences of words and clause breaks.
    ///
    /// A full stop ends a sentence when a capital letter follows, or a space and a lower-case
    /// word, unless it ends an abbreviation: "i.e.", "9 a.m. on" and "etc. and" do not. "&" is
    /// "and", except inside a word ("A&E").
    static func sentences(_ text: String) -> [[Token]] {
        var sentences: [[Token]] = []
        var current: [Token] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { current.append(.word(word)) }
            word = ""
        }
        func endSentence() {
            endWord()
            if !current.isEmpty { sentences.append(withoutAsides(current)) }
            current = []
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            // ASCII first: Unicode's letter properties are looked up only for other characters.
            if let ascii = character.asciiValue {
                switch ascii {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word.append(character)
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(Character(Unicode.Scalar(ascii + 32)))
                    continue
                default: break
                }
            } else if character.isLetter || character.isNumber {
                word += character.lowercased()
                continue
            }
            if character == "," || character == ";" || character == ":" {
                endWord()
                if current.last != .clauseBreak { current.append(.clauseBreak) }
            } else if character == "." || character == "?" || character == "!" {
                let next = characters[(index + 1)...].first { !$0.isWhitespace }
                // A lower-case sentence after a space ends one too, unless the full stop ends
                // an abbreviation ("e.g. the", "etc. and").
                let spaced =
                    characters.indices.contains(index + 1)
                    && characters[index + 1].isWhitespace
                let newSentence =
                    next.map {
                        $0.isUppercase
                            || spaced && $0.isLetter && !word.isEmpty
                                && !abbreviations.contains(word)
                    }
                    ?? true
                if newSentence { endSentence() } else { endWord() }
            } else if character == "&", !word.isEmpty,
                characters.indices.contains(index + 1), characters[index + 1].isLetter
            {
                word.append("&")  // "A&E" is one word
            } else if character == "&" {
                endWord()
                current.append(.word("and"))
            } else {
                endWord()
            }
        }
        endSentence()
        return sentences
    }

    /// `tokens` without a short aside between a modal or auxiliary and its verb.
    ///
    /// "should, as a priority, be given" reads as "should be given". An aside is one to five
    /// words between two clause breaks, with words after it; a longer one is kept.
    static func withoutAsides(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        var index = 0
        while index + 1 < tokens.count {
            if case .word(let word) = tokens[index],
                modals.contains(word) || beForms.contains(word),
                tokens[index + 1] == .clauseBreak,
                let close = tokens[(index + 2)..<min(tokens.count, index + 8)].firstIndex(
                    of: .clauseBreak),
                close > index + 2, close + 1 < tokens.count
            {
                tokens.removeSubrange((index + 1)...close)
            }
            index += 1
        }
        return tokens
    }
}
