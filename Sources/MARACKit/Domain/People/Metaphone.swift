/// The Metaphone phonetic key of a word: names that sound alike in English get the same key.
///
/// Written from Lawrence Philips' description ("Hanging on the Metaphone", *Computer Language*
/// 7(12), December 1990) as the rules are usually listed (for example in the Wikipedia article
/// "Metaphone"), with no limit on the key's length. The key uses the letters
/// `BFHJKLMNPRSTWXY` and `0` for "th"; `X` is "sh". Vowels are kept only at the start.
///
/// ```swift
/// Metaphone.key("Smith")    // "SM0"
/// Metaphone.key("Mohammed") // "MHMT", as "Muhammad"
/// ```
public enum Metaphone {
    /// The key of `word`, whose letters are taken case-insensitively; other characters are
    /// ignored.
    public static func key(_ word: String) -> String {
        var letters = word.uppercased().unicodeScalars.filter { $0.value >= 65 && $0.value <= 90 }
            .map { Character($0) }
        // Adjacent duplicates count once, except C (as in "Accident").
        letters = letters.enumerated().filter {
            $0.offset == 0 || $0.element != letters[$0.offset - 1] || $0.element == "C"
        }.map(\.element)
        guard !letters.isEmpty else { return "" }
        // Silent or changed first letters.
        if letters.count > 1 {
            switch (letters[0], letters[1]) {
            case ("K", "N"), ("G", "N"), ("P", "N"), ("A", "E"), ("W", "R"):
                letters.removeFirst()
            case ("W", "H"): letters.remove(at: 1)
            case ("X", _): letters[0] = "S"
            default: break
            }
        } else if letters[0] == "X" {
            letters[0] = "S"
        }
        var key = ""
        var index = 0
        func at(_ offset: Int) -> Character? {
            let position = index + offset
            return position >= 0 && position < letters.count ? letters[position] : nil
        }
        func isVowel(_ letter: Character?) -> Bool {
            letter.map { "AEIOU".contains($0) } ?? false
        }
        func isFrontVowel(_ letter: Character?) -> Bool {
            letter.map { "EIY".contains($0) } ?? false
        }
        while index < letters.count {
            let letter = letters[index]
            let next = at(1)
            let previous = at(-1)
            switch letter {
            case "A", "E", "I", "O", "U":
                if index == 0 { key.append(letter) }
            case "B":
                // Silent in a final "MB" (comb, tomb).
                if !(previous == "M" && index == letters.count - 1) { key.append("B") }
            case "C":
                if previous == "S" && isFrontVowel(next) {
                    break  // "SCE", "SCI", "SCY": the C is silent.
                } else if next == "I" && at(2) == "A" {
                    key.append("X")  // "CIA"
                } else if isFrontVowel(next) {
                    key.append("S")
                } else if next == "H" {
                    key.append(previous == "S" ? "K" : "X")  // "SCH" is hard
                    index += 1
                } else {
                    key.append("K")
                }
            case "D":
                if next == "G" && isFrontVowel(at(2)) {
                    key.append("J")  // "DGE", "DGI", "DGY"
                    index += 2
                } else {
                    key.append("T")
                }
            case "G":
                if next == "H" && (index + 2 >= letters.count || !isVowel(at(2))) {
                    break  // "GH" at the end or before a consonant is silent (night, baugh)
                } else if next == "N"
                    && (index + 2 == letters.count
                        || (at(2) == "E" && at(3) == "D" && index + 4 == letters.count))
                {
                    break  // "GN", "GNED" at the end
                } else if index > 0 && next == "N" {
                    break  // silent G before N (signed)
                } else if isFrontVowel(next) && previous != "G" {
                    key.append("J")
                } else {
                    key.append("K")
                }
            case "H":
                // Sounded only before a vowel, and not as part of CH, GH, PH, SH, TH.
                if isVowel(next), !(previous.map { "CGPST".contains($0) } ?? false) {
                    key.append("H")
                }
            case "K":
                if previous != "C" { key.append("K") }  // "CK" is one K, written by the C
            case "P":
                if next == "H" {
                    key.append("F")
                    index += 1
                } else {
                    key.append("P")
                }
            case "Q": key.append("K")
            case "S":
                if next == "H" {
                    key.append("X")
                    index += 1
                } else if next == "I" && (at(2) == "O" || at(2) == "A") {
                    key.append("X")
                } else {
                    key.append("S")
                }
            case "T":
                if next == "I" && (at(2) == "O" || at(2) == "A") {
                    key.append("X")
                } else if next == "H" {
                    key.append("0")
                    index += 1
                } else if !(next == "C" && at(2) == "H") {
                    key.append("T")
                }
            case "V": key.append("F")
            case "W", "Y":
                if isVowel(next) { key.append(letter) }
            case "X": key += "KS"
            case "Z": key.append("S")
            default: key.append(letter)  // F, J, L, M, N, R
            }
            index += 1
        }
        return key
    }
}
