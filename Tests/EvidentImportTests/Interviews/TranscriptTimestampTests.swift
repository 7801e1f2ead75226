import Testing

@testable import EvidentImport

/// Recording times: the forms recognised, and the near misses that stay text.
@Suite("Transcripts: timestamps")
struct TranscriptTimestampTests {
    static func match(_ text: String, bare: TranscriptTimestamp.Bare = .any) -> String? {
        let scalars = Array(text.unicodeScalars)
        return TranscriptTimestamp.match(scalars, at: 0, limit: scalars.count, bare: bare).map { "\($0.text)=\($0.seconds)@\($0.end)" }
    }

    @Test("recognised forms, with their seconds and where they end", arguments: [
        ("[00:12:31] x", "00:12:31=751.0@10"), ("[ 12:31 ] x", "12:31=751.0@9"), ("(1:02:03)", "1:02:03=3723.0@9"),
        ("00:12:31 x", "00:12:31=751.0@8"), ("0:03", "0:03=3.0@4"), ("00:12:31,250", "00:12:31,250=751.25@12"),
        ("75:10", "75:10=4510.0@5"),
    ])
    func forms(text: String, expected: String) {
        #expect(Self.match(text) == expected)
    }

    @Test("near misses are not timestamps", arguments: ["12:61", "123:45", "1:2:3", "12:345", "12:31am", "[12:31", "12:31:00:00", "(12)", "12.31"])
    func nearMisses(text: String) {
        #expect(Self.match(text) == nil)
    }

    @Test("bare forms only where allowed: `long` takes h:mm:ss but not a time of day")
    func bareModes() {
        #expect(Self.match("10:30 at night", bare: .long) == nil)
        #expect(Self.match("00:10:30 at night", bare: .long) == "00:10:30=630.0@8")
        #expect(Self.match("00:10:30", bare: .none) == nil)
        #expect(Self.match("[10:30]", bare: .none) == "10:30=630.0@7")
    }
}
