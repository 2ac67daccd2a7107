import Foundation
import Testing

@testable import MARACKit

/// The decoder frozen minutes are read with: it must read what `JSONEncoder` wrote exactly as
/// `JSONDecoder` does, and refuse what is not JSON rather than guess.
@Suite("JSON value decoder")
struct JSONValueDecoderTests {
    struct Sample: Codable, Equatable {
        enum Colour: String, Codable { case red, green }
        var text: String
        var texts: [String]
        var number: Int
        var negative: Int64
        var small: UInt8
        var fraction: Double
        var flag: Bool
        var optional: String?
        var missing: Int?
        var colour: Colour
        var day: Day
        var titles: [String: String]
        var nested: [[Int]]
        var empty: [String]
    }

    static func sample(_ text: String) -> Sample {
        Sample(
            text: text, texts: ExportTestSupport.adversarial, number: Int.max,
            negative: Int64.min, small: 255, fraction: -12.5e-3, flag: false, optional: text,
            missing: nil, colour: .green, day: Day(year: 2026, month: 12, day: 3)!,
            titles: ["UKGDPR-6-1-e": "Public task", text: "odd key / \\ \""],
            nested: [[], [1, -2, 3]], empty: [])
    }

    @Test("Reads what JSONEncoder wrote as JSONDecoder reads it, whatever the text")
    func sameAsFoundation() throws {
        for text in ExportTestSupport.adversarial + ["", "/ and \\/ slashes", "\u{10FFFF}"] {
            for formatting in [JSONEncoder.OutputFormatting.sortedKeys, .prettyPrinted] {
                let encoder = JSONEncoder()
                encoder.outputFormatting = formatting
                let bytes = Array(try encoder.encode(Self.sample(text)))
                let expected = try JSONDecoder().decode(Sample.self, from: Data(bytes))
                #expect(try JSONValueDecoder().decode(Sample.self, from: bytes) == expected)
                #expect(expected == Self.sample(text))
            }
        }
    }

    @Test("Escapes written by hand decode to their characters, surrogate pairs included")
    func escapes() throws {
        let json = #"["\u00e9\n\t\"\\\/", "\ud83d\ude00", "\u0000"]"#
        #expect(
            try JSONValueDecoder().decode([String].self, from: Array(json.utf8))
                == ["é\n\t\"\\/", "😀", "\u{0}"])
    }

    @Test(
        "Text that is not JSON is refused, never half-read",
        arguments: [
            "", "{", "[1,]", #"{"a":1,}"#, "01", "1.", "-", "1e", #""unterminated"#,
            "\"tab\tinside\"", #""\x""#, #""\u12""#, #""\ud800""#, "[1] [2]", "tru", "nul",
            #"{"a" 1}"#, #"{1:2}"#, "[1 2]",
        ])
    func malformed(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONValueDecoder().decode([String: [String]].self, from: Array(json.utf8))
        }
    }

    @Test("Nesting deeper than the limit is refused instead of exhausting the stack")
    func deepNesting() throws {
        let depth = JSONTape.maximumDepth + 1
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: DecodingError.self) {
            try JSONValueDecoder().decode([Int].self, from: Array(json.utf8))
        }
        let fine = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: Never.self) { try JSONTape(Array(fine.utf8)) }
    }

    @Test("A missing member, a wrong type or a number out of range is a decoding error")
    func wrongShape() throws {
        struct Small: Codable { var n: UInt8 }
        for json in [#"{}"#, #"{"n":"1"}"#, #"{"n":256}"#, #"{"n":-1}"#, #"{"n":1.5}"#, "[]"] {
            #expect(throws: DecodingError.self) {
                try JSONValueDecoder().decode(Small.self, from: Array(json.utf8))
            }
        }
        #expect(try JSONValueDecoder().decode(Small.self, from: Array(#"{"n":7}"#.utf8)).n == 7)
        // A member written as null is absent for an optional, as JSONDecoder has it.
        struct Maybe: Codable { var m: Int? }
        #expect(
            try JSONValueDecoder().decode(Maybe.self, from: Array(#"{"m":null}"#.utf8)).m == nil)
    }
}
