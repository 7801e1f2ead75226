/// The usual reading of a kappa or alpha (agreement spec §3, after Landis & Koch 1977): below
/// 0.4 poor, 0.4–0.6 moderate, 0.6–0.8 substantial, above 0.8 almost perfect. A value on a
/// boundary takes the lower band's upper end, as Landis & Koch's 0.41–0.60 / 0.61–0.80 do,
/// except 0.4 itself, which the spec puts in "moderate" ("below 0.4 poor").
public enum AgreementBand: String, Sendable, Hashable, CaseIterable {
    case poor
    case moderate
    case substantial
    case almostPerfect = "almost-perfect"

    public init(_ value: Double) {
        switch value {
        case ..<0.4: self = .poor
        case ...0.6: self = .moderate
        case ...0.8: self = .substantial
        default: self = .almostPerfect
        }
    }

    /// How the appendix names the band.
    public var label: String {
        switch self {
        case .poor: "poor"
        case .moderate: "moderate"
        case .substantial: "substantial"
        case .almostPerfect: "almost perfect"
        }
    }
}
