import Testing

@testable import MARACKit

@Suite("XML text and writer") struct XMLTextTests {
    @Test(
        "Characters XML 1.0 forbids become U+FFFD",
        arguments: [
            ("a\u{0}b", "a\u{FFFD}b"), ("form\u{0C}feed", "form\u{FFFD}feed"),
            ("\u{1}\u{1F}", "\u{FFFD}\u{FFFD}"), ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}"),
            ("tab\tLF\nCR\r", "tab\tLF\nCR\r"), ("ok <&> \"'", "ok <&> \"'"),
        ])
    func sanitized(input: String, expected: String) {
        #expect(XMLText.sanitized(input) == expected)
    }

    @Test("Adversarial text round-trips through the writer and libxml2's parser")
    func roundTrip() throws {
        for text in ExportTestSupport.adversarial + [String(repeating: "é<&", count: 10_000)] {
            let writer = try XMLWriter()
            try writer.startDocument()
            try writer.startElement("root")
            try writer.attribute("value", text)
            try writer.text(text)
            try writer.endElement()
            let root = try XMLTree.parse(try writer.finish(), part: "test")
            let expected = XMLText.sanitized(text)
            // XML parsers turn CR and CRLF in text into LF; the writer emits &#13; to keep them.
            #expect(root.children == [.text(expected)])
            #expect(root.attribute(nil, "value") == expected)
        }
    }

    @Test("Markup in text is escaped, never interpreted")
    func escaping() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("p", attributes: ["title": "\"quoted\" & <b>"], text: "<script>]]>&amp;")
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(xml.contains("&lt;script&gt;]]&gt;&amp;amp;"))
        #expect(xml.contains("title=\"&quot;quoted&quot; &amp; &lt;b&gt;\""))
    }

    @Test("A 10,000-character string is written whole")
    func longText() throws {
        let text = String(repeating: "0123456789", count: 1_000)
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("p", text: text)
        let root = try XMLTree.parse(try writer.finish(), part: "long")
        #expect(root.children == [.text(text)])
    }

    @Test("Malformed XML is reported with libxml2's message")
    func malformed() {
        #expect(throws: ExportError.self) {
            try XMLTree.parse(Array("<a><b></a>".utf8), part: "bad.xml")
        }
    }
}
