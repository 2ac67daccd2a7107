internal import CLibCrypto

/// OpenSSL's libcrypto: the only user of `CLibCrypto`.
///
/// See https://www.openssl.org/docs/man3.0/man7/crypto.html. C pointers stay inside these functions; callers pass and get `[UInt8]`.
/// The library is opened on first use rather than linked (`Sources/CLibCrypto/shim.h`): a
/// command that never hashes, derives a key, encrypts or draws random bytes never loads it.
///
/// Used through `SHA256`, `PBKDF2`, `AES256CBC` and `RandomBytes`.
enum LibCrypto {
    /// Whether libcrypto is loaded with every function the workbench calls.
    static let isReady: Bool = ccrypto_libcrypto_available() != 0

    /// The sentence for a machine without libcrypto (Debian's libssl3; building the tool needs
    /// libssl-dev, which depends on it, so only a binary copied to another machine can lack it).
    static let missing =
        "OpenSSL's libcrypto (\(CCRYPTO_LIBRARY)) is not installed; install the libssl3 package"

    /// Stops with `missing` when libcrypto cannot be loaded: hashing has no other answer.
    private static func requireLibrary() {
        precondition(isReady, missing)
    }

    /// Throws `CryptoError.libraryMissing` when libcrypto cannot be loaded.
    private static func checkLibrary() throws {
        guard isReady else { throw CryptoError.libraryMissing }
    }

    /// `EVP_Digest` with `EVP_sha256()`.
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        requireLibrary()
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                ccrypto_EVP_Digest(
                    input.baseAddress, input.count, output.baseAddress, &length,
                    ccrypto_EVP_sha256(),
                    nil)
            }
        }
        // EVP_Digest with a built-in digest fails only when memory runs out.
        precondition(ok == 1 && length == 32, "EVP_Digest(SHA-256) failed: \(lastError())")
        return Array(out.prefix(32))
    }

    /// A SHA-256 context kept for many short messages in a row: `EVP_MD_CTX_new` and the
    /// digest's fetch (`EVP_MD_fetch`) once, then `EVP_DigestInit_ex`, `EVP_DigestUpdate` and
    /// `EVP_DigestFinal_ex` per message, with no allocation per message.
    final class SHA256Context {
        private let context: OpaquePointer
        private let method: OpaquePointer

        init() {
            LibCrypto.requireLibrary()
            // Both fail only when memory runs out (SHA-256 is built into every libcrypto).
            guard let context = ccrypto_EVP_MD_CTX_new(),
                let method = ccrypto_EVP_MD_fetch(nil, "SHA256", nil)
            else { preconditionFailure("EVP_MD_CTX_new or EVP_MD_fetch(SHA256) failed") }
            self.context = context
            self.method = method
        }

        deinit {
            ccrypto_EVP_MD_CTX_free(context)
            ccrypto_EVP_MD_free(method)
        }

        /// Starts a new message.
        func begin() {
            precondition(
                ccrypto_EVP_DigestInit_ex(context, method, nil) == 1, "EVP_DigestInit_ex failed")
        }

        /// Adds `bytes` to the message.
        func update(_ bytes: UnsafeRawBufferPointer) {
            guard bytes.count > 0 else { return }
            precondition(
                ccrypto_EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) == 1,
                "EVP_DigestUpdate failed")
        }

        /// Ends the message, writing its 32-byte digest to `digest`.
        func finish(into digest: UnsafeMutablePointer<UInt8>) {
            var length: UInt32 = 0
            precondition(
                ccrypto_EVP_DigestFinal_ex(context, digest, &length) == 1 && length == 32,
                "EVP_DigestFinal_ex failed")
        }
    }

    /// `PKCS5_PBKDF2_HMAC` with `EVP_sha1()`: `length` bytes derived from `password` and
    /// `salt` in `iterations` rounds.
    static func pbkdf2HMACSHA1(
        password: [UInt8], salt: [UInt8], iterations: Int, length: Int
    ) throws -> [UInt8] {
        try checkLibrary()
        var out = [UInt8](repeating: 0, count: length)
        let ok = password.withUnsafeBufferPointer { secret in
            salt.withUnsafeBufferPointer { salt in
                out.withUnsafeMutableBufferPointer { output in
                    secret.withMemoryRebound(to: CChar.self) { secret in
                        ccrypto_PKCS5_PBKDF2_HMAC(
                            secret.baseAddress, Int32(secret.count), salt.baseAddress,
                            Int32(salt.count), Int32(iterations), ccrypto_EVP_sha1(), Int32(length),
                            output.baseAddress)
                    }
                }
            }
        }
        guard ok == 1 else {
            throw CryptoError.libraryFailed(operation: "PKCS5_PBKDF2_HMAC", reason: lastError())
        }
        return out
    }

    /// AES-256-CBC through `EVP_CipherInit_ex`/`EVP_CipherUpdate`/`EVP_CipherFinal_ex`:
    /// encrypting adds PKCS#7 padding; with `padded` false (`EVP_CIPHER_CTX_set_padding`)
    /// the blocks are taken as they are, which decrypting W3C-padded data needs.
    static func aes256CBC(
        _ bytes: [UInt8], key: [UInt8], iv: [UInt8], encrypt: Bool, padded: Bool = true
    ) throws -> [UInt8] {
        try checkLibrary()
        guard let context = ccrypto_EVP_CIPHER_CTX_new() else {
            throw CryptoError.libraryFailed(operation: "EVP_CIPHER_CTX_new", reason: lastError())
        }
        defer { ccrypto_EVP_CIPHER_CTX_free(context) }
        let initialised = key.withUnsafeBufferPointer { key in
            iv.withUnsafeBufferPointer { iv in
                ccrypto_EVP_CipherInit_ex(
                    context, ccrypto_EVP_aes_256_cbc(), nil, key.baseAddress, iv.baseAddress,
                    encrypt ? 1 : 0)
            }
        }
        guard initialised == 1 else {
            throw CryptoError.libraryFailed(operation: "EVP_CipherInit_ex", reason: lastError())
        }
        if !padded { ccrypto_EVP_CIPHER_CTX_set_padding(context, 0) }
        var out = [UInt8](repeating: 0, count: bytes.count + 32)
        var written: Int32 = 0
        var final: Int32 = 0
        let (updated, finished) = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                var done = Int32(1)
                var offset = 0
                // EVP_CipherUpdate takes an int length: feed it in chunks below 2 GiB.
                while done == 1, offset < input.count {
                    let chunk = min(input.count - offset, 1 << 30)
                    var step: Int32 = 0
                    done = ccrypto_EVP_CipherUpdate(
                        context, output.baseAddress! + Int(written), &step,
                        input.baseAddress! + offset, Int32(chunk))
                    written += step
                    offset += chunk
                }
                guard done == 1 else { return (done, Int32(0)) }
                return (
                    done,
                    ccrypto_EVP_CipherFinal_ex(context, output.baseAddress! + Int(written), &final)
                )
            }
        }
        guard updated == 1 else {
            throw CryptoError.libraryFailed(operation: "EVP_CipherUpdate", reason: lastError())
        }
        guard finished == 1 else {
            if !encrypt {
                ccrypto_ERR_clear_error()
                throw CryptoError.badCiphertext
            }
            throw CryptoError.libraryFailed(operation: "EVP_CipherFinal_ex", reason: lastError())
        }
        return Array(out.prefix(Int(written + final)))
    }

    /// `count` bytes from `RAND_bytes`, OpenSSL's cryptographically secure generator.
    static func randomBytes(_ count: Int) throws -> [UInt8] {
        try checkLibrary()
        var out = [UInt8](repeating: 0, count: count)
        let ok = out.withUnsafeMutableBufferPointer {
            ccrypto_RAND_bytes($0.baseAddress, Int32($0.count))
        }
        guard ok == 1 else {
            throw CryptoError.libraryFailed(operation: "RAND_bytes", reason: lastError())
        }
        return out
    }

    /// OpenSSL's message for the first error queued on this thread, and the queue emptied.
    private static func lastError() -> String {
        let code = ccrypto_ERR_get_error()
        ccrypto_ERR_clear_error()
        guard code != 0 else { return "no reason given" }
        var buffer = [CChar](repeating: 0, count: 256)
        buffer.withUnsafeMutableBufferPointer {
            ccrypto_ERR_error_string_n(code, $0.baseAddress, 256)
        }
        return String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
