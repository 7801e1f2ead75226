import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("qualtrics-xml: <Responses>, with the CSV layout's finished, progress, status and -99 rules")
struct QualtricsXMLReaderTests {
    static let file = "qualtrics-responses.xml"

    static func load(items: [ItemSpec]? = nil, freeText: [String]? = nil) throws -> Dataset {
        let spec = DatasetSpec(
            id: "closure-xml", kind: .serviceUserFeedback, path: XMLFixture.path(file), format: .qualtricsXML, invited: 8,
            items: items, freeText: freeText, declaredAt: XMLFixture.manifest
        )
        return try XMLDatasetLoader.load(spec, scales: XMLFixture.scales)
    }

    static let items = [
        ItemSpec(column: "QID1", id: "got-help", scale: "yes-partly-no"),
        ItemSpec(column: "QID2", id: "listened", scale: "agreement-5"),
    ]

    @Test("complete, partial (finished False / progress < 100, or an invalid value) and rejected (a preview); the identity holds")
    func accounting() throws {
        let dataset = try Self.load(items: Self.items, freeText: ["QID3_TEXT"])
        #expect(dataset.format == .qualtricsXML)
        #expect(dataset.accounting == Accounting(rowsRead: 4, complete: 1, partial: 2, rejected: 1))
        #expect(dataset.accounting.rowsRead == (try XMLFixture.countStartTags("Response", inFile: XMLFixture.path(Self.file))))
        #expect(dataset.respondents.map(\.id) == ["R_1aB", "R_2cD", "R_4gH"])
        #expect(dataset.respondents.map(\.status) == [.complete, .partial, .partial])
        #expect(dataset.respondents.map(\.line) == [3, 12, 20])
        // 3 valid respondents (the preview is rejected) of 8 invited.
        #expect(dataset.responseRate == 37.5)
    }

    @Test("-99 reads as unanswered; free text exactly as decoded; personal fields kept for redaction only")
    func values() throws {
        let dataset = try Self.load(items: Self.items, freeText: ["QID3_TEXT"])
        #expect(dataset.respondents.map(\.values) == [
            [.valid(3), .valid(4)], [.valid(2), .missing], [.invalid("Maybe"), .valid(5)],
        ])
        #expect(dataset.respondents[0].answers == ["The worker came to the house & met the kids."])
        #expect(dataset.respondents[0].personalDetails == ["203.0.113.9", "51.5", "-0.1"])
    }

    @Test("the preview and the invalid value are listed with line and reason")
    func rejections() throws {
        let dataset = try Self.load(items: Self.items, freeText: ["QID3_TEXT"])
        let shown = XMLFixture.shown(Self.file)
        #expect(dataset.rejections.map { "\($0.kind.rawValue) \($0.location) \($0.respondent ?? "-") \($0.reason)" } == [
            "record \(shown):16 R_3eF record is a Qualtrics survey preview (Status 1), not a response",
            "invalid-value \(shown):20 R_4gH 'Maybe' is not on scale yes-partly-no",
        ])
    }

    @Test("inference skips response metadata (status, progress, location …)")
    func inference() throws {
        let dataset = try Self.load()
        #expect(dataset.items.map(\.column) == ["QID2"])
        #expect(dataset.questions.map(\.id) == ["QID3_TEXT"])
    }

    @Test("a file that is not <Responses> is refused, naming its root")
    func wrongRoot() throws {
        let spec = DatasetSpec(
            id: "q", kind: .serviceUserFeedback, path: XMLFixture.path("odk-repeat.xml"), format: .qualtricsXML, declaredAt: XMLFixture.manifest
        )
        #expect(throws: InputError(
            "a Qualtrics XML export starts with <Responses>, but this file starts with <data>",
            at: SourceLocation(file: XMLFixture.shown("odk-repeat.xml"), line: 2, column: 1),
            help: "check the manifest's format for this file"
        )) {
            try XMLDatasetLoader.load(spec, scales: XMLFixture.scales)
        }
    }
}
