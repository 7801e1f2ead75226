public import EvidentCoding
public import EvidentModel
import Dispatch
import Synchronization

/// Codes a study's free text and computes its statistics: the analysis stage end to end.
public enum StudyAnalysis {
    /// Answers coded per parallel chunk: large enough to amortise scheduling, small enough to
    /// keep both cores busy and progress smooth.
    static let chunkSize = 2_000

    /// One answer to code: where it is, and its text.
    struct Unit: Sendable {
        let dataset: String
        let kind: DatasetKind
        let respondent: String
        let question: String
        let text: String
    }

    /// Codes every non-empty answer of every data set. Chunks of answers are coded in parallel
    /// on all cores and merged in input order, so the result is identical to a sequential run.
    /// `progress` is called after each chunk (from one thread at a time) with the work done so far.
    public static func code(
        _ datasets: [Dataset], with engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) -> [CodedSegment] {
        var units: [Unit] = []
        for dataset in datasets {
            for respondent in dataset.respondents {
                for (question, answer) in zip(dataset.questions, respondent.answers) where !answer.trimmedWhitespace.isEmpty {
                    units.append(Unit(dataset: dataset.id, kind: dataset.kind, respondent: respondent.id, question: question.id, text: answer))
                }
            }
        }
        return code(units, with: engine, progress: progress)
    }

    static func code(_ units: [Unit], with engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)?) -> [CodedSegment] {
        let totalBytes = units.reduce(0) { $0 + $1.text.utf8.count }
        let chunks = stride(from: 0, to: units.count, by: chunkSize).map { $0..<min($0 + chunkSize, units.count) }
        let results = ChunkResults(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            var segments: [CodedSegment] = []
            var bytes = 0
            for unit in units[chunks[index]] {
                segments += engine.code(unit.text, dataset: unit.dataset, kind: unit.kind, respondent: unit.respondent, question: unit.question)
                bytes += unit.text.utf8.count
            }
            let (answers, done) = results.store(segments, at: index, answers: chunks[index].count, bytes: bytes)
            progress?(CodingProgress(answers: answers, totalAnswers: units.count, bytes: done, totalBytes: totalBytes))
        }
        return results.merged()
    }
}

/// How far a coding run has got.
public struct CodingProgress: Sendable {
    public var answers: Int
    public var totalAnswers: Int
    /// UTF-8 bytes of free text coded so far.
    public var bytes: Int
    public var totalBytes: Int
}

/// Per-chunk results of a parallel coding run, gathered under a mutex and merged in order.
final class ChunkResults: Sendable {
    private struct State {
        var chunks: [[CodedSegment]]
        var answers = 0
        var bytes = 0
    }

    private let state: Mutex<State>

    init(count: Int) {
        state = Mutex(State(chunks: Array(repeating: [], count: count)))
    }

    /// Stores a chunk's segments and returns the running totals of answers and bytes.
    func store(_ segments: [CodedSegment], at index: Int, answers done: Int, bytes size: Int) -> (Int, Int) {
        state.withLock { state in
            state.chunks[index] = segments
            state.answers += done
            state.bytes += size
            return (state.answers, state.bytes)
        }
    }

    func merged() -> [CodedSegment] {
        state.withLock { $0.chunks.flatMap { $0 } }
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
