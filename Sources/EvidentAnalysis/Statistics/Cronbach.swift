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
    /// with n − 1; the ratio does not depend on the divisor), computed exactly from integer sums
    /// (`CronbachMoments`), so it does not depend on the order of the rows. Undefined for fewer than 2 items,
    /// fewer than 2 complete respondents, or s_T² = 0 (every respondent has the same total).
    /// Equals pingouin `cronbach_alpha(data, nan_policy="listwise")`.
    ///
    /// Reference: L. J. Cronbach (1951), "Coefficient alpha and the internal structure of tests",
    /// Psychometrika 16(3), 297–334.
    public static func alpha(_ responses: [[Double?]]) -> Cronbach {
        CronbachMoments(responses).alpha
    }
}
