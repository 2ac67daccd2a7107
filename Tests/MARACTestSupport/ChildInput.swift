public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension Pipe {
    /// Writes `text` to a child process's standard input through this pipe, then closes it.
    ///
    /// A child may exit before it has read everything (a script stops at its first error), and
    /// that closes the pipe. The rest of the text is then not wanted, so the broken pipe is
    /// ignored instead of letting SIGPIPE end the whole test process.
    public func feed(_ text: String) {
        _ = Self.brokenPipesIgnored
        try? fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? fileHandleForWriting.close()
    }

    /// Set once: a write to a closed pipe fails with EPIPE instead of raising SIGPIPE.
    private static let brokenPipesIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}
