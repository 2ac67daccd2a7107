/// A person's name reduced to what matching compares: lower-case ASCII words, forenames and
/// surname told apart.
///
/// Case, accents and other diacritics (é, ö, ł, ş), apostrophes and full stops do not matter
/// (`O'Brien` is `obrien`); titles (Mrs, Ms, Dr) are dropped; "Surname, Forename" is read as
/// the forename first; a hyphenated or double-barrelled surname (`Smith-Jones`) is kept whole
/// and in its parts, so either part alone still matches.
///
/// ```swift
/// PersonName("Smith, Mary-Ann").words        // ["mary", "ann", "smith"]
/// PersonName("Zoë Smith-Jones").surnameParts // ["smith", "jones"]
/// ```
public struct PersonName: Equatable, Sendable {
    /// Every word, forenames first, hyphenated names split into their parts.
    public var words: [String]
    /// The forename words, in order (`mary`, `ann` for "Mary-Ann").
    public var forenames: [String]
    /// The surname as written, hyphen dropped (`smithjones`), or empty for a single word.
    public var surname: String
    /// The parts of a hyphenated surname (`smith`, `jones`), or the surname alone.
    public var surnameParts: [String]
    /// Whether the name was written surname first with a comma ("Smith, Mary").
    public var wasSurnameFirst: Bool

    public init(_ text: String) {
        var text = Self.fold(text)
        var surnameFirst = false
        if let comma = text.firstIndex(of: ",") {
            // "Smith, Mary": the part before the comma is the surname.
            let surname = text[..<comma]
            let rest = text[text.index(after: comma)...]
            text = rest + " " + surname
            surnameFirst = true
        }
        // Each written word, with its hyphenated parts.
        let written = text.split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.split(separator: "-").map(String.init).filter { !$0.isEmpty } }
            .filter { !$0.isEmpty }
        let kept = written.enumerated().filter {
            !($0.offset < written.count - 1 && $0.element.count == 1
                && Self.titles.contains($0.element[0]))
        }.map(\.element)
        wasSurnameFirst = surnameFirst
        guard let last = kept.last else {
            words = []
            forenames = []
            surname = ""
            surnameParts = []
            return
        }
        if kept.count == 1 {
            forenames = last
            surname = ""
            surnameParts = []
        } else {
            forenames = kept.dropLast().flatMap { $0 }
            surname = last.joined()
            surnameParts = last
        }
        words = forenames + surnameParts
    }

    /// The words that may be part of a double-barrelled surname: the parts of a hyphenated
    /// one, and the word before the surname when there are two forenames or more ("Mary
    /// Smith Jones" may be Mary Smith-Jones without the hyphen).
    public var possibleSurnameParts: [String] {
        var parts = surnameParts
        if parts.count == 1, forenames.count >= 2, let before = forenames.last {
            parts.insert(before, at: 0)
        }
        return parts
    }

    /// The first forename (`mary`), or empty.
    public var forename: String { forenames.first ?? "" }

    /// The name as one string of its words (`mary ann smith`), for edit distance.
    public var joined: String { words.joined(separator: " ") }

    /// Whether the name has at least one word.
    public var isEmpty: Bool { words.isEmpty }

    /// Words dropped when they stand before a name: titles, not names.
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir"]

    /// Lower-case ASCII letters, spaces, hyphens and commas: accents folded, apostrophes and
    /// full stops dropped, other marks a space.
    static func fold(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            if character.isASCII {
                switch character {
                case "a"..."z", "-", ",": folded.append(character)
                case "'", ".", "`": continue
                default: folded.append(" ")
                }
            } else if let plain = Self.latin[character] {
                folded += plain
            } else if character == "\u{2019}" || character == "\u{2018}" {
                continue  // typographic apostrophes: O’Brien
            } else if character == "\u{2010}" || character == "\u{2011}" {
                folded.append("-")
            } else if character.isLetter {
                // A letter outside the Latin table is kept as a word of its own kind: two
                // names in another script still compare by edit distance.
                folded.append(character)
            } else {
                folded.append(" ")
            }
        }
        return folded
    }

    /// Latin letters with diacritics, and ligatures, as the ASCII letters they are written with
    /// when a form takes no accents (Latin-1 Supplement and Latin Extended-A, lower case).
    static let latin: [Character: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđ", "d"), ("ð", "d"),
            ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"),
            ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("œ", "oe"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ß", "ss"), ("ţťŧț", "t"), ("þ", "th"),
            ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var table: [Character: String] = [:]
        for (letters, plain) in groups {
            for letter in letters { table[letter] = plain }
        }
        return table
    }()
}
