/// Cronbach's alpha, the internal consistency of a scale of k items answered by the same
/// respondents.
public struct Cronbach: Sendable, Equatable {
    /// Respondents with an answer to every item (listwise complete cases), the n of the alpha.
    public let respondents: Int
    /// k, the number of items.
    public let items: Int
    /// α, or `nil` when undefined.
    public let value: Double?
    /// Why `value` is `nil`; `nil` when it is defined.
    public let undefinedReason: String?

    /// Cronbach's alpha of a respondents × items matrix, over the respondents who answered every
    /// item (a row shorter than the longest row lacks answers and is dropped too):
    ///
    ///     α = k/(k − 1) · (1 − Σⱼ sⱼ² / s_T²)
    ///
    /// where sⱼ² is the variance of item j and s_T² the variance of the respondents' totals (both
    /// with n − 1; the ratio does not depend on the divisor). Undefined for fewer than 2 items,
    /// fewer than 2 complete respondents, or s_T² = 0 (every respondent has the same total).
    /// Equals pingouin `cronbach_alpha(data, nan_policy="listwise")`.
    ///
    /// Reference: L. J. Cronbach (1951), "Coefficient alpha and the internal structure of tests",
    /// Psychometrika 16(3), 297–334.
    public static func alpha(_ responses: [[Double?]]) -> Cronbach {
        let k = responses.map(\.count).max() ?? 0
        let complete: [[Double]] = responses.compactMap { row in
            guard row.count == k else { return nil }
            let answers = row.compactMap { $0 }
            return answers.count == k ? answers : nil
        }
        let n = complete.count
        guard k >= 2 else {
            return Cronbach(respondents: n, items: k, value: nil, undefinedReason: "alpha needs at least 2 items (k = \(k))")
        }
        guard n >= 2 else {
            return Cronbach(
                respondents: n, items: k, value: nil,
                undefinedReason: "alpha needs at least 2 respondents who answered every item (n = \(n))")
        }
        let itemVariances = (0..<k).reduce(0.0) { sum, item in
            sum + variance(complete.map { $0[item] })
        }
        let totalVariance = variance(complete.map { $0.reduce(0, +) })
        guard totalVariance > 0 else {
            return Cronbach(
                respondents: n, items: k, value: nil,
                undefinedReason: "every respondent has the same total, so the variance of the totals is 0")
        }
        let items = Double(k)
        let alpha = items / (items - 1) * (1 - itemVariances / totalVariance)
        return Cronbach(respondents: n, items: k, value: alpha, undefinedReason: nil)
    }

    /// Sample variance Σ(xᵢ − x̄)²/(n − 1), two passes; n ≥ 2.
    private static func variance(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }
}
