import Foundation
import Testing

@testable import MARACKit

/// Encrypted exports through the built `marac`, checked as a recipient would: LibreOffice opens
/// the extract with the password and refuses it without; its content passes `odf-check`.
@Suite("Encrypted exports through the binary", .serialized)
struct EncryptedExportBinaryTests {
    static let today = "2026-12-02"
    static let password = "Tr0ub4dor & 3 — ünïcode"

    /// A demo area in a fresh folder, and a password file of mode 0600 beside it.
    static func demo() throws -> DocumentBinary {
        let binary = DocumentBinary()
        let result = try binary.run(["demo"], today: today)
        guard result.status == 0 else { throw DocumentBinary.Failure(message: result.stderr) }
        try writePasswordFile(binary.file("extract.pass"), password + "\n", mode: 0o600)
        return binary
    }

    static func writePasswordFile(_ path: String, _ text: String, mode: Int) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    /// The decrypted package of `name`, written beside it as `plain-NAME` for `odf-check`.
    static func decrypt(_ binary: DocumentBinary, _ name: String) throws -> ZipReader {
        let plain = try ODFPackageDecryptor(bytes: try binary.bytes(name))
            .decrypt(password: try DocumentPassword(password))
        try AtomicFile.write(plain, to: binary.file("plain-" + name))
        return try ZipReader(bytes: plain)
    }

    @Test(
        "Every export writing .odt takes --password-file; the content decrypts and passes odf-check"
    )
    func everyExport() throws {
        let binary = try Self.demo()
        let exports: [(String, [String])] = [
            ("extract.odt", ["export", "minutes", "1", "--agency", "POL"]),
            ("minutes.odt", ["export", "minutes", "1"]),
            ("status.odt", ["export", "action-status", "1"]),
            ("agenda.odt", ["export", "agenda", "2"]),
            ("plan.odt", ["export", "action-plan", "R1"]),
            ("progress.odt", ["export", "progress"]),
        ]
        for (name, command) in exports {
            let result = try binary.run(
                command + ["--to", name, "--password-file", "extract.pass", "--json"],
                today: Self.today)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains(#""encrypted": true"#), "\(command)")
            let sealed = try ZipReader(bytes: try binary.bytes(name))
            #expect(sealed.entries.first?.name == "mimetype")
            #expect(throws: (any Error).self) {
                _ = try XMLTree.parse(try sealed.read("content.xml"), part: "content.xml")
            }
            let plain = try Self.decrypt(binary, name)
            #expect(
                String(decoding: try plain.read("content.xml"), as: UTF8.self).contains(
                    "office:text"))
        }
        if ExportTestSupport.canCheckODF {
            let check = try binary.odfCheck(exports.map { "plain-" + $0.0 })
            #expect(check.status == 0, "\(check.output.suffix(3000))")
        }
        // The audit log says each was encrypted, and never holds the password.
        let log = try binary.run(["audit", "log"], today: Self.today)
        // Six exports and the demo's own extract.
        #expect(log.stdout.components(separatedBy: "exported as .odt, encrypted").count == 8)
        #expect(!log.stdout.contains("Tr0ub4dor"))
        let verify = try binary.run(["audit", "verify"], today: Self.today)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test("The demo writes one encrypted extract beside the database and its 0600 password file")
    func demoExtract() throws {
        let binary = try Self.demo()
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: binary.file("demo-extract.pass"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let password = try DocumentPassword(contentsOfFile: binary.file("demo-extract.pass"))
        let plain = try ZipReader(
            bytes: try ODFPackageDecryptor(bytes: try binary.bytes("demo-extract-POL.odt"))
                .decrypt(password: password))
        let content = String(decoding: try plain.read("content.xml"), as: UTF8.self)
        #expect(content.contains("actions for Demoshire Police (demo)"))
        let log = try binary.run(["audit", "log"], today: Self.today)
        #expect(log.stdout.contains("extract for POL exported as .odt, encrypted"))
    }

    @Test("A .fodt or .xml export with a password is refused: a clear error, nothing written")
    func flatRefused() throws {
        let binary = try Self.demo()
        let before = try binary.run(["audit", "log"], today: Self.today).stdout
        for name in ["extract.fodt", "extract.xml"] {
            for option in [["--password-file", "extract.pass"], ["--encrypt"]] {
                let result = try binary.run(
                    ["export", "minutes", "1", "--agency", "POL", "--to", name] + option,
                    today: Self.today)
                #expect(result.status != 0)
                #expect(result.stderr.contains("cannot be encrypted (only an .odt package can)"))
                #expect(!FileManager.default.fileExists(atPath: binary.file(name)))
            }
        }
        #expect(try binary.run(["audit", "log"], today: Self.today).stdout == before)
    }

    @Test(
        "A password file must be its owner's alone, non-empty, and is read to its first line",
        arguments: [
            (0o644, "secret\n", "has mode 0644; it must be readable by its owner only"),
            (0o640, "secret\n", "has mode 0640"),
            (0o600, "\nsecret\n", "holds an empty first line"),
            (0o600, "", "holds an empty first line"),
        ])
    func passwordFileRules(mode: Int, content: String, error: String) throws {
        let binary = try Self.demo()
        try Self.writePasswordFile(binary.file("bad.pass"), content, mode: mode)
        let result = try binary.run(
            ["export", "minutes", "1", "--to", "x.odt", "--password-file", "bad.pass"],
            today: Self.today)
        #expect(result.status == 1)
        #expect(result.stderr.contains(error), "\(result.stderr)")
        #expect(!result.stderr.contains("secret"))
        #expect(!FileManager.default.fileExists(atPath: binary.file("x.odt")))
    }

    @Test("Mode 0400 is accepted; a CRLF line ending and later lines are not the password")
    func passwordFileFirstLine() throws {
        let binary = try Self.demo()
        try Self.writePasswordFile(
            binary.file("crlf.pass"), Self.password + "\r\nsecond line\n", mode: 0o400)
        let result = try binary.run(
            ["export", "agenda", "2", "--to", "a.odt", "--password-file", "crlf.pass"],
            today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        _ = try Self.decrypt(binary, "a.odt")
        let missing = try binary.run(
            ["export", "agenda", "2", "--to", "b.odt", "--password-file", "absent.pass"],
            today: Self.today)
        #expect(missing.stderr.contains("cannot read the password file absent.pass"))
    }

    @Test("--encrypt from a script (no terminal) is refused, naming --password-file")
    func encryptNeedsTerminal() throws {
        let binary = try Self.demo()
        let result = try binary.run(
            script: "export minutes 1 --agency POL --to x.odt --encrypt\n", today: Self.today)
        #expect(result.status != 0)
        #expect(result.stderr.contains("there is none: use --password-file FILE"))
        #expect(!FileManager.default.fileExists(atPath: binary.file("x.odt")))
    }

    static let ptyDialogue =
        "\(ExportTestSupport.packageRoot)/Tests/MARACKitTests/Fixtures/pty-dialogue.py"

    /// `pty-dialogue.py steps -- marac --db DB --today TODAY arguments`, in the demo's folder.
    static func dialogue(_ binary: DocumentBinary, _ steps: [String], _ arguments: [String])
        throws -> (status: Int32, output: String)
    {
        try ExportTestSupport.run(
            "/usr/bin/env",
            ["MARAC_USER=coord", "python3", ptyDialogue] + steps + [
                "--", DocumentBinary.binary, "--db", binary.database, "--today", today,
            ] + arguments)
    }

    @Test(
        "In the REPL, --encrypt asks twice without echo; a mismatch writes nothing",
        .enabled(if: ExportTestSupport.which("python3") != nil, "python3 is not installed"))
    func replPrompt() throws {
        let binary = try Self.demo()
        let to = binary.file("typed.odt")
        let typed = try Self.dialogue(
            binary,
            [
                "marac> ", "export minutes 1 --agency POL --to \(to) --encrypt\\n",
                "password for the document: ", "typed secret\\n",
                "the same password again: ", "typed secret\\n",
                "extract written to", "exit\\n",
            ], [])
        #expect(typed.output.contains("extract written to"), "\(typed.output)")
        #expect(!typed.output.contains("typed secret"), "the password was echoed")
        let plain = try ODFPackageDecryptor(bytes: try binary.bytes("typed.odt"))
            .decrypt(password: try DocumentPassword("typed secret"))
        #expect(try ZipReader(bytes: plain).entry("content.xml") != nil)

        let mismatch = try Self.dialogue(
            binary,
            [
                "password for the document: ", "one\\n", "the same password again: ", "two\\n",
            ],
            ["export", "agenda", "2", "--to", binary.file("m.odt"), "--encrypt"])
        #expect(mismatch.status == 1, "\(mismatch.output)")
        #expect(mismatch.output.contains("the two passwords typed differ: nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: binary.file("m.odt")))
    }

    // MARK: - LibreOffice

    static let sofficeScript =
        "\(ExportTestSupport.packageRoot)/Tests/MARACKitTests/Fixtures/soffice-pdf-with-password.py"

    /// Whether LibreOffice and its Python-UNO bridge are installed.
    static let hasLibreOffice: Bool = {
        guard ExportTestSupport.which("soffice") != nil,
            let result = try? ExportTestSupport.run("/usr/bin/python3", ["-c", "import uno"])
        else { return false }
        return result.status == 0
    }()

    /// Set in CI (`.ci/run`): the LibreOffice tests fail rather than skip without it.
    static let libreOfficeRequired =
        ProcessInfo.processInfo.environment["MARAC_TEST_SOFFICE_REQUIRED"] == "1"

    @Test(
        "LibreOffice converts the encrypted extract to PDF with the password only",
        .enabled(
            if: hasLibreOffice || libreOfficeRequired,
            "soffice or python3-uno is not installed (MARAC_TEST_SOFFICE_REQUIRED=1 fails instead)"),
        .timeLimit(.minutes(5)))
    func libreOfficeNeedsPassword() throws {
        try #require(
            Self.hasLibreOffice,
            "MARAC_TEST_SOFFICE_REQUIRED=1 but soffice or python3-uno (/usr/bin/python3) is missing"
        )
        let binary = try Self.demo()
        let export = try binary.run(
            [
                "export", "minutes", "1", "--agency", "POL", "--to", "extract.odt",
                "--password-file", "extract.pass",
            ], today: Self.today)
        #expect(export.status == 0, "\(export.stderr)")
        func convert(_ pdf: String, _ passwordFile: String?) throws -> Int32 {
            try ExportTestSupport.run(
                "/usr/bin/python3",
                [Self.sofficeScript, binary.file("extract.odt"), binary.file(pdf)]
                    + (passwordFile.map { [binary.file($0)] } ?? [])
            ).status
        }
        #expect(try convert("with.pdf", "extract.pass") == 0)
        let text = try ExportTestSupport.run(
            "/usr/bin/env", ["pdftotext", binary.file("with.pdf"), "-"])
        #expect(
            text.output.contains("Demoshire MARAC: actions for Demoshire"),
            "\(text.output.prefix(500))")
        #expect(text.output.contains("OFFICIAL-SENSITIVE"))

        try Self.writePasswordFile(binary.file("wrong.pass"), "Tr0ub4dor & 3\n", mode: 0o600)
        #expect(try convert("wrong.pdf", "wrong.pass") == 3)
        #expect(!FileManager.default.fileExists(atPath: binary.file("wrong.pdf")))
        #expect(try convert("without.pdf", nil) == 3)
        #expect(!FileManager.default.fileExists(atPath: binary.file("without.pdf")))
    }
}
