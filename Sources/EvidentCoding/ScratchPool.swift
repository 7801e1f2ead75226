import Synchronization

/// A few `CodingScratch`es kept by an engine for `CodingEngine.code` calls that bring none, so
/// that even they allocate little per answer. Taking and giving back each cost one lock.
final class ScratchPool: Sendable {
    private let scratches = Mutex<[CodingScratch]>([])
    /// Scratches kept at most (one per thread coding at the same time is enough).
    private static let capacity = 8

    /// A scratch from the pool, or a new one.
    func take() -> CodingScratch {
        scratches.withLock { $0.popLast() } ?? CodingScratch()
    }

    /// Gives a scratch back, unless the pool is full.
    func give(_ scratch: consuming CodingScratch) {
        let scratch = scratch
        scratches.withLock { pool in
            if pool.count < Self.capacity { pool.append(scratch) }
        }
    }
}
