/// The UTF-8 of the run of text the XML reader is gathering, in memory it owns and reuses from
/// one run to the next.
///
/// libxml2 hands a run of text over in pieces of a few hundred bytes; they are appended here and
/// decoded into one `String` when the run ends. An `Array` did the same at twice the cost
/// (uniqueness checks on every append, a generic path to empty it), on the reader's hottest path.
struct XMLTextBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes gathered.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Appends bytes, growing the storage (doubling) when they do not fit. O(n) amortised.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity {
            var grown = capacity * 2
            while grown < count + bytes.count { grown *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.update(from: base, count: count)
            base.deallocate()
            base = larger
            capacity = grown
        }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// The bytes gathered, as a `String` (libxml2 hands over valid UTF-8), and an empty buffer.
    mutating func take() -> String {
        let text = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
        count = 0
        return text
    }
}
