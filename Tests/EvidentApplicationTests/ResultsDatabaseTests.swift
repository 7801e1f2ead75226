import CSQLite
import EvidentModel
import Foundation
import Testing

@testable import EvidentApplication

/// `results.sqlite` as `evident report` writes it: its counts are those of `results.json`, its
/// foreign keys hold, it holds no free text, and two runs give the same bytes.
@Suite("results.sqlite")
struct ResultsDatabaseTests {
    /// A report of the seeded random study, written once for every test here.
    static let report: Result<String, any Error> = Result {
        let study = try RandomStudy(seed: 5, respondents: 300)
        let location = try StudyLocation.resolve(study: study.manifest, output: study.folder + "/out")
        _ = try ReportRun.run(ReportOptions(location: location, version: "test"))
        return study.folder + "/out"
    }

    @Test("the counts per code (with sub-codes), per data set, equal results.json's themes")
    func themeCounts() throws {
        let folder = try Self.report.get()
        let database = try Database(path: folder + "/results.sqlite")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/results.json")))
        let themes = try #require((json as? [String: Any])?["themes"] as? [[String: Any]])
        // A code's segments: distinct (answer, segment) coded by it or any code under it.
        let rolledUp = """
            WITH RECURSIVE under (code_id, root) AS (
                SELECT id, id FROM codes UNION ALL SELECT codes.id, under.root FROM codes JOIN under ON codes.parent_id = under.code_id
            )
            SELECT c.code, d.dataset, COUNT(DISTINCT s.answer_id || ':' || s.segment_index), COUNT(DISTINCT a.respondent_id)
            FROM under JOIN codes c ON c.id = under.root JOIN coded_segments s ON s.code_id = under.code_id
            JOIN answers a ON a.id = s.answer_id JOIN respondents r ON r.id = a.respondent_id JOIN datasets d ON d.id = r.dataset_id
            GROUP BY c.code, d.dataset
            """
        var counted: [String: (Int, Int)] = [:]
        for row in try database.rows(rolledUp) { counted[row[0] + " " + row[1]] = (Int(row[2]) ?? -1, Int(row[3]) ?? -1) }
        var compared = 0
        for theme in themes {
            let code = try #require(theme["code_id"] as? String)
            for (dataset, value) in (theme["by_dataset"] as? [String: [String: Any]]) ?? [:] {
                let expected = (value["segments"] as? Int ?? -2, value["respondents"] as? Int ?? -2)
                let found = counted[code + " " + dataset] ?? (0, 0)
                #expect(found == expected, "\(code) in \(dataset)")
                compared += 1
            }
        }
        #expect(compared > 10)
        let segments = try database.rows("SELECT COUNT(*) FROM coded_segments")[0][0]
        let csvRows = try String(contentsOfFile: folder + "/coded_segments.csv", encoding: .utf8).split(separator: "\r\n").count - 1
        #expect(Int(segments) == csvRows)
    }

    @Test("respondents, answers and data sets equal results.json's inputs and coverage")
    func recordCounts() throws {
        let folder = try Self.report.get()
        let database = try Database(path: folder + "/results.sqlite")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/results.json")))
        let document = try #require(json as? [String: Any])
        for input in document["inputs"] as? [[String: Any]] ?? [] {
            let dataset = try #require(input["dataset"] as? String)
            let row = try database.rows("SELECT complete, partial, rejected, rows_read FROM datasets WHERE dataset = '\(dataset)'")
            #expect(row.first == [input["complete"], input["partial"], input["rejected"], input["rows_read"]].map { "\($0 ?? "")" })
            let respondents = try database.rows(
                "SELECT COUNT(*) FROM respondents r JOIN datasets d ON d.id = r.dataset_id WHERE d.dataset = '\(dataset)'")
            #expect(Int(respondents[0][0]) == (input["complete"] as? Int ?? 0) + (input["partial"] as? Int ?? 0))
        }
        for coverage in document["coding"] as? [[String: Any]] ?? [] {
            let dataset = try #require(coverage["dataset"] as? String)
            let answers = try database.rows("""
                SELECT COUNT(*), COUNT(DISTINCT s.answer_id) FROM answers a JOIN questions q ON q.id = a.question_id
                JOIN datasets d ON d.id = q.dataset_id LEFT JOIN coded_segments s ON s.answer_id = a.id
                WHERE q.kind = 'free-text' AND d.dataset = '\(dataset)'
                """)
            let distinct = try database.rows("""
                SELECT COUNT(*) FROM answers a JOIN questions q ON q.id = a.question_id JOIN datasets d ON d.id = q.dataset_id
                WHERE q.kind = 'free-text' AND d.dataset = '\(dataset)'
                """)
            #expect(Int(distinct[0][0]) == coverage["answers"] as? Int)
            #expect(Int(answers[0][1]) == coverage["coded"] as? Int)
        }
        for item in document["items"] as? [[String: Any]] ?? [] {
            let id = try #require(item["item_id"] as? String)
            let dataset = try #require(item["dataset"] as? String)
            let valid = try database.rows("""
                SELECT COUNT(a.score), COUNT(a.value) FROM answers a JOIN questions q ON q.id = a.question_id
                JOIN datasets d ON d.id = q.dataset_id WHERE q.kind = 'item' AND q.question = '\(id)' AND d.dataset = '\(dataset)'
                """)
            #expect(Int(valid[0][0]) == item["n"] as? Int, "\(dataset) \(id) n")
            #expect(Int(valid[0][1]) == item["invalid"] as? Int, "\(dataset) \(id) invalid")
        }
    }

    @Test("questions.csv is the database's free-text questions; coded_segments.csv's rows per question are the database's")
    func questions() throws {
        let folder = try Self.report.get()
        let database = try Database(path: folder + "/results.sqlite")
        // The random study's ids and question texts hold no comma or quote: a plain split reads them.
        func lines(_ file: String) throws -> [[String]] {
            try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\r\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        let listed = try lines("questions.csv")
        let stored = try database.rows("""
            SELECT d.dataset, q.question, q.position, q."column", q.text FROM questions q JOIN datasets d ON d.id = q.dataset_id
            WHERE q.kind = 'free-text' ORDER BY q.id
            """)
        #expect(listed.count == 5, "two questions in two data sets, one in a third")
        #expect(listed == stored)
        var counted: [String: Int] = [:]
        for row in try lines("coded_segments.csv") { counted[row[0] + " " + row[2], default: 0] += 1 }
        var expected: [String: Int] = [:]
        for row in try database.rows("""
            SELECT d.dataset, q.question, COUNT(*) FROM coded_segments s JOIN answers a ON a.id = s.answer_id
            JOIN questions q ON q.id = a.question_id JOIN datasets d ON d.id = q.dataset_id GROUP BY d.dataset, q.question
            """) {
            expected[row[0] + " " + row[1]] = Int(row[2])
        }
        #expect(counted.count >= 3)
        #expect(counted == expected)
    }

    @Test("the coded segments are coded_segments.csv's rows: positions, code and the patterns that matched")
    func codedSegments() throws {
        let folder = try Self.report.get()
        let database = try Database(path: folder + "/results.sqlite")
        // The random study's ids and patterns hold no comma or quote: a plain split reads them.
        let written = try String(contentsOfFile: folder + "/coded_segments.csv", encoding: .utf8).split(separator: "\r\n")
            .dropFirst().map { String($0) }
        let stored = try database.rows("""
            SELECT d.dataset, r.respondent, q.question, s.segment_index, s.start, s."end", c.code, s.matches
            FROM coded_segments s JOIN answers a ON a.id = s.answer_id JOIN respondents r ON r.id = a.respondent_id
            JOIN questions q ON q.id = a.question_id JOIN datasets d ON d.id = r.dataset_id JOIN codes c ON c.id = s.code_id
            """).map { $0.joined(separator: ",") }
        #expect(written.count > 100)
        #expect(written.contains { $0.contains(" NEAR/3 ") && $0.contains("; ") }, "rows with several matches, one of them a proximity rule")
        #expect(stored.sorted() == written.sorted())
    }

    @Test("every foreign key holds and the file is sound")
    func integrity() throws {
        let database = try Database(path: try Self.report.get() + "/results.sqlite")
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try database.rows("PRAGMA integrity_check") == [["ok"]])
    }

    @Test("no free-text answer is stored: only quotes, one sentence each, anonymised")
    func noFreeText() throws {
        let folder = try Self.report.get()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/results.sqlite")), as: UTF8.self)
        let study = try StudyRun.load(StudyLocation.resolve(study: folder + "/../study.yaml", output: folder))
        let answers = study.datasets.flatMap { $0.respondents.flatMap(\.answers) }
            .filter { $0.count > 40 && ($0.contains(". ") || $0.contains("! ") || $0.contains("\r\n")) }
        #expect(answers.count > 100)
        #expect(!answers.contains { text.contains($0) })
        #expect(text.contains("Family support worker"), "attributes are kept")
    }

    @Test("two runs give the same bytes")
    func deterministic() throws {
        // The same study again (its files' paths are in the database), into another folder.
        let first = try Self.report.get()
        let location = try StudyLocation.resolve(study: first + "/../study.yaml", output: first + "-again")
        _ = try ReportRun.run(ReportOptions(location: location, version: "test"))
        let again = try Data(contentsOf: URL(fileURLWithPath: first + "-again/results.sqlite"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: first + "/results.sqlite")) == again)
    }

    /// A read-only connection for the checks.
    final class Database {
        private var handle: OpaquePointer?

        init(path: String) throws {
            guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
                throw CocoaError(.fileReadUnknown)
            }
        }

        deinit {
            sqlite3_close(handle)
        }

        /// Every row of a query, each column as text ("" for NULL).
        func rows(_ sql: String) throws -> [[String]] {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: sqlite3_errmsg(handle))])
            }
            defer { sqlite3_finalize(statement) }
            var rows: [[String]] = []
            while sqlite3_step(statement) == SQLITE_ROW {
                rows.append((0..<sqlite3_column_count(statement)).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
                })
            }
            return rows
        }
    }
}
