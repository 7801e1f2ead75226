import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The participants CSV: columns, pseudonyms, personal names, rows skipped, and participants
/// transcripts name that it lacks.
@Suite("Transcripts: the participants CSV")
struct ParticipantTableTests {
    typealias F = InterviewFixtures

    static let transcript = "Participant: NM-P07\nInterviewer: Hello.\nParent: Hiya."

    @Test("columns matched ignoring case, spaces and underscores; names kept apart from attributes")
    func columns() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("people.csv", "Participant_ID;Pseudonym;Real Name;Other names;Role;Age band\nNM-P01;Kristy;Danielle Hughes;\"Tyler; Ruby\";mum;25–34\n")
        let table = try ParticipantTable(path: path)
        #expect(table.attributeNames == ["Role", "Age band"])
        let participant = try #require(table.participant("nm-p01"))
        #expect(participant == Participant(id: "NM-P01", pseudonym: "Kristy", attributes: ["mum", "25–34"], names: ["Danielle Hughes", "Tyler", "Ruby"], line: 2))
        #expect(table.participant(byIDOrPseudonym: "kristy")?.id == "NM-P01")
        #expect(table.people == ["NM-P01", "Kristy", "Danielle Hughes", "Tyler", "Ruby"])
    }

    @Test("rows with the wrong field count, no id, a repeated id or no pseudonym are reported by line")
    func rowWarnings() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("participants.csv", "participant,pseudonym,role\nP1,Kristy,mum\nP2,Jade\n,Sam,dad\nP1,Kim,mum\nP3,,dad\n\n")
        let table = try ParticipantTable(path: path)
        let file = FilePaths.display(path)
        #expect(table.participants.map(\.id) == ["P1", "P3"])
        #expect(table.participants.map(\.label) == ["Kristy", "P3"])
        #expect(table.diagnostics.map(\.description) == [
            "warning: row has 2 fields where the header has 3; it is skipped --> \(file):3",
            "warning: row has no participant id; it is skipped --> \(file):4",
            "warning: participant 'P1' appears again (first on line 2); this row is skipped --> \(file):5",
            "warning: participant 'P3' has no pseudonym; quotes are attributed to 'P3' --> \(file):6",
        ])
    }

    @Test("a CSV without a participant column is refused")
    func noIDColumn() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("participants.csv", "name,role\nDanielle,mum\n")
        #expect(throws: InputError(
            "the participants CSV has no participant column", at: SourceLocation(file: FilePaths.display(path), line: 1),
            help: "the first row names the columns: participant (the id transcripts use), pseudonym, then attributes such as role, age band, group"
        )) {
            try ParticipantTable(path: path)
        }
    }

    @Test("a participant missing from the CSV: reported at the transcript's line, loaded as partial under its id")
    func missingParticipant() throws {
        let folder = try TemporaryDirectory()
        try folder.write("NM-P07.txt", Self.transcript)
        try folder.write("NM-P01.txt", "Interviewer: Hello.\nMum: Hiya.")
        let csv = try folder.write("participants.csv", "participant,pseudonym,role\nNM-P01,Kristy,mum\n")
        let dataset = try InterviewLoader.load(F.spec(folder.path), participants: csv)
        #expect(dataset.accounting == Accounting(rowsRead: 2, complete: 1, partial: 1, rejected: 0))
        #expect(dataset.respondents.map { "\($0.id) \($0.status) \($0.attributes)" } == ["NM-P01 complete [\"mum\"]", "NM-P07 partial [\"\"]"])
        let file = FilePaths.display(folder.path + "/NM-P07.txt")
        #expect(dataset.transcripts?.problems.map(\.description) == ["""
            error: participant 'NM-P07' is not in participants.csv --> \(file):1
              help: add a row for NM-P07 with a pseudonym to participants.csv, or correct the transcript's participant; until then its quotes are attributed to 'NM-P07'
            """])
        #expect(dataset.rejections.map { "\($0.kind.rawValue) \($0.location) \($0.respondent ?? "-") \($0.column ?? "-")=\($0.value ?? "-")" } == [
            "invalid-value \(file):1 NM-P07 participant=NM-P07",
        ])
        #expect(dataset.transcripts?.attribution(for: "NM-P07") == "NM-P07")
    }

    @Test("the participant from the file name: the longest CSV id it starts with, else its first word")
    func fromFileName() throws {
        let folder = try TemporaryDirectory()
        let csv = try folder.write("participants.csv", "participant,pseudonym\nP1,Kristy\nP12,Jade\n")
        let table = try ParticipantTable(path: csv)
        let loader = TranscriptLoader(rules: SpeakerRules(interviewers: []), interviewers: [], table: table, byteLimit: 1, xmlOptions: .init())
        #expect(loader.participantID(fromFileName: "P12 interview.docx") == "P12")
        #expect(loader.participantID(fromFileName: "p1_second visit.txt") == "P1")
        #expect(loader.participantID(fromFileName: "P123.txt") == "P123")
        let bare = TranscriptLoader(rules: SpeakerRules(interviewers: []), interviewers: [], table: nil, byteLimit: 1, xmlOptions: .init())
        #expect(bare.participantID(fromFileName: "sub/NM-P03 interview 14 March.docx") == "NM-P03")
    }

    @Test("attributes the manifest lists must be CSV columns")
    func attributes() throws {
        let folder = try TemporaryDirectory()
        try folder.write("P1.txt", "Interviewer: Hello.\nMum: Hiya.")
        try folder.write("participants.csv", "participant,pseudonym,Role,Group\nP1,Kristy,mum,A\n")
        let dataset = try InterviewLoader.load(F.spec(folder.path, attributes: ["group"]))
        #expect(dataset.attributes == ["group"])
        #expect(dataset.respondents[0].attributes == ["A"])
        #expect(throws: InputError("attribute 'locality' is not a column of participants.csv", at: F.manifest, help: "its attribute columns are Role, Group")) {
            try InterviewLoader.load(F.spec(folder.path, attributes: ["locality"]))
        }
    }
}
