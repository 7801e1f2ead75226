public import EvidentCoding
public import EvidentModel

/// Counts each code, rolled up through the hierarchy: a segment coded by a sub-code counts for
/// every ancestor too (codebook spec §3.4a).
public enum ThemeAnalysis {
    /// One result per code, themes included, in codebook order. O(segments × depth).
    public static func results(
        codebook: Codebook, engine: CodingEngine, datasets: [Dataset], segments: [CodedSegment]
    ) -> [ThemeResult] {
        let placed = codebook.allCodes
        let rollUp = RollUp(codebook: codebook)
        let bases = datasets.map { dataset in
            dataset.respondents.filter { respondent in
                respondent.answers.contains { !$0.trimmedWhitespace.isEmpty }
            }.count
        }
        let datasetIndex = Dictionary(uniqueKeysWithValues: datasets.enumerated().map { ($1.id, $0) })
        // Per code, per data set: distinct segments and respondents.
        var segmentSets: [String: [Set<SegmentKey>]] = [:]
        var respondentSets: [String: [Set<String>]] = [:]
        let empty = [Set<SegmentKey>](repeating: [], count: datasets.count)
        let emptyRespondents = [Set<String>](repeating: [], count: datasets.count)
        for segment in segments {
            guard let index = datasetIndex[segment.dataset] else { continue }
            let key = SegmentKey(segment)
            for code in rollUp.selfAndAncestors(of: segment.codeID) {
                segmentSets[code, default: empty][index].insert(key)
                respondentSets[code, default: emptyRespondents][index].insert(segment.respondent)
            }
        }
        return placed.map { entry in
            let id = entry.code.id
            var byDataset: [(dataset: String, count: ThemeResult.Count)] = []
            var total = ThemeResult.Count(segments: 0, respondents: 0, base: 0)
            for (index, dataset) in datasets.enumerated() where engine.applies(codeID: id, dataset: dataset.id, kind: dataset.kind) {
                let count = ThemeResult.Count(
                    segments: segmentSets[id]?[index].count ?? 0,
                    respondents: respondentSets[id]?[index].count ?? 0,
                    base: bases[index]
                )
                byDataset.append((dataset.id, count))
                total.segments += count.segments
                total.respondents += count.respondents
                total.base += count.base
            }
            return ThemeResult(
                codeID: id, label: entry.code.label, parentID: entry.parentID, depth: entry.depth, total: total,
                byDataset: byDataset
            )
        }
    }
}

/// A coded segment's identity, without the code: the same sentence coded by two sub-codes of
/// one theme counts once for the theme.
struct SegmentKey: Hashable, Sendable {
    let respondent: String
    let question: String
    let index: Int

    init(_ segment: CodedSegment) {
        respondent = segment.respondent
        question = segment.question
        index = segment.segmentIndex
    }
}
