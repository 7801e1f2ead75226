import EvidentCoding
import EvidentModel

/// Small builders that keep the table-driven tests readable.
enum CodingFixtures {
    /// A code with patterns (and optionally exclusions, sub-codes and settings).
    static func code(
        _ id: String, _ patterns: [String] = [], exclude: [String] = [], negation: Bool? = nil,
        appliesTo: [String]? = nil, codes: [Code] = []
    ) -> Code {
        Code(
            id: id, label: id, patterns: patterns.map { PatternSource($0) }, exclude: exclude.map { PatternSource($0) },
            negation: negation, appliesTo: appliesTo, codes: codes)
    }

    /// A codebook of the given themes.
    static func codebook(_ themes: [Code], options: CodingOptions = CodingOptions()) -> Codebook {
        Codebook(name: "Test codebook", options: options, themes: themes)
    }

    /// An engine over one code holding `patterns`.
    static func engine(
        patterns: [String], exclude: [String] = [], options: CodingOptions = CodingOptions()
    ) throws -> CodingEngine {
        try CodingEngine(codebook: codebook([code("c", patterns, exclude: exclude)], options: options))
    }

    /// Codes `answer` as practitioner-survey data set `ds`, respondent `r1`, question `q1`.
    static func run(_ engine: CodingEngine, _ answer: String, kind: DatasetKind = .practitionerSurvey) -> [CodedSegment] {
        engine.code(answer, dataset: "ds", kind: kind, respondent: "r1", question: "q1")
    }

    /// Each match as `segment:code:first-last`, in result order.
    static func spans(_ segments: [CodedSegment]) -> [String] {
        segments.flatMap { segment in
            segment.matches.map { "\(segment.segmentIndex):\(segment.codeID):\($0.firstToken)-\($0.lastToken)" }
        }
    }

    /// Each match of code `c` in segment 0 as `first-last`.
    static func tokenSpans(_ segments: [CodedSegment]) -> [String] {
        segments.flatMap { segment in segment.matches.map { "\($0.firstToken)-\($0.lastToken)" } }
    }
}
