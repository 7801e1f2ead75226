/// FNV-1a, 64-bit, over UTF-8: a hash that is the same on every run and machine (Swift's
/// `Hasher` is seeded per process), used to break ties without following file order.
package enum StableHash {
    package static func of(_ parts: String...) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
