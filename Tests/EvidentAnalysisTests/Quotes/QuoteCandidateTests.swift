import EvidentAnalysis
import Testing

@Suite("Quote candidates")
struct QuoteCandidateTests {
    /// The rule as first written (lowercase, then keep the alphabetic scalars and the digits 0–9),
    /// kept here as the reference for the ASCII path `sameText` takes.
    static func reference(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    @Test("the same-words key: ASCII byte by byte gives the general rule's key; other text takes the general rule")
    func sameText() {
        var texts = [
            "", "She LISTENED, and it helped!", "  waited 3.5 months -- (too long) ", "[name] said: \"no\"", "\t\r\n@#$%^&*",
            "Café — naïve", "ǅungla İstanbul ß", "١٢٣ digits", "ª º", "😊 ok",
        ]
        var state: UInt64 = 2016
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 60) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: (state >> 33) % 128))
            }
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        for text in texts {
            #expect(QuoteCandidate.sameText(text) == Self.reference(text), "\(text.debugDescription)")
        }
        #expect(QuoteCandidate.sameText("She LISTENED, and it helped!") == "shelistenedandithelped")
    }
}
