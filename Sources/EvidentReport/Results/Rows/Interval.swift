package import EvidentAnalysis
package import EvidentFormats

/// A 95% interval as the outputs write it: `[lower, upper]` in `results.json`, two columns
/// (`<name>_low`, `<name>_high`) in a CSV table.
package struct Interval: Sendable, Hashable, Encodable, CSVColumnGroup {
    package var lower: Double
    package var upper: Double

    package init?(_ interval: ConfidenceInterval?) {
        guard let interval else { return nil }
        lower = interval.lower
        upper = interval.upper
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(lower)
        try container.encode(upper)
    }

    package static func csvColumns(named key: String) -> [String] { [key + "_low", key + "_high"] }
    package var csvCells: [CSVTable.Cell] { [.number(lower), .number(upper)] }
}

/// The lower and upper quartiles: `[q1, q3]` in `results.json`, columns `q1` and `q3` in a table.
package struct Quartiles: Sendable, Hashable, Encodable, CSVColumnGroup {
    package var q1: Double
    package var q3: Double?

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(q1)
        if let q3 { try container.encode(q3) } else { try container.encodeNil() }
    }

    package static func csvColumns(named key: String) -> [String] { ["q1", "q3"] }
    package var csvCells: [CSVTable.Cell] { [.number(q1), .number(q3)] }
}

/// Counts by label in a fixed order (a distribution's bins), written as a JSON object whose keys
/// are the labels.
package struct OrderedCounts: Sendable, Hashable, Encodable {
    package var entries: [(label: String, count: Int)] = []

    package init(_ entries: [(label: String, count: Int)] = []) {
        self.entries = entries
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for entry in entries { try container.encode(entry.count, forKey: DynamicKey(entry.label)) }
    }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.entries.map(\.label) == rhs.entries.map(\.label) && lhs.entries.map(\.count) == rhs.entries.map(\.count)
    }

    package func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.label)
            hasher.combine(entry.count)
        }
    }
}
