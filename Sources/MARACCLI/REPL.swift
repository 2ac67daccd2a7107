/// The interactive loop: a `marac> ` prompt, the line editor, each line run as a command.
///
/// Errors are printed and the loop goes on. `exit`, `quit` or ctrl-D leave.
final class REPL {
    /// The state shared by every line; per-line options are undone after each line.
    var session: Session
    /// The commands offered and completed.
    let table: CommandTable
    /// Extension point for completing ids: the values that may follow the finished `words`.
    ///
    /// Case references, meeting ids... The REPL filters them by the partial word, and asks only
    /// when the command table has no completion of its own.
    var completions: (_ words: [String]) -> [String] = { _ in [] }

    private let editor: LineEditor

    init(session: Session, table: CommandTable = .all) {
        self.session = session
        self.table = table
        editor = LineEditor(prompt: "marac> ", complete: { _, _ in [] })
        editor.complete = { [unowned self] words, partial in
            let names = self.table.completions(words: words, partial: partial)
            if !names.isEmpty { return names }
            return self.completions(words).filter { $0.hasPrefix(partial) }
        }
    }

    /// Appends entered lines to `path` (mode 0600); without it history stays in memory.
    func keepHistory(in path: String) throws(CommandError) {
        try editor.keepHistory(in: path)
    }

    /// Runs until `exit`, `quit` or end of input; returns the exit status (always 0).
    func run() -> Int32 {
        Console.out("MARAC & DHR workbench. Type 'help' for commands, 'exit' to leave.\n")
        while let line = editor.readLine() {
            editor.addToHistory(line)
            let trimmed = line.trimmingSpaces()
            if trimmed == "exit" || trimmed == "quit" { break }
            do {
                let (words, spaces) = try Tokenizer.splitKeepingSpaces(line)
                if words.isEmpty { continue }
                let output = try Tool.dispatch(
                    words, spaces: spaces, session: &session, table: table,
                    databaseMayChange: false)
                Console.out(output)
            } catch {
                Console.error(Tool.describe(error, input: line))
            }
        }
        return ExitCode.success
    }
}
