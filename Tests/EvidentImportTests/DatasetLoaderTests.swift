import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

private let here = SourceLocation(file: "study.yaml", line: 1)
private let scales = Dictionary(uniqueKeysWithValues: Scale.builtIn.map { ($0.id, $0) })
    .merging(["yes-partly-no": Scale(id: "yes-partly-no", kind: .ordinal(levels: ["No", "Partly", "Yes"], positive: [2]))]) { $1 }

@Suite("Data set loading and accounting")
struct DatasetLoaderTests {
    static let confidence = "How confident are you that you can…? (0 = cannot do at all, 100 = highly certain can do)"

    func surveyMonkey() throws -> Dataset {
        let spec = DatasetSpec(
            id: "practitioners-2016", kind: .practitionerSurvey, path: FixturePaths.fixture("surveymonkey-small.csv"),
            format: .auto, wave: "2016", invited: 10, attributes: ["What is your role?"],
            items: [
                ItemSpec(column: "Gain the trust of families", id: "trust", scale: "confidence-0-100"),
                ItemSpec(column: "Assess whether needs meet thresholds", id: "thresholds", scale: "confidence-0-100"),
                ItemSpec(column: Self.confidence + " - Support families with EHCPs", id: "ehcp", scale: "confidence-0-100"),
            ],
            freeText: ["What has helped families make progress?"], declaredAt: here
        )
        return try DatasetLoader.load(spec, scales: scales)
    }

    @Test("SurveyMonkey: two header rows, questions forward-filled over their sub-columns")
    func surveyMonkeyColumns() throws {
        let dataset = try surveyMonkey()
        #expect(dataset.format == .surveymonkey)
        #expect(dataset.items.map(\.column) == [
            Self.confidence + " - Gain the trust of families",
            Self.confidence + " - Assess whether needs meet thresholds",
            Self.confidence + " - Support families with EHCPs",
        ])
        #expect(dataset.items.map(\.label) == [
            "Gain the trust of families", "Assess whether needs meet thresholds", "Support families with EHCPs",
        ])
        #expect(dataset.questions == [Question(id: "What has helped families make progress?", text: "What has helped families make progress?")])
    }

    @Test("every record is complete, partial or rejected, and the counts reconcile with the file")
    func accounting() throws {
        let dataset = try surveyMonkey()
        // The fixture holds 6 data records (lines 3, 4, 5–6, 7, 8, 9) and a trailing blank line.
        #expect(dataset.accounting == Accounting(rowsRead: 6, complete: 2, partial: 2, rejected: 2))
        #expect(dataset.accounting.isBalanced)
        #expect(dataset.respondents.map(\.id) == ["11873001", "11873002", "11873003", "11873005"])
        #expect(dataset.respondents.map(\.status) == [.complete, .partial, .partial, .complete])
        // 4 unique valid respondents (2 complete, 2 partial) of 10 invited; the repeated id and the unreadable row do not count.
        #expect(dataset.responseRate == 40)
    }

    @Test("rejected records and invalid values are listed with line and reason")
    func rejections() throws {
        let dataset = try surveyMonkey()
        let listed = dataset.rejections.map { "\($0.kind.rawValue) \($0.location) \($0.respondent ?? "-") \($0.reason)" }
        #expect(listed == [
            "invalid-value Tests/EvidentImportTests/Fixtures/surveymonkey-small.csv:5 11873003 '75%' is not on scale confidence-0-100",
            "record Tests/EvidentImportTests/Fixtures/surveymonkey-small.csv:7 11873003 record repeats respondent id '11873003' of an earlier record",
            "record Tests/EvidentImportTests/Fixtures/surveymonkey-small.csv:8 11873004 record has 11 fields where the header has 14",
        ].map { $0.replacingOccurrences(of: "Tests/EvidentImportTests/Fixtures/", with: FixturePaths.displayPrefix) })
    }

    @Test("values: valid scores, blanks as missing, invalid text kept as invalid; free text exactly as decoded")
    func values() throws {
        let dataset = try surveyMonkey()
        let third = dataset.respondents[2]
        #expect(third.values == [.invalid("75%"), .valid(60), .valid(50)])
        #expect(third.answers == ["Whole family working\nand a TAF that met monthly"])
        #expect(dataset.respondents[1].values == [.valid(90), .missing, .valid(30)])
        #expect(dataset.respondents[0].answers == ["Having one worker, who \"stuck with\" them"])
    }

    @Test("names from a declared personal: column redact; places of birth and pseudonym letters do not; 'No' is no comment")
    func declaredPersonal() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("f.csv", """
            ID,Contact person,Where were you born?,First three letters of your surname,Anything else?
            1,Kerry Walsh,Virginia,Wal,No
            2,Dean Ashby,Leeds,Ash,The worker was great
            """)
        let spec = DatasetSpec(id: "f", kind: .serviceUserFeedback, path: path, items: [], freeText: ["Anything else?"], declaredAt: here)
        var declared = spec
        declared.personal = ["Contact person"]
        let dataset = try DatasetLoader.load(declared, scales: scales)
        #expect(dataset.respondents.map(\.personalDetails) == [["Kerry Walsh"], ["Dean Ashby"]])
        #expect(dataset.respondents.map(\.answers) == [[""], ["The worker was great"]])
        #expect(try DatasetLoader.load(spec, scales: scales).respondents[0].personalDetails.isEmpty)
        var wrong = spec
        wrong.personal = ["Contact"]
        #expect(throws: InputError.self) { try DatasetLoader.load(wrong, scales: scales) }
    }

    @Test("personal-data columns are kept apart, for redaction only")
    func personalDetails() throws {
        let dataset = try surveyMonkey()
        #expect(dataset.respondents[3].personalDetails == ["198.51.100.7", "sam.okafor@example.org", "Sam", "Okafor"])
        #expect(dataset.respondents[3].attributes == ["Early help key worker"])
    }

    @Test("Microsoft Forms: ID as respondent id, 'anonymous' is not a personal detail, ;-joined multi-select kept whole")
    func microsoftForms() throws {
        let spec = DatasetSpec(
            id: "feedback", kind: .serviceUserFeedback, path: FixturePaths.fixture("msforms-small.csv"),
            attributes: ["Who is completing this form?", "What did we help with?"],
            items: [ItemSpec(column: "Did you get the help you needed?", id: "help", scale: "yes-partly-no")],
            freeText: ["What difference did the support make?"], declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.format == .msforms)
        #expect(dataset.respondents.map(\.id) == ["1", "2", "3"])
        #expect(dataset.respondents.map(\.values) == [[.valid(3)], [.valid(2)], [.invalid("Maybe")]])
        #expect(dataset.respondents[0].attributes == ["Parent/carer", "Money and debt;Housing;"])
        #expect(dataset.respondents[0].personalDetails.isEmpty)
        #expect(dataset.respondents[1].personalDetails == ["kerry.w@example.net", "Kerry Walsh"])
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 2, partial: 1, rejected: 0))
    }

    @Test("Qualtrics: Finished/Progress mark partials, -99 is seen-but-unanswered, previews are rejected")
    func qualtricsPartials() throws {
        let spec = DatasetSpec(
            id: "q", kind: .practitionerSurvey, path: FixturePaths.fixture("qualtrics-partials.csv"),
            items: [ItemSpec(column: "Q1", id: "overall", scale: "confidence-1-10")], freeText: ["What would help?"],
            declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.format == .qualtrics)
        #expect(dataset.respondents.map(\.id) == ["R_aaa", "R_bbb", "R_ddd"])
        #expect(dataset.respondents.map(\.status) == [.complete, .partial, .partial])
        #expect(dataset.respondents.map(\.values) == [[.valid(8)], [.valid(7)], [.missing]])
        #expect(dataset.respondents.map(\.answers) == [["More training on EHCPs"], [""], ["Supervision"]])
        #expect(dataset.questions.map(\.id) == ["Q2_TEXT"])
        #expect(dataset.accounting == Accounting(rowsRead: 4, complete: 1, partial: 2, rejected: 1))
        #expect(dataset.rejections.map(\.reason) == ["record is a Qualtrics survey preview (Status 1), not a response"])
    }

    @Test("a record rejected as a preview does not use up its id: a later response with it is read")
    func rejectedIDStaysFree() throws {
        let dir = try TemporaryDirectory()
        let fixture = try String(contentsOfFile: FixturePaths.fixture("qualtrics-partials.csv"), encoding: .utf8)
        // R_ccc is a preview (Status 1); a real response with the same id follows, then a repeat.
        let text = fixture
            + "2016-05-01 14:00:00,2016-05-01 14:03:00,0,203.0.113.5,100,180,1,2016-05-01 14:03:00,R_ccc,6,Mentoring\n"
            + "2016-05-01 15:00:00,2016-05-01 15:03:00,0,203.0.113.6,100,180,1,2016-05-01 15:03:00,R_ccc,5,Again\n"
        let spec = DatasetSpec(
            id: "q", kind: .practitionerSurvey, path: try dir.write("q.csv", text),
            items: [ItemSpec(column: "Q1", id: "overall", scale: "confidence-1-10")], freeText: ["What would help?"],
            declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.respondents.map(\.id) == ["R_aaa", "R_bbb", "R_ddd", "R_ccc"])
        #expect(dataset.respondents.last?.answers == ["Mentoring"])
        #expect(dataset.rejections.map(\.reason) == [
            "record is a Qualtrics survey preview (Status 1), not a response",
            "record repeats respondent id 'R_ccc' of an earlier record",
        ])
    }

    @Test("the real Qualtrics export (qualtRics sample.csv) reads correctly",
          .enabled(if: FixturePaths.realExists("qualtrics-sample.csv")))
    func realQualtrics() throws {
        let spec = DatasetSpec(
            id: "real", kind: .practitionerSurvey, path: FixturePaths.real("qualtrics-sample.csv"),
            attributes: ["Q1"], items: [], freeText: ["This is a free text question."], declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.format == .qualtrics)
        #expect(dataset.accounting == Accounting(rowsRead: 1, complete: 1, partial: 0, rejected: 0))
        let respondent = try #require(dataset.respondents.first)
        #expect(respondent.id == "R_2YPOQ602ER1jkf1")
        #expect(respondent.answers == ["Hello World!"])
        #expect(respondent.attributes == ["2"])
        #expect(dataset.questions == [Question(id: "Q2", text: "This is a free text question.")])
        #expect(respondent.personalDetails.contains("130.92.34.66"))
    }

    @Test("a column the manifest names but the file lacks is an error at the manifest line, with suggestions")
    func missingColumn() {
        let spec = DatasetSpec(
            id: "feedback", kind: .serviceUserFeedback, path: FixturePaths.fixture("msforms-small.csv"),
            items: [ItemSpec(column: "Did you get the help you need?", id: "help", scale: "yes-partly-no",
                             declaredAt: SourceLocation(file: "Surveys/study.yaml", line: 31, column: 11))],
            freeText: [], declaredAt: here
        )
        #expect {
            try DatasetLoader.load(spec, scales: scales)
        } throws: { error in
            "\(error)" == """
                error: item 'help' names column 'Did you get the help you need?', which is not in \(FixturePaths.displayPrefix)msforms-small.csv --> Surveys/study.yaml:31:11
                  help: closest columns: 'Did you get the help you needed?', 'What did we help with?', 'Who is completing this form?'
                """
        }
    }
}

extension FixturePaths {
    /// How fixture paths are shown in messages (relative to the working directory of the test run).
    static var displayPrefix: String {
        FilePaths.display(fixture("x")).dropLast(1).description
    }
}

@Suite("Reverse-scored items")
struct ReverseScoringTests {
    /// A reverse-worded 0–100 item ("I often feel out of my depth") scores 100 − x, so 20 becomes
    /// 80 and counts as positive; an ordinal item scores k + 1 − level, so "Strongly agree"
    /// (5) becomes 1.
    @Test("reverse: true reads scores from the other end of the scale before any statistic")
    func reversed() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("r.csv", "id,depth,worry\n1,20,Strongly agree\n2,90,Disagree\n3,,Neither agree nor disagree\n")
        let spec = DatasetSpec(
            id: "r", kind: .practitionerSurvey, path: path, respondentID: "id",
            items: [
                ItemSpec(column: "depth", id: "out-of-depth", scale: "confidence-0-100", reverse: true),
                ItemSpec(column: "worry", id: "worry", scale: "agreement-5", reverse: true),
            ],
            freeText: [], declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.respondents.map(\.values) == [[.valid(80), .valid(1)], [.valid(10), .valid(4)], [.missing, .valid(3)]])
        #expect(dataset.items.allSatisfy { $0.reverse })
        #expect(Scale.builtIn[0].isPositive(80))
    }

    /// Issue 14, defect 8: a record of delimiters only was dropped as a blank line, so a file of
    /// 21 records read as 20 with nothing said.
    @Test("a record of delimiters only is read and rejected for it; a line of spaces is a blank line, noted")
    func delimitersOnly() throws {
        let dir = try TemporaryDirectory()
        var lines = ["id,score,comment"] + (1...20).map { "\($0),\($0 * 5),said \($0)" }
        lines.insert(",,", at: 11)
        lines.insert("   ", at: 5)
        let path = try dir.write("d.csv", lines.joined(separator: "\n") + "\n")
        let spec = DatasetSpec(
            id: "d", kind: .practitionerSurvey, path: path, respondentID: "id",
            items: [ItemSpec(column: "score", id: "score", scale: "confidence-0-100")], freeText: ["comment"], declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.accounting == Accounting(rowsRead: 21, complete: 20, partial: 0, rejected: 1))
        #expect(dataset.rejections == [Rejection(
            kind: .record, dataset: "d", location: SourceLocation(file: dataset.file, line: 13),
            reason: "record has every field empty (3 fields, delimiters only)"
        )])
        #expect(dataset.diagnostics.map(\.description) == ["note: skipped 1 blank line(s) holding only spaces --> \(dataset.file)"])
    }
}

@Suite("Streaming a data set in batches")
struct StreamingBatchTests {
    /// `evident code` streams: the first batches are an eighth, a quarter and a half of the
    /// batch size so that coding starts early, then full batches; every respondent arrives once,
    /// in file order, and the share of the file read rises to 1.
    @Test("batches grow from an eighth of the size to the full size, and lose nothing")
    func growingBatches() throws {
        let dir = try TemporaryDirectory()
        let rows = (1...40).map { "\($0),answer \($0)" }.joined(separator: "\n")
        let path = try dir.write("s.csv", "id,text\n" + rows + "\n")
        let spec = DatasetSpec(id: "s", kind: .practitionerSurvey, path: path, respondentID: "id", items: [],
                               freeText: ["text"], declaredAt: SourceLocation(file: "study.yaml"))
        var sizes: [Int] = []
        var ids: [String] = []
        var fractions: [Double] = []
        let dataset = try DatasetLoader.stream(spec, scales: [:], batchSize: 8) { _, batch, fraction throws(InputError) in
            sizes.append(batch.count)
            ids += batch.map(\.id)
            fractions.append(fraction)
        }
        // The two data rows read ahead to detect the layout join the first batch of one.
        #expect(sizes == [3, 2, 4, 8, 8, 8, 7])
        #expect(ids == (1...40).map(String.init))
        #expect(fractions.last == 1)
        #expect(fractions == fractions.sorted())
        #expect(dataset.accounting.rowsRead == 40)
    }
}
