/// An open-addressing hash map from a 64-bit edge key (a node and a label) to a child node,
/// shared by the byte trie and the phrase trie: one multiply and, almost always, one probe into
/// one array of key–child entries.
struct EdgeTable: Sendable {
    struct Entry: Sendable, BitwiseCopyable {
        var key: UInt64
        var child: Int32
    }

    private static let empty = UInt64.max
    private var entries: [Entry]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init() {
        entries = Array(repeating: Entry(key: Self.empty, child: -1), count: 16)
        mask = 15
        shift = 64 - 4
    }

    /// The child stored for `key`, if any. O(1) expected.
    @inline(__always)
    func child(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return entries.withUnsafeBufferPointer { entries in
            while true {
                let entry = entries[slot]
                if entry.key == key { return entry.child }
                if entry.key == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `child` for `key` (which must not be present yet), growing at half load.
    mutating func insert(_ key: UInt64, child: Int32) {
        if (count + 1) * 2 > entries.count { grow() }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while entries[slot].key != Self.empty { slot = (slot + 1) & mask }
        entries[slot] = Entry(key: key, child: child)
        count += 1
    }

    private mutating func grow() {
        let old = entries
        entries = Array(repeating: Entry(key: Self.empty, child: -1), count: old.count * 2)
        mask = entries.count - 1
        shift -= 1
        count = 0
        for entry in old where entry.key != Self.empty {
            insert(entry.key, child: entry.child)
        }
    }

    /// The table frozen for matching, its memory kept in `owners`.
    func frozen(into owners: inout [any AnyObject & Sendable]) -> EdgeLookup {
        EdgeLookup(entries: FrozenBuffer.freeze(entries, into: &owners), mask: mask, shift: shift)
    }
}

/// An `EdgeTable` frozen for matching: a plain pointer into memory the compiled codebook keeps.
struct EdgeLookup: BitwiseCopyable {
    let entries: UnsafePointer<EdgeTable.Entry>
    let mask: Int
    let shift: UInt64

    /// The child stored for `key`, or -1. O(1) expected.
    @inline(__always)
    func child(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let entry = entries[slot]
            if entry.key == key { return entry.child }
            if entry.key == UInt64.max { return -1 }
            slot = (slot + 1) & mask
        }
    }
}
