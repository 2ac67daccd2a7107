import Foundation
import Testing

@testable import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17, item 6: hostile templates are refused at once.
///
/// A 1.8 MB `.ott` holding thirty zero-filled 60 MiB pictures made an export run 43 s and
/// write 1.9 GB; a picture named `Pictures/../../../../tmp/x.png` was copied verbatim.
@Suite("Faults: templates within limits")
struct TemplateFaultTests {
    /// One entry of a hand-made ZIP: its name and its deflated bytes, CRC and size.
    struct RawEntry {
        var name: String
        var deflated: [UInt8]
        var crc: UInt32
        var size: Int
    }

    /// A ZIP archive of `entries` (method 8), written byte by byte as `ZipReader` reads them.
    static func zip(_ entries: [RawEntry]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: Int, _ into: inout [UInt8]) {
            into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
        }
        func u32(_ value: Int, _ into: inout [UInt8]) {
            into += (0..<4).map { UInt8(value >> ($0 * 8) & 0xFF) }
        }
        for entry in entries {
            let offset = out.count
            let name = Array(entry.name.utf8)
            u32(0x0403_4b50, &out)
            u16(20, &out)
            u16(0, &out)
            u16(8, &out)
            u32(0, &out)
            u32(Int(entry.crc), &out)
            u32(entry.deflated.count, &out)
            u32(entry.size, &out)
            u16(name.count, &out)
            u16(0, &out)
            out += name + entry.deflated
            u32(0x0201_4b50, &central)
            u16(20, &central)
            u16(20, &central)
            u16(0, &central)
            u16(8, &central)
            u32(0, &central)
            u32(Int(entry.crc), &central)
            u32(entry.deflated.count, &central)
            u32(entry.size, &central)
            u16(name.count, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u32(0, &central)
            u32(offset, &central)
            central += name
        }
        let directoryOffset = out.count
        out += central
        u32(0x0605_4b50, &out)
        u16(0, &out)
        u16(0, &out)
        u16(entries.count, &out)
        u16(entries.count, &out)
        u32(central.count, &out)
        u32(directoryOffset, &out)
        u16(0, &out)
        return out
    }

    /// An entry holding `bytes`, deflated with zlib.
    static func entry(_ name: String, _ bytes: [UInt8]) throws -> RawEntry {
        RawEntry(
            name: name, deflated: try Deflate.compress(bytes), crc: Deflate.crc32(bytes),
            size: bytes.count)
    }

    /// The parts of a real template: `mimetype` and the shipped minutes' `styles.xml`.
    static func templateParts() throws -> [RawEntry] {
        let styles = try ZipReader(
            bytes: ODFPackageWriter(template: .embedded(.minutes)).write(
                ODFDocument(
                    title: "t", marking: "OFFICIAL", orientation: .portrait, created: Date()))
        )
        .read("styles.xml")
        return [
            try entry("mimetype", Array("application/vnd.oasis.opendocument.text-template".utf8)),
            try entry("styles.xml", styles),
        ]
    }

    @Test(
        "The hostile template (thirty zero-filled 60 MiB pictures in 1.8 MB) is refused within a second"
    )
    func zipBombRefused() throws {
        let zeros = [UInt8](repeating: 0, count: 60 << 20)
        let picture = try Self.entry("Pictures/0.png", zeros)
        var entries = try Self.templateParts()
        for index in 0..<30 {
            var copy = picture
            copy.name = "Pictures/\(index).png"
            entries.append(copy)
        }
        let bytes = Self.zip(entries)
        #expect(bytes.count > 1_500_000 && bytes.count < 2_500_000, "about 1.8 MB: \(bytes.count)")
        let directory = TemporaryDirectory()
        let path = directory.file("minutes.ott")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let start = Date()
        #expect {
            _ = try ODFTemplate(contentsOf: path)
        } throws: { error in
            guard case ExportError.archiveOverLimit = error else { return false }
            return "\(error)".contains("more than 32 MiB")
        }
        #expect(Date().timeIntervalSince(start) < 1)

        // Through the tool: the export is refused at once and writes nothing.
        let test = try TestWorkbench()
        try test.refer(on: "2026-11-01")
        _ = try test.workbench.newMeeting(date: day("2026-11-25"), area: "default")
        let target = directory.file("out.odt")
        let exportStart = Date()
        #expect(throws: ExportError.self) {
            try test.workbench.exportMinutes(
                meeting: 1, to: target,
                exporter: DocumentExporter(templates: TemplateLoader(directory: directory.path)))
        }
        #expect(Date().timeIntervalSince(exportStart) < 1)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try test.workbench.auditLog().allSatisfy { !$0.summary.contains("exported") })
    }

    @Test(
        "Entry names that climb out of the package are refused",
        arguments: [
            "Pictures/../../../../tmp/x.png", "/etc/x.png", "Pictures\\..\\x.png",
            "../styles.xml", "C:/x.png",
        ])
    func climbingNamesRefused(name: String) throws {
        let entries = try Self.templateParts() + [try Self.entry(name, Array("png".utf8))]
        #expect {
            _ = try ODFTemplate(package: Self.zip(entries), path: "hostile.ott")
        } throws: { error in
            guard case ExportError.unsafeEntryName = error else { return false }
            return true
        }
    }

    @Test("Entry names are normalised: `./` steps and doubled slashes go")
    func namesNormalised() throws {
        #expect(ZipReader.normalised("Pictures/./logo.png") == "Pictures/logo.png")
        #expect(ZipReader.normalised("Pictures//logo.png") == "Pictures/logo.png")
        #expect(ZipReader.normalised("META-INF/") == "META-INF/")
        #expect(ZipReader.normalised("Pictures/../x.png") == nil)
    }

    @Test("An archive of more entries than a template needs is refused")
    func tooManyEntries() throws {
        let one = try Self.entry("Pictures/a.png", [1])
        var entries = try Self.templateParts()
        for index in 0...ZipReader.maximumEntryCount {
            var copy = one
            copy.name = "Pictures/\(index).png"
            entries.append(copy)
        }
        #expect(throws: ExportError.self) {
            _ = try ZipReader(bytes: Self.zip(entries), path: "many.ott")
        }
    }
}
