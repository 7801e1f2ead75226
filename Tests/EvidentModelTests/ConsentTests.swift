import EvidentModel
import Testing

@Suite("Consent")
struct ConsentTests {
    @Test("the words sources use are read; blank is nothing recorded", arguments: [
        ("given", Consent.given), ("Yes", .given), ("AGREED", .given), ("pending", .pending), ("to check", .pending),
        ("maybe", .pending), ("withheld", .withheld), ("No", .withheld), ("withdrawn", .withheld), ("declined", .withheld),
    ])
    func reading(text: String, expected: Consent) {
        #expect(Consent(reading: text) == expected)
    }

    @Test("only given consent, or none recorded, allows publication")
    func publication() {
        #expect(Consent(reading: "  ") == nil)
        let recorded: [Consent?] = [nil, .given, .pending, .withheld]
        #expect(recorded.map(\.allowsPublication) == [true, true, false, false])
    }
}
