import Testing

@testable import EvidentImport

/// Refusals of bytes that are not valid in a file's encoding name the bytes that are wrong and
/// where they start (issue 14, defect 9: a broken sequence was reported as the byte after it, one
/// column too far).
@Suite("Transcoder: invalid bytes named where they start")
struct TranscoderTests {
    /// The failure `bytes` raise in a file whose BOM declares UTF-8, fed in `chunk`-byte pieces.
    func failure(_ bytes: [UInt8], chunk: Int = 1 << 20) -> Transcoder.Failure? {
        var transcoder = Transcoder(encoding: .utf8BOM)
        var output: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            let piece = Array(bytes[start..<end])
            let failure = piece.withUnsafeBytes { raw -> Transcoder.Failure? in
                do throws(Transcoder.Failure) {
                    try transcoder.transcode(raw, into: &output, isFinal: end == bytes.count)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { return failure }
            start = end
        }
        return nil
    }

    @Test("a lead byte not followed by a continuation byte: the sequence is named at its own column, not the byte after it")
    func brokenSequence() throws {
        // "1,café" then "caf" + 0xC3 + "(": the é is cut short at line 2, column 6.
        let bytes = Array("a,b\n1,caf".utf8) + [0xC3] + Array("(x\n".utf8)
        for chunk in [1, 3, 1 << 20] {
            let failure = try #require(self.failure(bytes, chunk: chunk))
            #expect(failure.line == 2 && failure.column == 6, "chunk \(chunk)")
            #expect(failure.message == "invalid UTF-8 sequence 0xC3 followed by 0x28, which cannot continue it")
        }
    }

    @Test("a three-byte sequence broken at its third byte after other non-ASCII text")
    func brokenThirdByte() throws {
        // "é €" is fine; then 0xE2 0x82 followed by "A" at line 1, column 5 (é, space, €, space).
        let bytes = Array("é € ".utf8) + [0xE2, 0x82] + Array("A\n".utf8)
        let failure = try #require(self.failure(bytes, chunk: 2))
        #expect(failure.line == 1 && failure.column == 5)
        #expect(failure.message == "invalid UTF-8 sequence 0xE2 0x82 followed by 0x41, which cannot continue it")
    }

    @Test("a byte that can never start a sequence is named at its own column")
    func strayByte() throws {
        let failure = try #require(self.failure(Array("ab\nxy,".utf8) + [0xFF] + Array("z\n".utf8)))
        #expect(failure.line == 2 && failure.column == 4)
        #expect(failure.message == "invalid UTF-8 byte 0xFF")
    }

    @Test("a file that ends inside a sequence names the sequence where it starts")
    func truncatedAtEnd() throws {
        let failure = try #require(self.failure(Array("id\nok\n".utf8) + [0xF0, 0x9F, 0x98]))
        #expect(failure.line == 3 && failure.column == 1)
        #expect(failure.message == "the file ends inside the UTF-8 sequence 0xF0 0x9F 0x98")
    }

    @Test("valid text of every length of sequence passes in pieces of any size")
    func validText() {
        let bytes = Array("é€😊 café\r\nnext\n".utf8)
        for chunk in 1...5 { #expect(failure(bytes, chunk: chunk) == nil, "chunk \(chunk)") }
    }
}
