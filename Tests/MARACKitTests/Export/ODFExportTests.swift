import Foundation
import Testing

@testable import MARACKit

@Suite("ODF export") struct ODFExportTests {
    @Test("The package starts with a stored mimetype and lists every part in its manifest")
    func packageLayout() throws {
        let odt = try ODFPackageWriter(template: .embedded(.minutes))
            .write(ExportTestSupport.adversarialDocument())
        let zip = try ZipReader(bytes: odt)
        #expect(zip.entries.first?.name == "mimetype")
        #expect(zip.entries.first?.method == 0)
        #expect(Array(odt[28..<30]) == [0, 0])  // no extra field on the first local header
        #expect(Array(odt[30..<38]) == Array("mimetype".utf8))
        #expect(String(decoding: try zip.read("mimetype"), as: UTF8.self) == ODFParts.mediaType)
        let manifest = try XMLTree.parse(try zip.read("META-INF/manifest.xml"), part: "manifest")
        let paths = manifest.elements.compactMap {
            $0.attribute(ODFNamespace.manifest, "full-path")
        }
        #expect(paths == ["/", "content.xml", "styles.xml", "meta.xml"])
        #expect(
            Set(zip.entries.map(\.name))
                == Set(paths.dropFirst() + ["mimetype", "META-INF/manifest.xml"]))
    }

    @Test("Metadata names the tool and the title, and no person")
    func metadata() throws {
        let odt = try ODFPackageWriter(template: .embedded(.minutes))
            .write(ODFDocument(title: "Agenda", created: Date(timeIntervalSince1970: 0)))
        let meta = String(decoding: try ZipReader(bytes: odt).read("meta.xml"), as: UTF8.self)
        #expect(meta.contains("<meta:generator>MARAC workbench</meta:generator>"))
        #expect(meta.contains("<dc:title>Agenda</dc:title>"))
        #expect(meta.contains("<meta:creation-date>1970-01-01T00:00:00Z</meta:creation-date>"))
        #expect(!meta.contains("initial-creator") && !meta.contains("dc:creator"))
    }

    @Test("The marking and organisation reach the header and footer, escaped")
    func marking() throws {
        let document = ExportTestSupport.adversarialDocument()
        let odt = try ODFPackageWriter(template: .embedded(.minutes)).write(document)
        let styles = String(decoding: try ZipReader(bytes: odt).read("styles.xml"), as: UTF8.self)
        #expect(styles.contains("OFFICIAL-SENSITIVE &lt;b&gt;&amp;amp;&lt;/b&gt;</text:p>"))
        #expect(styles.contains("Anytown &amp; District MARAC<text:tab/>"))
        #expect(styles.contains("<text:page-number"))
        #expect(!styles.contains("{{"))
    }

    @Test("Whitespace in user text survives as ODF line breaks, tabs and spaces")
    func whitespace() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("text:p")
        try ODFText.write("  a\tb\r\nc   d", to: writer)
        try writer.endElement()
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(
            xml.hasSuffix(
                "<text:p><text:s text:c=\"2\"/>a<text:tab/>b<text:line-break/>c <text:s text:c=\"2\"/>d</text:p>\n"
            ))
    }

    @Test("Landscape documents use the landscape page layout")
    func landscape() throws {
        var document = ExportTestSupport.adversarialDocument(orientation: .landscape)
        document.blocks = [
            .table(columns: ["Recommendation", "Action"], rows: [["1", "Train staff"]])
        ]
        let fodt = try FlatODFWriter(template: .embedded(.actionPlan)).write(document)
        let xml = String(decoding: fodt, as: UTF8.self)
        #expect(xml.contains("style:print-orientation=\"landscape\""))
        #expect(xml.contains("office:mimetype=\"application/vnd.oasis.opendocument.text\""))
    }

    @Test(
        ".odt and .fodt with adversarial text pass odf-check (strict ODF 1.3)",
        .enabled(if: ExportTestSupport.canCheckODF, "needs ../shared/tools/odf-check and jing"),
        arguments: [ODFDocument.Orientation.portrait, .landscape])
    func odfCheck(orientation: ODFDocument.Orientation) throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let document = ExportTestSupport.adversarialDocument(orientation: orientation)
        let kind: ODFTemplate.Kind = orientation == .landscape ? .actionPlan : .minutes
        let template = try TemplateLoader(directory: "\(ExportTestSupport.packageRoot)/Templates")
            .template(for: kind)
        let odt = "\(directory)/\(kind.rawValue).odt"
        let fodt = "\(directory)/\(kind.rawValue).fodt"
        try AtomicFile.write(try ODFPackageWriter(template: template).write(document), to: odt)
        try AtomicFile.write(try FlatODFWriter(template: template).write(document), to: fodt)
        if let keep = ProcessInfo.processInfo.environment["MARAC_KEEP_EXPORTS"] {
            // For looking at the output: MARAC_KEEP_EXPORTS=/tmp/x swift test, then odf-check --png.
            for file in [odt, fodt] {
                try? FileManager.default.removeItem(
                    atPath: keep + "/" + AtomicFile.fileName(of: file))
                try FileManager.default.copyItem(
                    atPath: file, toPath: keep + "/" + AtomicFile.fileName(of: file))
            }
        }
        let result = try ExportTestSupport.run(
            ExportTestSupport.odfCheck, ["--no-render", odt, fodt])
        #expect(result.status == 0, "\(result.output)")
    }
}
