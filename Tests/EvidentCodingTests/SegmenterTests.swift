import EvidentCoding
import EvidentModel
import Testing

@Suite("Segmenter: sentences and responses (codebook spec §3.5)")
struct SegmenterTests {
    static let sentenceCases: [(String, [String])] = [
        ("It helped. Mum is calmer! Is it over? Yes", ["It helped.", "Mum is calmer!", "Is it over?", "Yes"]),
        // Abbreviations never end a sentence, in any case.
        ("We saw Dr. Patel and Mrs. Khan. Then home.", ["We saw Dr. Patel and Mrs. Khan.", "Then home."]),
        ("Mr. Mx. Ms. and PROF. Lee came. vs. last year", ["Mr. Mx. Ms. and PROF. Lee came.", "vs. last year"]),
        ("Toys, e.g. blocks. And i.e. more.", ["Toys, e.g. blocks.", "And i.e. more."]),
        // `e.g.,` is followed by a comma, not whitespace.
        ("Toys e.g., blocks. Fine", ["Toys e.g., blocks.", "Fine"]),
        // A word that merely ends like an abbreviation does end the sentence.
        ("Ask the GP Dr. Then go to the Mdr. Next", ["Ask the GP Dr. Then go to the Mdr.", "Next"]),
        // Decimals and email addresses: the dot is not followed by whitespace.
        ("It costs 3.5 pounds. Write to a.b@example.org. Thanks", ["It costs 3.5 pounds.", "Write to a.b@example.org.", "Thanks"]),
        // Closing quotes and brackets stay with the sentence.
        ("She said \"no.\" Then left.", ["She said \"no.\"", "Then left."]),
        ("(See above.) Next", ["(See above.)", "Next"]),
        ("He said \u{2018}fine.\u{2019} Then \u{201C}ok!\u{201D}) More", ["He said \u{2018}fine.\u{2019}", "Then \u{201C}ok!\u{201D})", "More"]),
        // Runs of terminators, and the ellipsis NFKC turns into three dots.
        ("Really?! Yes... maybe\u{2026} no", ["Really?!", "Yes...", "maybe\u{2026}", "no"]),
        // A terminator not followed by whitespace does not split.
        ("end.Next one", ["end.Next one"]),
        // Every line break ends a sentence; empty ones are dropped, indexes count the rest.
        ("Line one\nLine two\r\n\r\n  Line three  \u{2028}four", ["Line one", "Line two", "Line three", "four"]),
        ("  \n\n \t ", []),
        ("", []),
    ]

    @Test("sentences", arguments: sentenceCases)
    func sentences(answer: String, expected: [String]) {
        let segments = Segmenter().segments(in: answer)
        #expect(segments.map { String($0.text) } == expected)
        #expect(segments.map(\.index) == Array(expected.indices))
    }

    @Test("offsets are Unicode scalar offsets into the answer as decoded")
    func scalarOffsets() {
        // 👍🏽 is two scalars, so "👍🏽 Great." is 0-9; "Café ok" has é as e + U+0301 (two scalars),
        // so it is 10-18; CRLF takes 18 and 19, so "Next" is 20-24.
        let answer = "\u{1F44D}\u{1F3FD} Great. Caf\u{0065}\u{0301} ok\r\nNext"
        let segments = Segmenter().segments(in: answer)
        #expect(segments.map { "\($0.start)-\($0.end)" } == ["0-9", "10-18", "20-24"])
        let scalars = Array(answer.unicodeScalars)
        for segment in segments {
            #expect(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])) == String(segment.text))
        }
    }

    @Test("CRLF is one break: an empty line between CRLFs is dropped")
    func crlf() {
        let segments = Segmenter().segments(in: "A\r\n\r\nB")
        #expect(segments.map { "\($0.index):\($0.text)@\($0.start)-\($0.end)" } == ["0:A@0-1", "1:B@5-6"])
    }

    @Test("response: the whole answer, trimmed, is one segment")
    func response() {
        let segments = Segmenter(unit: .response).segments(in: "  One. Two.\r\nThree \n")
        #expect(segments.map { "\($0.index):\($0.text)@\($0.start)-\($0.end)" } == ["0:One. Two.\r\nThree@2-18"])
        #expect(Segmenter(unit: .response).segments(in: " \n ").isEmpty)
    }
}
