import EvidentFormats
import Testing
@testable import EvidentImport

@Suite("SHA-1 and name-based GUIDs")
struct SHA1Tests {
    // FIPS 180-4 / NIST CSRC example values for SHA-1.
    @Test("FIPS 180-4 example vectors", arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func vectors(message: String, digest: String) {
        #expect(SHA1.hex(of: Array(message.utf8)) == digest)
    }

    @Test("a million 'a's, fed in uneven chunks")
    func million() {
        var hasher = SHA1()
        var left = 1_000_000
        var size = 1
        while left > 0 {
            let chunk = min(size, left)
            hasher.update([UInt8](repeating: 0x61, count: chunk))
            left -= chunk
            size = size % 997 + 13
        }
        let hex = hasher.finalize().map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    // Python 3.11: uuid.uuid5(namespace, name).
    @Test("UUID v5 equals Python's uuid.uuid5")
    func uuid5() throws {
        let dns = try #require(StableGUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
        #expect(StableGUID.v5(namespace: dns, name: "python.org").description == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(StableGUID.v5(namespace: .urlNamespace, name: "https://example.com/é").description
            == "20ecd233-a9e7-5067-a96f-fd6600ca3fda")
        // uuid5(NAMESPACE_URL, "urn:evident:qda")
        #expect(StableGUID.evident.description == "a47051fd-df99-502a-93e6-c621119b082f")
        // uuid5(uuid5(root, "codebook:Early Help evaluation codebook"), "code:barriers")
        #expect(StableGUID.code("barriers", inCodebook: "Early Help evaluation codebook").description
            == "50bd94c1-82de-5a08-b83c-c369da9e4ea2")
        #expect(StableGUID("{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}") == dns)
        #expect(StableGUID("not-a-guid") == nil)
    }
}
