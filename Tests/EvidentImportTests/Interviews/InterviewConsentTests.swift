import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Consent to publication for interview participants: the participants CSV's `Consent` column,
/// else a transcript's `Consent:` header line.
@Suite("Transcripts: consent")
struct InterviewConsentTests {
    typealias F = InterviewFixtures

    static func transcript(_ participant: String, consent: String?) -> String {
        "Participant: \(participant)\n" + (consent.map { "Consent: \($0)\n" } ?? "") + "\nInterviewer: Hello.\n\(participant): It helped a lot.\n"
    }

    @Test("a transcript's Consent: line is read; the participants CSV's Consent column wins over it")
    func consent() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.txt", bytes: Array(Self.transcript("NM-P01", consent: "withheld").utf8))
        try folder.write("b.txt", bytes: Array(Self.transcript("NM-P02", consent: "to be checked").utf8))
        try folder.write("c.txt", bytes: Array(Self.transcript("NM-P03", consent: nil).utf8))
        try folder.write("d.txt", bytes: Array(Self.transcript("NM-P04", consent: "no").utf8))
        try folder.write("participants.csv", bytes: Array("participant,pseudonym,consent\nNM-P01,A,\nNM-P02,B,\nNM-P03,C,\nNM-P04,D,yes\n".utf8))
        let dataset = try InterviewLoader.load(F.spec(folder.path), participants: folder.path + "/participants.csv")
        let consent = Dictionary(uniqueKeysWithValues: dataset.respondents.map { ($0.id, $0.consent) })
        #expect(consent["NM-P01"] == .some(.withheld))
        #expect(consent["NM-P02"] == .some(.pending))
        #expect(consent["NM-P03"] == .some(nil))
        #expect(consent["NM-P04"] == .some(.given))
    }
}
