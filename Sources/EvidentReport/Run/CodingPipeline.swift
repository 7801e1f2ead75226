import Dispatch
import EvidentAnalysis
import EvidentCoding
import EvidentModel

/// Codes batches of answers in the background, one batch at a time, while the caller reads the
/// next and writes the last: `submit` waits for the previous batch, starts the new one, then
/// hands the previous one's rendered rows over (in order), so writing overlaps coding too. Rows
/// are `coded_segments.csv` records, rendered on the coding workers, one byte array per chunk
/// (never joined, which would copy the whole output once more).
///
/// `@unchecked Sendable`: `pending` is written only by the caller's thread, and the group's
/// wait orders that write before every read of `done` and after the background write to it.
final class CodingPipeline: @unchecked Sendable {
    struct Rendered: Sendable {
        /// Non-empty answers coded, and their bytes of UTF-8.
        var answers = 0
        var bytes = 0
        /// Rows rendered.
        var count = 0
        var chunks: [[UInt8]] = []
    }

    private let engine: CodingEngine
    private let writer: CodedRecordsWriter
    private let progress: (@Sendable (CodingProgress) -> Void)?
    private let queue = DispatchQueue(label: "evident.coding")
    private let group = DispatchGroup()
    private var pending = false
    /// Answers and bytes of the batches already handed over.
    private var answersBefore = 0
    private var bytesBefore = 0
    private var done = Rendered()

    init(engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)?) {
        self.engine = engine
        writer = CodedRecordsWriter(engine: engine)
        self.progress = progress
    }

    /// Starts coding the non-empty answers of `respondents` (of `dataset`) once the previous
    /// batch is done, then hands the previous batch's output to `deliver`. The answers are
    /// gathered, and the respondents let go, in the background too: the caller's thread only reads.
    ///
    /// Progress is reported after each chunk: answers and bytes coded so far in the whole run,
    /// and `inputFraction`, the share of the input read when this batch was submitted.
    func submit(
        _ respondents: [Respondent], of dataset: Dataset, inputFraction: Double,
        deliver: (Rendered) throws(InputError) -> Void
    ) throws(InputError) {
        let previous = collect()
        if let previous {
            answersBefore += previous.answers
            bytesBefore += previous.bytes
        }
        pending = true
        group.enter()
        let report = progress.map { progress in
            { @Sendable [answersBefore, bytesBefore] (batch: CodingProgress) in
                var overall = batch
                overall.answers += answersBefore
                overall.bytes += bytesBefore
                overall.inputFraction = inputFraction
                progress(overall)
            }
        }
        queue.async { [self] in
            let units = AnswerToCode.answers(of: dataset, respondents: respondents)
            let chunks = StudyAnalysis.inChunks(units, progress: report) { chunk, scratch in
                var rows = ByteBuffer(capacity: chunk.reduce(0) { $0 + $1.text.utf8.count } * 2)
                var records = CodedRecords()
                var rendering = CodedRecordsWriter.Scratch()
                var count = 0
                for unit in chunk {
                    records.removeAll()
                    engine.code(unit.text, dataset: unit.dataset, kind: unit.kind, into: &records, using: &scratch)
                    writer.append(
                        records, dataset: unit.dataset, respondent: unit.respondent, question: unit.question, to: &rows,
                        scratch: &rendering)
                    count += records.segments.count
                }
                return (count: count, rows: rows.array)
            }
            done = Rendered(
                answers: units.count, bytes: units.reduce(0) { $0 + $1.text.utf8.count },
                count: chunks.reduce(0) { $0 + $1.count }, chunks: chunks.map(\.rows))
            group.leave()
        }
        if let previous { try deliver(previous) }
    }

    /// Waits for the last batch and hands it over.
    func finish(_ deliver: (Rendered) throws(InputError) -> Void) throws(InputError) {
        if let last = collect() { try deliver(last) }
    }

    /// Waits for the batch being coded, if any, and takes its output.
    private func collect() -> Rendered? {
        guard pending else { return nil }
        group.wait()
        pending = false
        let output = done
        done = Rendered()
        return output
    }
}
