/// Memory written once, when a codebook is compiled, and only read after: the matcher reads it
/// through plain pointers (no bounds, uniqueness or reference-count traffic per token), and it is
/// freed with this owner, which the compiled codebook keeps.
///
/// `@unchecked Sendable`: the elements are plain values, never written after `init`.
final class FrozenBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    /// A copy of `elements` (room for one element is allocated even when there are none).
    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(1, count))
        elements.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: count) }
        }
    }

    deinit {
        base.deallocate()
    }

    /// The first element; valid for `count` elements while this owner lives.
    var pointer: UnsafePointer<Element> { UnsafePointer(base) }

    /// Freezes `elements`, keeps the owner in `owners`, and returns the pointer to them.
    static func freeze(_ elements: [Element], into owners: inout [any AnyObject & Sendable]) -> UnsafePointer<Element> {
        let buffer = FrozenBuffer(elements)
        owners.append(buffer)
        return buffer.pointer
    }
}

