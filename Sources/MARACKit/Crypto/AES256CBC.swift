/// AES with a 256-bit key in CBC mode (FIPS 197, SP 800-38A), padded to whole 16-byte blocks.
///
/// Encrypting pads as PKCS#7 does (every pad byte holds the pad's length), which is one form
/// of the W3C XML Encryption padding ODF names; decrypting removes W3C padding, whose last byte
/// alone gives the length (LibreOffice fills the rest with random bytes).
///
/// ```swift
/// let sealed = try AES256CBC.encrypt(plain, key: key, iv: iv)
/// let again = try AES256CBC.decrypt(sealed, key: key, iv: iv)  // == plain
/// ```
public enum AES256CBC {
    /// The key length: 32 bytes.
    public static let keySize = 32
    /// The block and initialisation-vector length: 16 bytes.
    public static let blockSize = 16

    /// `plain` encrypted and padded: a multiple of 16 bytes, at least 16.
    public static func encrypt(_ plain: [UInt8], key: [UInt8], iv: [UInt8]) throws -> [UInt8] {
        try check(key: key, iv: iv)
        return try LibCrypto.aes256CBC(plain, key: key, iv: iv, encrypt: true)
    }

    /// `sealed` decrypted and its W3C padding removed; `CryptoError.badCiphertext` when the
    /// last byte is not a pad length from 1 to 16 (usually the wrong key).
    public static func decrypt(_ sealed: [UInt8], key: [UInt8], iv: [UInt8]) throws -> [UInt8] {
        try check(key: key, iv: iv)
        guard !sealed.isEmpty, sealed.count % blockSize == 0 else {
            throw CryptoError.badCiphertext
        }
        var plain = try LibCrypto.aes256CBC(
            sealed, key: key, iv: iv, encrypt: false, padded: false)
        guard let pad = plain.last, (1...blockSize).contains(Int(pad)) else {
            throw CryptoError.badCiphertext
        }
        plain.removeLast(Int(pad))
        return plain
    }

    private static func check(key: [UInt8], iv: [UInt8]) throws {
        guard key.count == keySize else {
            throw CryptoError.wrongLength(what: "AES-256 key", expected: keySize, got: key.count)
        }
        guard iv.count == blockSize else {
            throw CryptoError.wrongLength(
                what: "initialisation vector", expected: blockSize, got: iv.count)
        }
    }
}
