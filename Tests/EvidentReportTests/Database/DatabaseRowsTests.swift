import Testing

@testable import EvidentReport

/// The rows `results.sqlite` is filled from (the rows themselves are checked against
/// `results.json` and `coded_segments.csv` in EvidentApplicationTests' `ResultsDatabaseTests`).
@Suite("results.sqlite rows")
struct DatabaseRowsTests {
    /// A free-text answer's length is stored in Unicode scalars, the unit of every offset:
    /// counted from the UTF-8 bytes, it must equal Swift's own count of the scalars.
    @Test("an answer's length in Unicode scalars, counted from its UTF-8, is Swift's count of its scalars")
    func scalarCount() {
        let texts = [
            "", "plain ASCII, with punctuation.", "Café — naïve résumé", "e\u{301} combining", "👩‍👩‍👧 family 😊", "日本語のテキスト",
            "\r\n line ends \n", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP", String(repeating: "é😊a", count: 500),
        ]
        for text in texts {
            #expect(DatabaseRows.scalarCount(text) == text.unicodeScalars.count, "\(text)")
        }
    }
}
