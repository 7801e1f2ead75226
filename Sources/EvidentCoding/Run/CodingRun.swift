public import EvidentModel
package import EvidentFormats
import Dispatch
import Synchronization

/// The coding run: every non-empty answer of a study coded in chunks on every core, merged in
/// input order so the result is identical to a sequential run, with progress as it goes.
public enum CodingRun {
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

    /// The rows of `coded_segments.csv` a coding run rendered, chunk by chunk in input order,
    /// handed to the file as they are (never joined into one copy).
    public struct RenderedRows: Sendable {
        package var chunks: [OwnedBytes]
        /// The byte order mark and header record, then every chunk.
        public var bytes: [UInt8] {
            var bytes = CodedSegmentsWriter.headerBytes
            bytes.reserveCapacity(bytes.count + chunks.reduce(0) { $0 + $1.count })
            for chunk in chunks { chunk.withBytes { bytes.append(contentsOf: $0) } }
            return bytes
        }
    }

    /// Codes every non-empty answer of every data set, as `code(_:with:progress:)` does, and
    /// renders the `coded_segments.csv` rows of each chunk on the worker that coded it, with
    /// `CodedSegmentsWriter`, the file's one writer: the segments for the analysis and the rows
    /// for the file come from the same records.
    public static func codeAndRender(
        _ datasets: [Dataset], with engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) -> (segments: [CodedSegment], rows: RenderedRows) {
        let units = datasets.flatMap { AnswerToCode.answers(of: $0, respondents: $0.respondents) }
        let writer = CodedSegmentsWriter(engine: engine)
        let chunks = inChunks(units, progress: progress) { chunk, scratch in
            var segments: [CodedSegment] = []
            var records = CodedRecords()
            var rows = ByteBuffer(capacity: 64 * 1024)
            var rendering = CodedSegmentsWriter.Scratch()
            for unit in chunk {
                records.removeAll()
                engine.code(unit.text, dataset: unit.dataset, kind: unit.kind, into: &records, using: &scratch)
                writer.append(
                    records, dataset: unit.dataset, respondent: unit.respondent, question: unit.position, to: &rows,
                    scratch: &rendering)
                engine.segments(
                    of: records, dataset: unit.dataset, respondent: unit.respondent, question: unit.question, into: &segments)
            }
            return (segments, rows.owned())
        }
        return (chunks.flatMap(\.0), RenderedRows(chunks: chunks.map(\.1)))
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
    /// The question's id (its column).
    public let question: String
    /// The question's 0-based place among the data set's free-text questions.
    public let position: Int
    public let text: String

    /// The non-empty answers of `respondents` (of `dataset`), in respondent then question order.
    public static func answers(of dataset: Dataset, respondents: [Respondent]) -> [AnswerToCode] {
        var units: [AnswerToCode] = []
        for respondent in respondents {
            for (position, (question, answer)) in zip(dataset.questions, respondent.answers).enumerated() where !answer.isBlank {
                units.append(AnswerToCode(
                    dataset: dataset.id, kind: dataset.kind, respondent: respondent.id, question: question.id, position: position,
                    text: answer))
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
