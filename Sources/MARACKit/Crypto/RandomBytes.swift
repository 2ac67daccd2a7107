/// Unpredictable bytes for salts and initialisation vectors, from OpenSSL's `RAND_bytes`.
///
/// ```swift
/// let salt = try RandomBytes.generate(16)
/// ```
public enum RandomBytes {
    /// `count` cryptographically secure random bytes.
    public static func generate(_ count: Int) throws -> [UInt8] {
        precondition(count >= 0, "a negative byte count")
        return try LibCrypto.randomBytes(count)
    }
}
