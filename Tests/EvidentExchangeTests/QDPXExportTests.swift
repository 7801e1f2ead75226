import EvidentAnalysis
import EvidentCoding
import EvidentImport
import EvidentModel
import Foundation
import Testing
@testable import EvidentApplication
@testable import EvidentExchange

@Suite("REFI-QDA project export", .serialized)
struct QDPXExportTests {
    /// The sample study, loaded and coded once.
    static let coded: (study: LoadedStudy, segments: [CodedSegment])? = {
        guard let study = try? StudyRun.load(studyPath: ExchangeSupport.sampleStudy), let engine = study.engine else { return nil }
        return (study, CodingRun.code(study.datasets, with: engine))
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

    @Test("interviews: one source per transcript, its text exactly; codings come back as the same participant, turn, span and code")
    func interviews() throws {
        let coded = try #require(Self.coded)
        let dataset = try #require(coded.study.datasets.first { $0.id == "parent-interviews-2016" })
        let collection = try #require(dataset.transcripts)
        let (path, _) = try Self.export()
        let project = try QDPXReader.read(path: path)
        let sources = project.sources.filter { $0.name.hasPrefix(dataset.id + " ") }
        #expect(sources.map(\.name) == [
            "parent-interviews-2016 Kristy (NM-P01-interview.txt)", "parent-interviews-2016 Jade (NM-P02 interview transcript.docx)",
            "parent-interviews-2016 Lewis (NM-P03-interview.txt)", "parent-interviews-2016 Lisa (NM-P04.docx)",
            "parent-interviews-2016 Donna (interview-05.md)",
        ])
        #expect(sources.map { $0.text.map { Array($0.unicodeScalars) } } == collection.transcripts.map { Array($0.text.unicodeScalars) })
        #expect(sources.allSatisfy { $0.plainTextPath == "internal://\($0.guid).txt" })

        // Every automatic segment of an interview turn, read back through the transcripts.
        let codebook = try #require(coded.study.codebook)
        let set = QDPXCodingMapper.codings(from: project, datasets: coded.study.datasets, codebook: codebook)
        #expect(set.rejected.isEmpty)
        let back = set.codings.filter { $0.dataset == dataset.id }.map { "\($0.respondent)|\($0.question)|\($0.start ?? -1)|\($0.end ?? -1)|\($0.codeID)" }
        let original = coded.segments.filter { $0.dataset == dataset.id }.map { "\($0.respondent)|\($0.question)|\($0.start)|\($0.end)|\($0.codeID)" }
        #expect(original.count > 100)
        #expect(back.sorted() == original.sorted())

        // Each selection is the segment's words in the transcript, at transcriptRange(of:).
        for (source, transcript) in zip(sources, collection.transcripts) {
            let scalars = Array(transcript.text.unicodeScalars)
            for selection in source.selections {
                let words = String(String.UnicodeScalarView(scalars[selection.start..<selection.end]))
                let segment = try #require(coded.segments.first { segment in
                    segment.dataset == dataset.id && collection.transcriptRange(of: segment).map { $0.transcript.id == transcript.id
                        && $0.range == selection.start..<selection.end } == true
                })
                let turn = try #require(collection.turn(respondent: segment.respondent, question: segment.question)).turn
                let said = String(String.UnicodeScalarView(Array(turn.text.unicodeScalars)[segment.start..<segment.end]))
                #expect(words.split(whereSeparator: \.isWhitespace) == said.split(whereSeparator: \.isWhitespace))
            }
        }

        // One case per participant, by pseudonym, with their attributes and their transcript.
        let cases = project.cases.filter { ["Kristy", "Jade", "Lewis", "Lisa", "Donna"].contains($0.name ?? "") }
        #expect(cases.map(\.name) == ["Kristy", "Jade", "Lewis", "Lisa", "Donna"])
        #expect(cases.map(\.sourceGUIDs) == sources.map { [$0.guid] })
        #expect(cases.map(\.selectionGUIDs.count) == sources.map(\.selections.count))
        let variables = Dictionary(uniqueKeysWithValues: project.variables.map { ($0.guid, $0.name) })
        let kristy = Dictionary(uniqueKeysWithValues: cases[0].values.map { (variables[$0.key] ?? "?", $0.value) })
        #expect(kristy == ["Data set": dataset.id, "role": "mum", "age band": "25–34", "group": "Family Support Team"])
        // No real name in any source's or case's name.
        let realNames = collection.participants.flatMap(\.names)
        #expect(!realNames.isEmpty)
        for name in sources.map(\.name) + cases.compactMap(\.name) {
            #expect(!realNames.contains { name.contains($0) }, "\(name)")
        }
    }

    @Test("the outcome counts what was written: every automatic segment is a coding")
    func outcome() throws {
        let coded = try #require(Self.coded)
        let (_, outcome) = try QDPXExport.archive(
            spec: coded.study.spec, codebook: try #require(coded.study.codebook), datasets: coded.study.datasets, segments: coded.segments
        )
        let transcripts = coded.study.datasets.compactMap(\.transcripts)
        #expect(outcome.codings == coded.segments.count)
        #expect(outcome.selections == Set(coded.segments.map { "\($0.dataset)|\($0.respondent)|\($0.question)|\($0.start)-\($0.end)" }).count)
        // One source per survey question with at least one answer, one per transcript.
        let questionSources = coded.study.datasets.filter { $0.transcripts == nil }.reduce(0) { total, dataset in
            total + dataset.questions.indices.filter { index in
                dataset.respondents.contains { !$0.answers[index].trimmedWhitespace.isEmpty }
            }.count
        }
        #expect(outcome.sources == questionSources + transcripts.reduce(0) { $0 + $1.transcripts.count })
        #expect(outcome.cases == coded.study.datasets.filter { $0.transcripts == nil }.reduce(0) { total, dataset in
            total + dataset.respondents.filter { $0.answers.contains { !$0.trimmedWhitespace.isEmpty } }.count
        } + transcripts.reduce(0) { $0 + Set($1.transcripts.flatMap(\.participants)).count })
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
