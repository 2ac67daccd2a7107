/// PBKDF2 (RFC 8018 section 5.2) with HMAC-SHA1, as ODF package encryption derives its keys.
///
/// ```swift
/// let key = try PBKDF2.hmacSHA1(password: SHA256.digest(secret), salt: salt, iterations: 100_000, length: 32)
/// ```
public enum PBKDF2 {
    /// `length` bytes derived from `password` and `salt` in `iterations` rounds (at least 1).
    public static func hmacSHA1(
        password: [UInt8], salt: [UInt8], iterations: Int, length: Int
    ) throws -> [UInt8] {
        guard iterations >= 1, iterations <= Int(Int32.max) else {
            throw CryptoError.wrongLength(what: "iteration count", expected: 1, got: iterations)
        }
        guard length >= 1, length <= 1024 else {
            throw CryptoError.wrongLength(what: "derived key", expected: 32, got: length)
        }
        return try LibCrypto.pbkdf2HMACSHA1(
            password: password, salt: salt, iterations: iterations, length: length)
    }
}
