/// The SHA-256 digest (FIPS 180-4), for the audit log's hash chain and ODF package encryption.
///
/// Computed by OpenSSL's libcrypto (`LibCrypto.digest`); until December 2026 it was
/// written out by hand here, and the tests check that chains recorded then still verify.
///
/// ```swift
/// SHA256.hex("abc")  // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum SHA256 {
    /// The digest of `bytes` as 64 lower-case hexadecimal digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest(bytes) {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The digest of the UTF-8 bytes of `text`, in hexadecimal.
    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        LibCrypto.sha256(bytes)
    }

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        LibCrypto.sha256(Array(bytes))
    }

    /// Hexadecimal SHA-256 digests of many short messages, one after another.
    ///
    /// Each message is given as fields joined by a separator byte, hashed without joining
    /// them, with one libcrypto context for all of them. Not for use by two threads at once.
    ///
    /// ```swift
    /// let hasher = SHA256.FieldHasher()
    /// hasher.hex(["a", "b"], separator: 0x1F)  // == SHA256.hex("a\u{1F}b")
    /// ```
    public final class FieldHasher {
        private let context = LibCrypto.SHA256Context()

        public init() {}

        /// The digest of `fields` joined by `separator`, as 64 lower-case hexadecimal digits.
        public func hex(_ fields: [String], separator: UInt8) -> String {
            context.begin()
            var separator = separator
            for (offset, field) in fields.enumerated() {
                if offset > 0 { withUnsafeBytes(of: &separator) { context.update($0) } }
                var field = field
                field.withUTF8 { context.update(UnsafeRawBufferPointer($0)) }
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
                context.finish(into: digest.baseAddress!)
                return String(unsafeUninitializedCapacity: 64) { out in
                    for (index, byte) in digest.enumerated() {
                        out[2 * index] = SHA256.hexDigits[Int(byte >> 4)]
                        out[2 * index + 1] = SHA256.hexDigits[Int(byte & 0x0f)]
                    }
                    return 64
                }
            }
        }
    }

    /// The sixteen hexadecimal digits, lower case, as UTF-8.
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
