public import EvidentModel

/// What a case-outcomes data set shows: the KPIs over every case, the length of involvement,
/// and the KPIs by group and by progress (where the case also has outcome readings).
public struct CaseOutcomeResults: Sendable {
    /// One KPI for one group of cases.
    public struct Row: Sendable {
        /// The attribute's name, or "Progress" for rows by progress-matrix position.
        public var attribute: String
        public var group: String
        public var kpi: CaseKPI
        public var isSuppressed: Bool
    }

    public var dataset: String
    public var wave: String?
    public var cases: Int
    public var closed: Int
    public var kpis: [CaseKPI]
    /// Days from opening to closing, over closed cases with both dates.
    public var involvementDays: Summary
    public var reReferralNotYetKnown: Int
    public var byGroup: [Row]
    /// By position in the progress matrix (higher than average, as expected, lower).
    public var byProgress: [Row]

    public init(dataset: Dataset, set: CaseOutcomeSet, attributes: CaseAttributes, progress: [String: CaseProgress], suppression: Suppression) {
        self.dataset = dataset.id
        wave = dataset.wave
        cases = set.records.count
        closed = set.records.filter { $0.closed != nil }.count
        kpis = CaseKPI.kpis(set.records, set: set)
        involvementDays = Summary(set.records.compactMap(\.involvementDays).map(Double.init))
        reReferralNotYetKnown = set.reReferralNotYetKnown
        var byGroup: [Row] = []
        for attribute in attributes.names {
            var order: [String] = []
            var members: [String: [CaseRecord]] = [:]
            for record in set.records {
                guard let value = attributes.value(attribute, of: record.caseID), !value.isEmpty else { continue }
                if members[value] == nil { order.append(value) }
                members[value, default: []].append(record)
            }
            byGroup += Self.rows(attribute, order.map { ($0, members[$0] ?? []) }, set: set, suppression: suppression)
        }
        self.byGroup = byGroup
        let positions = CaseProgress.Position.allCases.map { position in
            (Self.label(position), set.records.filter { progress[$0.caseID]?.position == position })
        }
        byProgress = positions.contains { !$0.1.isEmpty } ? Self.rows("Progress", positions, set: set, suppression: suppression) : []
    }

    /// How a progress-matrix position reads in tables.
    public static func label(_ position: CaseProgress.Position) -> String {
        switch position {
        case .above: "Higher than average progress"
        case .on: "Stayed in their band"
        case .below: "Lower than average progress"
        }
    }

    /// Each KPI's row for each group, suppressed when the KPI's base in the group is small.
    private static func rows(_ attribute: String, _ groups: [(String, [CaseRecord])], set: CaseOutcomeSet, suppression: Suppression) -> [Row] {
        var rows: [Row] = []
        for (group, records) in groups {
            for kpi in CaseKPI.kpis(records, set: set) {
                rows.append(Row(attribute: attribute, group: group, kpi: kpi, isSuppressed: suppression.isPrimary(kpi.estimate.total)))
            }
        }
        return rows
    }
}
