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
        var byAnswer: [Answer: Set<Int>] = [:]
        var order: [Answer] = []
        for segment in segments {
            let answer = Answer(dataset: segment.dataset, respondent: segment.respondent, question: segment.question)
            if byAnswer[answer] == nil { order.append(answer) }
            for code in rollUp.selfAndAncestors(of: segment.codeID) {
                if let position = index[code] { byAnswer[answer, default: []].insert(position) }
            }
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: codes.count), count: codes.count)
        for answer in order {
            let present = (byAnswer[answer] ?? []).sorted()
            for first in present {
                for second in present { counts[first][second] += 1 }
            }
        }
        return CoOccurrence(codeIDs: codes, counts: counts)
    }
}
