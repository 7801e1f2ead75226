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
        let bases = datasets.map { dataset in dataset.respondents.count(where: \.hasFreeText) }
        let datasetIndex = Dictionary(uniqueKeysWithValues: datasets.enumerated().map { ($1.id, $0) })
        // Per code (by position in the codebook), per data set: distinct segments and respondents.
        // Segments and respondents are numbered once (one hash of their strings per segment), so
        // rolling a segment up to every ancestor costs integer set inserts only.
        let codeIndex = Dictionary(placed.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        var chains: [String: [Int]] = [:]
        var segmentSets = [[Set<Int>]](repeating: [Set<Int>](repeating: [], count: datasets.count), count: placed.count)
        var respondentSets = segmentSets
        var segmentNumbers: [SegmentKey: Int] = [:]
        var respondentNumbers: [String: Int] = [:]
        for segment in segments {
            guard let index = datasetIndex[segment.dataset] else { continue }
            let key = segmentNumbers.number(of: SegmentKey(segment))
            let respondent = respondentNumbers.number(of: segment.respondent)
            if chains[segment.codeID] == nil {
                chains[segment.codeID] = rollUp.selfAndAncestors(of: segment.codeID).compactMap { codeIndex[$0] }
            }
            for code in chains[segment.codeID] ?? [] {
                segmentSets[code][index].insert(key)
                respondentSets[code][index].insert(respondent)
            }
        }
        return results(codebook: codebook, engine: engine, datasets: datasets) { position, index in
            ThemeResult.Count(
                segments: segmentSets[position][index].count, respondents: respondentSets[position][index].count,
                base: bases[index])
        }
    }

    /// One result per code, in codebook order, from each code's counts in each data set
    /// (`count(code position, data set position)`): a code appears under the data sets it
    /// applies to, and its total adds them up.
    public static func results(
        codebook: Codebook, engine: CodingEngine, datasets: [Dataset], count: (Int, Int) -> ThemeResult.Count
    ) -> [ThemeResult] {
        codebook.allCodes.enumerated().map { position, entry in
            let id = entry.code.id
            var byDataset: [(dataset: String, count: ThemeResult.Count)] = []
            var total = ThemeResult.Count(segments: 0, respondents: 0, base: 0)
            for (index, dataset) in datasets.enumerated() where engine.applies(codeID: id, dataset: dataset.id, kind: dataset.kind) {
                let count = count(position, index)
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
