import EvidentAnalysis
import EvidentImport
import EvidentModel
import Foundation
import Testing
@testable import EvidentReport

@Suite("REFI-QDA project export", .serialized)
struct QDPXExportTests {
    /// The sample study, loaded and coded once.
    static let coded: (study: LoadedStudy, segments: [CodedSegment])? = {
        guard let study = try? StudyRun.load(studyPath: ExchangeSupport.sampleStudy), let engine = study.engine else { return nil }
        return (study, StudyAnalysis.code(study.datasets, with: engine))
    }()

    static func export() throws -> (path: String, data: Data) {
        let coded = try #require(Self.coded)
        let (data, _) = try QDPXExport.archive(
            spec: coded.study.spec, codebook: try #require(coded.study.codebook), datasets: coded.study.datasets, segments: coded.segments
        )
        let path = try ExchangeSupport.temporaryDirectory() + "/sample.qdpx"
        try data.write(to: URL(fileURLWithPath: path))
        return (path, data)
    }

    @Test("round trip: every automatic coded segment comes back as a coding of the same answer, span and code")
    func roundTrip() throws {
        let coded = try #require(Self.coded)
        let (path, _) = try Self.export()
        let project = try QDPXReader.read(path: path)
        #expect(project.warnings.isEmpty)
        let codebook = try #require(coded.study.codebook)
        #expect(ExchangeSupport.withoutLocations(try #require(project.codebook).codebook) == ExchangeSupport.withoutLocations(codebook))
        let set = QDPXCodingMapper.codings(from: project, datasets: coded.study.datasets, codebook: codebook)
        #expect(set.rejected.isEmpty)
        #expect(Set(set.codings.map(\.coder)) == ["Evident (automatic coding)"])
        let back = set.codings.map { "\($0.dataset)|\($0.respondent)|\($0.question)|\($0.start ?? -1)|\($0.end ?? -1)|\($0.codeID)" }
        let original = coded.segments.map { "\($0.dataset)|\($0.respondent)|\($0.question)|\($0.start)|\($0.end)|\($0.codeID)" }
        #expect(back.count == original.count)
        #expect(back.sorted() == original.sorted())
        // Cases carry each respondent's attributes.
        let variables = Dictionary(uniqueKeysWithValues: project.variables.map { ($0.guid, $0.name) })
        let first = try #require(project.cases.first)
        #expect(first.name == "practitioners-2015 \(coded.study.datasets[0].respondents[0].id)")
        let values = Dictionary(uniqueKeysWithValues: first.values.map { (variables[$0.key] ?? "?", $0.value) })
        #expect(values["Data set"] == "practitioners-2015")
        #expect(values["Role"] == coded.study.datasets[0].respondents[0].attributes[0])
    }

    @Test("the text of each source is the survey layout, offsets in Unicode scalars land on the coded sentence")
    func offsets() throws {
        let coded = try #require(Self.coded)
        let (path, _) = try Self.export()
        let project = try QDPXReader.read(path: path)
        let source = try #require(project.sources.first)
        #expect(source.name == "practitioners-2015 Q1 What has helped families you have worked with make progress")
        let text = Array(try #require(source.text).unicodeScalars)
        let selection = try #require(source.selections.first)
        let segment = try #require(coded.segments.first { $0.dataset == "practitioners-2015" })
        let respondent = try #require(coded.study.datasets[0].respondents.first { $0.id == segment.respondent })
        let answer = Array(respondent.answers[0].unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[selection.start..<selection.end]))
            == String(String.UnicodeScalarView(answer[segment.start..<segment.end])))
    }

    @Test("the same study gives the same bytes")
    func deterministic() throws {
        #expect(try Self.export().data == Self.export().data)
    }

    @Test("project.qde validates against the REFI-QDA project schema",
          .enabled(if: ExchangeSupport.xmllint != nil, "xmllint is not installed (Debian package libxml2-utils)"),
          .enabled(if: ExchangeSupport.realExists("refi-qda-project.xsd"), "../shared/fixtures/real/refi-qda-project.xsd is absent"))
    func schema() throws {
        let coded = try #require(Self.coded)
        let writer = QDPXWriter(
            spec: coded.study.spec, codebook: try #require(coded.study.codebook), datasets: coded.study.datasets,
            creationDate: QDPXExport.fixedDate, version: "0.1.0"
        )
        let folder = try ExchangeSupport.temporaryDirectory()
        try ExchangeSupport.write(writer.build(segments: coded.segments).xml, to: folder + "/project.qde")
        let result = try ExchangeSupport.validate(folder + "/project.qde", schema: ExchangeSupport.real("refi-qda-project.xsd"))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validates"))
    }
}
