/// A list of `Int32` that is emptied by resetting a count, keeping its storage: the matcher
/// empties its lists once per token, and `Array.removeAll(keepingCapacity:)` costs far more.
struct ScratchList: Sendable {
    private var storage: [Int32] = []
    /// The number of items in the list.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ item: Int32) {
        if count < storage.count {
            storage[count] = item
        } else {
            storage.append(item)
        }
        count += 1
    }

    @inline(__always)
    mutating func removeAll() {
        count = 0
    }

    @inline(__always)
    subscript(index: Int) -> Int32 {
        storage[index]
    }
}
