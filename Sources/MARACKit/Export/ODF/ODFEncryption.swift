#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One package entry encrypted as ODF 1.2 and 1.3 specify (OpenDocument part 2/3, "Packages",
/// section "Encryption") and LibreOffice writes it since 3.4.
///
/// The entry's bytes are deflated (raw, RFC 1951), then encrypted with AES-256 in CBC mode.
/// The key is derived per entry: the start key is the SHA-256 of the password's UTF-8 bytes,
/// and the key is PBKDF2-HMAC-SHA1 of the start key with a random 16-byte salt, 100,000
/// iterations, 32 bytes. The checksum (`sha256-1k`) is the SHA-256 of the first 1024 bytes of
/// the deflated data, so a reader can tell a wrong password from damaged data. The sealed
/// bytes are stored (method 0) in the ZIP; the manifest's `manifest:encryption-data` carries
/// everything but the password.
struct ODFEncryption: Equatable, Sendable {
    /// The manifest's `manifest:algorithm-name`: AES-256-CBC with W3C padding.
    static let algorithm = "http://www.w3.org/2001/04/xmlenc#aes256-cbc"
    /// The manifest's `manifest:start-key-generation-name`: SHA-256.
    static let startKeyGeneration = "http://www.w3.org/2000/09/xmldsig#sha256"
    /// The manifest's `manifest:key-derivation-name`.
    static let keyDerivation = "PBKDF2"
    /// The manifest's `manifest:checksum-type`: SHA-256 of the first 1024 bytes.
    static let checksumType = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k"
    /// PBKDF2 iterations, as LibreOffice uses.
    static let iterations = 100_000
    /// Bytes of deflated data the checksum covers.
    static let checksumSpan = 1024

    /// The entry's size before compression (`manifest:size`).
    var size: Int
    /// SHA-256 of the first 1024 bytes of the deflated data.
    var checksum: [UInt8]
    /// The 16-byte initialisation vector.
    var iv: [UInt8]
    /// The 16-byte PBKDF2 salt.
    var salt: [UInt8]
    var iterations: Int = ODFEncryption.iterations

    /// `plain` deflated and encrypted with a fresh salt and initialisation vector, and the
    /// encryption data that goes in the manifest.
    static func seal(_ plain: [UInt8], password: DocumentPassword) throws -> (
        sealed: [UInt8], encryption: ODFEncryption
    ) {
        let compressed = try Deflate.compress(plain)
        let encryption = ODFEncryption(
            size: plain.count, checksum: SHA256.digest(compressed.prefix(checksumSpan)),
            iv: try RandomBytes.generate(AES256CBC.blockSize), salt: try RandomBytes.generate(16))
        let sealed = try AES256CBC.encrypt(
            compressed, key: try encryption.key(password), iv: encryption.iv)
        return (sealed, encryption)
    }

    /// The entry's bytes from `sealed`; `ODFDecryptionError.wrongPassword` when the checksum
    /// does not match (the wrong password, almost always).
    func open(_ sealed: [UInt8], password: DocumentPassword, entry: String) throws -> [UInt8] {
        let compressed: [UInt8]
        do {
            compressed = try AES256CBC.decrypt(sealed, key: try key(password), iv: iv)
        } catch CryptoError.badCiphertext {
            throw ODFDecryptionError.wrongPassword
        }
        guard SHA256.digest(compressed.prefix(Self.checksumSpan)) == checksum else {
            throw ODFDecryptionError.wrongPassword
        }
        do {
            return try Deflate.decompress(compressed[...], expectedSize: size)
        } catch {
            throw ODFDecryptionError.damaged(entry: entry, reason: "it does not inflate")
        }
    }

    /// PBKDF2-HMAC-SHA1 of SHA-256(password) with this entry's salt: the AES-256 key.
    private func key(_ password: DocumentPassword) throws -> [UInt8] {
        try PBKDF2.hmacSHA1(
            password: SHA256.digest(password.utf8), salt: salt, iterations: iterations,
            length: AES256CBC.keySize)
    }

    /// Writes `manifest:encryption-data` with its algorithm, start-key generation and key
    /// derivation, in the order LibreOffice writes them.
    func write(to writer: XMLWriter) throws {
        try writer.startElement("manifest:encryption-data")
        try writer.attribute("manifest:checksum-type", Self.checksumType)
        try writer.attribute("manifest:checksum", Data(checksum).base64EncodedString())
        try writer.element(
            "manifest:algorithm",
            attributes: [
                "manifest:algorithm-name": Self.algorithm,
                "manifest:initialisation-vector": Data(iv).base64EncodedString(),
            ])
        try writer.element(
            "manifest:start-key-generation",
            attributes: [
                "manifest:start-key-generation-name": Self.startKeyGeneration,
                "manifest:key-size": "32",
            ])
        try writer.element(
            "manifest:key-derivation",
            attributes: [
                "manifest:key-derivation-name": Self.keyDerivation, "manifest:key-size": "32",
                "manifest:iteration-count": "\(iterations)",
                "manifest:salt": Data(salt).base64EncodedString(),
            ])
        try writer.endElement()
    }
}
