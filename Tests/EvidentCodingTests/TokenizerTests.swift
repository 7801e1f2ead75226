import EvidentCoding
import Testing

@Suite("Tokenizer: tokens and scalar offsets (codebook spec §3.1)")
struct TokenizerTests {
    /// `text` → tokens written `text@start-end`.
    static let cases: [(String, [String])] = [
        ("Mum's anxiety", ["mum's@0-5", "anxiety@6-13"]),
        // The apostrophe is kept only between two letters.
        ("the parents' views", ["the@0-3", "parents@4-11", "views@13-18"]),
        ("3's", ["3@0-1", "s@2-3"]),
        ("'tis rock'n'roll", ["tis@1-4", "rock'n'roll@5-16"]),
        ("a'3", ["a@0-1", "3@2-3"]),
        // Hyphens and every other non-letter separate tokens.
        ("step-down", ["step@0-4", "down@5-9"]),
        ("email: a.b@example.org", ["email@0-5", "a@7-8", "b@9-10", "example@11-18", "org@19-22"]),
        ("Covid19 and 3.5", ["covid19@0-7", "and@8-11", "3@12-13", "5@14-15"]),
        // Curly apostrophe becomes straight; one scalar each way, so offsets are unchanged.
        ("Mum\u{2019}s house", ["mum's@0-5", "house@6-11"]),
        ("don\u{2019}t", ["don't@0-5"]),
        // Modifier letter apostrophe (ʼ) is an apostrophe too.
        ("don\u{02BC}t", ["don't@0-5"]),
        // NFKC: the ﬁ ligature is one scalar that becomes two letters.
        ("\u{FB01}nd it", ["find@0-3", "it@4-6"]),
        // NFKC: full-width letters and a full-width hyphen.
        ("\u{FF26}\u{FF35}\u{FF2C}\u{FF2C}\u{FF0D}\u{FF37}\u{FF29}\u{FF24}\u{FF34}\u{FF28}", ["full@0-4", "width@5-10"]),
        // NFKC: ½ is one scalar that becomes 1⁄2; both tokens carry the scalar's offsets.
        ("\u{00BD} cup", ["1@0-1", "2@0-1", "cup@2-5"]),
        // Combining accent: e + U+0301 composes to é, the token still spans both scalars.
        ("cafe\u{0301} ok", ["caf\u{00E9}@0-5", "ok@6-8"]),
        ("x\u{0065}\u{0301}y", ["x\u{00E9}y@0-4"]),
        // Precomposed é reads the same as the decomposed one.
        ("caf\u{00E9}", ["caf\u{00E9}@0-4"]),
        // Emoji with a skin-tone modifier: two scalars, one grapheme, no token.
        ("\u{1F44D}\u{1F3FD} good", ["good@3-7"]),
        // A family emoji: five scalars joined by ZWJ.
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} ok", ["ok@6-8"]),
        // CRLF is two scalars.
        ("a\r\nb", ["a@0-1", "b@3-4"]),
        // Full case folding: ß folds to ss, final sigma to sigma, Kelvin sign to k.
        ("Stra\u{00DF}e \u{039F}\u{0394}\u{039F}\u{03A3} \u{212A}", ["strasse@0-6", "\u{03BF}\u{03B4}\u{03BF}\u{03C3}@7-11", "k@12-13"]),
        ("\u{1E9E}", ["ss@0-1"]),
        // Dotless ı stays (it does not change under case folding); İ folds to i + combining dot.
        ("\u{0131}\u{0130}", ["\u{0131}i\u{0307}@0-2"]),
        // A soft hyphen inside a word does not split it.
        ("co\u{00AD}operate", ["cooperate@0-10"]),
        // Letters of other scripts; marks stay with their letter.
        ("\u{6211}\u{4EEC} \u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947}", ["\u{6211}\u{4EEC}@0-2", "\u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947}@3-9"]),
        ("", []),
        ("  ...  ", []),
    ]

    @Test("tokens with normalised text and offsets", arguments: cases)
    func tokens(text: String, expected: [String]) {
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.map { "\($0.text)@\($0.start)-\($0.end)" } == expected)
    }

    @Test("negators", arguments: [
        ("no", true), ("not", true), ("never", true), ("without", true), ("nothing", true), ("nobody", true),
        ("none", true), ("hardly", true), ("cannot", true), ("don't", true), ("Won\u{2019}t", true), ("n't", true),
        ("didnt", false), ("nothingness", false), ("note", false), ("known", false), ("t", false),
    ])
    func negators(word: String, isNegator: Bool) {
        #expect(Tokenizer().tokens(in: word).map(\.isNegator) == [isNegator])
    }

    @Test("tokens of a segment carry offsets in the whole answer")
    func segmentTokens() {
        let answer = "\u{1F600} First one. Second\u{2019}s turn."
        let segments = Segmenter().segments(in: answer)
        #expect(segments.count == 2)
        let tokens = Tokenizer().tokens(in: segments[1], of: answer)
        // 😀 (1) + space (1) + "First one." (10) + space (1) → "Second" starts at scalar 13.
        #expect(tokens.map { "\($0.text)@\($0.start)-\($0.end)" } == ["second's@13-21", "turn@22-26"])
    }

    @Test("a long mixed-script text keeps every offset in step with its scalars")
    func offsetsMatchScalars() {
        let piece = "Mum\u{2019}s caf\u{00E9} \u{1F44D}\u{1F3FD} e\u{0301}t\u{00E9} \u{FB01}ne step-down, "
        let text = String(repeating: piece, count: 200)
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.count == 200 * 6)
        for token in tokens {
            let original = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            #expect(Tokenizer().tokens(in: original).map(\.text).contains(token.text))
        }
    }
}
