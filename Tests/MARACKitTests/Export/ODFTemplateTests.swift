import Foundation
import Testing

@testable import MARACKit

@Suite("ODF templates") struct ODFTemplateTests {
    static let templates = "\(ExportTestSupport.packageRoot)/Templates"
    static let libreOfficeTemplate =
        "\(ExportTestSupport.packageRoot)/Tests/MARACKitTests/Fixtures/libreoffice.ott"

    @Test("The embedded templates read as the shipped files do")
    func embeddedReadAsFiles() throws {
        for kind in [ODFTemplate.Kind.minutes, .actionPlan] {
            let file = try ODFTemplate(
                contentsOf: "\(Self.templates)/\(kind.defaultTemplateName).fott")
            let embedded = ODFTemplate.embedded(kind)
            #expect(file.styles == embedded.styles)
            #expect(file.automaticStyles == embedded.automaticStyles)
            #expect(file.masterStyles == embedded.masterStyles)
        }
    }

    @Test(
        "The loader uses the folder named, falls back by orientation, then to the embedded copy")
    func lookup() throws {
        let loader = TemplateLoader(directory: Self.templates)
        #expect(loader.path(for: .agenda) == "\(Self.templates)/minutes.fott")
        #expect(loader.path(for: .actionPlan) == "\(Self.templates)/action-plan.fott")
        #expect(TemplateLoader(directory: "/nonexistent").path(for: .minutes) == nil)
        #expect(
            try TemplateLoader(directory: nil).template(for: .minutes).source == "embedded:minutes")
        #expect(TemplateLoader.locateDirectory(environment: ["MARAC_TEMPLATES": "/t"]) == "/t")
        // Never the package's Templates/ beside the built tool, nor the current folder's.
        #expect(TemplateLoader.locateDirectory(environment: [:]) == nil)
        #expect(TemplateLoader.locateDirectory(environment: ["MARAC_TEMPLATES": ""]) == nil)
    }

    @Test("A template saved by LibreOffice is taken over without its extension markup")
    func libreOfficeTemplate() throws {
        let template = try ODFTemplate(contentsOf: Self.libreOfficeTemplate)
        #expect(template.removedForeignMarkup > 0)
        #expect(!template.masterStyles.isEmpty)
        let fodt = try FlatODFWriter(template: template).write(
            ExportTestSupport.adversarialDocument())
        #expect(!String(decoding: fodt, as: UTF8.self).contains("loext:"))
    }

    @Test(
        "Exports from a LibreOffice template and from one with a header picture pass odf-check",
        .enabled(if: ExportTestSupport.canCheckODF, "needs ../shared/tools/odf-check and jing"))
    func foreignTemplatesStayStrict() throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFile.write(try Self.templateWithPicture(), to: "\(directory)/logo.ott")
        var files: [String] = []
        for (name, path) in [("lo", Self.libreOfficeTemplate), ("logo", "\(directory)/logo.ott")] {
            let template = try ODFTemplate(contentsOf: path)
            let document = ExportTestSupport.adversarialDocument()
            try AtomicFile.write(
                try ODFPackageWriter(template: template).write(document),
                to: "\(directory)/\(name).odt")
            try AtomicFile.write(
                try FlatODFWriter(template: template).write(document),
                to: "\(directory)/\(name).fodt")
            files += ["\(directory)/\(name).odt", "\(directory)/\(name).fodt"]
        }
        let odt = try ZipReader(bytes: try Array(Data(contentsOf: URL(fileURLWithPath: files[2]))))
        #expect(odt.entry("Pictures/logo.png") != nil)
        let result = try ExportTestSupport.run(ExportTestSupport.odfCheck, ["--no-render"] + files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        "A file that is not an ODF text template is refused, naming the reason",
        arguments: [
            ("not-a-zip.ott", "not a template"),
            ("no-mimetype.ott", "zip:styles.xml"),
            ("no-styles.ott", "zip:mimetype=application/vnd.oasis.opendocument.text-template"),
            (
                "spreadsheet.ott",
                "zip:mimetype=application/vnd.oasis.opendocument.spreadsheet-template"
            ),
            ("wrong-root.fott", "<html/>"),
            ("malformed.fott", "<office:document"),
        ])
    func refused(name: String, content: String) throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/\(name)"
        if content.hasPrefix("zip:") {
            var zip = ZipArchive()
            let part = content.dropFirst(4).split(separator: "=", maxSplits: 1)
            try zip.add(String(part[0]), bytes: Array((part.count > 1 ? part[1] : "<x/>").utf8))
            try AtomicFile.write(try zip.finish(), to: path)
        } else {
            try AtomicFile.write(Array(content.utf8), to: path)
        }
        let expected: ExportError =
            switch name {
            case "not-a-zip.ott": .notAZipArchive(path: path)
            case "no-mimetype.ott": .templateMissingPart(path: path, part: "mimetype")
            case "no-styles.ott": .templateMissingPart(path: path, part: "styles.xml")
            case "spreadsheet.ott":
                .notATextTemplate(
                    path: path,
                    reason:
                        "its media type is application/vnd.oasis.opendocument.spreadsheet-template")
            case "wrong-root.fott":
                .notATextTemplate(
                    path: path, reason: "its root element is html, not office:document")
            default: .xmlMalformed(part: path, message: "")
            }
        do {
            _ = try ODFTemplate(contentsOf: path)
            Issue.record("\(name) was accepted")
        } catch let error as ExportError {
            if case .xmlMalformed = expected, case .xmlMalformed = error {
            } else {
                #expect(error == expected)
            }
            #expect(!error.description.isEmpty)
        }
        #expect(throws: ExportError.self) { try ODFTemplate(contentsOf: "\(directory)/absent.ott") }
    }

    /// A minimal `.ott` whose page header shows `Pictures/logo.png`.
    static func templateWithPicture() throws -> [UInt8] {
        let styles = """
            <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
            xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
            xmlns:xlink="http://www.w3.org/1999/xlink" \
            xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" \
            office:version="1.3"><office:master-styles><style:master-page style:name="Standard" \
            style:page-layout-name="MARAC_Page"><style:header><text:p loext:marker="x">\
            <draw:frame draw:name="Logo" text:anchor-type="as-char" svg:width="2cm" svg:height="1cm">\
            <draw:image xlink:href="Pictures/logo.png" xlink:type="simple" xlink:show="embed" \
            xlink:actuate="onLoad"/></draw:frame> {{marking}}<loext:foo/></text:p></style:header>\
            </style:master-page></office:master-styles></office:document-styles>
            """
        var zip = ZipArchive()
        try zip.add(
            "mimetype", bytes: Array("application/vnd.oasis.opendocument.text-template".utf8),
            method: .stored)
        try zip.add("styles.xml", bytes: Array(styles.utf8))
        try zip.add("Pictures/logo.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        return try zip.finish()
    }
}
