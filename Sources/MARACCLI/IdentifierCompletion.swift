import MARACKit

/// Completes the identifier a command expects next: a case reference after `case show`, a
/// meeting id after `agenda build`, an agency code after `--agency`, from the open database.
enum IdentifierCompletion {
    /// The kind of identifier that follows `words` (a whole command line so far), if any.
    static func kind(after words: [String], table: CommandTable) -> IdentifierKind? {
        guard let (command, rest) = try? table.lookup(words) else { return nil }
        let spec = command.spec
        if let last = rest.last, let option = spec.option(named: last),
            let value = option.placeholder
        {
            return kind(placeholder: value, command: command)
        }
        return positional(after: rest, spec: spec).flatMap {
            kind(placeholder: $0.name, command: command)
        }
    }

    /// The positional that the next word fills, after the words `rest` typed after the path.
    static func positional(after rest: [String], spec: UsageSpec) -> UsageSpec.Positional? {
        var index = 0
        var skipValue = false
        for word in rest {
            if skipValue {
                skipValue = false
            } else if let option = spec.option(named: word) {
                skipValue = option.takesValue
            } else {
                index += 1
            }
        }
        guard index < spec.positionals.count else { return spec.positionals.last { $0.repeats } }
        return spec.positionals[index]
    }

    private static func kind(placeholder: String, command: Command) -> IdentifierKind? {
        switch placeholder {
        case "REF": .caseReference
        case "MEETING", "M": .meeting
        case "CODE", "AGENCY": .agency
        case "REVIEW": .review
        case "ID":
            command.path.first == "dhr"
                ? .dhrAction : command.path.first == "action" ? .action : nil
        default: nil
        }
    }
}

extension REPL {
    /// Offers the identifiers of the session's database where a command expects one.
    func completeIdentifiers() {
        completions = { [unowned self] words in
            // Completing only reads: it never creates a database at a mistyped path.
            self.session.readOnlyLine = true
            // Nor does it enrol anyone: a name that is not a user of the database (or any
            // name on a database without users) completes nothing.
            guard let kind = IdentifierCompletion.kind(after: words, table: self.table),
                let workbench = try? self.session.workbench(),
                (try? workbench.currentUser()) ?? nil != nil
            else { return [] }
            return (try? workbench.identifiers(kind)) ?? []
        }
    }
}
