import Testing

@testable import MARACKit

@Suite("SHA-256 (libcrypto)")
struct SHA256Tests {
    @Test(
        "FIPS 180-4 test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func vectors(input: String, expected: String) {
        #expect(SHA256.hex(input) == expected)
    }

    @Test("Digests of lengths around the padding boundaries match Python's hashlib")
    func boundaries() {
        // Computed with Python 3.11 hashlib.sha256(b"x" * n).hexdigest()[:16].
        let expected: [Int: String] = [
            55: "d5e285683cd4efc0", 56: "04c26261370ee754", 63: "75220b47218278e6",
            64: "7ce100971f64e700", 119: "000b48d4edf0fa7b", 120: "13f05a0b594787f5",
        ]
        for (length, prefix) in expected {
            let digest = SHA256.hex([UInt8](repeating: UInt8(ascii: "x"), count: length))
            #expect(digest.hasPrefix(prefix), "length \(length)")
        }
    }

    @Test("A million a's")
    func long() {
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Fields hashed piece by piece, one context reused, match the digest of the joined text")
    func fieldHasher() {
        let hasher = SHA256.FieldHasher()
        let cases: [[String]] = [
            ["abc"], [], [""], ["", ""], ["a", "b"],
            [
                "0000", "2026-12-03T09:00:00Z", "Zoë Ångström", "case refer", "referral", "C-1",
                "é✓",
            ],
            [String(repeating: "x", count: 200), String(repeating: "y", count: 70)],
        ]
        for fields in cases {
            #expect(
                hasher.hex(fields, separator: 0x1F)
                    == SHA256.hex(fields.joined(separator: "\u{1F}")),
                "\(fields.count) fields")
        }
        #expect(
            hasher.hex(["abc"], separator: 0x1F)
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
