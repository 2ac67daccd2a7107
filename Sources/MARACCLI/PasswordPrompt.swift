import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// Asks for a document password on the terminal with echo off (`--encrypt` without
/// `--password-file`), twice, so a typing slip cannot lock the recipient out.
///
/// The prompts go to standard error, so `--json` output stays one document. Without a terminal
/// on standard input (a script, a pipe) it refuses rather than read a password from the data.
enum PasswordPrompt {
    /// The password typed, the same both times.
    static func ask() throws -> DocumentPassword {
        guard Console.isTerminal(STDIN_FILENO) else { throw DocumentPasswordError.noTerminal }
        let first = try readHidden("password for the document: ")
        let second = try readHidden("the same password again: ")
        guard first == second else { throw DocumentPasswordError.mismatch }
        return try DocumentPassword(first)
    }

    /// One line read with echo off; the terminal's settings are put back whatever happens.
    private static func readHidden(_ prompt: String) throws -> String {
        Console.error(prompt)
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw DocumentPasswordError.noTerminal
        }
        var hidden = original
        hidden.c_lflag &= ~tcflag_t(ECHO)
        hidden.c_lflag |= tcflag_t(ICANON | ECHONL)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw DocumentPasswordError.empty(source: "the password")
        }
        return line
    }
}
