#if canImport(Glibc)
    import Glibc
#endif

/// The terminal on standard input switched to raw mode for the line editor, and back.
///
/// The settings found on entry are kept in a process-wide slot so that a signal handler can put
/// them back (`SIGTERM`, `SIGHUP`) as well as every normal exit path.
enum Terminal {
    /// Switches standard input to raw mode for the line editor.
    ///
    /// No echo, no line buffering, no signals from ctrl-C, no output post-processing. Returns `false` when standard input is not a terminal.
    static func enterRawMode() -> Bool {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return false }
        saved.store(original)
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        installSignalHandlers()
        // TCSANOW: not TCSAFLUSH, which throws away what the user typed while the last command
        // ran, nor TCSADRAIN, which waits for a pseudo-terminal's reader to take the output.
        return tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0
    }

    /// Puts back the settings found by `enterRawMode`, if any.
    static func restore() {
        guard var original = saved.load() else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
    }

    /// The width of the terminal in columns, 80 when unknown.
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private static let saved = SavedSettings()

    private static func installSignalHandlers() {
        for signal in [SIGTERM, SIGHUP, SIGQUIT] {
            Glibc.signal(signal) { number in
                Terminal.restoreFromSignal()
                _exit(128 + number)
            }
        }
    }

    /// Only async-signal-safe calls: `tcsetattr` on a copy read without locking.
    private static func restoreFromSignal() {
        guard var original = saved.unsafeValue else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
    }
}

/// The terminal settings to restore; written once per raw-mode entry on the main thread.
private final class SavedSettings: @unchecked Sendable {
    // Touched only from the main thread and, read-only, from a signal handler.
    var unsafeValue: termios?

    func store(_ value: termios) { unsafeValue = value }
    func load() -> termios? { unsafeValue }
}
