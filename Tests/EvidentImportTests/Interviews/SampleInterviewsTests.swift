import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The sample study's interviews (`Surveys/interviews`) load as their README says.
@Suite("Sample data: the parent interviews")
struct SampleInterviewsTests {
    static let folder = FixturePaths.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Surveys/interviews").path

    static func load() throws -> Dataset {
        try InterviewLoader.load(InterviewFixtures.spec(folder))
    }

    @Test("five transcripts, all complete; one respondent per participant in the CSV's order")
    func accounting() throws {
        let dataset = try Self.load()
        #expect(dataset.accounting == Accounting(rowsRead: 5, complete: 5, partial: 0, rejected: 0))
        #expect(dataset.rejections.isEmpty)
        #expect(dataset.attributes == ["role", "age band", "group", "locality"])
        #expect(dataset.respondents.map { "\($0.id) \($0.attributes.joined(separator: "|"))" } == [
            "NM-P01 mum|25–34|Family Support Team|East Vale", "NM-P02 mum|18–24|Children's Centre Outreach|Riverside",
            "NM-P03 dad|35–44|Family Support Team|Central", "NM-P04 mum|25–34|Children's Centre Outreach|West Moors",
            "NM-P05 mum|35–44|Targeted Youth Support|North",
        ])
        #expect(dataset.respondents.map { $0.answers.filter { !$0.isEmpty }.count } == [35, 32, 31, 31, 30])
        #expect(dataset.questions.count == 71)
        let file = "Surveys/interviews/"
        #expect(dataset.diagnostics.map(\.description).map { $0.replacingOccurrences(of: FilePaths.display(Self.folder), with: "Surveys/interviews") } == [
            "note: using the participants CSV found beside the transcripts --> \(file)participants.csv",
            "note: left out 1 file(s) that are not transcripts: README.md --> Surveys/interviews",
            "note: read as Windows-1252: the file is not valid UTF-8 --> \(file)NM-P03-interview.txt",
            "note: participants.csv lists 1 participant(s) with no transcript: NM-P06 --> \(file)participants.csv",
        ])
    }

    @Test("each transcript's format, turns, speakers, timestamps and cross-talk")
    func transcripts() throws {
        let collection = try #require(try Self.load().transcripts)
        #expect(collection.transcripts.map { "\($0.id) \($0.format.rawValue) \($0.encoding) \($0.turns.count)" } == [
            "NM-P01-interview.txt txt utf-8-bom 71", "NM-P02 interview transcript.docx docx utf-8 65", "NM-P03-interview.txt txt windows-1252 63",
            "NM-P04.docx docx utf-8 63", "interview-05.md md utf-8 61",
        ])
        #expect(collection.transcripts.map { Set($0.turns.map(\.speaker)).sorted() } == [
            ["Danielle", "Interviewer"], ["Interviewer", "Parent"], ["INT", "P3"], ["Gemma", "Interviewer"], ["Interviewer", "Mum"],
        ])
        #expect(collection.transcripts.allSatisfy { $0.turns.allSatisfy { $0.timestamp != nil } })
        #expect(collection.transcripts.map { $0.turns.filter(\.overlaps).map(\.number) } == [[26, 27], [24, 25], [32], [44, 45], [36]])
        #expect(collection.transcripts.map(\.participants) == [["NM-P01"], ["NM-P02"], ["NM-P03"], ["NM-P04"], ["NM-P05"]])
        #expect(collection.attribution(for: "NM-P03") == "Lewis, 35–44, dad")
    }

    @Test("every turn's text is exactly its spans of the transcript text")
    func spans() throws {
        let collection = try #require(try Self.load().transcripts)
        for transcript in collection.transcripts {
            let scalars = Array(transcript.text.unicodeScalars)
            for turn in transcript.turns {
                let pieces = turn.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
                #expect(pieces.joined(separator: "\n") == turn.text, "\(transcript.id) turn \(turn.number)")
            }
        }
    }

    @Test("Word files: the metadata table, the transcriber's comment and a tracked deletion are left out")
    func wordLeftOut() throws {
        let collection = try #require(try Self.load().transcripts)
        let jade = collection.transcripts[1].text
        #expect(jade.hasPrefix("Early Help evaluation 2016 – parent interview\n\n[00:00:04] Interviewer: Okay"))
        #expect(!jade.contains("Riverside Children’s Centre"))
        #expect(!jade.contains("check the road name"))
        #expect(!jade.contains("Um,"))
    }

    @Test("personal details for redaction: real names from the CSV and the first name used as a label")
    func personalDetails() throws {
        let dataset = try Self.load()
        #expect(dataset.respondents[0].personalDetails == ["Danielle Hughes", "Tyler", "Ruby", "Bev", "Mrs Patel", "Danielle"])
        #expect(dataset.respondents[3].personalDetails.last == "Gemma")
        let texts = dataset.respondents.flatMap(\.answers).joined(separator: "\n")
        for detail in ["07700 900321", "Hawthorn Road", "Moorside Primary", "Station Road", "Cotton Street", "Thornby C of E", "23 Bank Street"] {
            #expect(texts.contains(detail), "\(detail)")
        }
    }
}
