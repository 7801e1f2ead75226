import EvidentModel

/// Guesses which columns are scale items and which are free text when the manifest does not
/// say, from the first records (study spec §4).
///
/// A column is a scale item when at least 95% of its non-blank sampled values are valid on one
/// scale; ordinal scales are tried before numeric ones, and among numeric scales the narrowest
/// range that holds the values wins (values 1–10 only: `confidence-1-10`). A column is free text
/// when its values are long (12 characters or more on average) and varied (at least half of
/// them distinct). Identifier, attribute and personal-data columns are never items.
enum ColumnInference {
    static let sampleSize = 500

    struct Result {
        var items: [ItemSpec]
        var freeText: [String]
    }

    static func infer(
        columns: [ColumnHeader], sample: [[String]], spec: DatasetSpec, layout: ExportLayout, scales: [String: Scale]
    ) -> Result {
        let reserved = Set(spec.attributes + [spec.respondentID, layout.respondentIDColumn].compactMap { $0 })
            .union(layout.personalColumns)
        let candidates = scales.values.sorted { order($0) < order($1) }
        var items: [ItemSpec] = []
        var freeText: [String] = []
        for (index, column) in columns.enumerated() where !reserved.contains(column.name) {
            let values = sample.compactMap { index < $0.count ? $0[index].trimmedWhitespace : nil }
                .filter { !$0.isEmpty && $0 != layout.unansweredSentinel }
            guard !values.isEmpty else { continue }
            if let scale = candidates.first(where: { fits(values, $0) }) {
                items.append(ItemSpec(column: column.name, id: column.name, scale: scale.id))
                continue
            }
            let averageLength = values.reduce(0) { $0 + $1.count } / values.count
            if averageLength >= 12, Set(values).count * 2 >= values.count {
                freeText.append(column.name)
            }
        }
        return Result(items: items, freeText: freeText)
    }

    private static func fits(_ values: [String], _ scale: Scale) -> Bool {
        let valid = values.filter { $0.count <= 40 && $0 != "-99" && scale.read($0).score != nil }.count
        guard valid * 100 >= values.count * 95 else { return false }
        if case .numeric = scale.kind {
            // Dates, years and ids are numbers too: require a spread of small whole values.
            return Set(values).count >= 2
        }
        return true
    }

    /// Ordinal before numeric; narrower numeric ranges first.
    private static func order(_ scale: Scale) -> (Int, Double, String) {
        switch scale.kind {
        case .ordinal(let levels, _): (0, Double(levels.count), scale.id)
        case .numeric(let min, let max, _): (1, max - min, scale.id)
        }
    }
}
