import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The registry of export layouts: each tool recognised from its first rows as real exports
/// write them (export-formats notes §1), its header rows turned into named columns, and the
/// files that are not what they seem refused.
@Suite("Export layouts")
struct ExportToolsTests {
    let here = SourceLocation(file: "study.yaml", line: 1)

    func load(_ text: String, name: String = "export.csv", format: ExportFormat = .auto, items: [ItemSpec]? = nil) throws -> Dataset {
        let folder = try TemporaryDirectory()
        let path = try folder.write(name, text)
        let spec = DatasetSpec(
            id: "d", kind: .serviceUserFeedback, path: path, format: format, items: items ?? [], freeText: [], declaredAt: here
        )
        return try DatasetLoader.load(spec, scales: Dictionary(uniqueKeysWithValues: Scale.builtIn.map { ($0.id, $0) }))
    }

    @Test("Qualtrics legacy: V1… then ResponseID…; metadata named by row 2, questions by tag; row 2 is never a respondent")
    func qualtricsLegacy() throws {
        let rows = [
            ["V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10", "Q1", "Q2", ""],
            ["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status", "StartDate", "EndDate", "Finished", "How confident are you?", "Why?", ""],
        ]
        let header = ExportTools.header(rows, format: .auto)
        #expect(header.layout.format == .qualtricsLegacy)
        #expect(header.layout.headerRows == 2)
        #expect(header.columns.map(\.name) == [
            "ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status", "StartDate",
            "EndDate", "Finished", "Q1", "Q2", "column 13",
        ])
        #expect(header.columns[10].question == "How confident are you?")
        #expect(header.layout.personalColumns.isSuperset(of: ["Name", "EmailAddress", "IPAddress"]))
        let csv = (rows.map { $0.joined(separator: ",") } + [
            "R_1,Default Response Set,Anonymous,,,192.0.2.1,0,2017-07-18 08:28:09,2017-07-18 08:28:48,1,70,Helpful,",
            "R_2,Default Response Set,Anonymous,,,192.0.2.2,1,2017-07-18 08:30:09,2017-07-18 08:31:48,1,80,Preview,",
            "R_3,Default Response Set,Anonymous,,,192.0.2.3,0,2017-07-18 08:40:09,2017-07-18 08:41:48,0,,,",
        ]).joined(separator: "\r\n")
        let dataset = try load(csv, items: [ItemSpec(column: "Q1", id: "confidence", scale: "confidence-0-100")])
        #expect(dataset.format == .qualtricsLegacy)
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 1, partial: 1, rejected: 1))
        #expect(dataset.rejections.map(\.reason) == ["record is a Qualtrics survey preview (Status 1), not a response"])
        #expect(dataset.respondents.map(\.id) == ["R_1", "R_3"])
        #expect(dataset.respondents[0].personalDetails.contains("192.0.2.1"))
    }

    @Test("LimeSurvey's three heading styles, as CsvWriter writes them (BOM, quoted, ';', CRLF)", arguments: [
        ("\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"Q1\";\"Q2\"", nil as String?, ["id", "submitdate", "lastpage", "startlanguage", "Q1", "Q2"], 1),
        ("\"Response ID\";\"Date submitted\";\"Last page\";\"Start language\";\"How confident?\";\"Why?\"", nil, ["Response ID", "Date submitted", "Last page", "Start language", "How confident?", "Why?"], 1),
        ("\"id. Response ID\";\"submitdate. Date submitted\";\"lastpage. Last page\";\"startlanguage. Start language\";\"Q1. How confident?\";\"Q2. Why?\"", nil, ["id", "submitdate", "lastpage", "startlanguage", "Q1", "Q2"], 1),
        ("\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"Q1\";\"Q2\"", "\"Response ID\";\"Date submitted\";\"Last page\";\"Start language\";\"How confident?\";\"Why?\"", ["id", "submitdate", "lastpage", "startlanguage", "Q1", "Q2"], 2),
    ])
    func limeSurveyHeadings(_ first: String, _ second: String?, _ names: [String], _ headerRows: Int) throws {
        let lines = [first] + [second].compactMap { $0 } + [
            "\"1\";\"2016-05-01 10:02:11\";\"3\";\"en\";\"Agree (A4)\";\"They listened\"",
            "\"2\";\"\";\"1\";\"en\";\"\";\"\"",
        ]
        let text = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n\r\n"
        let idColumn = names[0]
        let scale = Scale(id: "agree-4", kind: .ordinal(levels: ["Strongly disagree", "Disagree", "Agree", "Strongly agree"], positive: [2, 3]))
        let folder = try TemporaryDirectory()
        let path = try folder.write("lime.csv", text)
        let spec = DatasetSpec(
            id: "d", kind: .serviceUserFeedback, path: path, items: [ItemSpec(column: names[4], id: "q1", scale: "agree-4")],
            freeText: [names[5]], declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: ["agree-4": scale])
        #expect(dataset.format == .limesurvey)
        #expect(dataset.accounting == Accounting(rowsRead: 2, complete: 1, partial: 1, rejected: 0), "heading row 2 is not a respondent")
        #expect(dataset.respondents.map(\.id) == ["1", "2"])
        #expect(dataset.respondents[0].values == [.valid(3)], "'Agree (A4)' reads as Agree, the third of four levels")
        let codesOnly = first.hasPrefix("\"id\";") && second == nil
        #expect(dataset.questions.map(\.text) == [codesOnly ? "Q2" : "Why?"], "the question text, where the headings give it")
        let cells = { (line: String) in line.components(separatedBy: ";").map { $0.replacingOccurrences(of: "\"", with: "") } }
        let header = ExportTools.header([cells(first)] + (second.map { [cells($0)] } ?? []), format: .auto)
        #expect(header.columns.map(\.name) == names)
        #expect(header.layout.headerRows == headerRows)
        #expect(header.layout.respondentIDColumn == idColumn || idColumn == "id" && header.layout.respondentIDColumn == "id")
    }

    @Test("an answer with its code reads as its label; free text keeps its brackets")
    func answerCodes() {
        #expect(AnswerCode.label(of: "Strongly agree (7)") == "Strongly agree")
        #expect(AnswerCode.label(of: "Ja (A1)") == "Ja")
        #expect(AnswerCode.label(of: "(7)") == nil)
        #expect(AnswerCode.label(of: "We talked (a lot more than before)") == nil)
        #expect(ScaleCatalogue.answerCodes(["A1", "A3", "A5", "A2"])?.id == "answer-codes-5")
        #expect(ScaleCatalogue.answerCodes(["A1", "B2"]) == nil)
    }

    @Test("LimeSurvey: bare answer codes and Dutch, German, French yes/no and agreement are proposed as scales")
    func scaleProposals() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("lime.csv", """
            id,submitdate,lastpage,startlanguage,Q1,Q2,Q3,Q4
            1,2016-05-01 10:02:11,3,nl,A1,Ja,Stimme eher zu,Tout à fait d'accord
            2,2016-05-01 10:03:11,3,nl,A3,Nee,Stimme voll und ganz zu,D'accord
            3,2016-05-01 10:04:11,3,nl,A5,Ja,Teils/teils,Pas d'accord
            """)
        let inspection = try ExportInspector.inspect(path)
        #expect(InferenceFixtures.summary(inspection).suffix(4) == [
            "Q1: scale item [answer-codes-5*]", "Q2: scale item [yes-no-nl*]", "Q3: scale item [agreement-5-de*]",
            "Q4: scale item [agreement-5-fr*]",
        ])
    }

    @Test("Microsoft Forms in any header case: Id, ID, id", arguments: ["Id", "ID", "id"])
    func microsoftForms(_ id: String) {
        let rows = [[id, "Start time", "Completion time", "Email", "Name", "Q"]]
        let header = ExportTools.header(rows, format: .auto)
        #expect(header.layout.format == .msforms)
        #expect(header.layout.multiSelectSeparator == ";")
        #expect(ExportTools.header([[id.uppercased(), "START TIME", "completion time", "email", "name"]], format: .auto).layout.format == .msforms)
    }

    @Test("SurveyMonkey edited in Excel: metadata columns removed or moved, a column added, still two header rows")
    func surveyMonkeyEdited() {
        let removed = [
            ["Respondent ID", "Start Date", "How confident are you?", "", "Comments"],
            ["", "", "Assessing", "Planning", "Open-Ended Response"],
        ]
        let header = ExportTools.header(removed, format: .auto)
        #expect(header.layout.format == .surveymonkey)
        #expect(header.columns.map(\.name) == [
            "Respondent ID", "Start Date", "How confident are you? - Assessing", "How confident are you? - Planning", "Comments",
        ])
        let added = [
            ["Region", "Respondent ID", "Collector ID", "Q1", "Total (added)"],
            ["", "", "", "Response", ""],
        ]
        #expect(ExportTools.header(added, format: .auto).layout.format == .surveymonkey)
        #expect(ExportTools.header(added, format: .auto).columns.map(\.name) == ["Region", "Respondent ID", "Collector ID", "Q1", "Total (added)"])
        let plain = [["Respondent ID", "Score"], ["17", "4"]]
        #expect(ExportTools.header(plain, format: .auto).layout.format == .csv, "a plain file with a Respondent ID column is not SurveyMonkey")
    }

    @Test("Google Forms: Timestamp first, checkbox answers joined by ', '")
    func googleForms() {
        let header = ExportTools.header([["Timestamp", "Email Address", "Which services?"]], format: .auto)
        #expect(header.layout.format == .googleForms)
        #expect(header.layout.multiSelectSeparator == ", ")
    }

    @Test("Google Forms' ', '-joined checkboxes are one multi-select column, not a breakdown or free text; prose with commas stays free text")
    func googleFormsMultiSelect() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("gf.csv", """
            Timestamp,How did you hear about us?,Anything else?
            2024/10/30 3:08:44 PM GMT+1,"Leaflet, Social worker","Late, but good"
            2024/10/30 3:09:44 PM GMT+1,"Social worker, School","Lovely people, kind, patient"
            2024/10/30 3:10:44 PM GMT+1,Leaflet,Helpful and kind
            2024/10/30 3:11:44 PM GMT+1,"School, Leaflet, Social worker","Quick, clear, friendly"
            """)
        let inspection = try ExportInspector.inspect(path)
        #expect(InferenceFixtures.summary(inspection) == [
            "Timestamp: metadata", "How did you hear about us?: attribute (multi-select)", "Anything else?: free text",
        ])
        #expect(LayoutMultiSelect.options(["a, b", "b, c", "a, c", "a"], separator: ", ") == 3)
        #expect(LayoutMultiSelect.options(["Late, but good", "Kind, quick"], separator: ", ") == nil)
    }

    @Test("a file without its header row is refused, naming the answers on line 1 (defect 3)")
    func headerless() throws {
        let text = """
            1,9/1/2024 11:27,9/1/2024 11:27,anonymous,Jo Bloggs,No,Yes,Psych
            2,9/1/2024 11:28,9/1/2024 11:28,anonymous,Sam Smith,Yes,Yes,Maths
            """
        let folder = try TemporaryDirectory()
        let path = try folder.write("forms.csv", text)
        let spec = DatasetSpec(id: "d", kind: .serviceUserFeedback, path: path, declaredAt: here)
        #expect(throws: InputError(
            "the file has no header row: its first line holds answers ('9/1/2024 11:27', '9/1/2024 11:27'), not column headings",
            at: SourceLocation(file: FilePaths.display(path), line: 1),
            help: "export the responses again with their column headings, or add a first line naming each column (Microsoft Forms: ID,Start time,Completion time,Email,Name, then the questions)"
        )) {
            try DatasetLoader.load(spec, scales: [:])
        }
        #expect(throws: InputError.self) { try ExportInspector.inspect(path) }
    }
}
