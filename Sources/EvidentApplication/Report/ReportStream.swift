import EvidentAnalysis
import EvidentCoding
import EvidentFormats
import EvidentImport
import EvidentModel
import EvidentReport

/// The report's one pass over a study: each data set read in batches, each batch coded, its
/// coded segments written to `coded_segments.csv` and `results.sqlite` as they come and its respondents added to the
/// study's tally — on every core, in flat memory. What is kept: the tally (counts, groups and a
/// bounded pool of quote candidates), each data set's account of its records, the respondents of
/// story and interview data sets (the appendix prints them), and the respondents an agreement
/// check's coding files name.
enum ReportStream {
    /// What the pass produced.
    struct Outcome {
        var tally: StudyTally
        /// `coded_segments.csv` and `results.sqlite`, written but not yet in place.
        var codedSegments: StreamingFile
        var database: ResultsDatabase
        /// The data sets with the respondents kept (stories, interviews, coded by a coder).
        var kept: [Dataset]
    }

    /// Respondents read before a batch is coded.
    static let batchSize = 10_000

    /// Reads, codes and tallies every data set of `study`, writing `coded_segments.csv` into
    /// `folder`. Every data set is tried, so the user sees every file-level error at once.
    /// `batchSize` respondents are read before a batch is worked on, in chunks of `chunkSize` on
    /// the workers (the figures do not depend on either).
    static func run(
        _ study: PreparedStudy, folder: String, keep wanted: RespondentSelection, batchSize: Int = batchSize,
        chunkSize: Int = ReportPipeline.respondentsPerChunk, progress: (@Sendable (CodingProgress) -> Void)?
    ) throws(InputErrors) -> Outcome {
        var tally = StudyTally(spec: study.spec, codebook: study.codebook, engine: study.engine)
        var kept: [Dataset] = []
        var errors: [InputError] = []
        let file: StreamingFile
        let database: ResultsDatabase
        do {
            file = try StreamingFile(path: folder + "/coded_segments.csv")
            try file.append(CodedSegmentsWriter.headerBytes)
            database = try ResultsDatabase(target: folder + "/results.sqlite", study: study.spec, codebook: study.codebook)
        } catch {
            throw InputErrors([error])
        }
        let pipeline = ReportPipeline(engine: study.engine, chunkSize: chunkSize, progress: progress)
        func deliver(_ output: ReportPipeline.Output) throws(InputError) {
            for chunk in output.chunks {
                try chunk.rows.withBytes { (bytes) throws(InputError) in try file.append(bytes) }
                try database.insert(chunk.database)
            }
        }
        let sizes = study.spec.datasets.map { CodeRun.size(of: $0.path) }
        let totalSize = max(sizes.reduce(0, +), 1)
        var sizeBefore = 0
        for (spec, size) in zip(study.spec.datasets, sizes) {
            var respondents: [Respondent] = []
            do {
                var begun = false
                var shell = try DatasetLoader.stream(spec, scales: study.spec.scales, batchSize: batchSize) {
                    shape, batch, fractionRead throws(InputError) in
                    if !begun {
                        pipeline.begin(tally.plan(for: shape))
                        try database.begin(shape)
                        begun = true
                    }
                    let keepsAll = shape.kind == .mscStories || shape.kind == .interviews
                    respondents += keepsAll ? batch : batch.filter { wanted.contains(dataset: shape.id, respondent: $0.id) }
                    let read = (Double(sizeBefore) + fractionRead * Double(size)) / Double(totalSize)
                    try pipeline.submit(batch, inputFraction: read, deliver: deliver)
                }
                if !begun {
                    pipeline.begin(tally.plan(for: shell))
                    try database.begin(shell)
                }
                let datasetTally = try pipeline.end(deliver) ?? DatasetTally(plan: tally.plan(for: shell))
                // A data set with no usable record stops the run (`DatasetUsability`).
                if let problem = DatasetUsability.problem(shell) { errors.append(problem) }
                try database.end(shell)
                tally.append(shell, tally: datasetTally)
                shell.respondents = respondents
                kept.append(shell)
            } catch {
                _ = try? pipeline.end { _ throws(InputError) in }
                errors.append(error)
            }
            sizeBefore += size
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        // The indexes are built while the figures are computed and the appendix rendered.
        database.finishInBackground()
        return Outcome(tally: tally, codedSegments: file, database: database, kept: kept)
    }
}

/// The respondents a pass keeps whole, by data set and id (those an agreement check's coding
/// files name), or every respondent.
struct RespondentSelection: Sendable {
    var all = false
    var respondents: [String: Set<String>] = [:]

    static let none = RespondentSelection()

    func contains(dataset: String, respondent: String) -> Bool {
        all || respondents[dataset]?.contains(respondent) == true
    }

    var isEmpty: Bool { !all && respondents.isEmpty }
}
