import MARACKit

/// An option `marac` accepts whatever the command, declared once: start-up parsing, each line's
/// parsing, `help`, the tool's usage line and completion all read `GlobalOption.all`.
///
/// Like swift-argument-parser's `@OptionGroup`, shared by every command without appearing in
/// each command's usage line.
struct GlobalOption: Sendable {
    /// Where the option may be given.
    enum Scope: Sendable {
        /// Before the command or on any line (`--json`, `--user`, `--db`, `--today`).
        case everyLine
        /// Only when `marac` starts (`-f FILE`, `--history FILE`).
        case startup
    }

    /// The option's names, the one shown in help first (`["-f", "--file"]`).
    var names: [String]
    /// The value's placeholder (`PATH`), or `nil` for a flag.
    var placeholder: String?
    /// The sentence `help` shows; `nil` hides the option (`--today` is for tests and demos).
    var help: String?
    var scope: Scope
    /// Stores the value given (`""` for a flag) in the options of this invocation.
    var apply: @Sendable (inout GlobalOptions, String) throws(CommandError) -> Void

    /// The name shown in help (`--db`).
    var name: String { names[0] }
    /// `--db PATH`, or `--json`.
    var synopsis: String { placeholder.map { "\(name) \($0)" } ?? name }
    /// The option as an element of a usage spec, so each line's parsing knows it.
    var specOption: UsageSpec.Option {
        UsageSpec.Option(name: name, placeholder: placeholder, isOptional: true)
    }

    /// Every global option, in the order help lists them.
    static let all: [GlobalOption] = [
        GlobalOption(
            names: ["--json"], placeholder: nil, help: "Print one JSON document instead of text.",
            scope: .everyLine
        ) { options, _ in options.json = true },
        GlobalOption(
            names: ["--db"], placeholder: "PATH|URI",
            help: "The SQLite file or postgresql:// URI (else MARAC_DB, else ./marac.sqlite).",
            scope: .everyLine
        ) { options, value in options.db = value },
        GlobalOption(
            names: ["--user"], placeholder: "NAME",
            help: "The acting user on a file (else MARAC_USER, login name); not on a server.",
            scope: .everyLine
        ) { options, value throws(CommandError) in
            guard !value.trimmingSpaces().isEmpty else {
                throw .invalidValue(
                    field: "--user", expected: "expected a name", got: value, usage: nil)
            }
            options.user = value
        },
        GlobalOption(names: ["--today"], placeholder: "YYYY-MM-DD", help: nil, scope: .everyLine) {
            options, value throws(CommandError) in
            options.today = try value.asDay(field: "--today")
        },
        GlobalOption(
            names: ["-f", "--file"], placeholder: "FILE",
            help: "Run the commands in FILE, stopping at the first error.", scope: .startup
        ) { options, value in options.script = value },
        GlobalOption(
            names: ["--policies"], placeholder: "DIR",
            help: "Use the policy files in DIR (else MARAC_POLICIES, else the built-in set).",
            scope: .startup
        ) { options, value throws(CommandError) in
            guard !value.isEmpty else {
                throw .invalidValue(
                    field: "--policies", expected: "expected a folder", got: value, usage: nil)
            }
            options.policies = value
        },
        GlobalOption(
            names: ["--history"], placeholder: "FILE",
            help: "Keep the REPL's history in FILE (mode 0600).", scope: .startup
        ) { options, value in options.history = value },
    ]

    /// The options a command line may carry after the command.
    static let everyLine = all.filter { $0.scope == .everyLine }

    /// The global option called `name` (any of its names).
    static func named(_ name: String) -> GlobalOption? {
        all.first { $0.names.contains(name) }
    }
}

/// The global options as given on one invocation or line.
struct GlobalOptions: Equatable, Sendable {
    /// `--json`: print one JSON document instead of text.
    var json = false
    /// `--db PATH`.
    var db: String?
    /// `--user NAME`.
    var user: String?
    /// `--today YYYY-MM-DD` (hidden; for tests and demos).
    var today: Day?
    /// `-f FILE`: run FILE as a script (start-up only).
    var script: String?
    /// `--history FILE`: keep the REPL history in FILE (start-up only).
    var history: String?
    /// `--policies DIR`: the folder of policy files in force (start-up only).
    var policies: String?

    init(
        json: Bool = false, db: String? = nil, user: String? = nil, today: Day? = nil,
        script: String? = nil, history: String? = nil, policies: String? = nil
    ) {
        self.json = json
        self.db = db
        self.user = user
        self.today = today
        self.script = script
        self.history = history
        self.policies = policies
    }

    /// The global options found in parsed `arguments`, each read through its declaration.
    init(_ arguments: Arguments) throws(CommandError) {
        for option in GlobalOption.everyLine {
            guard let value = arguments.globalValue(option.name) else { continue }
            do {
                try option.apply(&self, value)
            } catch {
                throw error.withUsage(arguments.usage)
            }
        }
    }
}

extension CommandError {
    /// This error with `usage` under it, when it is about a value.
    func withUsage(_ usage: String) -> CommandError {
        switch self {
        case .invalidValue(let field, let expected, let got, nil):
            .invalidValue(field: field, expected: expected, got: got, usage: usage)
        case .invalidDay(let field, let value, let reason, nil):
            .invalidDay(field: field, value: value, reason: reason, usage: usage)
        default: self
        }
    }
}
