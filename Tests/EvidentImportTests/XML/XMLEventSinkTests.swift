import Testing

@testable import EvidentImport

/// The sink's byte scans, which read eight bytes at a time, against the same counts taken one
/// byte at a time.
@Suite("XML event sink: the tag and line scans")
struct XMLEventSinkTests {
    /// Bytes rich in what the scans look for: `<`, line feeds, UTF-8 lead and continuation bytes.
    static func bytes(count: Int, seed: UInt64) -> [UInt8] {
        var generator = SplitMix64(seed: seed)
        let alphabet: [UInt8] = [0x3C, 0x0A, 0x61, 0x20, 0x22, 0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xF0, 0x9F, 0xBF]
        return (0..<count).map { _ in
            generator.next() % 4 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : 0x62
        }
    }

    @Test("the last `<` before a position, with the line feeds and continuation bytes after it", arguments: 0..<40)
    func tagOpening(seed: Int) {
        let data = Self.bytes(count: 1 + seed * 13 % 300, seed: UInt64(seed))
        data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for end in 0...buffer.count {
                let expected = buffer[..<end].lastIndex(of: 0x3C).map { opening in
                    let tail = buffer[opening..<end]
                    return [opening, tail.filter { $0 == 0x0A }.count, tail.filter { $0 & 0xC0 == 0x80 }.count]
                }
                let found = XMLEventSink.tagOpening(before: base + end, base: base)
                #expect(found.map { [$0.opening - base, $0.newlines, $0.continuations] } == expected)
            }
        }
    }

    @Test("a tag after more than 31 words without a `<` still counts every byte")
    func longTag() {
        var data: [UInt8] = [0x3C]
        for index in 0..<600 { data.append(index % 7 == 0 ? 0x0A : index % 5 == 0 ? 0x80 : 0x61) }
        data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let found = XMLEventSink.tagOpening(before: base + buffer.count, base: base)
            #expect(found?.opening == base)
            #expect(found?.newlines == data.filter { $0 == 0x0A }.count)
            #expect(found?.continuations == data.filter { $0 == 0x80 }.count)
        }
    }

    @Test("line feeds in a run of text", arguments: 0..<20)
    func lineFeeds(seed: Int) {
        let data = Self.bytes(count: seed * 97, seed: UInt64(seed) + 100)
        let counted = data.withUnsafeBytes { XMLEventSink.lineFeeds(in: $0) }
        #expect(counted == data.filter { $0 == 0x0A }.count)
    }
}

/// A small seeded generator (SplitMix64), so the byte strings are the same on every run.
private struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
