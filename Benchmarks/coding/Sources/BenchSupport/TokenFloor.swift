/// A floor for the coding engine's inner loop, not a coder: splits ASCII text into letter/digit
/// runs with a 256-entry class table, hashes each run (FNV-1a, lower-cased) as it goes, and probes
/// one open-addressing table per token. What a byte-level tokeniser with one lookup per token
/// costs on this corpus, against `CodingEngine.code`'s byte-at-a-time state machine and trie walk.
public struct TokenFloor {
    private var table: [UInt64]
    private let mask: Int
    private static let isWordByte: [Bool] = (0..<256).map { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    /// A table holding the hashes of `words` (lower-case ASCII).
    public init(words: [String]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        table = Array(repeating: 0, count: size)
        mask = size - 1
        for word in words {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0, table[slot] != hash { slot = (slot + 1) & mask }
            table[slot] = hash
        }
    }

    /// The number of tokens of `text` found in the table.
    public func hits(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var hits = 0
            var index = 0
            let count = bytes.count
            while index < count {
                guard Self.isWordByte[Int(bytes[index])] else {
                    index += 1
                    continue
                }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                while index < count, Self.isWordByte[Int(bytes[index])] {
                    let byte = bytes[index]
                    hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x100_0000_01b3
                    index += 1
                }
                var slot = Int(truncatingIfNeeded: hash) & mask
                while table[slot] != 0 {
                    if table[slot] == hash {
                        hits += 1
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
            return hits
        }
    }
}
