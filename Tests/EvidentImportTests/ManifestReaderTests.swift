import EvidentModel
import Testing

@testable import EvidentImport

@Suite("Study manifest")
struct ManifestReaderTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("survey.csv", "id,a\n1,2\n")
        try dir.write("codebook.yaml", "codebook: {name: x}\nthemes: []\n")
    }

    func read(_ text: String) throws -> StudySpec {
        try ManifestReader.parse(text, file: "Surveys/study.yaml", directory: dir.path)
    }

    func message(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    static let minimal = """
        study:
          title: Early Help 2016
          codebook: codebook.yaml
        datasets:
          - id: practitioners-2016
            kind: practitioner-survey
            file: survey.csv

        """

    @Test("a full manifest reads with its defaults, built-in scales and paths resolved against the manifest")
    func full() throws {
        let spec = try read("""
            study:
              title: Early Help effectiveness 2015/16
              organisation: Northmoor County Council
              codebook: codebook.yaml
              output: ../Output/eh
              quotes_per_theme: 3
              suppress_below: 10
            datasets:
              - id: practitioners-2016
                kind: practitioner-survey
                file: survey.csv
                format: surveymonkey
                wave: "2016"
                invited: 190
                respondent_id: Respondent ID
                attributes: [Role, Locality]
                items:
                  - {column: "Assessing thresholds", id: thresholds, scale: confidence-0-100}
                  - {column: "Worried", id: worried, scale: yes-partly-no, reverse: true}
                free_text: ["What would help?"]
                complete_when: column:Finished=1
            scales:
              yes-partly-no: {type: ordinal, levels: [No, Partly, Yes], positive: [Yes]}
            """)
        #expect(spec.title == "Early Help effectiveness 2015/16")
        #expect(spec.quotesPerTheme == 3)
        #expect(spec.suppressBelow == 10)
        #expect(spec.codebookPath == dir.path + "/codebook.yaml")
        let dataset = try #require(spec.datasets.first)
        #expect(dataset.path == dir.path + "/survey.csv")
        #expect(dataset.format == .surveymonkey)
        #expect(dataset.wave == "2016")
        #expect(dataset.invited == 190)
        #expect(dataset.attributes == ["Role", "Locality"])
        #expect(dataset.items?.map(\.id) == ["thresholds", "worried"])
        #expect(dataset.items?.last?.reverse == true)
        #expect(dataset.completeWhen == .column(name: "Finished", value: "1"))
        #expect(Set(spec.scales.keys) == ["confidence-0-100", "confidence-1-10", "frequency-5", "agreement-5", "yes-partly-no"])
    }

    @Test("unquoted Yes / No / On / Off in a level list stay text, never booleans")
    func yamlBooleansStayText() throws {
        let spec = try read(Self.minimal + """
            scales:
              yes-no: {type: ordinal, levels: [No, Yes], positive: [Yes]}
              switch: {type: ordinal, levels: [Off, On], positive: [On]}
            """)
        #expect(spec.scales["yes-no"]?.kind == .ordinal(levels: ["No", "Yes"], positive: [1]))
        #expect(spec.scales["switch"]?.kind == .ordinal(levels: ["Off", "On"], positive: [1]))
    }

    @Test("the defaults: five quotes per theme, suppression below five, format auto, all items complete")
    func defaults() throws {
        let spec = try read(Self.minimal)
        #expect(spec.quotesPerTheme == 5)
        #expect(spec.suppressBelow == 5)
        #expect(spec.datasets[0].format == .auto)
        #expect(spec.datasets[0].completeWhen == .allItems)
        #expect(spec.datasets[0].items == nil)
    }

    @Test("errors name the manifest, line and column, and say what to do", arguments: [
        (minimal + "    invitd: 100\n", """
            error: unknown key 'invitd' in data set 'practitioners-2016' --> Surveys/study.yaml:8:5
              help: did you mean 'invited'? keys allowed here: id, kind, file, format, sheet, wave, invited, respondent_id, attributes, personal, items, free_text, complete_when, composite, stories, interviewers, participants, readings, cases, case_id, label, respondents
            """),
        (minimal.replacingOccurrences(of: "file: survey.csv", with: "file: survey-2017.csv"), """
            error: file 'survey-2017.csv' of data set 'practitioners-2016' not found --> Surveys/study.yaml:7:11
              help: paths are relative to the manifest's folder (DIR)
            """),
        (minimal + "    items:\n      - {column: A, id: a, scale: confidence-0-10}\n", """
            error: unknown scale 'confidence-0-10' --> Surveys/study.yaml:9:35
              help: use one of agreement-5, confidence-0-100, confidence-1-10, frequency-5, or define it under scales:
            """),
        (minimal + "scales:\n  odd: {type: numeric, min: 10, max: 1, positive_from: 5}\n", """
            error: scale 'odd' has min 10 not below max 1 --> Surveys/study.yaml:9:8
            """),
        (minimal + "scales:\n  yn: {type: ordinal, levels: [No, Yes], positive: [Maybe]}\n", """
            error: scale 'yn' names positive level 'Maybe' that is not one of its levels --> Surveys/study.yaml:9:7
            """),
        (minimal.replacingOccurrences(of: "kind: practitioner-survey", with: "kind: practitioner"), """
            error: data set 'practitioners-2016' has unknown kind 'practitioner' --> Surveys/study.yaml:6:11
              help: use one of practitioner-survey, service-user-feedback, msc-stories, interviews, outcome-readings, case-outcomes
            """),
        ("study:\n  title: x\n  codebok: a.yaml\n", """
            error: unknown key 'codebok' in study --> Surveys/study.yaml:3:3
              help: did you mean 'codebook'? keys allowed here: title, organisation, codebook, output, quotes_per_theme, suppress_below, names, quotes, summary
            """),
        ("study:\n  title: [unclosed\n", """
            error: invalid YAML: while parsing a flow sequence: did not find expected ',' or ']' --> Surveys/study.yaml:3:1
            """),
    ])
    func errors(text: String, expected: String) {
        #expect(message(text) == expected.replacingOccurrences(of: "DIR", with: FilePaths.display(dir.path)))
    }

    @Test("a data set id used twice is an error")
    func duplicateDataset() {
        let text = Self.minimal + "  - id: practitioners-2016\n    kind: practitioner-survey\n    file: survey.csv\n"
        #expect(message(text) == """
            error: data set id 'practitioners-2016' is used twice --> Surveys/study.yaml:8:9
              help: give each data set its own id
            """)
    }
}

import Foundation
