import EvidentCoding
import EvidentModel
import Testing

@Suite("CodingEngine: terms, wildcards, phrases and NEAR (codebook spec §3.2–3.3)")
struct CodingEngineTests {
    /// (patterns of code `c`, answer, matches as `segment:code:firstToken-lastToken`).
    static let forms: [([String], String, [String])] = [
        // Exact terms, after normalisation on both sides.
        (["anxiety"], "Her anxiety grew.", ["0:c:1-1"]),
        (["ANXIETY"], "her Anxiety", ["0:c:1-1"]),
        (["anxiety"], "anxieties", []),
        (["mum's"], "Mum\u{2019}s house", ["0:c:0-0"]),
        (["mum"], "Mum's house", []),
        (["parents"], "the parents' views", ["0:c:1-1"]),
        (["financial"], "\u{FB01}nancial worries", ["0:c:0-0"]),
        (["help"], "\u{FF28}\u{FF25}\u{FF2C}\u{FF30}", ["0:c:0-0"]),
        (["caf\u{00E9}"], "the cafe\u{0301}", ["0:c:1-1"]),
        (["near"], "near the school", ["0:c:0-0"]),
        // A pattern written twice in one code is one pattern.
        (["help", "help"], "help", ["0:c:0-0"]),
        // Wildcards: any token starting with the stem, the bare stem included.
        (["depress*"], "depressed, depression, depress", ["0:c:0-0", "0:c:1-1", "0:c:2-2"]),
        (["depress*"], "undepressed or depres", []),
        (["anx*", "anxi*", "anxiety"], "anxiety", ["0:c:0-0", "0:c:0-0", "0:c:0-0"]),
        // Phrases: terms on consecutive tokens, overlapping occurrences all reported.
        (["mental health"], "poor mental health", ["0:c:1-2"]),
        (["mental health"], "mental and health", []),
        (["mental health*"], "Mental healthcare", ["0:c:0-1"]),
        (["step-down"], "a step down plan", ["0:c:1-2"]),
        (["step down"], "a step-down plan", ["0:c:1-2"]),
        (["very very"], "very very very", ["0:c:0-1", "0:c:1-2"]),
        (["\"key worker\""], "my key worker", ["0:c:1-2"]),
        // A phrase does not cross a sentence boundary.
        (["mental health"], "It was mental. Health is fine.", []),
        // NEAR: either order, at most n tokens strictly between.
        (["worker NEAR/2 listened"], "the worker really listened", ["0:c:1-3"]),
        (["listened NEAR/2 worker"], "the worker really listened", ["0:c:1-3"]),
        (["worker NEAR/2 listened"], "worker a b listened", ["0:c:0-3"]),
        (["worker NEAR/2 listened"], "worker a b c listened", []),
        (["worker NEAR/2 listened"], "listened a b worker", ["0:c:0-3"]),
        (["worker NEAR/2 listened"], "listened a b c worker", []),
        (["worker NEAR/0 listened"], "worker listened", ["0:c:0-1"]),
        (["worker NEAR/0 listened"], "worker then listened", []),
        (["worker NEAR/5 listened"], "The worker came. She listened.", []),
        (["worker NEAR/5 listened"], "worker", []),
        // NEAR with quoted phrases and wildcards.
        (["\"social worker\" NEAR/4 listen*"], "The social worker always listened", ["0:c:1-4"]),
        (["\"social worker\" NEAR/4 listen*"], "Listening to me, my social worker", ["0:c:0-5"]),
        (["\"social worker\" NEAR/1 \"really listened\""], "social worker who really listened", ["0:c:0-4"]),
        // Operands may not overlap: the only `worker` is inside `social worker`.
        (["\"social worker\" NEAR/3 worker"], "my social worker", []),
        (["\"social worker\" NEAR/3 worker"], "social worker and key worker", ["0:c:0-4"]),
        (["help NEAR/1 help"], "help me help", ["0:c:0-2"]),
        (["help NEAR/1 help"], "help", []),
        // Every occurrence is reported with its nearest partner in either order:
        // worker(0) listened(1) worker(2) listened(3) gives 0-1, 1-2 and 2-3.
        (["worker NEAR/0 listened"], "worker listened, worker listened", ["0:c:0-1", "0:c:1-2", "0:c:2-3"]),
    ]

    @Test("pattern forms", arguments: forms)
    func patternForms(patterns: [String], answer: String, expected: [String]) throws {
        let engine = try CodingFixtures.engine(patterns: patterns)
        #expect(CodingFixtures.spans(CodingFixtures.run(engine, answer)) == expected)
    }

    @Test("a record per segment and code: dataset, respondent, question, offsets, pattern text")
    func records() throws {
        let engine = try CodingEngine(codebook: CodingFixtures.codebook([
            CodingFixtures.code("barriers", ["isolat*"], codes: [CodingFixtures.code("mental-health", ["anxi*", "mental health"])]),
            CodingFixtures.code("enablers", ["listened"]),
        ]))
        let answer = "Mum\u{2019}s anxiety and isolation. The worker listened to her mental health worries."
        let coded = engine.code(answer, dataset: "feedback-2016", kind: .serviceUserFeedback, respondent: "R7", question: "Q3")
        // Segment 0 is "Mum’s anxiety and isolation." (0-28); segment 1 runs from 29 to 78, with
        // "listened" at 40-48 and "mental health" at 56-69.
        // Within a segment, codes follow `allCodes` order: barriers before mental-health before enablers.
        #expect(coded == [
            CodedSegment(dataset: "feedback-2016", respondent: "R7", question: "Q3", segmentIndex: 0, start: 0, end: 28,
                         codeID: "barriers", matches: [PatternMatch(pattern: "isolat*", firstToken: 3, lastToken: 3, start: 18, end: 27)]),
            CodedSegment(dataset: "feedback-2016", respondent: "R7", question: "Q3", segmentIndex: 0, start: 0, end: 28,
                         codeID: "mental-health", matches: [PatternMatch(pattern: "anxi*", firstToken: 1, lastToken: 1, start: 6, end: 13)]),
            CodedSegment(dataset: "feedback-2016", respondent: "R7", question: "Q3", segmentIndex: 1, start: 29, end: 78,
                         codeID: "mental-health", matches: [PatternMatch(pattern: "mental health", firstToken: 5, lastToken: 6, start: 56, end: 69)]),
            CodedSegment(dataset: "feedback-2016", respondent: "R7", question: "Q3", segmentIndex: 1, start: 29, end: 78,
                         codeID: "enablers", matches: [PatternMatch(pattern: "listened", firstToken: 2, lastToken: 2, start: 40, end: 48)]),
        ])
    }

    @Test("matches within a code are ordered by position, then by the pattern's order")
    func matchOrder() throws {
        let engine = try CodingFixtures.engine(patterns: ["lonely", "isolat*", "lonely NEAR/3 isolated"])
        let coded = CodingFixtures.run(engine, "Isolated and lonely")
        #expect(coded.count == 1)
        #expect(coded.first?.matches.map { "\($0.pattern)@\($0.firstToken)-\($0.lastToken)" }
            == ["isolat*@0-0", "lonely NEAR/3 isolated@0-2", "lonely@2-2"])
    }

    @Test("offsets count Unicode scalars: emoji with skin tones, combining accents, CRLF")
    func scalarOffsets() throws {
        let engine = try CodingFixtures.engine(patterns: ["caf\u{00E9}", "mum's", "helped"])
        // 👍🏽 (2) + space → "Mum’s" is 3-8; "cafe\u{301}" is 5 scalars at 9-14; "!" at 14 ends the
        // sentence at 15. CRLF takes 15-16; 👨‍👩‍👧 is 5 scalars (17-21), a space, "helped" at 23-29.
        let answer = "\u{1F44D}\u{1F3FD} Mum\u{2019}s cafe\u{0301}!\r\n\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} helped"
        let coded = CodingFixtures.run(engine, answer)
        #expect(coded.map { "\($0.segmentIndex)@\($0.start)-\($0.end)" } == ["0@0-15", "1@17-29"])
        #expect(coded.flatMap(\.matches).map { "\($0.pattern)@\($0.start)-\($0.end)" }
            == ["mum's@3-8", "caf\u{00E9}@9-14", "helped@23-29"])
        let scalars = Array(answer.unicodeScalars)
        #expect(coded.flatMap(\.matches).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
            == ["Mum\u{2019}s", "cafe\u{0301}", "helped"])
    }

    @Test("offsets of NFKC expansions: the ﬁ ligature and full-width letters count as written")
    func nfkcOffsets() throws {
        let engine = try CodingFixtures.engine(patterns: ["financial help"])
        // "ﬁnancial" is 8 scalars as written (0-8), then a space, then Ｈｅｌｐ (9-13).
        let coded = CodingFixtures.run(engine, "\u{FB01}nancial \u{FF28}\u{FF45}\u{FF4C}\u{FF50} matters")
        #expect(coded.flatMap(\.matches).map { "\($0.start)-\($0.end)" } == ["0-13"])
    }

    @Test("segment: response makes the whole answer one segment")
    func responseSegments() throws {
        let engine = try CodingFixtures.engine(
            patterns: ["mental health"], options: CodingOptions(segment: .response))
        let coded = CodingFixtures.run(engine, "  It was mental.\nHealth is fine. Mental health too.  ")
        #expect(coded.map { "\($0.segmentIndex)@\($0.start)-\($0.end)" } == ["0@2-51"])
        #expect(CodingFixtures.spans(coded) == ["0:c:2-3", "0:c:6-7"])
    }

    @Test("manual-only codes and empty answers code nothing")
    func nothingToCode() throws {
        let manual = try CodingEngine(codebook: CodingFixtures.codebook([CodingFixtures.code("manual")]))
        #expect(CodingFixtures.run(manual, "anything at all").isEmpty)
        let engine = try CodingFixtures.engine(patterns: ["help"])
        #expect(CodingFixtures.run(engine, "").isEmpty)
        #expect(CodingFixtures.run(engine, " \r\n ").isEmpty)
    }
}
