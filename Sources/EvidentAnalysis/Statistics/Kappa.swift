/// Cohen's kappa: agreement between two coders on the same units, corrected for the agreement
/// expected by chance from each coder's own rates.
public struct Kappa: Sendable, Equatable {
    /// N, the units both coders judged.
    public let units: Int
    /// pₒ, the share of units where the coders agree (0–1); `nil` when N = 0.
    public let observedAgreement: Double?
    /// pₑ = Σ_c p₁(c)·p₂(c), the agreement expected by chance (0–1); `nil` when N = 0.
    public let expectedAgreement: Double?
    /// κ = (pₒ − pₑ)/(1 − pₑ), or `nil` when undefined.
    public let value: Double?
    /// Why `value` is `nil`; `nil` when it is defined.
    public let undefinedReason: String?

    /// Cohen's kappa of two coders' judgements on the same units, `first[i]` and `second[i]`
    /// being the two judgements of unit i: for a code, present (`true`) or absent (`false`); any
    /// other categories work the same way.
    ///
    ///     pₒ = (units with equal judgements)/N,   pₑ = Σ_c (n₁c/N)(n₂c/N),   κ = (pₒ − pₑ)/(1 − pₑ)
    ///
    /// computed from integer counts, so pₑ = 1 is detected exactly. Undefined when N = 0, when
    /// the lists differ in length, or when pₑ = 1: both coders gave every unit the same single
    /// category (for a code: both never used it, or both used it everywhere), so there is no
    /// disagreement that chance could have produced. Equals scikit-learn
    /// `cohen_kappa_score(first, second)` where that is defined.
    ///
    /// Reference: J. Cohen (1960), "A coefficient of agreement for nominal scales", Educational
    /// and Psychological Measurement 20(1), 37–46.
    public static func cohen<Category: Hashable>(_ first: [Category], _ second: [Category]) -> Kappa {
        guard first.count == second.count else {
            return Kappa(
                units: min(first.count, second.count), observedAgreement: nil, expectedAgreement: nil, value: nil,
                undefinedReason: "the two coders' judgement lists differ in length (\(first.count) and \(second.count))")
        }
        let n = first.count
        guard n > 0 else {
            return Kappa(
                units: 0, observedAgreement: nil, expectedAgreement: nil, value: nil,
                undefinedReason: "no units were judged by both coders")
        }
        var agreements = 0
        var firstCounts: [Category: Int] = [:]
        var secondCounts: [Category: Int] = [:]
        for (a, b) in zip(first, second) {
            if a == b { agreements += 1 }
            firstCounts[a, default: 0] += 1
            secondCounts[b, default: 0] += 1
        }
        // N²·pₑ as an exact integer.
        let chanceTimesNSquared = firstCounts.reduce(0) { sum, entry in
            sum + entry.value * (secondCounts[entry.key] ?? 0)
        }
        let total = Double(n)
        let observed = Double(agreements) / total
        let expected = Double(chanceTimesNSquared) / (total * total)
        let nSquared = n * n
        guard chanceTimesNSquared < nSquared else {
            return Kappa(
                units: n, observedAgreement: observed, expectedAgreement: expected, value: nil,
                undefinedReason: "both coders gave every unit the same single judgement, so agreement expected by chance is 1")
        }
        // κ = (N·agreements − N²pₑ) / (N² − N²pₑ), from exact integers.
        let kappa = Double(n * agreements - chanceTimesNSquared) / Double(nSquared - chanceTimesNSquared)
        return Kappa(units: n, observedAgreement: observed, expectedAgreement: expected, value: kappa, undefinedReason: nil)
    }
}
