import MARACKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `demo`: a fictional area to explore every feature in a minute.
enum DemoCommands {
    static let commands: [Command] = [
        Command(
            path: ["demo"],
            operation: .demo,
            abstract: "Build a clearly fictional demo area in the database and say what to try.",
            usage: "demo",
            discussion: """
                Agencies, a dozen referrals (repeats among them, one refused then overridden), a \
                held meeting with attendance, risks and actions (some overdue), and the next \
                meeting's agenda. It also writes, beside the database file (for a server, in the current folder), the police's \
                extract of the held meeting encrypted (demo-extract-POL.odt) and its password \
                file (demo-extract.pass, mode 0600), as an extract is sent: the document by \
                e-mail, the password by another channel. Running it again leaves the demo as it \
                is.
                """
        ) { session, _ in
            var built = try session.workbench().buildDemo()
            if !built.alreadyLoaded {
                if let step = try writeDemoDisclosure(session.workbench(), database: session.dbPath)
                {
                    built.steps.append(step)
                }
                // Beside a database file; for a server (or :memory:), in the current folder.
                var beside = "./marac"
                if case .file(let path) = DatabaseLocation(session.dbPath), path != ":memory:" {
                    beside = path
                }
                built.steps.append(try encryptedExtract(session: &session, beside: beside))
            }
            // The hints name the database as shown (a server's password left out).
            let database = DatabaseLocation(session.dbPath).displayName
            built.tryNext = built.tryNext.map { hint(for: $0, database: database) }
            let report = built
            var lines: [String] = []
            if report.alreadyLoaded {
                lines.append("The demo area is already in \(database).")
            } else {
                lines.append("Built the fictional Demoshire MARAC in \(database):")
                lines += report.steps.map { "  - " + $0 }
            }
            lines.append("")
            lines.append("Try next:")
            lines += report.tryNext.map { "  " + $0 }
            return Output(text: lines.joined(separator: "\n"), json: JSONValue(encoding: report))
        }
    ]

    /// Writes the subject access bundle of the demo's repeat victim (`demo-disclosure-REF.odt`)
    /// beside a database file, or on a server (whose database has no folder) in the temporary
    /// directory, and says where.
    static func writeDemoDisclosure(_ workbench: Workbench, database: String) throws -> String? {
        guard let reference = try workbench.cases(repeatOnly: true).first?.reference else {
            return nil
        }
        let folder: String
        if case .file(let path) = DatabaseLocation(database) {
            folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        } else {
            let temporary = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
            folder = temporary.hasSuffix("/") ? temporary : temporary + "/"
        }
        let file = folder + "demo-disclosure-\(reference).odt"
        let receipt = try workbench.exportDisclosure(
            case: reference, to: file, exporter: DocumentExporter())
        return "wrote the subject access bundle of the victim of \(reference) (every case of "
            + "hers, \(receipt.cases) in all) to \(file), third-party items marked for review"
    }

    /// Writes the police's extract of the demo's held meeting, encrypted with a random
    /// password kept in a 0600 file, into the database's folder; the step as printed.
    static func encryptedExtract(session: inout Session, beside database: String) throws
        -> String
    {
        let folder = database.contains("/") ? String(database[...database.lastIndex(of: "/")!]) : ""
        let passwordFile = folder + "demo-extract.pass"
        let extract = folder + "demo-extract-POL.odt"
        // 18 random bytes as 36 hexadecimal digits: a password no one has to remember.
        let password = try RandomBytes.generate(18).map { byte in
            let digits = Array("0123456789abcdef")
            return "\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0f)])"
        }.joined()
        try AtomicFile.write(Array((password + "\n").utf8), to: passwordFile)
        let workbench = try session.workbench()
        guard let held = try workbench.meetings().first(where: \.isClosed) else {
            return "no held meeting to extract"
        }
        let receipt = try workbench.exportMinutes(
            meeting: held.id, agency: "POL", to: extract,
            exporter: DocumentExporter(
                templates: TemplateLoader(directory: TemplateLoader.locateDirectory()),
                password: try DocumentPassword(contentsOfFile: passwordFile)))
        return "wrote the police's extract of meeting \(held.id) encrypted to \(receipt.path) "
            + "(\(receipt.bytes) bytes); its password is in \(passwordFile) (mode 0600): send the "
            + "document by e-mail and the password by another channel"
    }

    /// A "try next" command line that runs on `database`: `marac --db PATH ...` unless it is
    /// the default database, so that running it as printed reads the demo just built.
    static func hint(for line: String, database: String) -> String {
        guard database != Session.defaultDatabasePath, line.hasPrefix("marac ") else {
            return line
        }
        return "marac --db \(shellQuoted(database)) " + line.dropFirst("marac ".count)
    }
}
