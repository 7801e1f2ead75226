/// Krippendorff's alpha for nominal data: agreement among any number of coders, with missing
/// judgements allowed.
public struct Krippendorff: Sendable, Equatable {
    /// Units with at least two judgements (pairable units); the others are dropped.
    public let pairableUnits: Int
    /// n, the number of judgements in pairable units (the total of the coincidence matrix).
    public let pairableValues: Int
    /// Dₒ, the observed disagreement (share of mismatching pairable value pairs within units);
    /// `nil` when n = 0.
    public let observedDisagreement: Double?
    /// Dₑ, the disagreement expected by chance from the pooled category frequencies; `nil` when
    /// n < 2.
    public let expectedDisagreement: Double?
    /// α = 1 − Dₒ/Dₑ, or `nil` when undefined.
    public let value: Double?
    /// Why `value` is `nil`; `nil` when it is defined.
    public let undefinedReason: String?

    /// Krippendorff's alpha, nominal metric, of a units × coders matrix: `units[u][c]` is coder
    /// c's category for unit u, or `nil` when coder c did not judge it. Units with fewer than two
    /// judgements cannot be paired and are dropped. With mᵤ the judgements in unit u, nᵤc those of
    /// category c, n_c = Σᵤ nᵤc and n = Σ_c n_c over pairable units:
    ///
    ///     Dₒ = (1/n) Σᵤ (mᵤ² − Σ_c nᵤc²)/(mᵤ − 1)       (off-diagonal mass of the coincidences)
    ///     Dₑ = (n² − Σ_c n_c²) / (n(n − 1))
    ///     α  = 1 − Dₒ/Dₑ
    ///
    /// in O(number of judgements). Undefined when no unit is pairable or Dₑ = 0 (every pairable
    /// judgement is the same category, so there is no variation to agree on). Equals the Python
    /// package `krippendorff.alpha(reliability_data, level_of_measurement="nominal")` (which
    /// takes coders × units).
    ///
    /// Reference: K. Krippendorff (2011), "Computing Krippendorff's alpha-reliability",
    /// Annenberg School for Communication, University of Pennsylvania; section C's example of
    /// 4 coders × 12 units with missing values gives α = 0.743.
    public static func alphaNominal<Category: Hashable>(_ units: [[Category?]]) -> Krippendorff {
        var pairableUnits = 0
        var n = 0
        var mismatchMass = 0.0
        var categoryTotals: [Category: Int] = [:]
        for unit in units {
            let values = unit.compactMap { $0 }
            let m = values.count
            guard m >= 2 else { continue }
            pairableUnits += 1
            n += m
            var counts: [Category: Int] = [:]
            for value in values { counts[value, default: 0] += 1 }
            let sameCategorySquares = counts.values.reduce(0) { $0 + $1 * $1 }
            mismatchMass += Double(m * m - sameCategorySquares) / Double(m - 1)
            for (category, count) in counts { categoryTotals[category, default: 0] += count }
        }
        guard n > 0 else {
            return Krippendorff(
                pairableUnits: 0, pairableValues: 0, observedDisagreement: nil, expectedDisagreement: nil,
                value: nil, undefinedReason: "no unit has judgements from two or more coders")
        }
        let total = Double(n)
        let observed = mismatchMass / total
        let categorySquares = categoryTotals.values.reduce(0) { $0 + $1 * $1 }
        let expectedMismatches = n * n - categorySquares
        let expected = Double(expectedMismatches) / (total * (total - 1))
        guard expectedMismatches > 0 else {
            return Krippendorff(
                pairableUnits: pairableUnits, pairableValues: n, observedDisagreement: observed,
                expectedDisagreement: expected, value: nil,
                undefinedReason: "every pairable judgement is the same category, so expected disagreement is 0")
        }
        // α = 1 − (n − 1)·Σ off-diagonal oᵤ / (n² − Σ n_c²), the same as 1 − Dₒ/Dₑ.
        let alpha = 1 - (total - 1) * mismatchMass / Double(expectedMismatches)
        return Krippendorff(
            pairableUnits: pairableUnits, pairableValues: n, observedDisagreement: observed,
            expectedDisagreement: expected, value: alpha, undefinedReason: nil)
    }
}
