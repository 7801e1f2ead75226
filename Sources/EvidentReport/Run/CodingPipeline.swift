import Dispatch
import EvidentAnalysis
import EvidentCoding
import EvidentModel

/// Codes batches of answers in the background, one batch at a time, while the caller reads the
/// next: `submit` waits for the previous batch, hands its rendered rows over (in order), then
/// starts the new one. Rows are `coded_segments.csv` records, rendered on the coding workers.
///
/// `@unchecked Sendable`: `pending` is written only by the caller's thread, and the group's
/// wait orders that write before every read of `done` and after the background write to it.
final class CodingPipeline: @unchecked Sendable {
    struct Rendered: Sendable {
        var count: Int
        var rows: [UInt8]
    }

    private let engine: CodingEngine
    private let progress: (@Sendable (CodingProgress) -> Void)?
    private let queue = DispatchQueue(label: "evident.coding")
    private let group = DispatchGroup()
    private var pending = false
    private var done = Rendered(count: 0, rows: [])

    init(engine: CodingEngine, progress: (@Sendable (CodingProgress) -> Void)?) {
        self.engine = engine
        self.progress = progress
    }

    /// Hands the previous batch's output to `deliver`, then starts coding `units`.
    func submit(_ units: [AnswerToCode], deliver: (Rendered) throws(InputError) -> Void) throws(InputError) {
        try collect(deliver)
        pending = true
        group.enter()
        queue.async { [self] in
            let chunks = StudyAnalysis.code(units, with: engine, progress: progress) { segments in
                var rows: [UInt8] = []
                for segment in segments { CSVTable.append(row: CodedSegmentsTable.row(segment), to: &rows) }
                return Rendered(count: segments.count, rows: rows)
            }
            var joined = Rendered(count: 0, rows: [])
            joined.rows.reserveCapacity(chunks.reduce(0) { $0 + $1.rows.count })
            for chunk in chunks {
                joined.count += chunk.count
                joined.rows += chunk.rows
            }
            done = joined
            group.leave()
        }
    }

    /// Waits for the last batch and hands it over.
    func finish(_ deliver: (Rendered) throws(InputError) -> Void) throws(InputError) {
        try collect(deliver)
    }

    private func collect(_ deliver: (Rendered) throws(InputError) -> Void) throws(InputError) {
        guard pending else { return }
        group.wait()
        pending = false
        let output = done
        done = Rendered(count: 0, rows: [])
        try deliver(output)
    }
}
