import EvidentModel

/// Chooses scale items and free-text columns when a manifest lists none (study spec §4), with
/// the same rules `evident inspect` uses (`ColumnClassifier`), from the first records.
///
/// Only the study's own scales (built-ins and the manifest's `scales:`) can be used here: a
/// column whose values are on a scale the study lacks (`None of the time … All of the time`,
/// 1–7) is left out, unless its values are all levels of one of the study's ordinal scales
/// (`Yes`/`No` answers on the study's `yes-partly-no`). `evident inspect --write` proposes the
/// missing scales. Identifier, attribute, metadata and personal-data columns are never items.
enum ColumnInference {
    static let sampleSize = 500

    struct Result {
        var items: [ItemSpec]
        var freeText: [String]
    }

    static func infer(
        columns: [ColumnHeader], sample: [[String]], spec: DatasetSpec, layout: ExportLayout, scales: [String: Scale]
    ) -> Result {
        let reserved = Set(spec.attributes + spec.personal + [spec.respondentID, layout.respondentIDColumn].compactMap { $0 })
        let context = ColumnContext(layout: layout, scales: Array(scales.values))
        let profiles = ColumnProfiler.profile(columns: columns, records: sample, context: context)
        var items: [ItemSpec] = []
        var freeText: [String] = []
        for (index, profile) in profiles.enumerated() where !reserved.contains(profile.name) {
            switch profile.role {
            case .item:
                guard let guess = profile.scale else { continue }
                let values = ColumnValues(header: profile.header, index: index, records: sample, sentinel: layout.unansweredSentinel, codesAfterLabels: layout.answersCarryCodes).values
                if let scale = studyScale(for: guess, values: values, scales: scales) {
                    items.append(ItemSpec(column: profile.name, id: profile.name, scale: scale))
                }
            case .freeText:
                freeText.append(profile.name)
            default:
                continue
            }
        }
        return Result(items: items, freeText: freeText)
    }

    /// The study's scale for a guess: the guess itself when the study has it; else, for an
    /// ordinal guess, the study's ordinal scale with fewest levels that reads 95% of the values.
    private static func studyScale(for guess: ScaleGuess, values: [String], scales: [String: Scale]) -> String? {
        if !guess.isProposed { return guess.scale.id }
        guard case .ordinal = guess.scale.kind else { return nil }
        let ordinal = scales.values.compactMap { scale -> (Scale, Int)? in
            if case .ordinal(let levels, _) = scale.kind { return (scale, levels.count) }
            return nil
        }
        let fitting = ordinal.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }.first { scale, _ in
            Double(values.filter { scale.read($0).score != nil }.count) >= Double(values.count) * ScaleRecogniser.threshold
        }
        return fitting?.0.id
    }
}
