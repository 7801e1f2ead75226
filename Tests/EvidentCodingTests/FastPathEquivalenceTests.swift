import EvidentCoding
import EvidentModel
import Testing

/// The ASCII fast path and the Unicode slow path must agree: text that differs only in ways
/// normalisation removes (case, curly versus straight apostrophes, one scalar each) codes the same,
/// offsets included.
@Suite("Fast and slow paths agree")
struct FastPathEquivalenceTests {
    static let words = [
        "the", "worker", "listened", "to", "Mum's", "anxiety", "wasn't", "not", "helpful", "social", "support",
        "isolated", "didn't", "key", "plan", "parents'", "it's", "really", "helped", "mental", "health", "team",
        ".", "!", "?", ",", "\n",
    ]

    static let engine: CodingEngine? = try? CodingEngine(codebook: CodingFixtures.codebook([
        CodingFixtures.code("listening", ["\"social worker\" NEAR/3 listen*", "key worker"]),
        CodingFixtures.code("wellbeing", ["anxi*", "isolat*", "mental health"], exclude: ["mental health team"]),
        CodingFixtures.code("helpful", ["helpful", "help*", "mum's"]),
        CodingFixtures.code("parents", ["parents"]),
    ]))

    @Test("curly apostrophes and capitals code exactly as straight, lower-case text", arguments: 0..<20)
    func equivalence(seed: Int) throws {
        let engine = try #require(Self.engine)
        var generator = SeededGenerator(seed: UInt64(seed))
        for _ in 0..<20 {
            let count = Int.random(in: 1...60, using: &generator)
            let plain = (0..<count).map { _ in Self.words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let curly = String(plain.map { $0 == "'" ? "\u{2019}" : $0 })
            let shouted = String(plain.map { Bool.random(using: &generator) ? Character($0.uppercased()) : $0 })
            let expected = CodingFixtures.run(engine, plain)
            #expect(CodingFixtures.run(engine, curly) == expected, "\(curly)")
            #expect(CodingFixtures.run(engine, shouted) == expected, "\(shouted)")
        }
    }
}
