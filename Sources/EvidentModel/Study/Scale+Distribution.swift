extension Scale {
    /// One bar of an item's distribution: a label and the scores it holds.
    public struct Bin: Sendable, Hashable {
        public var label: String
        /// Lowest score in the bin (inclusive).
        public var lower: Double
        /// Highest score in the bin (inclusive).
        public var upper: Double
    }

    /// The bins of `distribution` in results.json (results spec): ordinal scales one per level in
    /// level order; numeric scales one per whole value when they span 11 values or fewer (1–10:
    /// `1`…`10`); wider ranges ten equal bins, the last closed (`0-9`, …, `80-89`, `90-100`).
    public var bins: [Bin] {
        switch kind {
        case .ordinal(let levels, _):
            return levels.enumerated().map { index, level in
                Bin(label: level, lower: Double(index + 1), upper: Double(index + 1))
            }
        case .numeric(let min, let max, _):
            let span = max - min
            if span <= 10, min == min.rounded(), max == max.rounded() {
                return stride(from: min, through: max, by: 1).map {
                    Bin(label: $0.compactDescription, lower: $0, upper: $0)
                }
            }
            let width = span / 10
            let integral = width == width.rounded() && min == min.rounded()
            return (0..<10).map { index in
                let lower = min + Double(index) * width
                let upper = index == 9 ? max : (integral ? lower + width - 1 : lower + width)
                return Bin(label: "\(lower.compactDescription)-\(upper.compactDescription)", lower: lower, upper: upper)
            }
        }
    }

    /// The index of the bin a valid score falls in. Scores between whole values on a narrow
    /// numeric scale fall in the bin of the whole value below them (7.5 on 1–10 counts as 7).
    public func binIndex(of score: Double) -> Int {
        switch kind {
        case .ordinal:
            return Int(score.rounded()) - 1
        case .numeric(let min, let max, _):
            let span = max - min
            if span <= 10, min == min.rounded(), max == max.rounded() {
                return Swift.min(Int((score - min).rounded(.down)), Int(span))
            }
            let width = span / 10
            return Swift.min(Int(((score - min) / width).rounded(.down)), 9)
        }
    }
}
