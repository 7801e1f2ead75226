import CLibXML2

/// Element and attribute names and namespace URIs, each decoded into a `String` once.
///
/// libxml2 keeps every name in its parser's dictionary, so for the life of a parser one pointer
/// is one name: this table, keyed by the pointer, hands back the `String` made the first time.
/// Open addressing with a multiplicative hash of the pointer's bits, because a `Dictionary`
/// (SipHash on every lookup) cost more than the rest of a start tag's bookkeeping on large files.
/// It grows with the number of distinct names, as libxml2's dictionary does.
struct XMLNameTable {
    private var keys: [UnsafeRawPointer?]
    private var values: [String]
    private var count = 0

    init() {
        keys = Array(repeating: nil, count: 64)
        values = Array(repeating: "", count: 64)
    }

    /// The name at `pointer` (NUL-terminated UTF-8 in the parser's dictionary). O(1) expected.
    mutating func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        let key = UnsafeRawPointer(pointer)
        let mask = keys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        let name = String(cString: pointer)
        keys[slot] = key
        values[slot] = name
        count += 1
        if count * 2 > keys.count { grow() }
        return name
    }

    private static func slot(of key: UnsafeRawPointer, mask: Int) -> Int {
        let bits = UInt64(UInt(bitPattern: key))
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: "", count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) {
            guard let key else { continue }
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
