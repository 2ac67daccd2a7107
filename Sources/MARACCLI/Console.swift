#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and standard error, written with `write(2)` so nothing sits in a buffer when
/// the process exits or the line editor switches the terminal mode.
enum Console {
    /// Writes `text` to standard output.
    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error.
    static func error(_ text: String) { write(text, to: STDERR_FILENO) }

    /// Writes all of `text` to `descriptor`, retrying after short writes and interruptions.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(
                    descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // A closed pipe: nothing useful left to do with the text.
                }
                offset += written
            }
        }
    }

    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The reason for the last failed system call (`No such file or directory`).
    static func lastErrorDescription() -> String {
        String(cString: strerror(errno))
    }
}
