/// A growable list of plain values in memory it owns, for the matcher's per-token and
/// per-segment working lists: appending is a capacity check and a store (no uniqueness check, no
/// reference counting), and emptying it resets a count. Not copyable, so its memory has exactly
/// one owner and is freed with it.
///
/// `@unchecked Sendable`: it owns its memory outright (it cannot be copied), so sending it sends
/// the only way to reach that memory.
struct ScratchList<Element: BitwiseCopyable>: ~Copyable, @unchecked Sendable {
    /// The first item; valid for `count` items, until the next append.
    private(set) var base: UnsafeMutablePointer<Element>
    /// The number of items in the list.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ item: Element) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: item)
        count += 1
    }

    @inline(__always)
    mutating func removeAll() {
        count = 0
    }

    /// Keeps the first `count` items.
    @inline(__always)
    mutating func truncate(to count: Int) {
        self.count = min(self.count, count)
    }

    /// Makes room for `count` items, keeping the list as it is.
    @inline(__always)
    mutating func reserve(_ count: Int) {
        if count > capacity { grow(to: max(count, capacity * 2)) }
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// The items, as a buffer valid until the list next grows.
    var items: UnsafeMutableBufferPointer<Element> {
        UnsafeMutableBufferPointer(start: base, count: count)
    }

    @inline(never)
    private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
