public import EvidentModel

/// One key performance indicator of closed cases: a proportion with its base and what the base
/// leaves out, so a reader can see exactly what was counted.
public struct CaseKPI: Sendable, Hashable {
    /// Stable across councils and rounds: `needs-met-fully`, `needs-met-fully-or-partly`,
    /// `step-up-during`, `step-up-after`, `re-referred`, `involvement-over-6-months` …
    public var id: String
    public var label: String
    public var estimate: ProportionEstimate
    /// The base in words: "closed cases with a needs-met closure reason".
    public var base: String

    public init(id: String, label: String, estimate: ProportionEstimate, base: String) {
        self.id = id
        self.label = label
        self.estimate = estimate
        self.base = base
    }

    /// Every KPI the records' mapped columns allow, in a fixed order. `involvementMonths`
    /// gives the "longer than" lengths; `window` names the re-referral window.
    public static func kpis(_ records: [CaseRecord], set: CaseOutcomeSet) -> [CaseKPI] {
        var kpis: [CaseKPI] = []
        let rated = records.compactMap(\.needsMet).filter { $0 != .other }
        if !records.allSatisfy({ $0.needsMet == nil }) {
            kpis.append(CaseKPI(
                id: "needs-met-fully", label: "Needs fully met at closure",
                estimate: ProportionEstimate(successes: rated.filter { $0 == .fully }.count, total: rated.count),
                base: "closed cases whose closure reason says how far needs were met"
            ))
            kpis.append(CaseKPI(
                id: "needs-met-fully-or-partly", label: "Needs fully or partly met at closure",
                estimate: ProportionEstimate(successes: rated.filter { $0 != .not }.count, total: rated.count),
                base: "closed cases whose closure reason says how far needs were met"
            ))
        }
        func flag(_ id: String, _ label: String, _ base: String, _ value: (CaseRecord) -> Bool?) {
            let known = records.compactMap(value)
            guard !records.allSatisfy({ value($0) == nil }) else { return }
            kpis.append(CaseKPI(id: id, label: label, estimate: ProportionEstimate(successes: known.filter { $0 }.count, total: known.count), base: base))
        }
        flag("step-up-during", "Stepped up to children's social care during early help", "cases where this is recorded", \.stepUpDuring)
        flag("step-up-after", "Children's social care involvement after early help", "closed cases where this is recorded", \.stepUpAfter)
        let window = set.reReferralWindowDays.map { " within \(Self.describe(days: $0)) of closure" } ?? ""
        flag("re-referred", "Re-referred to early help" + window, "closed cases whose window had passed", \.reReferred)
        let timed = records.filter { $0.involvementDays != nil }
        for months in set.involvementMonths where !timed.isEmpty {
            let longer = timed.filter { record in
                guard let opened = record.opened, let closed = record.closed else { return false }
                return closed > opened.adding(months: months)
            }
            kpis.append(CaseKPI(
                id: "involvement-over-\(months)-months", label: "Involved for longer than \(months) months",
                estimate: ProportionEstimate(successes: longer.count, total: timed.count), base: "closed cases with both dates"
            ))
        }
        return kpis
    }

    /// "12 months" for 365 days, "6 months" for 182 or 183, "90 days" otherwise.
    static func describe(days: Int) -> String {
        switch days {
        case 365, 366: "12 months"
        case 182, 183: "6 months"
        case 730, 731: "24 months"
        default: "\(days) days"
        }
    }
}
