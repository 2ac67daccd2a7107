import Foundation
import Testing

@testable import MARACKit

@Suite("Atomic file writes") struct AtomicFileTests {
    @Test("A file is created with mode 0600 and replaced whole, leaving no temporary file")
    func writeAndReplace() throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/minutes.odt"
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("second".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["minutes.odt"])
    }

    @Test("Writing into a missing folder fails with a sentence naming the path")
    func missingFolder() {
        #expect(throws: ExportError.self) {
            try AtomicFile.write([1], to: "/nonexistent-folder/minutes.odt")
        }
    }
}
