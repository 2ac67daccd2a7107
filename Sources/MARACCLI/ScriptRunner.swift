#if canImport(Glibc)
    import Glibc
#endif

/// Runs commands one line at a time from a file (`marac -f FILE`) or from piped standard input,
/// stopping at the first error with `line N: error: ...` on standard error.
///
/// Blank lines and lines starting with `#` are skipped; `exit` or `quit` stop with success.
/// A script's standard error carries only its errors: no note that the database was created.
struct ScriptRunner {
    var session: Session
    var table: CommandTable = .all

    init(session: Session, table: CommandTable = .all) {
        self.session = session
        self.table = table
        session.cache.creationAnnounced = true
    }

    /// Runs the lines of the file at `path`; returns the exit status.
    mutating func run(path: String) -> Int32 {
        guard let file = fopen(path, "r") else {
            Console.error(
                Tool.describe(
                    CommandError.cannotOpen(path: path, reason: Console.lastErrorDescription())))
            return ExitCode.failure
        }
        defer { fclose(file) }
        return run(file: file)
    }

    /// Runs the lines of standard input; returns the exit status.
    mutating func runStandardInput() -> Int32 {
        guard let file = fdopen(dup(STDIN_FILENO), "r") else { return ExitCode.failure }
        defer { fclose(file) }
        return run(file: file)
    }

    /// Runs each line read with `getline(3)`, as it arrives, so a pipe works interactively too.
    private mutating func run(file: UnsafeMutablePointer<FILE>) -> Int32 {
        var storage: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(storage) }
        var number = 0
        while getline(&storage, &capacity, file) >= 0, let storage {
            number += 1
            let status = run(line: String(cString: storage), number: number)
            if let status { return status }
        }
        return ExitCode.success
    }

    /// Runs one line; returns an exit status to stop with, or `nil` to go on.
    mutating func run(line raw: String, number: Int) -> Int32? {
        var line = raw
        while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        if trimmed == "exit" || trimmed == "quit" { return ExitCode.success }
        do {
            let (words, spaces) = try Tokenizer.splitKeepingSpaces(line)
            if words.isEmpty { return nil }
            Console.out(
                try Tool.dispatch(
                    words, spaces: spaces, session: &session, table: table,
                    databaseMayChange: false))
            return nil
        } catch {
            Console.error(Tool.describe(error, input: line, prefix: "line \(number): "))
            return Tool.exitCode(for: error)
        }
    }
}
