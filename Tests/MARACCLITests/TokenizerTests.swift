import Testing

@testable import MARACCLI

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(
        "Lines split into words as a shell would",
        arguments: [
            ("action list --overdue", ["action", "list", "--overdue"]),
            ("  spaced \t out  ", ["spaced", "out"]),
            ("risk add MC-1 'threats to kill'", ["risk", "add", "MC-1", "threats to kill"]),
            (#"say "she said \"no\"""#, ["say", #"she said "no""#]),
            (#"say "back\\slash and \$HOME""#, ["say", #"back\slash and $HOME"#]),
            (#"say "keep \n as is""#, ["say", #"keep \n as is"#]),
            (#"say 'single \" stays'"#, ["say", #"single \" stays"#]),
            (#"O\'Brien a\ b"#, ["O'Brien", "a b"]),
            ("rep add --name ''", ["rep", "add", "--name", ""]),
            ("half'quoted 'word", ["halfquoted word"]),
            ("version # a comment", ["version"]),
            ("# all comment", []),
            ("tag a#b", ["tag", "a#b"]),
            ("note '#not a comment'", ["note", "#not a comment"]),
            ("emoji 'Zoë 👩‍👧'", ["emoji", "Zoë 👩‍👧"]),
            ("", []),
        ])
    func splits(line: String, words: [String]) throws {
        #expect(try Tokenizer.split(line) == words)
    }

    @Test(
        "An unterminated quote is reported at the column of the quote",
        arguments: [
            (#"version "abc"#, 9),
            ("x 'open", 3),
            (#""a" "b"#, 5),
            ("Zoë 'x", 5),
        ])
    func unterminatedQuote(line: String, column: Int) {
        #expect(throws: CommandError.unterminatedQuote(column: column)) {
            try Tokenizer.split(line)
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
