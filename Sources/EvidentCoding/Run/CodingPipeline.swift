import Dispatch
package import EvidentFormats
package import EvidentModel

/// Codes batches of answers in the background, one batch at a time, while the caller reads the
/// next and writes the last: `submit` waits for the previous batch, starts the new one, then
/// hands the previous one's rendered rows over (in order), so writing overlaps coding too. Rows
/// are `coded_segments.csv` records, rendered on the coding workers into one buffer per chunk
/// and handed to the file as they are (never joined, which would copy the output once more).
///
/// `@unchecked Sendable`: `pending` is written only by the caller's thread, and the group's
/// wait orders that write before every read of `done` and after the background write to it.
package final class CodingPipeline: @unchecked Sendable {
    package struct Rendered: Sendable {
        /// Non-empty answers coded, and their bytes of UTF-8.
        package var answers = 0
        package var bytes = 0
        /// Rows rendered.
        package var count = 0
        package var chunks: [OwnedBytes] = []
    }

    private let engine: CodingEngine
    private let writer: CodedSegmentsWriter
    private let progress: (@Sendable (CodingProgress) -> Void)?
    private let queue = DispatchQueue(label: "evident.coding")
    private let group = DispatchGroup()
    private var pending = false
    /// Answers and bytes of the batches already handed over.
    private var answersBefore = 0
    private var bytesBefore = 0
    private var done = Rendered()

    package init(engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)?) {
        self.engine = engine
        writer = CodedSegmentsWriter(engine: engine)
        self.progress = progress
    }

    /// Starts coding the non-empty answers of `respondents` (of `dataset`) once the previous
    /// batch is done, then hands the previous batch's output to `deliver`. The respondents are
    /// coded, and let go, in the background: the caller's thread only reads and writes.
    ///
    /// Progress is reported after each chunk: answers and bytes coded so far in the whole run,
    /// and `inputFraction`, the share of the input read when this batch was submitted.
    package func submit(
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
            // Chunks of respondents, coded answer by answer without gathering the answers first.
            let questions = dataset.questions.indices
            let chunks = CodingRun.inChunks(
                respondents, of: Self.respondentsPerChunk, work: Self.work, progress: report
            ) { chunk, scratch in
                // A guess at the rows' size (about 1 KB a respondent on the benchmark); it grows.
                var rows = ByteBuffer(capacity: chunk.count * 1024)
                var records = CodedRecords()
                var rendering = CodedSegmentsWriter.Scratch()
                var rendered = Rendered()
                for respondent in chunk {
                    for (question, answer) in zip(questions, respondent.answers) where !answer.isBlank {
                        records.removeAll()
                        engine.code(answer, dataset: dataset.id, kind: dataset.kind, into: &records, using: &scratch)
                        writer.append(
                            records, dataset: dataset.id, respondent: respondent.id, question: question, to: &rows,
                            scratch: &rendering)
                        rendered.answers += 1
                        rendered.bytes += answer.utf8.count
                        rendered.count += records.segments.count
                    }
                }
                rendered.chunks = [rows.owned()]
                return rendered
            }
            var joined = Rendered()
            for chunk in chunks {
                joined.answers += chunk.answers
                joined.bytes += chunk.bytes
                joined.count += chunk.count
                joined.chunks += chunk.chunks
            }
            done = joined
            group.leave()
        }
        if let previous { try deliver(previous) }
    }

    /// Respondents coded per parallel chunk: about as many answers as `CodingRun.chunkSize`
    /// when a respondent gives two.
    static let respondentsPerChunk = 1_000

    /// The non-empty answers of a respondent, and their bytes.
    @Sendable
    private static func work(_ respondent: Respondent) -> (answers: Int, bytes: Int) {
        var work = (answers: 0, bytes: 0)
        for answer in respondent.answers where !answer.isBlank {
            work.answers += 1
            work.bytes += answer.utf8.count
        }
        return work
    }

    /// Waits for the last batch and hands it over.
    package func finish(_ deliver: (Rendered) throws(InputError) -> Void) throws(InputError) {
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
