/// An open-addressing hash map from a 64-bit edge key (a node and a label) to a child node,
/// shared by the byte trie and the phrase trie: one multiply and, almost always, one probe.
struct EdgeTable: Sendable {
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = Array(repeating: Self.empty, count: 16)
        values = Array(repeating: -1, count: 16)
        shift = 64 - 4
    }

    /// The child stored for `key`, if any. O(1) expected.
    @inline(__always)
    func child(_ key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `child` for `key` (which must not be present yet), growing at half load.
    mutating func insert(_ key: UInt64, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = child
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            insert(key, child: value)
        }
    }
}
