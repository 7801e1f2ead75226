import EvidentCoding
import EvidentModel
import Testing

/// Sizes that would expose super-linear behaviour (no timing assertions: they must finish and be
/// right). Benchmarks with timings live apart from the tests.
@Suite("CodingEngine at scale: long answers, large codebooks, long patterns")
struct CodingEngineScaleTests {
    @Test("a 5 MB answer of many sentences")
    func longAnswer() throws {
        let engine = try CodingEngine(codebook: CodingFixtures.codebook([
            CodingFixtures.code("listening", ["\"social worker\" NEAR/3 listen*"]),
            CodingFixtures.code("anxiety", ["anxi*"], exclude: ["anxiety clinic"]),
            CodingFixtures.code("helpful", ["helpful"]),
        ]))
        // 62 scalars per sentence (the curly apostrophe forces the Unicode path once per sentence);
        // in each, "anxiety" starts at scalar 37.
        let sentence = "The social worker listened and Mum\u{2019}s anxiety was not helpful. "
        let count = 5_000_000 / sentence.unicodeScalars.count + 1
        let answer = String(repeating: sentence, count: count)
        let coded = CodingFixtures.run(engine, answer)
        // `helpful` is negated every time; the other two codes code every sentence.
        #expect(coded.count == 2 * count)
        #expect(coded.last?.segmentIndex == count - 1)
        let length = sentence.unicodeScalars.count
        #expect(coded.last?.start == (count - 1) * length)
        #expect(coded.last?.matches.first?.start == (count - 1) * length + 37)
    }

    @Test("a 2 MB answer in which every word needs Unicode normalisation")
    func longUnicodeAnswer() throws {
        let engine = try CodingFixtures.engine(patterns: ["mum's", "caf\u{00E9}*", "\u{6211}\u{4EEC}", "financial"])
        // 4 matches per sentence: Mum’s (curly), café (decomposed), 我们, ﬁnancial (ligature);
        // 👍🏽 and the full-width ！ are separators, and ！ ends the sentence.
        let sentence = "Mum\u{2019}s cafe\u{0301}s \u{1F44D}\u{1F3FD} \u{6211}\u{4EEC} \u{FB01}nancial\u{FF01} "
        let count = 2_000_000 / sentence.utf8.count + 1
        let coded = CodingFixtures.run(engine, String(repeating: sentence, count: count))
        #expect(coded.count == count)
        #expect(coded.allSatisfy { $0.matches.count == 4 })
        let length = sentence.unicodeScalars.count
        #expect(coded.last.map { "\($0.start)-\($0.end)" } == "\((count - 1) * length)-\(count * length - 1)")
    }

    @Test("a 5 MB answer that is one segment")
    func longSegment() throws {
        let engine = try CodingFixtures.engine(
            patterns: ["\"social worker\" NEAR/3 listen*", "worker"], options: CodingOptions(segment: .response))
        let piece = "the social worker listened; "
        let count = 5_000_000 / piece.utf8.count + 1
        let coded = CodingFixtures.run(engine, String(repeating: piece, count: count))
        #expect(coded.count == 1)
        // Per piece: `worker` once, and the NEAR pair of its own piece. Each `listened` is also
        // within 3 tokens of the next piece's `social worker` (one token, `the`, between), so every
        // piece but the last adds a second NEAR pair.
        #expect(coded.first?.matches.count == count + count + (count - 1))
    }

    @Test("10,000 patterns in 1,000 codes")
    func manyPatterns() throws {
        let codes = (0..<1_000).map { code in
            CodingFixtures.code("c\(code)", (0..<10).map { pattern in
                let n = code * 10 + pattern
                switch pattern % 3 {
                case 0: return "w\(n)"
                case 1: return "w\(n) x\(n)"
                default: return "pre\(n)*"
                }
            })
        }
        let engine = try CodingEngine(codebook: CodingFixtures.codebook(codes))
        // w0 → c0; "w4001 x4001" → c400 (pattern 1 of code 400); pre9992… → c999; w5 alone is a
        // phrase start only (pattern 5 of c0 is `pre5*`, and `w5` is nobody's term).
        let coded = CodingFixtures.run(engine, "w0 then w4001 x4001 and pre9992abc, w5 x5.")
        #expect(coded.map(\.codeID) == ["c0", "c400", "c999"])
        #expect(CodingFixtures.spans(coded) == ["0:c0:0-0", "0:c400:2-3", "0:c999:5-5"])
        // A long answer against the large codebook.
        let answer = String(repeating: "w0 w4001 x4001 pre9992 nothing matches here at all. ", count: 20_000)
        #expect(CodingFixtures.run(engine, answer).count == 3 * 20_000)
    }

    @Test("a pattern of 50 wildcard terms")
    func longPattern() throws {
        let pattern = Array(repeating: "abc*", count: 50).joined(separator: " ")
        let engine = try CodingFixtures.engine(patterns: [pattern], options: CodingOptions(segment: .response))
        let tokens = 10_000
        let answer = Array(repeating: "abcd", count: tokens).joined(separator: " ")
        let matches = CodingFixtures.run(engine, answer).first?.matches ?? []
        // Every window of 50 consecutive tokens matches: tokens − 49 of them.
        #expect(matches.count == tokens - 49)
        #expect(matches.first.map { "\($0.firstToken)-\($0.lastToken)" } == "0-49")
        let short = Array(repeating: "abcd", count: 49).joined(separator: " ")
        #expect(CodingFixtures.run(engine, short).isEmpty)
    }

    @Test("NEAR over many occurrences in one segment stays near-linear")
    func manyNearOccurrences() throws {
        let engine = try CodingFixtures.engine(patterns: ["a NEAR/5 b"], options: CodingOptions(segment: .response))
        let answer = String(repeating: "a ", count: 50_000) + String(repeating: "b ", count: 50_000)
        let matches = CodingFixtures.run(engine, answer).first?.matches ?? []
        // Only the last `a`s (49,994–49,999) lie within 5 tokens of the first `b`s (50,000–50,005).
        // Each of those `a`s leads to the first `b` (token 50,000); each of those `b`s pairs with
        // the last `a` (token 49,999) — 6 + 6 spans, one of them (49,999–50,000) shared.
        #expect(matches.count == 11)
    }
}
