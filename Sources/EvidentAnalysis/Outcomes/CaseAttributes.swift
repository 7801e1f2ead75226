public import EvidentModel

/// What is known about each case from the study's outcome data sets: the attributes listed on
/// its readings and case-outcomes data sets, by name, joined on the case id. Where two data
/// sets give the same attribute, the first non-blank value (in study order) stands.
public struct CaseAttributes: Sendable {
    /// Attribute names in study order, each once.
    public private(set) var names: [String] = []
    private var values: [String: [String: String]] = [:]

    public init() {}

    /// Collects the attributes of every outcome-readings and case-outcomes data set of `datasets`.
    public init(_ datasets: [Dataset]) {
        for dataset in datasets {
            if let set = dataset.outcomes {
                for journey in set.journeys { add(dataset.attributes, journey.attributes, for: journey.caseID) }
            }
            if let set = dataset.caseOutcomes {
                for record in set.records { add(dataset.attributes, record.attributes, for: record.caseID) }
            }
        }
    }

    public func value(_ attribute: String, of caseID: String) -> String? {
        values[caseID]?[attribute]
    }

    mutating func add(_ names: [String], _ row: [String], for caseID: String) {
        for (name, value) in zip(names, row) {
            if !self.names.contains(name) { self.names.append(name) }
            if values[caseID]?[name]?.isEmpty ?? true { values[caseID, default: [:]][name] = value }
        }
    }
}
