import EvidentCoding
import EvidentModel
import Testing

@Suite("Negation (codebook spec §3.4)")
struct NegationTests {
    /// (patterns of code `c`, answer, matches as `segment:code:first-last`); negation on.
    static let cases: [([String], String, [String])] = [
        (["helpful"], "the worker was helpful", ["0:c:3-3"]),
        (["helpful"], "the worker was not helpful", []),
        // Within the 3 tokens before the match's first token: `not` is 3 before, then 4 before.
        (["helpful"], "not very very helpful", []),
        (["helpful"], "not very very very helpful", ["0:c:4-4"]),
        // A token ending in n't negates, with a straight or a curly apostrophe.
        (["helpful"], "she wasn't helpful", []),
        (["helpful"], "she wasn\u{2019}t helpful", []),
        (["helpful"], "it won\u{2019}t be helpful", []),
        // Without its apostrophe `didnt` is an ordinary word.
        (["helpful"], "it didnt seem helpful", ["0:c:3-3"]),
        // A negator inside the match does not negate it.
        (["did not attend"], "she did not attend", ["0:c:1-3"]),
        (["not helpful"], "it was not helpful", ["0:c:2-3"]),
        // For a phrase, the window is before its first token.
        (["mental health"], "no mental health problems", []),
        (["mental health"], "no problems at all with mental health", ["0:c:5-6"]),
        // The negator must be in the same segment: here it ends the sentence before.
        (["helpful"], "She said no. Helpful staff though.", ["1:c:0-0"]),
        (["helpful"], "It was not\nhelpful", ["1:c:0-0"]),
        // A negator after the match does not negate it.
        (["helpful"], "helpful, not rude", ["0:c:0-0"]),
        // Only the negated occurrence is dropped.
        (["helpful"], "not helpful at first, but later very helpful", ["0:c:7-7"]),
        // NEAR: the first token of whichever operand comes first.
        (["\"social worker\" NEAR/3 listen*"], "no social worker listened", []),
        (["\"social worker\" NEAR/3 listen*"], "nobody listened to the social worker", []),
        // Here `listened` leads and is not negated; `no` sits inside the match.
        (["\"social worker\" NEAR/3 listen*"], "listened, no social worker", ["0:c:0-3"]),
        // The first `worker` is negated; the second (5) has no negator in tokens 2-4, so it leads
        // the one match.
        (["worker NEAR/3 listened"], "never a worker; then a worker listened", ["0:c:5-6"]),
    ]

    @Test("negated matches are dropped", arguments: cases)
    func negation(patterns: [String], answer: String, expected: [String]) throws {
        let engine = try CodingFixtures.engine(patterns: patterns)
        #expect(CodingFixtures.spans(CodingFixtures.run(engine, answer)) == expected)
    }

    @Test("every negator negates", arguments: ["no", "not", "never", "without", "nothing", "nobody", "none", "hardly", "cannot", "NEVER", "couldn't", "isn\u{2019}t"])
    func negators(negator: String) throws {
        let engine = try CodingFixtures.engine(patterns: ["help*"])
        #expect(CodingFixtures.run(engine, "there was \(negator) help").isEmpty)
        #expect(CodingFixtures.spans(CodingFixtures.run(engine, "there was real help")) == ["0:c:3-3"])
    }

    @Test("negation spans the whole answer when the segment is the response")
    func responseSegment() throws {
        let engine = try CodingFixtures.engine(patterns: ["helpful"], options: CodingOptions(segment: .response))
        #expect(CodingFixtures.run(engine, "She said no. Helpful staff though.").isEmpty)
    }

    @Test("options.negation false keeps negated matches; a code can turn it back on")
    func overrides() throws {
        let codebook = CodingFixtures.codebook(
            [
                CodingFixtures.code("plain", ["helpful"]),
                CodingFixtures.code("strict", ["helpful"], negation: true),
            ], options: CodingOptions(negation: false))
        let coded = CodingFixtures.run(try CodingEngine(codebook: codebook), "not helpful")
        #expect(coded.map(\.codeID) == ["plain"])
    }

    @Test("a code can turn negation off; its sub-codes keep the codebook's setting")
    func overrideIsNotInherited() throws {
        let codebook = CodingFixtures.codebook([
            CodingFixtures.code("barriers", ["stress*"], negation: false, codes: [CodingFixtures.code("anxiety", ["anxious"])])
        ])
        let coded = CodingFixtures.run(try CodingEngine(codebook: codebook), "not stressed and not anxious")
        #expect(CodingFixtures.spans(coded) == ["0:barriers:1-1"])
    }

    @Test("exclusions are matched without negation")
    func exclusionIgnoresNegation() throws {
        let engine = try CodingFixtures.engine(patterns: ["mental health"], exclude: ["team"])
        #expect(CodingFixtures.run(engine, "not the team, her mental health").isEmpty)
    }
}
