package import EvidentAnalysis

/// How much of a data set's free text the codebook reached: `coding` in `results.json`,
/// `tables/coding-coverage.csv`, the appendix's coverage table.
package struct CoverageRow: Sendable, Encodable {
    package var dataset = ""
    /// Non-empty free-text answers.
    package var answers = 0
    /// Answers with at least one coded segment.
    package var coded = 0
    package var uncoded = 0
    package var pctUncoded: Double?

    package init() {}

    package init(_ coverage: CodingCoverage) {
        dataset = coverage.dataset
        answers = coverage.answers
        coded = coverage.coded
        uncoded = coverage.uncoded
        pctUncoded = coverage.pctUncoded
    }
}
