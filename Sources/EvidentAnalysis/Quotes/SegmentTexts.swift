public import EvidentModel

/// The text of coded segments, cut from their answers by Unicode-scalar offsets, in time linear
/// in the answers' lengths however many segments an answer holds.
///
/// Walking from an answer's start to each segment's offset cost O(answer) per segment, so an
/// answer of n scalars with n/100 sentences cost O(n²/100): one 680 KB answer held `evident
/// report` up 37 s. Here an answer longer than `directLimit` scalars is walked once, keeping the
/// index of every `stride`-th scalar; any offset is then reached from the checkpoint before it in
/// under `stride` steps. Shorter answers are walked directly (at most `directLimit` steps).
///
/// `steps` counts scalar steps taken, so tests check the work done, not seconds. The streamed
/// report cuts its candidates' texts through `AnswerText` instead (one answer at a time, its
/// scalars listed once); this serves the in-memory definition, `QuoteMaterial.gathered`.
public struct SegmentTexts {
    public static let stride = 256
    public static let directLimit = 4_096

    private struct AnswerKey: Hashable {
        let dataset: String
        let respondent: String
        let question: String
    }

    /// Checkpoints of the long answers met so far: the index of scalar `k × stride`.
    private var checkpoints: [AnswerKey: [String.Index]] = [:]
    /// Scalar steps taken, building checkpoints included.
    public private(set) var steps = 0

    public init() {}

    /// The scalars `[segment.start, segment.end)` of `answer`; empty when the offsets do not fit.
    public mutating func text(of segment: CodedSegment, in answer: String) -> String {
        let start = segment.start
        let end = segment.end
        guard start >= 0, end >= start else { return "" }
        let scalars = answer.unicodeScalars
        let from: String.Index
        if answer.utf8.count <= Self.directLimit {
            guard let index = advance(scalars, from: scalars.startIndex, by: start) else { return "" }
            from = index
        } else {
            let key = AnswerKey(dataset: segment.dataset, respondent: segment.respondent, question: segment.question)
            let marks = checkpoints[key] ?? build(scalars, for: key)
            let mark = start / Self.stride
            guard mark < marks.count, let index = advance(scalars, from: marks[mark], by: start - mark * Self.stride) else { return "" }
            from = index
        }
        guard let to = advance(scalars, from: from, by: end - start) else { return "" }
        return String(scalars[from..<to])
    }

    private mutating func build(_ scalars: String.UnicodeScalarView, for key: AnswerKey) -> [String.Index] {
        var marks: [String.Index] = []
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if offset % Self.stride == 0 { marks.append(index) }
            scalars.formIndex(after: &index)
            offset += 1
        }
        if offset % Self.stride == 0 { marks.append(index) }
        steps += offset
        checkpoints[key] = marks
        return marks
    }

    private mutating func advance(_ scalars: String.UnicodeScalarView, from start: String.Index, by distance: Int) -> String.Index? {
        var index = start
        for _ in 0..<distance {
            guard index < scalars.endIndex else { return nil }
            scalars.formIndex(after: &index)
        }
        steps += distance
        return index
    }
}
