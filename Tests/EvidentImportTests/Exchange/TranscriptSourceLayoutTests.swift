import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Transcripts as REFI-QDA sources: names, and selections mapped back to participants' turns.
@Suite("Transcript source layout")
struct TranscriptSourceLayoutTests {
    static let csv = "participant,pseudonym,name,role\nNM-P01,Kristy,Danielle Hughes,mum\nNM-P02,Jade,Stacey Doyle,mum\nNM-P03,,,dad\n"

    /// CRLF, a timestamp on a continuation line, emoji and accents.
    static let interview = "Participant: NM-P01\r\n\r\n[00:00:01] Interviewer: Ça va? 👋🏽\r\n[00:00:04] Danielle: Zoë’s café 👍🏽 was lovely.\r\n"
        + "[00:00:09] the nursery said so.\r\n\r\nAnd Bev listened.\r\n[00:00:20] Interviewer: Good.\r\n[00:00:24] Danielle: It helped."

    static let focusGroup = "Participants: NM-P01, NM-P02\nFacilitator: Who'd like to start?\nKristy: Me first.\nJade: Then me.\nFacilitator: Thanks."

    static func load(_ files: [(String, String)]) throws -> Dataset {
        let folder = try TemporaryDirectory()
        for (name, text) in files { try folder.write(name, text) }
        try folder.write("participants.csv", csv)
        return try InterviewLoader.load(InterviewFixtures.spec(folder.path))
    }

    /// The Unicode scalar offset of the first `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    }

    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        text.replacingOccurrences(of: target, with: replacement)
    }

    static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    @Test("every range of a turn's text goes to the transcript and back unchanged, unless it starts on a line end")
    func inverse() throws {
        let dataset = try Self.load([("NM-P01.txt", Self.interview)])
        let turn = try #require(dataset.transcripts?.transcripts.first?.turns[1])
        #expect(turn.text == "Zoë’s café 👍🏽 was lovely.\nthe nursery said so.\nAnd Bev listened.")
        let scalars = Array(turn.text.unicodeScalars)
        for start in 0...scalars.count where start == scalars.count || scalars[start] != "\n" {
            for end in start...scalars.count {
                let range = turn.transcriptRange(ofTextRange: start..<end)
                let back = [
                    TranscriptSourceLayout.textOffset(ofTranscriptOffset: range.lowerBound, in: turn, isEnd: false),
                    TranscriptSourceLayout.textOffset(ofTranscriptOffset: range.upperBound, in: turn, isEnd: true),
                ]
                #expect(back == [start, end], "text range \(start)..<\(end), transcript \(range)")
            }
        }
        // Outside the turn: before it is 0, after it the text's length.
        #expect(TranscriptSourceLayout.textOffset(ofTranscriptOffset: 0, in: turn, isEnd: false) == 0)
        #expect(TranscriptSourceLayout.textOffset(ofTranscriptOffset: 10_000, in: turn, isEnd: true) == scalars.count)
    }

    @Test("a selection codes the participants' words it overlaps, clipped to each turn; interviewer turns and labels alone, nothing")
    func overlap() throws {
        let dataset = try Self.load([("NM-P01.txt", Self.interview), ("fg.txt", Self.focusGroup)])
        let collection = try #require(dataset.transcripts)
        let interview = try #require(collection.transcripts.first { $0.id == "NM-P01.txt" })
        let layout = TranscriptSourceLayout(dataset: dataset.id, transcript: interview, collection: collection)
        #expect(layout.units.map { "\($0.participant) \($0.question) \($0.turn.number)" } == ["NM-P01 turn-2 2", "NM-P01 turn-4 4"])
        let scalars = Array(interview.text.unicodeScalars)
        func offset(of needle: String) throws -> Int {
            try #require(Self.offset(of: needle, in: interview.text))
        }
        func mapped(_ start: Int, _ end: Int) -> [String] {
            layout.units(overlapping: start, end).map { "\($0.unit.question) \($0.start)-\($0.end)" }
        }
        // From the interviewer's question into the answer: the answer's first word.
        let question = try offset(of: "Ça va")
        #expect(mapped(question, try offset(of: "Zoë") + 3) == ["turn-2 0-3"])
        // The interviewer's words alone, or the label and timestamp before an answer: nothing.
        #expect(mapped(question, question + 5).isEmpty)
        #expect(mapped(try offset(of: "[00:00:04]"), try offset(of: "Zoë")).isEmpty)
        // Across the last line of one answer, the interviewer, and into the next answer.
        let bev = try offset(of: "Bev")
        #expect(mapped(bev, try offset(of: "It helped") + 2) == ["turn-2 51-64", "turn-4 0-2"])
        #expect(Self.text(scalars, bev..<bev + 3) == "Bev")
        // The whole file: both answers, whole.
        #expect(mapped(0, scalars.count) == ["turn-2 0-64", "turn-4 0-10"])
        // A focus group: one selection over two participants' turns codes each.
        let group = try #require(collection.transcripts.first { $0.id == "fg.txt" })
        let groupLayout = TranscriptSourceLayout(dataset: dataset.id, transcript: group, collection: collection)
        let found = groupLayout.units(overlapping: 0, group.text.unicodeScalars.count)
        #expect(found.map { "\($0.unit.participant) \($0.unit.question) \($0.start)-\($0.end)" } == ["NM-P01 turn-6 0-9", "NM-P02 turn-3 0-8"])
    }

    @Test("names: pseudonyms and file name, a participant without one by id, a file name holding a real name replaced")
    func names() throws {
        let dataset = try Self.load([
            ("NM-P01.txt", Self.interview), ("fg.txt", Self.focusGroup), ("Stacey Doyle: second?.txt", "Participant: NM-P02\nInterviewer: Hi.\nJade: Hi."),
            ("NM-P03.txt", "Participant: NM-P03\nInterviewer: Hi.\nDad: Hello."),
        ])
        let collection = try #require(dataset.transcripts)
        let names = collection.transcripts.map { TranscriptSourceLayout(dataset: "pi", transcript: $0, collection: collection).name }
        #expect(collection.transcripts.map(\.id) == ["NM-P01.txt", "NM-P03.txt", "Stacey Doyle: second?.txt", "fg.txt"])
        #expect(names == ["pi Kristy (NM-P01.txt)", "pi NM-P03 (NM-P03.txt)", "pi Jade (transcript 3)", "pi Kristy, Jade (fg.txt)"])
    }
}
