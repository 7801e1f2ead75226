public import EvidentModel

/// How often two codes were found in the same answer (roll-up applied: an answer coded with a
/// sub-code counts for its ancestors). The unit is one answer (data set, respondent, question).
public struct CoOccurrence: Sendable {
    /// The codes compared, in codebook order.
    public var codeIDs: [String]
    /// `counts[i][j]`: answers coded with both `codeIDs[i]` and `codeIDs[j]`; the diagonal holds
    /// answers coded with `codeIDs[i]` at all.
    public var counts: [[Int]]

    /// The code × code table for codes at `maxDepth` or shallower (0: themes only).
    public static func table(codebook: Codebook, segments: [CodedSegment], maxDepth: Int) -> CoOccurrence {
        let codes = codebook.allCodes.filter { $0.depth <= maxDepth }.map(\.code.id)
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rollUp = RollUp(codebook: codebook)
        struct Answer: Hashable {
            let dataset: String
            let respondent: String
            let question: String
        }
        // Answers numbered in order of first appearance (one hash of their strings per segment);
        // each code's roll-up chain worked out once.
        var numbers: [Answer: Int] = [:]
        var codesOf: [Set<Int>] = []
        var chains: [String: [Int]] = [:]
        for segment in segments {
            let number = numbers.number(of: Answer(dataset: segment.dataset, respondent: segment.respondent, question: segment.question))
            if number == codesOf.count { codesOf.append([]) }
            if chains[segment.codeID] == nil {
                chains[segment.codeID] = rollUp.selfAndAncestors(of: segment.codeID).compactMap { index[$0] }
            }
            for position in chains[segment.codeID] ?? [] { codesOf[number].insert(position) }
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: codes.count), count: codes.count)
        for codes in codesOf {
            let present = codes.sorted()
            for first in present {
                for second in present { counts[first][second] += 1 }
            }
        }
        return CoOccurrence(codeIDs: codes, counts: counts)
    }
}
