import EvidentAnalysis

/// One finding of the summary page: a plain-English sentence with its figures, each figure's
/// full-precision value and its place in `results.json`, so a test can read the sentence's every
/// number back from the file. `key` is stable from run to run (data set, item and wave ids, never
/// positions), for the manifest to pin or drop it.
struct SummaryFinding: Sendable {
    /// What part of the page it belongs to, in page order.
    enum Topic: Int, Sendable, CaseIterable {
        case outcomes
        case confidence
        case change
        case response
        case voices

        /// The sub-heading on the summary page.
        var title: String {
            switch self {
            case .outcomes: "Outcomes for families"
            case .confidence: "Practitioners' confidence"
            case .change: "Significant changes"
            case .response: "Who responded"
            case .voices: "In their own words"
            }
        }
    }

    /// A number as the sentence shows it.
    struct Figure: Sendable {
        var text: String
        var value: Double
        /// A JSON pointer into `results.json`: `/composites/1/mean`.
        var pointer: String
    }

    var key: String
    var topic: Topic
    var runs: [Run] = []
    var figures: [Figure] = []
    /// A short quote that says it in the respondents' words.
    var quote: QuoteBlock?
    /// Whether the rules show it without a pin (some findings are made only to be pinned).
    var isShownByDefault = true

    init(key: String, topic: Topic) {
        self.key = key
        self.topic = topic
    }

    var text: String { runs.map(\.content).joined() }

    /// Appends plain words.
    mutating func say(_ words: String) {
        runs.append(.plain(words))
    }

    /// Appends a figure, in bold unless `strong` is false (a p-value, a threshold), keeping its
    /// value and pointer.
    mutating func figure(_ text: String, _ value: Double?, at pointer: String, strong: Bool = true) {
        runs.append(strong ? .strong(text) : .plain(text))
        if let value { figures.append(Figure(text: text, value: value, pointer: pointer)) }
    }

    /// Flags a base under `Significance.smallBase` (30): " (a small base)".
    mutating func flagSmall(_ base: Int) {
        if base < Significance.smallBase { say(" (a small base, under \(Significance.smallBase))") }
    }

    /// ", a significant change (Welch's t-test, p = 0.028)" by the one rule (`Significance`):
    /// p < 0.05, two-sided; the p-value is a figure.
    mutating func significance(_ p: Double?, test: String, at pointer: String) {
        guard let p else { return say("no test was possible") }
        say(Significance.isSignificant(p) ? "a significant change (\(test), " : "not a significant change (\(test), ")
        if p < 0.001 { say("p < 0.001") } else { say("p = "); figure(Format.pValue(p), p, at: pointer, strong: false) }
        say(")")
    }

    /// Appends a count, keeping it as a figure.
    mutating func count(_ value: Int, at pointer: String) {
        figure(Format.count(value), Double(value), at: pointer)
    }
}
