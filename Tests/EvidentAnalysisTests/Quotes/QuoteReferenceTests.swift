import EvidentAnalysis
import Testing

@Suite("Quote reference")
struct QuoteReferenceTests {
    @Test("a reference is eight base-32 characters, a dot and the segment index, and reads back")
    func roundTrip() throws {
        let reference = QuoteReference(dataset: "parents-2016", respondent: "17", question: "q3", segment: 2)
        let text = reference.description
        #expect(text.count == 10)
        #expect(text.hasSuffix(".2"))
        #expect(text.prefix(8).allSatisfy { "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains($0) })
        #expect(QuoteReference(parsing: text) == reference)
        #expect(QuoteReference(parsing: " " + text.lowercased() + " ") == reference)
        // Stable: the same answer, the same name, in every run (FNV-1a, not Swift's seeded Hasher).
        #expect(QuoteReference.name(dataset: "parents-2016", respondent: "17", question: "q3") == reference.answer)
        #expect(QuoteReference.name(dataset: "parents-2016", respondent: "18", question: "q3") != reference.answer)
    }

    @Test("O reads as 0 and I or L as 1, as Crockford's base 32 allows")
    func confusables() throws {
        let read = try #require(QuoteReference(parsing: "O1IL2345.0"))
        #expect(read.answer == "01112345")
    }

    @Test("text that is not a reference is refused", arguments: ["", "ABC.1", "ABCDEFGH", "ABCDEFGH.", "ABCDEFGH.x", "ABCDEFGU.1", "ABCDEFGH.-1", "ABCDEFGH.1.2"])
    func refused(text: String) {
        #expect(QuoteReference(parsing: text) == nil)
    }
}
