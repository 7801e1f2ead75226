import EvidentModel
import Testing

@testable import EvidentImport

/// `DatasetSpecReader+Labels`: a data set's `label:` and `respondents:`, attribute labels and
/// value labels, and a scale's `label:`.
@Suite("Study manifest: labels readers see")
struct ManifestLabelsTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("survey.csv", "id,AGE,respondent,Q1\n1,14,young_person,Yes\n")
    }

    static func manifest(_ dataset: String, scales: String = "") -> String {
        "study:\n  title: t\ndatasets:\n  - id: yp-2016\n    kind: service-user-feedback\n    file: survey.csv\n" + dataset + scales
    }

    func read(_ text: String) throws -> StudySpec {
        try ManifestReader.parse(text, file: "Surveys/study.yaml", directory: dir.path)
    }

    @Test("label, respondents, attribute labels and coded values, a scale's label")
    func labels() throws {
        let spec = try read(Self.manifest("""
                label: Young people's feedback 2016
                respondents: young people
                attributes:
                  - {column: AGE, label: Age}
                  - column: respondent
                    values: {young_person: Young person, parent: Parent}
                items:
                  - {column: Q1, id: helped, scale: yn, label: Did the support help you?}

            """, scales: "scales:\n  yn: {type: ordinal, levels: [No, Yes], positive: [Yes], label: Yes or no}\n"))
        let dataset = try #require(spec.datasets.first)
        #expect(dataset.label == "Young people's feedback 2016")
        #expect(dataset.respondents == "young people")
        #expect(dataset.attributes == ["AGE", "respondent"])
        #expect(dataset.attributeLabels == ["AGE": "Age"])
        #expect(dataset.attributeValueLabels == ["respondent": ["young_person": "Young person", "parent": "Parent"]])
        #expect(spec.scales["yn"]?.label == "Yes or no")
        #expect(spec.scales["agreement-5"]?.label == "Agreement, five points")
    }

    @Test("plain attribute names still read; no label leaves the defaults to the report")
    func plain() throws {
        let dataset = try #require(try read(Self.manifest("    attributes: [AGE, respondent]\n")).datasets.first)
        #expect(dataset.attributes == ["AGE", "respondent"])
        #expect(dataset.label == nil && dataset.respondents == nil && dataset.attributeLabels.isEmpty)
    }

    @Test("a blank label, an attribute without a column, an unknown attribute key: errors with their place", arguments: [
        ("    label: \"  \"\n", """
            error: label of data set 'yp-2016' is blank --> Surveys/study.yaml:7:12
              help: write the name readers should see, or leave label out
            """),
        ("    attributes:\n      - {label: Age}\n", """
            error: an attribute of data set 'yp-2016' has no column --> Surveys/study.yaml:8:9
              help: write {column: AGE, label: Age}, or just the column's header
            """),
        ("    attributes:\n      - {column: AGE, name: Age}\n", """
            error: unknown key 'name' in an attribute of data set 'yp-2016' --> Surveys/study.yaml:8:23
              help: keys allowed here: column, label, values
            """),
    ])
    func errors(text: String, expected: String) {
        do {
            _ = try read(Self.manifest(text))
            Issue.record("no error for \(text)")
        } catch {
            #expect("\(error)" == expected)
        }
    }
}
