import EvidentModel
import Testing
@testable import EvidentImport

@Suite("Manual coding CSV and coverage")
struct ManualCodingCSVReaderTests {
    static let dataset = ExchangeFixtures.dataset(answers: [("101", ["Housing was bad", "Money"]), ("102", ["", "Debt"])])

    @Test("rows are checked against the study; every bad row is reported with its line and reason")
    func rejectedByLine() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("coding.csv", """
            Dataset,Respondent,Question,Code_ID,Coder,Start,End,Note,Answer
            ds,101,What helped?,housing,AB,0,7,clear,Housing was bad
            ds,101,Q2,MONEY,AB,,,,
            ds,102,2,money,CD,,,,
            ds,999,1,housing,AB,,,,
            other,101,1,housing,AB,,,,
            ds,101,What was best?,housing,AB,,,,
            ds,101,1,trainning,AB,,,,
            ds,101,1,housing,,,,,
            ds,101,1,housing,AB,3,,,
            ds,101,1,housing,AB,9,4,,
            ds,101,1,housing,AB,x1,4,,
            ds,101,1,housing,AB,0,99,,
            ds,102,1,housing,AB,,,,
            """)
        let read = try ManualCodingCSVReader.readCodings(path: path)
        let file = FilePaths.display(path)
        #expect(read.warnings.map(\.description) == ["note: columns not used: answer --> \(file):1"])
        let set = ManualCodingResolver(datasets: [Self.dataset], codebook: ExchangeFixtures.codebook).resolve(read)
        #expect(set.codings.map { "\($0.location.line ?? 0) \($0.respondent) \($0.question) \($0.codeID) \($0.coder)" } == [
            "2 101 What helped? housing AB", "3 101 What got in the way? money AB", "4 102 What got in the way? money CD",
        ])
        #expect(set.codings[0].start == 0 && set.codings[0].end == 7 && set.codings[0].note == "clear")
        #expect(set.rejected.map(\.description) == [
            "rejected: empty coder --> \(file):9",
            "rejected: start '3' without an end --> \(file):10",
            "rejected: end 4 comes before start 9 --> \(file):11",
            "rejected: start 'x1' is not a whole number of characters --> \(file):12",
            "rejected: unknown respondent '999' in data set 'ds' --> \(file):5",
            "rejected: unknown data set 'other' --> \(file):6",
            "rejected: unknown question 'What was best?' in data set 'ds' --> \(file):7",
            "rejected: unknown code id 'trainning' --> \(file):8",
            "rejected: offsets 0-99 run past the end of the answer (15 characters) --> \(file):13",
            "rejected: respondent '102' left question 'What helped?' empty --> \(file):14",
        ])
    }

    @Test("a missing required column stops the file, naming the header line")
    func missingColumn() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("coding.csv", "dataset,respondent,question,code\nds,101,1,housing\n")
        do {
            _ = try ManualCodingCSVReader.readCodings(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == """
                error: the header has no column 'code_id' --> \(FilePaths.display(path)):1
                  help: the columns are dataset, respondent, question, code_id, coder, and optionally start, end, note
                """)
        }
    }

    @Test("coverage rows are checked the same way")
    func coverage() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("coverage.csv", "dataset,respondent,question,coder\nds,101,1,AB\nds,103,1,AB\nds,101,2,\n")
        let read = try ManualCodingCSVReader.readCoverage(path: path)
        let set = ManualCodingResolver(datasets: [Self.dataset], codebook: ExchangeFixtures.codebook).resolve(read)
        #expect(set.coverage?.map { "\($0.respondent) \($0.question) \($0.coder)" } == ["101 What helped? AB"])
        #expect(set.rejected.map(\.reason) == ["empty coder", "unknown respondent '103' in data set 'ds'"])
    }
}
