import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The `interviews` data set: participants as respondents, turns as answers, offsets into the
/// whole transcript, and the accounting.
@Suite("Transcripts: the interviews data set")
struct InterviewLoaderTests {
    typealias F = InterviewFixtures

    static let csv = "participant,pseudonym,name,role,age band,group\nNM-P01,Kristy,Danielle Hughes,mum,25–34,Family Support Team\nNM-P02,Jade,,mum,18–24,Outreach\n"

    static let first = """
        Early help evaluation: parent interview
        Participant: NM-P01

        [00:00:05] Interviewer: Thanks for seeing me.
        [00:00:09] Danielle: That's fine.
        [00:00:12] Interviewer: How did it start?
        [00:00:15] Danielle: The school rang.
        My worker listened.
        """

    static func folder(_ files: [(String, [UInt8])]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for (name, bytes) in files { try folder.write(name, bytes: bytes) }
        return folder
    }

    @Test("one respondent per participant; questions are turn numbers; interviewer turns are blank answers")
    func layout() throws {
        let second = F.document(F.turn("Interviewer:", "Hello.") + F.turn("Parent:", "Hiya.") + F.turn("Interviewer:", "Ready?") + F.turn("Parent:", "Go on then."))
        let folder = try Self.folder([
            ("a-interview.txt", Array(Self.first.utf8)), ("NM-P02 transcript.docx", try F.docx(second)), ("participants.csv", Array(Self.csv.utf8)),
            ("NM-P01 audio.m4a", [0, 1, 2]),
        ])
        let dataset = try InterviewLoader.load(F.spec(folder.path), participants: folder.path + "/participants.csv")
        #expect(dataset.kind == .interviews)
        #expect(dataset.accounting == Accounting(rowsRead: 2, complete: 2, partial: 0, rejected: 0))
        #expect(dataset.questions.map(\.id) == ["turn-1", "turn-2", "turn-3", "turn-4"])
        #expect(dataset.questions[1].text == "Turn 2")
        #expect(dataset.attributes == ["role", "age band", "group"])
        #expect(dataset.respondents.map(\.id) == ["NM-P01", "NM-P02"])
        #expect(dataset.respondents[0].answers == ["", "That's fine.", "", "The school rang.\nMy worker listened."])
        #expect(dataset.respondents[1].answers == ["", "Hiya.", "", "Go on then."])
        #expect(dataset.respondents[0].attributes == ["mum", "25–34", "Family Support Team"])
        #expect(dataset.respondents[0].personalDetails == ["Danielle Hughes", "Danielle"])
        #expect(dataset.respondents[0].line == 2)
        let collection = try #require(dataset.transcripts)
        #expect(collection.transcripts.map(\.id) == ["NM-P02 transcript.docx", "a-interview.txt"])
        #expect(collection.transcripts[1].participants == ["NM-P01"])
        #expect(collection.transcripts[1].turns.map(\.timestamp) == ["00:00:05", "00:00:09", "00:00:12", "00:00:15"])
        #expect(collection.attribution(for: "NM-P01") == "Kristy, 25–34, mum")
        #expect(collection.attribution(for: "NM-P02", showing: ["group"]) == "Jade, Outreach")
        #expect(dataset.diagnostics.map(\.description) == ["note: left out 1 file(s) that are not transcripts: NM-P01 audio.m4a --> \(FilePaths.display(folder.path))"])
    }

    @Test("the coding loop sees exactly the participants' turns, never an interviewer's")
    func interviewerTurnsNotCoded() throws {
        let folder = try Self.folder([("NM-P01.txt", Array(Self.first.utf8)), ("participants.csv", Array(Self.csv.utf8))])
        let dataset = try InterviewLoader.load(F.spec(folder.path))
        let collection = try #require(dataset.transcripts)
        var coded: [Turn] = []
        for respondent in dataset.respondents {
            for (question, answer) in zip(dataset.questions, respondent.answers) where !answer.trimmedWhitespace.isEmpty {
                coded.append(try #require(collection.turn(respondent: respondent.id, question: question.id)).turn)
            }
        }
        #expect(coded.map(\.number) == [2, 4])
        #expect(coded.allSatisfy { $0.role == .participant && $0.speaker == "Danielle" })
        let csv = FilePaths.display(folder.path + "/participants.csv")
        #expect(dataset.diagnostics.map(\.description) == [
            "note: using the participants CSV found beside the transcripts --> \(csv)",
            "note: participants.csv lists 1 participant(s) with no transcript: NM-P02 --> \(csv)",
        ])
    }

    @Test("offsets are Unicode scalars into the whole transcript, through emoji, accents and CRLF")
    func offsets() throws {
        let text = "Participant: NM-P01\r\n[00:00:01] Interviewer: Ça va? 👋🏽\r\n[00:00:04] Mum: Zoë’s café 👍🏽 was lovely.\r\n[00:00:09] the nursery said so.\r\nInterviewer: Good."
        let folder = try Self.folder([("t.txt", Array(text.utf8))])
        let dataset = try InterviewLoader.load(F.spec(folder.path))
        let transcript = try #require(dataset.transcripts?.transcripts.first)
        #expect(transcript.text == text)
        let scalars = Array(transcript.text.unicodeScalars)
        let turn = transcript.turns[1]
        #expect(turn.text == "Zoë’s café 👍🏽 was lovely.\nthe nursery said so.")
        for (line, span) in zip(turn.text.split(separator: "\n"), turn.spans) {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == line)
        }
        let answer = Array(turn.text.unicodeScalars)
        let start = try #require(answer.firstIndex(of: "c"))
        let range = turn.transcriptRange(ofTextRange: start..<start + 4)
        #expect(String(String.UnicodeScalarView(scalars[range])) == "café")
        let second = try #require(answer.firstIndex(of: "\n")) + 1
        let nursery = turn.transcriptRange(ofTextRange: second..<answer.count)
        #expect(String(String.UnicodeScalarView(scalars[nursery])) == "the nursery said so.")
        #expect(nursery.lowerBound == 110)  // Python: text.index('the nursery'), code points
        let segment = CodedSegment(dataset: "d", respondent: "NM-P01", question: "turn-2", segmentIndex: 1, start: second, end: answer.count, codeID: "c", matches: [])
        #expect(dataset.transcripts?.transcriptRange(of: segment)?.range == nursery)
    }

    @Test("a participant with two transcripts: turns numbered on into the second")
    func twoTranscripts() throws {
        let later = "Participant: NM-P01\nInterviewer: Welcome back.\nMum: Hello again."
        let folder = try Self.folder([("1.txt", Array(Self.first.utf8)), ("2.txt", Array(later.utf8))])
        let dataset = try InterviewLoader.load(F.spec(folder.path))
        #expect(dataset.respondents.map(\.id) == ["NM-P01"])
        #expect(dataset.questions.count == 6)
        #expect(dataset.respondents[0].answers[5] == "Hello again.")
        #expect(dataset.transcripts?.turn(respondent: "NM-P01", question: "turn-6")?.transcript.id == "2.txt")
    }

    @Test("a focus group: speakers matched to participants by pseudonym; an unknown speaker kept, not coded")
    func focusGroup() throws {
        let text = "Participants: NM-P01, NM-P02\nFacilitator: Who'd like to start?\nKristy: Me.\nJade: Then me.\nVisitor: Can I say something?\nJade: Go on.\nVisitor: Thanks."
        let folder = try Self.folder([("fg.txt", Array(text.utf8)), ("participants.csv", Array(Self.csv.utf8))])
        let dataset = try InterviewLoader.load(F.spec(folder.path))
        #expect(dataset.respondents.map { "\($0.id) \($0.answers.filter { !$0.isEmpty })" } == ["NM-P01 [\"Me.\"]", "NM-P02 [\"Then me.\", \"Go on.\"]"])
        #expect(dataset.accounting == Accounting(rowsRead: 1, complete: 0, partial: 1, rejected: 0))
        #expect(dataset.transcripts?.transcripts[0].turns[3].role == .unattributed)
        #expect(dataset.transcripts?.problems.map(\.description) == ["""
            error: speaker 'Visitor' is neither an interviewer nor one of this focus group's participants (NM-P01, NM-P02) --> \(FilePaths.display(folder.path + "/fg.txt")):5
              help: label each participant's turns with their participant id, pseudonym or name; turns by 'Visitor' are kept but not coded
            """])
    }
}
