import EvidentCoding
import Testing

@Suite("TextNormalizer: NFKC, straight quotes, case folding (codebook spec §3.1)")
struct TextNormalizerTests {
    @Test("normalised forms", arguments: [
        ("Mum\u{2019}s \u{201C}Help\u{201D}", "mum's \"help\""),
        ("\u{FB01}\u{FB02}", "fifl"),
        ("\u{FF21}\u{FF22}\u{FF23}\u{FF11}", "abc1"),
        ("e\u{0301}", "\u{00E9}"),
        ("\u{00C9}COLE", "\u{00E9}cole"),
        ("Stra\u{00DF}e", "strasse"),
        ("\u{2126}\u{212B}", "\u{03C9}\u{00E5}"),
        ("\u{2460} \u{00B2}", "1 2"),
        ("\u{2122}", "tm"),
        ("\u{AB70}", "\u{13A0}"),
        ("plain ascii 123", "plain ascii 123"),
    ])
    func normalize(text: String, expected: String) {
        #expect(Array(TextNormalizer.normalize(text).unicodeScalars) == Array(expected.unicodeScalars))
    }
}
