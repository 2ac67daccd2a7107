import Foundation
import Testing

@testable import MARACKit

/// ODF package encryption as the ODF 1.2/1.3 packages part specifies and LibreOffice writes
/// it, read back with `ODFPackageDecryptor`, and a package LibreOffice encrypted read by it.
@Suite("ODF package encryption")
struct ODFEncryptionTests {
    static let password = try! DocumentPassword("correct horse battery staple")

    static func manifest(_ zip: ZipReader) throws -> String {
        String(decoding: try zip.read("META-INF/manifest.xml"), as: UTF8.self)
    }

    @Test("mimetype comes first, stored and clear; every other part is encrypted and stored")
    func layout() throws {
        let template = try ODFTemplate(
            package: ODFTemplateTests.templateWithPicture(), path: "logo.ott")
        let writer = ODFPackageWriter(template: template)
        let document = ExportTestSupport.adversarialDocument()
        let zip = try ZipReader(bytes: try writer.write(document, password: Self.password))
        #expect(
            zip.entries.map(\.name)
                == [
                    "mimetype", "content.xml", "styles.xml", "meta.xml", "Pictures/logo.png",
                    "META-INF/manifest.xml",
                ])
        #expect(zip.entries[0].method == 0)
        #expect(try zip.read("mimetype") == Array("application/vnd.oasis.opendocument.text".utf8))
        #expect(zip.entry("Thumbnails/thumbnail.png") == nil)
        let manifest = try Self.manifest(zip)
        #expect(manifest.hasPrefix("<?xml"))
        for name in ["content.xml", "styles.xml", "meta.xml", "Pictures/logo.png"] {
            let entry = try #require(zip.entry(name))
            #expect(entry.method == 0, "\(name) is stored")
            #expect(entry.compressedSize % 16 == 0, "\(name) is whole AES blocks")
            let sealed = try zip.read(name)
            #expect(!String(decoding: sealed, as: UTF8.self).contains("office:"), "\(name)")
        }
        // One encryption-data per encrypted part, with ODF 1.2's names, as LibreOffice writes.
        #expect(manifest.components(separatedBy: "<manifest:encryption-data").count == 5)
        for text in [
            #"manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k""#,
            #"manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc""#,
            #"manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32""#,
            #"manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000""#,
        ] {
            #expect(manifest.components(separatedBy: text).count == 5, "\(text)")
        }
        let content = try writer.write(document)
        let plainSize = try ZipReader(bytes: content).entry("content.xml")!.size
        #expect(
            manifest.contains(
                #"manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="\#(plainSize)""#
            ))
        // The password appears nowhere, nor its SHA-256.
        let bytes = try writer.write(document, password: Self.password)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("correct horse"))
        #expect(!text.contains(Data(SHA256.digest(Self.password.utf8)).base64EncodedString()))
    }

    @Test("Each part has its own random salt and IV; two exports of one document differ")
    func freshSaltsAndVectors() throws {
        let writer = ODFPackageWriter(
            template: try TemplateLoader(directory: nil).template(for: .minutes))
        let document = ExportTestSupport.adversarialDocument()
        let first = try Self.manifest(
            ZipReader(bytes: try writer.write(document, password: Self.password)))
        let second = try Self.manifest(
            ZipReader(bytes: try writer.write(document, password: Self.password)))
        func values(_ attribute: String, _ manifest: String) -> [String] {
            manifest.matches(of: try! Regex("\(attribute)=\"([^\"]+)\"")).map {
                String($0.output[1].substring!)
            }
        }
        for attribute in ["manifest:salt", "manifest:initialisation-vector"] {
            let all = values(attribute, first) + values(attribute, second)
            #expect(all.count == 6)
            #expect(Set(all).count == 6, "\(attribute) repeats")
            #expect(all.allSatisfy { Data(base64Encoded: $0)?.count == 16 })
        }
    }

    @Test("Decrypting gives back exactly the parts of the unencrypted package")
    func roundTrip() throws {
        let template = try ODFTemplate(
            package: ODFTemplateTests.templateWithPicture(), path: "logo.ott")
        let writer = ODFPackageWriter(template: template)
        let document = ExportTestSupport.adversarialDocument()
        let plain = try ZipReader(bytes: try writer.write(document))
        let sealed = try writer.write(document, password: Self.password)
        let decryptor = try ODFPackageDecryptor(bytes: sealed)
        #expect(
            decryptor.encryptedEntries == [
                "content.xml", "styles.xml", "meta.xml", "Pictures/logo.png",
            ])
        let opened = try ZipReader(bytes: try decryptor.decrypt(password: Self.password))
        #expect(opened.entries.map(\.name) == plain.entries.map(\.name))
        for name in ["mimetype", "content.xml", "styles.xml", "meta.xml", "Pictures/logo.png"] {
            #expect(try opened.read(name) == plain.read(name), "\(name)")
        }
        #expect(try Self.manifest(opened) == Self.manifest(plain))
    }

    @Test("The wrong password is told apart from damage; a plain package is not encrypted")
    func wrongPassword() throws {
        let writer = ODFPackageWriter(
            template: try TemplateLoader(directory: nil).template(for: .minutes))
        let document = ExportTestSupport.adversarialDocument()
        let sealed = try writer.write(document, password: Self.password)
        #expect(throws: ODFDecryptionError.wrongPassword) {
            try ODFPackageDecryptor(bytes: sealed).decrypt(
                password: try DocumentPassword("correct horse battery stapl"))
        }
        #expect(throws: ODFDecryptionError.notEncrypted) {
            try ODFPackageDecryptor(bytes: try writer.write(document)).decrypt(
                password: Self.password)
        }
    }

    /// `libreoffice-encrypted-secret.odt` was saved by LibreOffice 7.4 (Python-UNO `storeToURL`
    /// with the `writer8` filter and the `Password` property "secret").
    @Test("A package LibreOffice encrypted decrypts with its password, and its content reads")
    func libreOfficePackage() throws {
        let url = URL(fileURLWithPath: ExportTestSupport.packageRoot)
            .appendingPathComponent("Tests/MARACKitTests/Fixtures/libreoffice-encrypted-secret.odt")
        let bytes = Array(try Data(contentsOf: url))
        let decryptor = try ODFPackageDecryptor(bytes: bytes)
        #expect(decryptor.encryptedEntries.contains("content.xml"))
        let plain = try ZipReader(
            bytes: try decryptor.decrypt(password: try DocumentPassword("secret")))
        let content = String(decoding: try plain.read("content.xml"), as: UTF8.self)
        #expect(content.contains("Hello encrypted world."))
        #expect(!(try Self.manifest(plain)).contains("encryption-data"))
        #expect(throws: ODFDecryptionError.wrongPassword) {
            try decryptor.decrypt(password: try DocumentPassword("Secret"))
        }
    }

    @Test("A .fodt or .xml export with a password is refused and nothing is written")
    func flatFormatsRefused() throws {
        let directory = TemporaryDirectory()
        let exporter = DocumentExporter(
            templates: TemplateLoader(directory: nil), password: Self.password)
        let minutes = try DocumentFixtures.minutes(try DocumentFixtures.meeting())
        for format in [DocumentFormat.fodt, .xml] {
            let path = directory.file("minutes.\(format)")
            #expect(throws: DocumentError.cannotEncrypt(format: format)) {
                try exporter.export(minutes, to: path)
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        #expect(
            DocumentError.cannotEncrypt(format: .fodt).description.hasPrefix(
                "a .fodt file cannot be encrypted (only an .odt package can): nothing was written"))
        #expect(try exporter.export(minutes, to: directory.file("minutes.odt")) == .odt)
    }
}
