package import EvidentAnalysis
import EvidentCoding
package import EvidentModel
import Foundation

/// `results.sqlite`: the study's data and coding as a relational database — data sets, their
/// attributes and questions, scales, respondents, answers, the codebook and its patterns, coded
/// segments and the quotes chosen — written in the report's one pass, chunk by chunk, for R,
/// Python or DB Browser. The schema is `docs/results-sqlite.md` (and `ResultsDatabase+Schema`).
///
/// Written through the system SQLite library, not GRDB: the file is written once, in bulk, by
/// one thread, at the speed of the coding — prepared multi-row inserts bound straight from the
/// rows' bytes — and never read back. GRDB's strengths (records, migrations, observation,
/// concurrent access) are not needed for that, and it would add a large dependency, and its build
/// time, for a layer over the same C calls.
///
/// Fast and repeatable: no journal (a failed run leaves only a temporary file, removed), no sync
/// until closed, indexes built once the rows are in, nothing that depends on the time or the
/// machine. The same inputs give the same bytes.
///
/// **No free text is stored.** Answers can name people, and `results.sqlite` sits in the report
/// folder beside files that are shared; a free-text answer's row holds its length in Unicode
/// scalars (the unit of every offset), and the text stays in the export that the `datasets`
/// table names, with its SHA-256, at the line `respondents` gives. Quotes are stored anonymised,
/// as the appendix shows them. Personal-data columns are never stored; attributes are.
///
/// Not `Sendable`: one thread writes it.
package final class ResultsDatabase {
    let file: SQLiteFile
    private let temporary: String
    /// Where `commit()` puts the file.
    package let target: String
    private var tables: Tables?
    /// Row ids given out so far.
    private var respondents = 0
    private var answers = 0
    private var questions = 0
    private var attributes = 0
    private var datasets = 0
    /// The current data set's row id, and the row ids of its items, free-text questions and
    /// attributes by position.
    private var current = Current(dataset: 0, items: [], questions: [], attributes: [])
    /// The scales the items use, by id.
    private var scales: [String: Scale] = [:]
    private var indexed = false
    /// The thread building the indexes (`finishInBackground()`), until waited for, and what it
    /// failed with.
    private var finishing: DispatchGroup?
    private var finishError: InputError?
    /// Per data set id: its row id and its free-text questions' row ids (for quotes).
    private var datasetIDs: [String: (row: Int, questions: [String: Int])] = [:]

    struct Current {
        var dataset: Int
        var items: [Int]
        var questions: [Int]
        var attributes: [Int]
    }

    /// Opens a new database beside `target`; `commit()` moves it there.
    package init(target: String, study: StudySpec, codebook: Codebook?) throws(InputError) {
        self.target = target
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the output folder: \(error.localizedDescription)", at: SourceLocation(file: folder))
        }
        temporary = folder + "/.evident-" + UUID().uuidString + ".tmp"
        file = try SQLiteFile(path: temporary, displayPath: "results.sqlite")
        try file.execute(Self.pragmas + Self.schema + "BEGIN;")
        let tables = try Tables(file)
        self.tables = tables
        try writeStudy(study, codebook: codebook)
    }

    deinit {
        file.close()
        unlink(temporary)
    }

    /// Starts a data set (its shape: items, free-text questions, attributes); its respondents
    /// follow in `insert(_:)`.
    package func begin(_ dataset: Dataset) throws(InputError) {
        guard let tables else { return }
        datasets += 1
        current = Current(dataset: datasets, items: [], questions: [], attributes: [])
        for (position, name) in dataset.attributes.enumerated() {
            attributes += 1
            current.attributes.append(attributes)
            try tables.attributes.add(.init(id: attributes, dataset: datasets, position: position + 1, name: name))
        }
        var questionIDs: [String: Int] = [:]
        for (position, item) in dataset.items.enumerated() {
            scales[item.scale.id] = item.scale
            questions += 1
            current.items.append(questions)
            try tables.questions.add(.init(
                id: questions, dataset: datasets, question: item.id, kind: "item", position: position + 1, column: item.column,
                text: item.label, scale: item.scale.id, reversed: item.reverse))
        }
        for (position, question) in dataset.questions.enumerated() {
            questions += 1
            current.questions.append(questions)
            questionIDs[question.id] = questions
            try tables.questions.add(.init(
                id: questions, dataset: datasets, question: CodedSegmentsWriter.questionID(position), kind: "free-text",
                position: position + 1, column: question.id, text: question.text, scale: nil, reversed: false))
        }
        try tables.attributes.flush()
        try tables.questions.flush()
        datasetIDs[dataset.id] = (datasets, questionIDs)
    }

    /// Inserts a chunk of the current data set's rows, in input order.
    package func insert(_ rows: DatabaseRows) throws(InputError) {
        guard let tables else { return }
        let firstRespondent = respondents + 1
        let firstAnswer = answers + 1
        try rows.text.withUnsafeBufferPointer { (text) throws(InputError) in
            for respondent in rows.respondents {
                respondents += 1
                try tables.respondents.add(.init(
                    id: respondents, dataset: current.dataset, respondent: UnsafeBufferPointer(rebasing: text[respondent.id]),
                    line: respondent.line, status: respondent.status.rawValue))
                for (position, attribute) in current.attributes.enumerated() {
                    let value = rows.attributes[respondent.attributeStart + position]
                    try tables.respondentAttributes.add(.init(
                        respondent: respondents, attribute: attribute, value: UnsafeBufferPointer(rebasing: text[value])))
                }
            }
            for answer in rows.answers {
                answers += 1
                let question = answer.isItem ? current.items[answer.position] : current.questions[answer.position]
                try tables.answers.add(.init(
                    id: answers, respondent: firstRespondent + answer.respondent, question: question, score: answer.score,
                    value: answer.value.map { UnsafeBufferPointer(rebasing: text[$0]) }, characters: answer.characters))
            }
            for segment in rows.segments {
                try tables.segments.add(.init(
                    answer: firstAnswer + segment.answer, segmentIndex: segment.segmentIndex, start: segment.start, end: segment.end,
                    code: segment.code + 1, matches: UnsafeBufferPointer(rebasing: text[segment.matches])))
            }
            // The rows point into this chunk's text: everything waiting goes in before it goes.
            try tables.flushRows()
        }
    }

    /// Ends the data set: its account of its records, read at its end.
    package func end(_ dataset: Dataset) throws(InputError) {
        guard let tables else { return }
        try tables.datasets.add(.init(id: current.dataset, dataset: dataset))
        try tables.datasets.flush()
    }

    /// Every data set is in: writes the scales and builds the indexes on another thread, while the
    /// caller computes the figures and renders the appendix and charts; `insert(quotes:codes:)`
    /// and `commit()` wait for it. The indexes are the largest single cost of the file (sorting
    /// 1.7 million coded segments by code took about 2 s of the 200,000-respondent benchmark's
    /// report), and nothing else uses this core then. The caller must not touch the database
    /// until one of those two calls.
    package func finishInBackground() {
        guard !indexed, finishing == nil else { return }
        let group = DispatchGroup()
        finishing = group
        let build = IndexBuild(database: self)
        DispatchQueue.global(qos: .userInitiated).async(group: group) { build.run() }
    }

    /// Waits for the indexes being built on another thread, if any, and throws what that failed with.
    private func waitForIndexes() throws(InputError) {
        guard let group = finishing else { return }
        group.wait()
        finishing = nil
        if let error = finishError {
            finishError = nil
            throw error
        }
    }

    /// The database handed to the thread that builds its indexes. `@unchecked Sendable`: the
    /// owner does not touch the database from `finishInBackground()` until `waitForIndexes()`,
    /// whose wait orders everything the thread wrote before the owner's next read.
    private struct IndexBuild: @unchecked Sendable {
        let database: ResultsDatabase

        func run() {
            do {
                try database.finishRows()
            } catch {
                database.finishError = error
            }
        }
    }

    /// Every data set is in: the scales, then the indexes.
    private func finishRows() throws(InputError) {
        guard !indexed else { return }
        indexed = true
        try writeScales(Array(scales.values))
        try file.execute(Self.indexes)
    }

    /// The quotes the appendix shows, anonymised, with the respondent and question they are from.
    package func insert(quotes: [Quote], codes: [String]) throws(InputError) {
        guard let tables else { return }
        try waitForIndexes()
        try finishRows()
        let codeIDs = Dictionary(codes.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let find = try file.prepare("SELECT id FROM respondents WHERE dataset_id = ? AND respondent = ?")
        for (position, quote) in quotes.enumerated() {
            guard let dataset = datasetIDs[quote.dataset] else { continue }
            find.bind(1, dataset.row)
            find.bind(2, quote.respondent)
            let respondent = try find.integer()
            try tables.quotes.add(.init(
                id: position + 1, code: codeIDs[quote.codeID], dataset: dataset.row, respondent: respondent,
                question: dataset.questions[quote.question], text: quote.text, attribution: quote.attribution))
        }
        try tables.quotes.flush()
    }

    /// Builds the indexes, writes the file out and moves it to `target`.
    package func commit() throws(InputError) {
        try waitForIndexes()
        try finishRows()
        tables = nil
        try file.execute("COMMIT;")
        file.close()
        if unlink(target) != 0, errno != ENOENT {
            throw InputError("cannot replace \(target): \(String(cString: strerror(errno)).lowercased())", at: SourceLocation(file: target))
        }
        guard rename(temporary, target) == 0 else {
            throw InputError("cannot write results.sqlite", at: SourceLocation(file: target))
        }
    }
}
