public import EvidentCoding
public import EvidentModel
import Dispatch
import Synchronization

/// Codes a study's free text and computes its statistics: the analysis stage end to end.
public enum StudyAnalysis {
    /// Answers coded per parallel chunk: large enough to amortise scheduling, small enough to
    /// keep both cores busy and progress smooth.
    static let chunkSize = 2_000

    /// Codes every non-empty answer of every data set. Chunks of answers are coded in parallel
    /// on all cores and merged in input order, so the result is identical to a sequential run.
    /// `progress` is called after each chunk (from one thread at a time) with the work done so far.
    public static func code(
        _ datasets: [Dataset], with engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) -> [CodedSegment] {
        let units = datasets.flatMap { AnswerToCode.answers(of: $0, respondents: $0.respondents) }
        return code(units, with: engine, progress: progress) { $0 }.flatMap { $0 }
    }

    /// Codes `units` in parallel chunks and transforms each chunk's segments (on the worker that
    /// coded them — rendering output there uses both cores too); the results come back in input
    /// order. O(text) work split across all cores.
    public static func code<Chunk: Sendable>(
        _ units: [AnswerToCode], with engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)? = nil,
        transform: @Sendable ([CodedSegment]) -> Chunk
    ) -> [Chunk] {
        inChunks(units, progress: progress) { chunk, scratch in
            var segments: [CodedSegment] = []
            for unit in chunk {
                engine.code(
                    unit.text, dataset: unit.dataset, kind: unit.kind, respondent: unit.respondent, question: unit.question,
                    into: &segments, using: &scratch
                )
            }
            return transform(segments)
        }
    }

    /// Runs `body` on consecutive chunks of `units` in parallel on all cores, each worker with its
    /// own coding scratch; the results come back in input order, and `progress` is called after
    /// each chunk (from one thread at a time) with the work done so far.
    public static func inChunks<Chunk: Sendable>(
        _ units: [AnswerToCode], progress: (@Sendable (CodingProgress) -> Void)? = nil,
        body: @Sendable (ArraySlice<AnswerToCode>, inout CodingScratch) -> Chunk
    ) -> [Chunk] {
        inChunks(units, of: chunkSize, work: { (answers: 1, bytes: $0.text.utf8.count) }, progress: progress, body: body)
    }

    /// Runs `body` on consecutive chunks of `size` units in parallel on all cores, each worker
    /// with its own coding scratch; the results come back in input order. `work` says how many
    /// answers, and bytes of them, a unit holds, for `progress`, called after each chunk (from
    /// one thread at a time) with the work done so far.
    public static func inChunks<Unit: Sendable, Chunk: Sendable>(
        _ units: [Unit], of size: Int, work: @Sendable (Unit) -> (answers: Int, bytes: Int),
        progress: (@Sendable (CodingProgress) -> Void)? = nil,
        body: @Sendable (ArraySlice<Unit>, inout CodingScratch) -> Chunk
    ) -> [Chunk] {
        let total = progress == nil ? (answers: 0, bytes: 0) : units.reduce((answers: 0, bytes: 0)) { sum, unit in
            let done = work(unit)
            return (sum.answers + done.answers, sum.bytes + done.bytes)
        }
        let chunks = stride(from: 0, to: units.count, by: size).map { $0..<min($0 + size, units.count) }
        let results = ChunkResults<Chunk>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            var scratch = CodingScratch()
            let chunk = units[chunks[index]]
            let result = body(chunk, &scratch)
            let done = progress == nil ? (answers: 0, bytes: 0) : chunk.reduce((answers: 0, bytes: 0)) { sum, unit in
                let done = work(unit)
                return (sum.answers + done.answers, sum.bytes + done.bytes)
            }
            results.store(result, at: index, answers: done.answers, bytes: done.bytes) { answers, bytes in
                progress?(CodingProgress(answers: answers, totalAnswers: total.answers, bytes: bytes, totalBytes: total.bytes))
            }
        }
        return results.merged()
    }
}

/// One answer to code: where it is, and its text.
public struct AnswerToCode: Sendable {
    public let dataset: String
    public let kind: DatasetKind
    public let respondent: String
    public let question: String
    public let text: String

    /// The non-empty answers of `respondents` (of `dataset`), in respondent then question order.
    public static func answers(of dataset: Dataset, respondents: [Respondent]) -> [AnswerToCode] {
        var units: [AnswerToCode] = []
        for respondent in respondents {
            for (question, answer) in zip(dataset.questions, respondent.answers) where !answer.isBlank {
                units.append(AnswerToCode(dataset: dataset.id, kind: dataset.kind, respondent: respondent.id, question: question.id, text: answer))
            }
        }
        return units
    }
}


/// How far a coding run has got.
public struct CodingProgress: Sendable {
    public var answers: Int
    public var totalAnswers: Int
    /// UTF-8 bytes of free text coded so far.
    public var bytes: Int
    public var totalBytes: Int
    /// When the totals cover only a batch of a streamed run: the share of the whole input read
    /// so far (0 to 1), for the time left.
    public var inputFraction: Double?
}

/// Per-chunk results of a parallel coding run, gathered under a mutex and returned in order.
final class ChunkResults<Chunk: Sendable>: Sendable {
    private struct State {
        var chunks: [Chunk?]
        var answers = 0
        var bytes = 0
    }

    private let state: Mutex<State>

    init(count: Int) {
        state = Mutex(State(chunks: Array(repeating: nil, count: count)))
    }

    /// Stores a chunk's result and hands the running totals of answers and bytes to `report`,
    /// under the lock, so reports arrive in increasing order whichever worker finishes first.
    func store(_ chunk: Chunk, at index: Int, answers done: Int, bytes size: Int, report: (Int, Int) -> Void) {
        state.withLock { state in
            state.chunks[index] = chunk
            state.answers += done
            state.bytes += size
            report(state.answers, state.bytes)
        }
    }

    func merged() -> [Chunk] {
        state.withLock { $0.chunks.compactMap { $0 } }
    }
}

extension StudyAnalysis {
    /// Computes every statistic from loaded data sets and their coded segments.
    public static func analyse(
        spec: StudySpec, codebook: Codebook?, engine: CodingEngine?, datasets: [Dataset], segments: [CodedSegment]
    ) -> StudyResults {
        let items = datasets.flatMap(ItemAnalysis.results(for:))
        var themes: [ThemeResult] = []
        if let codebook, let engine {
            themes = ThemeAnalysis.results(codebook: codebook, engine: engine, datasets: datasets, segments: segments)
        }
        let listed = Dictionary(spec.datasets.map { ($0.id, $0.composite) }, uniquingKeysWith: { first, _ in first })
        let composites = datasets.compactMap { CompositeAnalysis.result(for: $0, itemIDs: listed[$0.id] ?? nil) }
        let kinds = Dictionary(datasets.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { first, _ in first })
        let suppression = Suppression(threshold: spec.suppressBelow)
        var results = StudyResults(
            spec: spec, codebook: codebook, datasets: datasets, segments: segments, items: items, composites: composites,
            rankings: composites.map { ItemRanking.rank(items, against: $0) },
            changes: ChangeAnalysis.changes(items, kinds: kinds), themes: themes,
            breakdowns: BreakdownAnalysis.breakdowns(
                datasets: datasets, items: items, themes: themes, segments: segments, codebook: codebook, suppression: suppression
            ),
            coOccurrence: codebook.map { CoOccurrence.table(codebook: $0, segments: segments, maxDepth: 1) },
            coverage: coverage(datasets: datasets, segments: segments), suppression: suppression
        )
        results.stories = StoryAnalysis.results(datasets: datasets, segments: segments, codebook: codebook)
        results.outcomes = OutcomeResults.analyse(datasets: datasets, segments: segments, codebook: codebook, suppression: suppression)
        if codebook != nil {
            results.uncoded = UncodedText.summary(
                datasets: datasets, segments: segments, top: UncodedText.defaultTop, minimumAnswers: max(spec.suppressBelow, 1)
            )
        }
        return results
    }

    static func coverage(datasets: [Dataset], segments: [CodedSegment]) -> [CodingCoverage] {
        var coded: [String: Set<AnswerKey>] = [:]
        for segment in segments {
            coded[segment.dataset, default: []].insert(AnswerKey(respondent: segment.respondent, question: segment.question))
        }
        return datasets.map { dataset in
            var answers = 0
            for respondent in dataset.respondents {
                answers += respondent.answers.filter { !$0.trimmedWhitespace.isEmpty }.count
            }
            return CodingCoverage(dataset: dataset.id, answers: answers, coded: coded[dataset.id]?.count ?? 0)
        }
    }
}

/// One answer: a respondent's text for one question of a data set.
struct AnswerKey: Hashable, Sendable {
    let respondent: String
    let question: String
}
