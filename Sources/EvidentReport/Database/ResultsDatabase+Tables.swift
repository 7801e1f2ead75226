import EvidentModel

extension ResultsDatabase {
    /// The tables' rows, as bound: one row type per table, text either a Swift string (copied by
    /// SQLite) or bytes in the chunk being inserted (not copied; flushed before the chunk goes).
    struct Tables {
        struct Attribute {
            var id: Int
            var dataset: Int
            var position: Int
            var name: String
        }

        struct Question {
            var id: Int
            var dataset: Int
            var question: String
            var kind: String
            var position: Int
            var column: String
            var text: String
            var scale: String?
            var reversed: Bool
        }

        struct Respondent {
            var id: Int
            var dataset: Int
            var respondent: UnsafeBufferPointer<UInt8>
            var line: Int
            var status: String
        }

        struct RespondentAttribute {
            var respondent: Int
            var attribute: Int
            var value: UnsafeBufferPointer<UInt8>
        }

        struct Answer {
            var id: Int
            var respondent: Int
            var question: Int
            var score: Double?
            var value: UnsafeBufferPointer<UInt8>?
            var characters: Int?
        }

        struct Segment {
            var answer: Int
            var segmentIndex: Int
            var start: Int
            var end: Int
            var code: Int
            var matches: UnsafeBufferPointer<UInt8>
        }

        struct DatasetRow {
            var id: Int
            var dataset: EvidentModel.Dataset
        }

        struct Quote {
            var id: Int
            var code: Int?
            var dataset: Int
            var respondent: Int?
            var question: Int?
            var text: String
            var attribution: String
        }

        let attributes: BulkInsert<Attribute>
        let questions: BulkInsert<Question>
        let respondents: BulkInsert<Respondent>
        let respondentAttributes: BulkInsert<RespondentAttribute>
        let answers: BulkInsert<Answer>
        let segments: BulkInsert<Segment>
        let datasets: BulkInsert<DatasetRow>
        let quotes: BulkInsert<Quote>

        init(_ file: SQLiteFile) throws(InputError) {
            attributes = try BulkInsert(file, table: "attributes", columns: ["id", "dataset_id", "position", "name"]) { s, c, row in
                s.bind(c, row.id)
                s.bind(c + 1, row.dataset)
                s.bind(c + 2, row.position)
                s.bind(c + 3, row.name)
            }
            questions = try BulkInsert(
                file, table: "questions",
                columns: ["id", "dataset_id", "question", "kind", "position", "\"column\"", "text", "scale", "reversed"]
            ) { s, c, row in
                s.bind(c, row.id)
                s.bind(c + 1, row.dataset)
                s.bind(c + 2, row.question)
                s.bind(c + 3, row.kind)
                s.bind(c + 4, row.position)
                s.bind(c + 5, row.column)
                s.bind(c + 6, row.text)
                s.bind(c + 7, row.scale)
                s.bind(c + 8, row.reversed ? 1 : 0)
            }
            respondents = try BulkInsert(file, table: "respondents", columns: ["id", "dataset_id", "respondent", "line", "status"]) {
                s, c, row in
                s.bind(c, row.id)
                s.bind(c + 1, row.dataset)
                s.bind(c + 2, utf8: row.respondent)
                s.bind(c + 3, row.line)
                s.bind(c + 4, row.status)
            }
            respondentAttributes = try BulkInsert(
                file, table: "respondent_attributes", columns: ["respondent_id", "attribute_id", "value"]
            ) { s, c, row in
                s.bind(c, row.respondent)
                s.bind(c + 1, row.attribute)
                s.bind(c + 2, utf8: row.value)
            }
            answers = try BulkInsert(
                file, table: "answers", columns: ["id", "respondent_id", "question_id", "score", "value", "characters"]
            ) { s, c, row in
                s.bind(c, row.id)
                s.bind(c + 1, row.respondent)
                s.bind(c + 2, row.question)
                s.bind(c + 3, row.score)
                if let value = row.value { s.bind(c + 4, utf8: value) } else { s.bindNull(c + 4) }
                s.bind(c + 5, row.characters)
            }
            segments = try BulkInsert(
                file, table: "coded_segments", columns: ["answer_id", "segment_index", "code_id", "start", "\"end\"", "matches"]
            ) { s, c, row in
                s.bind(c, row.answer)
                s.bind(c + 1, row.segmentIndex)
                s.bind(c + 2, row.code)
                s.bind(c + 3, row.start)
                s.bind(c + 4, row.end)
                s.bind(c + 5, utf8: row.matches)
            }
            datasets = try BulkInsert(
                file, table: "datasets",
                columns: [
                    "id", "dataset", "kind", "wave", "file", "format", "encoding", "sha256", "invited", "rows_read", "complete",
                    "partial", "rejected",
                ]
            ) { s, c, row in
                let dataset = row.dataset
                s.bind(c, row.id)
                s.bind(c + 1, dataset.id)
                s.bind(c + 2, dataset.kind.rawValue)
                s.bind(c + 3, dataset.wave)
                s.bind(c + 4, dataset.file)
                s.bind(c + 5, dataset.format.rawValue)
                s.bind(c + 6, dataset.encoding)
                s.bind(c + 7, dataset.sha256)
                s.bind(c + 8, dataset.invited)
                s.bind(c + 9, dataset.accounting.rowsRead)
                s.bind(c + 10, dataset.accounting.complete)
                s.bind(c + 11, dataset.accounting.partial)
                s.bind(c + 12, dataset.accounting.rejected)
            }
            quotes = try BulkInsert(
                file, table: "quotes",
                columns: ["id", "code_id", "dataset_id", "respondent_id", "question_id", "text", "attribution"]
            ) { s, c, row in
                s.bind(c, row.id)
                s.bind(c + 1, row.code)
                s.bind(c + 2, row.dataset)
                s.bind(c + 3, row.respondent)
                s.bind(c + 4, row.question)
                s.bind(c + 5, row.text)
                s.bind(c + 6, row.attribution)
            }
        }

        /// Inserts the rows of a chunk still waiting (their text is the chunk's).
        func flushRows() throws(InputError) {
            try respondents.flush()
            try respondentAttributes.flush()
            try answers.flush()
            try segments.flush()
        }
    }
}
