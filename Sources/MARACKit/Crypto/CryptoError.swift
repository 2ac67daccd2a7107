/// A failure inside OpenSSL's libcrypto, or bytes that do not decrypt.
///
/// Never carries a key, a password or the data: only which operation failed and libcrypto's
/// own reason (from `ERR_error_string_n`).
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A libcrypto call failed; `reason` is OpenSSL's message for the first queued error.
    case libraryFailed(operation: String, reason: String)
    /// A key or initialisation vector of the wrong length for the cipher.
    case wrongLength(what: String, expected: Int, got: Int)
    /// The ciphertext is not a whole number of blocks, or its padding is not valid: the wrong
    /// key, or damaged data.
    case badCiphertext
    /// libcrypto (`libcrypto.so.3`) cannot be loaded on this machine.
    case libraryMissing

    public var description: String {
        switch self {
        case .libraryFailed(let operation, let reason):
            "libcrypto failed in \(operation): \(reason)"
        case .wrongLength(let what, let expected, let got):
            "the \(what) must be \(expected) bytes, not \(got)"
        case .libraryMissing:
            LibCrypto.missing
        case .badCiphertext:
            "the data does not decrypt with this key (wrong password, or damaged)"
        }
    }
}
