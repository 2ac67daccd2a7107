import MARACKit
import Testing

@testable import MARACCLI

@Suite("Output")
struct OutputTests {
    @Test("JSON escapes quotes, backslashes, controls and line separators, and keeps key order")
    func jsonEscaping() {
        let value: JSONValue = [
            "text": "say \"hi\"\\ \n\t\u{1}\u{7F} \u{2028}",
            "zeta": 1,
            "alpha": [true, nil, 2.5, "é👩‍👧"],
            "empty": [],
            "none": .object([]),
        ]
        #expect(
            value.serialized() == #"""
                {
                  "text": "say \"hi\"\\ \n\t\u0001\u007f \u2028",
                  "zeta": 1,
                  "alpha": [
                    true,
                    null,
                    2.5,
                    "é👩‍👧"
                  ],
                  "empty": [],
                  "none": {}
                }
                """#)
    }

    @Test("JSON numbers: integers, doubles, and non-finite values as null")
    func jsonNumbers() {
        #expect(JSONValue.double(100).serialized() == "100.0")
        #expect(JSONValue.double(.infinity).serialized() == "null")
        #expect(JSONValue.int(-3).serialized() == "-3")
    }

    @Test("Values convert to JSON through JSONRepresentable")
    func representable() {
        let day = Day(year: 2026, month: 11, day: 27)!
        #expect(day.json == .string("2026-11-27"))
        #expect([1, 2].json == .array([.int(1), .int(2)]))
        #expect(Optional<String>.none.json == .null)
        #expect(Optional("x").json == .string("x"))
    }

    @Test("A table aligns columns, right-aligns numbers and leaves no trailing spaces")
    func table() {
        let table = TextTable(
            headers: ["CODE", "NAME", "ACTIONS"],
            rows: [
                ["POL", "Police", "12"], ["IDVA", "Independent advocacy", "3"], ["EDU", "", ""],
            ])
        #expect(
            table.rendered() == """
                CODE  NAME                  ACTIONS
                ----  --------------------  -------
                POL   Police                     12
                IDVA  Independent advocacy        3
                EDU
                """)
    }

    @Test("Wide characters count two columns and control characters are shown visibly")
    func wideCharacters() {
        let table = TextTable(
            headers: ["NAME", "N"], rows: [["李小龍", "1"], ["a\nb\u{1B}[2J", "22"]])
        #expect(
            table.rendered() == """
                NAME       N
                --------  --
                李小龍     1
                a b^[[2J  22
                """)
        #expect(displayWidth("👩‍👧") == 2)
        #expect(displayWidth("é") == 1)
    }

    @Test("Output renders text with one final newline, or the JSON document")
    func rendering() {
        let output = Output.message("Done.")
        #expect(output.rendered(json: false) == "Done.\n")
        #expect(output.rendered(json: true) == "{\n  \"message\": \"Done.\"\n}\n")
        #expect(Output.empty.rendered(json: false) == "")
        let table = Output.table(headers: ["A"], rows: [], json: [])
        #expect(table.rendered(json: false) == "A\n-\n")
    }
}
