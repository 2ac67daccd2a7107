#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads an ODF package encrypted as `ODFPackageWriter` (or LibreOffice) writes it and gives
/// back the same package unencrypted: to check what was sent, and for the tests to run
/// `odf-check` on an encrypted export's content.
///
/// Only the algorithms ODF 1.2 introduced are read (AES-256-CBC, SHA-256 start key, PBKDF2,
/// `sha256-1k` checksum); the older Blowfish packages of OpenOffice.org are refused.
///
/// ```swift
/// let plain = try ODFPackageDecryptor(bytes: odt).decrypt(password: password)
/// ```
public struct ODFPackageDecryptor: Sendable {
    private let zip: ZipReader
    private let manifest: XMLTree.Element
    private let fileEntries: [(path: String, encryption: ODFEncryption?)]

    /// Reads the package's directory and manifest.
    public init(bytes: [UInt8], path: String = "document") throws {
        zip = try ZipReader(bytes: bytes, path: path)
        manifest = try XMLTree.parse(try zip.read("META-INF/manifest.xml"), part: "manifest.xml")
        fileEntries = try Self.fileEntries(manifest)
    }

    /// The entries the manifest says are encrypted.
    public var encryptedEntries: [String] {
        fileEntries.filter { $0.encryption != nil }.map(\.path)
    }

    /// The package unencrypted.
    ///
    /// `mimetype` comes first and stored, every other entry deflated, the manifest without
    /// encryption data. `ODFDecryptionError.wrongPassword` when `password`
    /// is not the one it was encrypted with.
    public func decrypt(password: DocumentPassword) throws -> [UInt8] {
        let entries = fileEntries
        guard entries.contains(where: { $0.encryption != nil }) else {
            throw ODFDecryptionError.notEncrypted
        }
        let encrypted = Dictionary(
            entries.compactMap { entry in entry.encryption.map { (entry.path, $0) } },
            uniquingKeysWith: { first, _ in first })
        var out = ZipArchive()
        try out.add("mimetype", bytes: try zip.read("mimetype"), method: .stored)
        for entry in zip.entries
        where entry.name != "mimetype" && entry.name != "META-INF/manifest.xml" {
            let stored = try zip.read(entry)
            guard let encryption = encrypted[entry.name] else {
                try out.add(
                    entry.name, bytes: stored, method: entry.method == 8 ? .deflated : .stored)
                continue
            }
            try out.add(
                entry.name,
                bytes: try encryption.open(stored, password: password, entry: entry.name))
        }
        try out.add("META-INF/manifest.xml", bytes: try plainManifest())
        return try out.finish()
    }

    /// Each `manifest:file-entry` with its path and encryption data.
    private static func fileEntries(_ manifest: XMLTree.Element) throws -> [(
        path: String, encryption: ODFEncryption?
    )] {
        let ns = ODFNamespace.manifest
        return try manifest.elements.filter { $0.isNamed(ns, "file-entry") }.map { entry in
            let path = entry.attribute(ns, "full-path") ?? ""
            guard let data = entry.child(ns, "encryption-data") else { return (path, nil) }
            return (path, try Self.encryption(data, entry: entry, path: path))
        }
    }

    /// The encryption data of one entry, refusing any algorithm but ODF 1.2's.
    private static func encryption(
        _ data: XMLTree.Element, entry: XMLTree.Element, path: String
    ) throws -> ODFEncryption {
        let ns = ODFNamespace.manifest
        func value(_ element: XMLTree.Element?, _ name: String) throws -> String {
            guard let text = element?.attribute(ns, name) else {
                throw ODFDecryptionError.damaged(entry: path, reason: "the manifest has no \(name)")
            }
            return text
        }
        func bytes(_ element: XMLTree.Element?, _ name: String, count: Int?) throws -> [UInt8] {
            guard let decoded = Data(base64Encoded: try value(element, name)),
                count == nil || decoded.count == count
            else {
                throw ODFDecryptionError.damaged(
                    entry: path,
                    reason: "the manifest's \(name) is not valid base64 of the right length")
            }
            return Array(decoded)
        }
        let algorithm = data.child(ns, "algorithm")
        let start = data.child(ns, "start-key-generation")
        let derivation = data.child(ns, "key-derivation")
        let names = [
            (try value(algorithm, "algorithm-name"), ODFEncryption.algorithm),
            (try value(start, "start-key-generation-name"), ODFEncryption.startKeyGeneration),
            (try value(derivation, "key-derivation-name"), ODFEncryption.keyDerivation),
            (try value(data, "checksum-type"), ODFEncryption.checksumType),
        ]
        for (found, expected) in names where found != expected {
            throw ODFDecryptionError.unsupported(entry: path, algorithm: found)
        }
        guard let size = Int(try value(entry, "size")), size >= 0,
            let iterations = Int(try value(derivation, "iteration-count")),
            (1...10_000_000).contains(iterations)
        else {
            throw ODFDecryptionError.damaged(
                entry: path,
                reason: "the manifest's size or iteration count is not a number in range")
        }
        return ODFEncryption(
            size: size, checksum: try bytes(data, "checksum", count: 32),
            iv: try bytes(algorithm, "initialisation-vector", count: AES256CBC.blockSize),
            salt: try bytes(derivation, "salt", count: nil), iterations: iterations)
    }

    /// The manifest as read, without `manifest:encryption-data` and `manifest:size`.
    private func plainManifest() throws -> [UInt8] {
        let ns = ODFNamespace.manifest
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("manifest:manifest")
        try writer.namespace("manifest", ns)
        for attribute in manifest.attributes where attribute.namespace == ns {
            try writer.attribute("manifest:\(attribute.localName)", attribute.value)
        }
        for var entry in manifest.elements where entry.isNamed(ns, "file-entry") {
            entry.attributes.removeAll { $0.namespace == ns && $0.localName == "size" }
            entry.children.removeAll { node in
                if case .element(let child) = node {
                    child.isNamed(ns, "encryption-data")
                } else {
                    true
                }
            }
            try entry.write(to: writer, prefixes: [ns: "manifest"])
        }
        return try writer.finish()
    }
}

/// Why an encrypted package could not be decrypted.
///
/// No case carries the password.
public enum ODFDecryptionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The checksum of a decrypted entry does not match: the password is not the one used.
    case wrongPassword
    /// The manifest lists no encrypted entry.
    case notEncrypted
    /// An entry is encrypted with an algorithm other than ODF 1.2's AES-256 set.
    case unsupported(entry: String, algorithm: String)
    /// The manifest's encryption data or the entry is damaged.
    case damaged(entry: String, reason: String)

    public var description: String {
        switch self {
        case .wrongPassword:
            "the password is not the one this document was encrypted with"
        case .notEncrypted:
            "the document is not encrypted"
        case .unsupported(let entry, let algorithm):
            "\(entry) is encrypted with \(algorithm), which is not read (only ODF 1.2's AES-256)"
        case .damaged(let entry, let reason):
            "the encrypted entry \(entry) is damaged: \(reason)"
        }
    }
}
