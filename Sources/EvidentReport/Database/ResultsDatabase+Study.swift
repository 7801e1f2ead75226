import EvidentFormats
import EvidentModel

extension ResultsDatabase {
    /// The study's own rows: what it is (`study`), its codebook (`codes`, `patterns`).
    func writeStudy(_ study: StudySpec, codebook: Codebook?) throws(InputError) {
        let facts: [(String, String?)] = [
            ("schema", Self.schemaVersion), ("title", study.title), ("organisation", study.organisation),
            ("codebook", codebook?.name), ("codebook_version", codebook?.version),
            ("segment_unit", codebook.map { $0.options.segment == .response ? "response" : "sentence" }),
            ("offsets", "Unicode scalars"),
        ]
        let fact = try file.prepare("INSERT INTO study (key, value) VALUES (?, ?)")
        for (key, value) in facts {
            fact.bind(1, key)
            fact.bind(2, value)
            try fact.run()
        }
        guard let codebook else { return }
        let placed = codebook.allCodes
        let position = Dictionary(placed.enumerated().map { ($1.code.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let code = try file.prepare("INSERT INTO codes (id, code, label, parent_id, depth, description) VALUES (?, ?, ?, ?, ?, ?)")
        for (index, entry) in placed.enumerated() {
            code.bind(1, index + 1)
            code.bind(2, entry.code.id)
            code.bind(3, entry.code.label)
            code.bind(4, entry.parentID.flatMap { position[$0] })
            code.bind(5, entry.depth)
            code.bind(6, entry.code.definition)
            try code.run()
        }
        // Patterns in the engine's order: code by code in codebook order, each code's distinct
        // patterns in order (exclusions are not patterns: they never code a segment).
        let pattern = try file.prepare("INSERT INTO patterns (id, code_id, pattern) VALUES (?, ?, ?)")
        var id = 0
        for (index, entry) in placed.enumerated() {
            var seen: Set<String> = []
            for text in entry.code.patterns.map(\.text) where seen.insert(text).inserted {
                id += 1
                pattern.bind(1, id)
                pattern.bind(2, index + 1)
                pattern.bind(3, text)
                try pattern.run()
            }
        }
    }

    /// The scales the data sets' items use, in id order.
    func writeScales(_ scales: [Scale]) throws(InputError) {
        let statement = try file.prepare(
            "INSERT INTO scales (id, scale, kind, minimum, maximum, positive_from, levels) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (index, scale) in scales.sorted(by: { $0.id < $1.id }).enumerated() {
            statement.bind(1, index + 1)
            statement.bind(2, scale.id)
            statement.bind(4, scale.minScore)
            statement.bind(5, scale.maxScore)
            switch scale.kind {
            case .numeric(_, _, let positiveFrom):
                statement.bind(3, "numeric")
                statement.bind(6, positiveFrom)
                statement.bindNull(7)
            case .ordinal(let levels, let positive):
                statement.bind(3, "ordinal")
                statement.bind(6, Double((positive.min() ?? levels.count) + 1))
                statement.bind(7, JSONValue.array(levels.map { .string($0) }).rendered().trimmingTrailingNewline)
            }
            try statement.run()
        }
    }
}

extension String {
    fileprivate var trimmingTrailingNewline: String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
