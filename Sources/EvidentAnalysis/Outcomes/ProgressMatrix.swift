public import EvidentModel

/// The progress matrix of the Leicestershire dashboard: cases by the band of their average
/// first reading (rows) and of their average latest reading (columns), with totals, and the
/// shares above the diagonal (ended in a higher band: higher than average progress), on it,
/// and below it (ended lower).
public struct ProgressMatrix: Sendable, Hashable {
    public var bands: ProgressBands
    /// counts[start][latest].
    public var counts: [[Int]]

    public init(bands: ProgressBands, cases: [CaseProgress]) {
        self.bands = bands
        var counts = [[Int]](repeating: [Int](repeating: 0, count: bands.bands.count), count: bands.bands.count)
        for progress in cases { counts[progress.startBand][progress.latestBand] += 1 }
        self.counts = counts
    }

    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }
    public var columnTotals: [Int] { bands.bands.indices.map { column in counts.reduce(0) { $0 + $1[column] } } }

    /// Cases in each position, as shares of every case in the matrix.
    public func share(_ position: CaseProgress.Position) -> ProportionEstimate {
        var count = 0
        for (row, cells) in counts.enumerated() {
            for (column, cell) in cells.enumerated() {
                let here: CaseProgress.Position = column > row ? .above : column < row ? .below : .on
                if here == position { count += cell }
            }
        }
        return ProportionEstimate(successes: count, total: total)
    }
}
