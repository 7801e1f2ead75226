import Dispatch
import EvidentAnalysis
import EvidentCoding
import EvidentFormats
import EvidentModel
import EvidentReport

/// The report's one pass over a data set, on every core: while the caller reads the next batch
/// of respondents and writes the last one's rows, the current batch is coded, its rows of
/// `coded_segments.csv` and `results.sqlite` are rendered, and its respondents are added to the
/// workers' tallies — chunk by chunk in parallel. Rows are handed back strictly in input order;
/// the tallies merge when the data set ends. Nothing of a batch is kept once it is written.
///
/// `@unchecked Sendable`: `pending` and `workers` are written only on the caller's thread, and
/// the group's wait orders those writes before every background read, and the background write
/// of `done` before the caller reads it.
final class ReportPipeline: @unchecked Sendable {
    /// One batch's output, chunk by chunk in input order.
    struct Output: Sendable {
        var chunks: [Chunk] = []
    }

    /// One chunk's output.
    struct Chunk: Sendable {
        /// Its `coded_segments.csv` rows.
        var rows: OwnedBytes
        /// Its `results.sqlite` rows.
        var database: DatabaseRows
        /// Non-empty answers, their bytes of UTF-8, coded segments.
        var answers = 0
        var bytes = 0
        var segments = 0
    }

    private let engine: CodingEngine?
    private let writer: CodedSegmentsWriter?
    /// The engine's patterns' UTF-8, for the database's matches.
    private let patterns: [[UInt8]]
    private let progress: (@Sendable (CodingProgress) -> Void)?
    private let queue = DispatchQueue(label: "evident.report")
    private let group = DispatchGroup()
    private var pending = false
    private var done = Output()
    private var answersBefore = 0
    private var bytesBefore = 0
    private var workers: TallyWorkers?
    /// Respondents of the current data set handed over so far.
    private var position = 0

    private let chunkSize: Int

    init(engine: CodingEngine?, chunkSize: Int = respondentsPerChunk, progress: (@Sendable (CodingProgress) -> Void)?) {
        self.engine = engine
        self.chunkSize = max(1, chunkSize)
        writer = engine.map(CodedSegmentsWriter.init)
        patterns = engine?.patternTexts.map { Array($0.utf8) } ?? []
        self.progress = progress
    }

    /// Starts a data set: its respondents will be tallied by `plan`.
    func begin(_ plan: TallyPlan) {
        workers = TallyWorkers(plan: plan)
        position = 0
    }

    /// Starts on `respondents` (the next of the current data set) once the previous batch is
    /// done, then hands the previous batch's output to `deliver`.
    func submit(
        _ respondents: [Respondent], inputFraction: Double, deliver: (Output) throws(InputError) -> Void
    ) throws(InputError) {
        let previous = collect()
        if let previous { count(previous) }
        guard let workers else { return }
        let first = position
        position += respondents.count
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
        queue.async { [self, engine, writer, patterns, chunkSize] in
            let chunks = CodingRun.inChunks(respondents, of: chunkSize, work: Self.work, progress: report) {
                chunk, scratch in
                Self.process(
                    chunk, first: first, workers: workers, engine: engine, writer: writer, patterns: patterns, scratch: &scratch)
            }
            done = Output(chunks: chunks)
            group.leave()
        }
        if let previous { try deliver(previous) }
    }

    /// Waits for the data set's last batch, hands it over, and returns the data set's tally.
    func end(_ deliver: (Output) throws(InputError) -> Void) throws(InputError) -> DatasetTally? {
        if let last = collect() {
            count(last)
            try deliver(last)
        }
        defer { workers = nil }
        return workers?.merged()
    }

    /// Respondents per parallel chunk.
    static let respondentsPerChunk = 1_000

    /// Codes, renders and tallies one chunk of respondents on the worker running it.
    private static func process(
        _ chunk: ArraySlice<Respondent>, first: Int, workers: TallyWorkers, engine: CodingEngine?,
        writer: CodedSegmentsWriter?, patterns: [[UInt8]], scratch: inout CodingScratch
    ) -> Chunk {
        let dataset = workers.plan.dataset
        var tally = workers.take()
        var rows = ByteBuffer(capacity: chunk.count * 1024)
        var records = CodedRecords()
        var rendering = CodedSegmentsWriter.Scratch()
        var database = DatabaseRows(patterns: patterns)
        var answers = 0
        var bytes = 0
        var segments = 0
        for (offset, respondent) in zip(chunk.indices, chunk) {
            database.addRespondent(respondent)
            tally.add(respondent, position: first + offset) { question, answer in
                answers += 1
                bytes += answer.utf8.count
                records.removeAll()
                guard let engine, let writer else {
                    database.addAnswer(question: question, text: answer, records: records)
                    return nil
                }
                engine.code(answer, dataset: dataset.id, kind: dataset.kind, into: &records, using: &scratch)
                writer.append(
                    records, dataset: dataset.id, respondent: respondent.id, question: question, to: &rows,
                    scratch: &rendering)
                database.addAnswer(question: question, text: answer, records: records)
                segments += records.segments.count
                return records
            }
        }
        workers.give(tally)
        return Chunk(rows: rows.owned(), database: database, answers: answers, bytes: bytes, segments: segments)
    }

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

    private func count(_ output: Output) {
        for chunk in output.chunks {
            answersBefore += chunk.answers
            bytesBefore += chunk.bytes
        }
    }

    /// Waits for the batch being worked on, if any, and takes its output.
    private func collect() -> Output? {
        guard pending else { return nil }
        group.wait()
        pending = false
        let output = done
        done = Output()
        return output
    }
}
