import Foundation
import Testing

@testable import EvidentFormats

@Suite("Output formats: JSON, CSV, Markdown escaping")
struct OutputFormatTests {
    @Test("JSON keeps key order, full precision, escapes control characters, and writes non-finite numbers as null")
    func json() {
        let value = JSONValue.object([
            ("b", .integer(2)), ("a", .number(0.1 + 0.2)), ("text", .string("line\nbreak \"quoted\" \u{01}")),
            ("nan", .number(Double.nan)), ("list", .array([.number(70), .null])), ("empty", .object([])),
        ])
        #expect(value.rendered() == """
            {
              "b": 2,
              "a": 0.30000000000000004,
              "text": "line\\nbreak \\"quoted\\" \\u0001",
              "nan": null,
              "list": [70, null],
              "empty": {}
            }

            """)
    }

    /// Issue 14, defect 9: results.json keeps text as read, but its bytes held ESC, C1 and
    /// U+202E raw, so `cat results.json` drove the terminal and editors showed text reordered.
    @Test("JSON escapes ESC, DEL, C1 and bidirectional controls as \\u, so the value reads back exactly as written")
    func jsonControls() throws {
        let text = "a\u{1B}]0;TITLE\u{07}\u{1B}[2J \u{7F}\u{85}\u{9B}evil\u{202E}cod.exe\u{2066}é"
        var rendered = ""
        JSONValue.quote(text, into: &rendered)
        #expect(rendered == "\"a\\u001b]0;TITLE\\u0007\\u001b[2J \\u007f\\u0085\\u009bevil\\u202ecod.exe\\u2066é\"")
        let decoded = try JSONSerialization.jsonObject(with: Data(("[" + rendered + "]").utf8)) as? [String]
        #expect(decoded == [text])
    }

    /// OWASP "CSV Injection": cells starting with = + - @ tab or CR are prefixed with a quote.
    @Test("text cells that a spreadsheet would run as formulas are neutralised", arguments: [
        ("=HYPERLINK(\"http://x\",\"click\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-5 days", "'-5 days"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("plain, with comma", "\"plain, with comma\""),
        ("two lines\r\nwith CRLF", "\"two lines\r\nwith CRLF\""),
        ("line\nfeed", "\"line\nfeed\""),
        (" padded", "\" padded\""),
        ("Mum said \"no\"", "\"Mum said \"\"no\"\"\""),
        ("", ""),
    ])
    func csvInjection(text: String, expected: String) {
        #expect(CSVTable.field(.text(text)) == expected)
    }

    @Test("numbers are written as numbers, never prefixed, negative ones included")
    func csvNumbers() {
        let table = CSVTable(header: ["item", "change"], rows: [[.text("thresholds"), .number(-4.25)], [.text("x"), .empty]])
        #expect(table.rendered() == "\u{FEFF}item,change\r\nthresholds,-4.25\r\nx,\r\n")
    }

    @Test("Markdown escaping: table pipes, HTML, emphasis and line breaks cannot break the appendix")
    func markdown() {
        #expect(MarkdownEscape.text("a | b <script>alert(1)</script>\r\n*bold* _x_ [link](y) `code` #1")
            == "a \\| b \\<script\\>alert(1)\\</script\\> \\*bold\\* \\_x\\_ \\[link\\](y) \\`code\\` \\#1")
        #expect(MarkdownEscape.text("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>")
        #expect(MarkdownEscape.text("p <0.001 at A&E, &amp; &#60;") == "p <0.001 at A&E, &amp;amp; &amp;\\#60;")
    }
}
