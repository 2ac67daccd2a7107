import Testing

@testable import MARACCLI

@Suite("Tokenizer")
struct TokenizerTests {
    static let lines: [(String, [String])] = [
        ("action list --overdue", ["action", "list", "--overdue"]),
        ("  spaced \t out  ", ["spaced", "out"]),
        ("risk add MC-1 'threats to kill'", ["risk", "add", "MC-1", "threats to kill"]),
        (#"say "she said \"no\"""#, ["say", #"she said "no""#]),
        (#"say "back\\slash and \$HOME""#, ["say", #"back\slash and $HOME"#]),
        (#"say "keep \n as is""#, ["say", #"keep \n as is"#]),
        (#"say 'single \" stays'"#, ["say", #"single \" stays"#]),
        (#"O\'Brien a\ b"#, ["O'Brien", "a b"]),
        ("rep add --name ''", ["rep", "add", "--name", ""]),
        (
            "risk add C-000014 Perpetrator's brother made threats at the victim's workplace",
            [
                "risk", "add", "C-000014", "Perpetrator's", "brother", "made", "threats", "at",
                "the", "victim's", "workplace",
            ]
        ),
        ("note O'Brien don't 5\" a\"b", ["note", "O'Brien", "don't", "5\"", "a\"b"]),
        ("note 'don't panic' \"it's \\\"fine\\\"\"", ["note", "don't panic", #"it's "fine""#]),
        ("note the victims' car", ["note", "the", "victims'", "car"]),
        ("note 'home'. \"Safe\"), x", ["note", "home.", "Safe),", "x"]),
        ("note 'it'\\''s'", ["note", "it's"]),
        ("x --note='a b' --to=\"c d\" --k=v'w", ["x", "--note=a b", "--to=c d", "--k=v'w"]),
        (##"path C:\temp\new a\#b"##, ["path", #"C:\temp\new"#, "a#b"]),
        ("risk add C-1 see item #3", ["risk", "add", "C-1", "see", "item", "#3"]),
        ("#3 is a comment at the start", []),
        ("version # a comment", ["version"]),
        ("# all comment", []),
        ("tag a#b", ["tag", "a#b"]),
        ("note '#not a comment'", ["note", "#not a comment"]),
        ("emoji 'Zoë 👩‍👧'", ["emoji", "Zoë 👩‍👧"]),
        ("", []),
    ]

    @Test("Lines split into words as a shell would, quotes inside words kept", arguments: lines)
    func splits(line: String, words: [String]) throws {
        #expect(try Tokenizer.split(line) == words)
    }

    @Test(
        "An unterminated quote is reported at the column of the quote",
        arguments: [
            (#"version "abc"#, 9),
            ("x 'open", 3),
            ("half'quoted 'word", 13),
            (#""a" "b"#, 5),
            ("Zoë 'x", 5),
        ])
    func unterminatedQuote(line: String, column: Int) {
        #expect(throws: CommandError.unterminatedQuote(column: column)) {
            try Tokenizer.split(line)
        }
    }

    @Test("The whitespace typed before each word is kept beside the words")
    func spaces() throws {
        let (words, spaces) = try Tokenizer.splitKeepingSpaces(
            "risk add  C-1 made.  Police\tcalled 'a  b' # c")
        #expect(words == ["risk", "add", "C-1", "made.", "Police", "called", "a  b"])
        #expect(spaces == ["", " ", "  ", " ", "  ", "\t", " "])
        let arguments = try Arguments(
            parsing: Array(words.dropFirst(2)), spec: UsageSpec("risk add REF TEXT..."),
            spaces: Array(spaces.dropFirst(2)))
        #expect(try arguments.text("TEXT") == "made.  Police\tcalled a  b")
        let interleaved = try Tokenizer.splitKeepingSpaces("a add R  x  --due D  y")
        let parsed = try Arguments(
            parsing: Array(interleaved.words.dropFirst(2)),
            spec: UsageSpec("a add REF [--due D] TEXT..."),
            spaces: Array(interleaved.spaces.dropFirst(2)))
        #expect(try parsed.text("TEXT") == "x y", "words apart are joined by one space")
    }

    @Test("A quote starting an inner word of quoted text is refused at its column")
    func quoteInsideQuotes() {
        #expect(throws: CommandError.quoteInsideQuotes(column: 11)) {
            try Tokenizer.split(#"note "say "hi" now""#)
        }
    }

    @Test("The caret line points at the column under the input")
    func caret() {
        #expect(
            Tokenizer.caret(under: #"share x "abc"#, column: 9) == "  share x \"abc\n          ^")
    }

    @Test("Completion splitting keeps the partial word apart")
    func completionSplit() {
        #expect(Tokenizer.splitForCompletion("action li") == (["action"], "li"))
        #expect(Tokenizer.splitForCompletion("action ") == (["action"], ""))
        #expect(Tokenizer.splitForCompletion("risk add 'MC") == (["risk", "add"], "MC"))
        #expect(Tokenizer.splitForCompletion("") == ([], ""))
    }
}
