/// Themes against outcomes: for one code, the cases whose feedback mentions it against the
/// linked cases whose feedback does not, compared on an outcome — the change in the case's
/// average reading (a difference of means, Welch's interval) or a KPI (a difference of
/// proportions, Newcombe's hybrid score interval).
///
/// This is an **association**, not an effect: families who mention a theme differ in many ways
/// from those who do not, and the comparison adjusts for none of them. A row is kept only when
/// both groups hold at least the suppression threshold of cases.
public struct ThemeOutcome: Sendable {
    public enum Measure: Sendable, Hashable {
        /// The change in each case's average reading (in reading points).
        case averageChange
        /// A KPI, by its id (`needs-met-fully`, `re-referred` …), in percentage points.
        case kpi(id: String, label: String)
    }

    public var codeID: String
    public var label: String
    public var depth: Int
    public var measure: Measure
    public var casesWith: Int
    public var casesWithout: Int
    /// Mean change (readings) or % (KPIs) among cases mentioning the theme, and among the rest.
    public var valueWith: Double
    public var valueWithout: Double
    public var difference: Double
    /// 95% interval of `difference`, in the same units; `nil` when undefined.
    public var interval: ConfidenceInterval?

    public init(
        codeID: String, label: String, depth: Int, measure: Measure, casesWith: Int, casesWithout: Int, valueWith: Double,
        valueWithout: Double, difference: Double, interval: ConfidenceInterval?
    ) {
        self.codeID = codeID
        self.label = label
        self.depth = depth
        self.measure = measure
        self.casesWith = casesWith
        self.casesWithout = casesWithout
        self.valueWith = valueWith
        self.valueWithout = valueWithout
        self.difference = difference
        self.interval = interval
    }
}
