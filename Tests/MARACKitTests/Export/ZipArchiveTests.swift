import Foundation
import Testing

@testable import MARACKit

@Suite("ZIP archives") struct ZipArchiveTests {
    static func sample() throws -> [UInt8] {
        var zip = ZipArchive(day: Day(year: 2026, month: 11, day: 25))
        try zip.add("mimetype", bytes: Array("text/plain".utf8), method: .stored)
        try zip.add("big.txt", bytes: Array(String(repeating: "MARAC ", count: 10_000).utf8))
        try zip.add("empty.txt", bytes: [])
        try zip.add("dir/ünïcode.txt", bytes: Array("Arabic: تقييم".utf8))
        return try zip.finish()
    }

    @Test("Entries round-trip through the reader, in order, stored or deflated")
    func roundTrip() throws {
        let zip = try ZipReader(bytes: try Self.sample())
        #expect(zip.entries.map(\.name) == ["mimetype", "big.txt", "empty.txt", "dir/ünïcode.txt"])
        #expect(zip.entries.map(\.method) == [0, 8, 8, 8])
        #expect(try zip.read("mimetype") == Array("text/plain".utf8))
        #expect(try zip.read("big.txt") == Array(String(repeating: "MARAC ", count: 10_000).utf8))
        #expect(zip.entry("big.txt")!.compressedSize < 1_000)
        #expect(try zip.read("empty.txt") == [])
        #expect(try zip.read("dir/ünïcode.txt") == Array("Arabic: تقييم".utf8))
        #expect(throws: ExportError.entryNotFound(name: "absent")) { try zip.read("absent") }
    }

    @Test(
        "unzip and Python's zipfile read the archive",
        arguments: [("unzip", ["-t"]), ("python3", ["-m", "zipfile", "-t"])])
    func externalReaders(tool: String, arguments: [String]) throws {
        guard let path = ExportTestSupport.which(tool) else { return }
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFile.write(try Self.sample(), to: "\(directory)/sample.zip")
        let result = try ExportTestSupport.run(path, arguments + ["\(directory)/sample.zip"])
        #expect(result.status == 0, "\(result.output)")
        let listing = try ExportTestSupport.run(
            path,
            (tool == "unzip" ? ["-l"] : ["-m", "zipfile", "-l"]) + ["\(directory)/sample.zip"])
        #expect(listing.output.contains("big.txt") && listing.output.contains("mimetype"))
    }

    @Test("Bytes that are not a ZIP archive are refused")
    func notAZip() {
        #expect(throws: ExportError.notAZipArchive(path: "x")) {
            try ZipReader(bytes: Array("<office:document/>".utf8), path: "x")
        }
    }

    @Test("A damaged entry fails its CRC check")
    func corrupted() throws {
        var bytes = try Self.sample()
        bytes[30 + "mimetype".utf8.count] ^= 0xFF  // first byte of mimetype's stored data
        let zip = try ZipReader(bytes: bytes, path: "x")
        #expect(throws: ExportError.self) { try zip.read("mimetype") }
    }
}
