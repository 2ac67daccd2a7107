import Foundation
import Testing

/// `export minutes` and `export agenda`, run through the built `marac` as a user would.
@Suite("The export commands")
struct ExportCommandTests {
    /// A fresh private folder, removed afterwards by the caller.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "marac-export-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test(
        "export minutes writes a 0600 file in the format of its extension; others are refused",
        arguments: Backend.all)
    func exportMinutes(backend: Backend) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = try BinaryDatabase(backend)
        let db = backend == .sqlite ? "\(folder)/marac.sqlite" : database.location
        let script = """
            agency add POL --name Police --sector police --public-authority --competent-authority
            agency add IDVA --name "IDVA service" --sector voluntary
            case refer --victim "Zephyrine Quillfeather" --dob 1990-01-01 --by POL --date 2026-11-01 --dash 15
            meeting new --date 2026-11-25 --area default --chair "DI Chair"
            agenda build 1
            action add C-000001 --agency POL --due 2026-12-01 --meeting 1 Fit a panic alarm
            action add C-000001 --agency IDVA --due 2026-12-02 --meeting 1 Agree a safety plan
            export minutes 1 --to \(folder)/minutes.odt
            export minutes 1 --to \(folder)/police.xml --agency POL --marking OFFICIAL
            export agenda 1 --to \(folder)/agenda.fodt

            """
        let result = try BinaryTests.run(
            ["--db", db, "--today", "2026-11-25"], input: script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("minutes written to \(folder)/minutes.odt: 1 cases, 2 actions"))
        #expect(
            result.stdout.contains("extract written to \(folder)/police.xml: 1 cases, 1 actions"))
        #expect(result.stdout.contains("agenda written to \(folder)/agenda.fodt: 1 cases"))
        for name in ["minutes.odt", "police.xml", "agenda.fodt"] {
            #expect(try Self.mode("\(folder)/\(name)") == 0o600, "\(name)")
        }
        let odt = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/minutes.odt"))
        #expect(odt.starts(with: Array("PK".utf8)))
        let xml = try String(contentsOfFile: "\(folder)/police.xml", encoding: .utf8)
        #expect(
            xml.contains(
                "<minutes xmlns=\"urn:marac-workbench:documents:1\" version=\"1\" marking=\"OFFICIAL\""
            ))
        #expect(xml.contains("extract-for=\"POL\"") && xml.contains("Fit a panic alarm"))
        #expect(!xml.contains("Agree a safety plan") && !xml.contains("Quillfeather"))
        let flat = try String(contentsOfFile: "\(folder)/agenda.fodt", encoding: .utf8)
        #expect(flat.contains("office:mimetype=\"application/vnd.oasis.opendocument.text\""))

        let refused = try BinaryTests.run(
            ["--db", db, "export", "minutes", "1", "--to", "\(folder)/m.pdf"])
        #expect(refused.status != 0)
        #expect(
            refused.stderr.hasPrefix(
                "error: --to must name a file ending in .odt, .fodt or .xml, not .pdf"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/m.pdf"))

        let json = try BinaryTests.run(
            [
                "--db", db, "--json", "export", "agenda", "1", "--to",
                "\(folder)/a.xml",
            ])
        #expect(json.stdout.contains("\"format\": \"xml\""))
    }
}
