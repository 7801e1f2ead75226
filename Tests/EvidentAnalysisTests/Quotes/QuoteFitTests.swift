import EvidentAnalysis
import EvidentModel
import Testing

@Suite("Quote fit")
struct QuoteFitTests {
    static let codebook = Codebook(name: "c", themes: [
        Code(id: "barriers", label: "Barriers", codes: [
            Code(id: "mental-health", label: "Parental mental health", patterns: [PatternSource("postnatal"), PatternSource("depress*")]),
            Code(id: "send", label: "SEND", patterns: [PatternSource("diagnos*")]),
        ]),
    ])

    static func segment(_ code: String, _ patterns: [String], start: Int = 0, end: Int = 60, matchStart: Int = 10) -> CodedSegment {
        CodedSegment(
            dataset: "d", respondent: "r", question: "q", segmentIndex: 0, start: start, end: end, codeID: code,
            matches: patterns.map { PatternMatch(pattern: $0, firstToken: 0, lastToken: 0, start: matchStart, end: matchStart + 5) })
    }

    @Test("exact words score 2, prefixes 1, NEAR nothing, hyphens split", arguments: [
        ("postnatal", 2), ("diagnos*", 1), ("mental health", 4), ("wait* NEAR/4 diagnos*", 2), ("step-down", 4), ("\"low mood\"", 4),
    ])
    func specificity(pattern: String, expected: Int) {
        #expect(QuoteFit.specificity(of: pattern) == expected)
    }

    @Test("'I was diagnosed with postnatal depression' is a mental health quote, never a SEND one")
    func postnatalDepression() {
        let fits = QuoteFit(codebook: Self.codebook)
        let records = [Self.segment("send", ["diagnos*"]), Self.segment("mental-health", ["postnatal", "depress*"])]
        #expect(fits.best(of: records) == 1)
        #expect(fits.best(of: records.reversed()) == 0)
        #expect(QuoteFit.fit(records[1]) == QuoteFit.Fit(specificity: 2, patterns: 2))
    }

    @Test("equal fits go to the code first in the codebook")
    func ties() {
        let fits = QuoteFit(codebook: Self.codebook)
        #expect(fits.best(of: [Self.segment("send", ["diagnos*"]), Self.segment("mental-health", ["depress*"])]) == 1)
    }

    @Test("a segment is not a candidate when no pattern matched inside its own span")
    func ownSegmentOnly() {
        #expect(QuoteFit.fit(Self.segment("send", ["diagnos*"], start: 20, end: 60, matchStart: 5)) == nil)
        #expect(QuoteFit.fit(Self.segment("send", [])) == nil)
        #expect(QuoteFit(codebook: Self.codebook).best(of: [Self.segment("send", [])]) == nil)
    }
}
