import Foundation
import Testing

@testable import MARACKit

/// The libcrypto wrapper against published test vectors, and the audit chain recorded with
/// the hand-written SHA-256 the workbench used before it.
@Suite("libcrypto: PBKDF2, AES-256-CBC, random bytes, and the old audit chain")
struct LibCryptoTests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func bytes(hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            out.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return out
    }

    @Test(
        "PBKDF2-HMAC-SHA1 gives the RFC 6070 test vectors",
        arguments: [
            ("password", "salt", 1, 20, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
            ("password", "salt", 2, 20, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
            ("password", "salt", 4096, 20, "4b007901b765489abead49d926f721d065a429c1"),
            (
                "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25,
                "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"
            ),
        ])
    func pbkdf2(password: String, salt: String, iterations: Int, length: Int, expected: String)
        throws
    {
        let key = try PBKDF2.hmacSHA1(
            password: Array(password.utf8), salt: Array(salt.utf8), iterations: iterations,
            length: length)
        #expect(Self.hex(key) == expected)
    }

    @Test("PBKDF2 refuses zero iterations and an empty key length")
    func pbkdf2Bounds() {
        #expect(throws: CryptoError.self) {
            try PBKDF2.hmacSHA1(password: [1], salt: [2], iterations: 0, length: 32)
        }
        #expect(throws: CryptoError.self) {
            try PBKDF2.hmacSHA1(password: [1], salt: [2], iterations: 1, length: 0)
        }
    }

    /// NIST SP 800-38A, F.2.5 (CBC-AES256.Encrypt): four blocks, then PKCS#7 adds a fifth.
    @Test("AES-256-CBC gives the SP 800-38A vectors and decrypts back")
    func aesVectors() throws {
        let key = Self.bytes(
            hex: "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
        let iv = Self.bytes(hex: "000102030405060708090a0b0c0d0e0f")
        let plain = Self.bytes(
            hex: "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710")
        let sealed = try AES256CBC.encrypt(plain, key: key, iv: iv)
        #expect(sealed.count == 80)
        #expect(
            Self.hex(Array(sealed.prefix(64)))
                == "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
                + "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b")
        #expect(try AES256CBC.decrypt(sealed, key: key, iv: iv) == plain)
    }

    @Test("AES-256-CBC pads every length to whole blocks, and refuses bad keys and ciphertext")
    func aesPadding() throws {
        let key = [UInt8](repeating: 7, count: 32)
        let iv = [UInt8](repeating: 9, count: 16)
        for length in [0, 1, 15, 16, 17, 1023, 1024, 1025] {
            let plain = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let sealed = try AES256CBC.encrypt(plain, key: key, iv: iv)
            #expect(sealed.count == (length / 16 + 1) * 16)
            #expect(try AES256CBC.decrypt(sealed, key: key, iv: iv) == plain)
        }
        #expect(throws: CryptoError.wrongLength(what: "AES-256 key", expected: 32, got: 16)) {
            try AES256CBC.encrypt([1], key: [UInt8](repeating: 0, count: 16), iv: iv)
        }
        #expect(throws: CryptoError.badCiphertext) {
            try AES256CBC.decrypt([1, 2, 3], key: key, iv: iv)
        }
        // This key and block are fixed: the wrong key gives padding that is not valid.
        let sealed = try AES256CBC.encrypt(Array("OFFICIAL-SENSITIVE".utf8), key: key, iv: iv)
        #expect(throws: CryptoError.badCiphertext) {
            try AES256CBC.decrypt(sealed, key: [UInt8](repeating: 8, count: 32), iv: iv)
        }
    }

    @Test("Random bytes have the length asked for and differ from call to call")
    func random() throws {
        let first = try RandomBytes.generate(16)
        let second = try RandomBytes.generate(16)
        #expect(first.count == 16 && second.count == 16)
        #expect(first != second)
        #expect(try RandomBytes.generate(0).isEmpty)
    }

    /// Recorded with the hand-written SHA-256 (in `MARACKit/Security` until libcrypto took over):
    /// the demo's 119 audit entries and 16 more whose summaries end on each side of SHA-256's
    /// 55/56/64-byte padding boundaries, in UTF-8 of one to four bytes per character.
    @Test(
        "An audit chain recorded with the old hand-written SHA-256 still verifies, entry by entry")
    func oldChainVerifies() throws {
        let url = URL(fileURLWithPath: ExportTestSupport.packageRoot)
            .appendingPathComponent(
                "Tests/MARACKitTests/Fixtures/audit-chain-hand-written-sha256.json")
        let chain = try JSONDecoder().decode([AuditEntry].self, from: Data(contentsOf: url))
        #expect(chain.count == 135)
        var previous = AuditEntry.genesis
        for entry in chain {
            #expect(entry.previousHash == previous, "entry \(entry.id) does not link")
            let hash = AuditEntry.hash(
                previous: entry.previousHash, at: entry.at, user: entry.user,
                command: entry.command, entity: entry.entity, entityID: entry.entityID,
                summary: entry.summary)
            #expect(hash == entry.hash, "entry \(entry.id) no longer verifies")
            previous = entry.hash
        }
        // And one edited summary is caught, so the check above can fail.
        var edited = chain[10]
        edited.summary += "."
        #expect(
            AuditEntry.hash(
                previous: edited.previousHash, at: edited.at, user: edited.user,
                command: edited.command, entity: edited.entity, entityID: edited.entityID,
                summary: edited.summary) != edited.hash)
    }
}
